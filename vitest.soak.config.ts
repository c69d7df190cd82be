import { defineConfig } from 'vitest/config';

// `npm run soak`: the long stress runs (a minute of constant page mutation), kept out of `npm test`.
export default defineConfig({
  test: {
    include: ['tests/soak/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
