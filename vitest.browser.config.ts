import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in real Chromium and Firefox ESR via puppeteer-core.
// One file at a time: each launches browsers, and the machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
