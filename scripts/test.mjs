// `npm test`: the unit tests, a fresh build of both browsers' extensions, the browser tests
// against that build, then one summary line per suite and a total line that CI reads
// ("N passed, N failed"). Building here means the browser tests never run a stale build.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reportDir = mkdtempSync(join(tmpdir(), 'nhs-glossary-test-'));
const suites = [
  { name: 'unit', args: ['vitest', 'run'] },
  { name: 'browser', args: ['vitest', 'run', '-c', 'vitest.browser.config.ts'], needsBuild: true },
];

const build = () => spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' }).status === 0;

const results = suites.map(({ name, args, needsBuild }) => {
  if (needsBuild && !build()) return { name, passed: 0, failed: 1, status: 1 };
  const outputFile = join(reportDir, `${name}.json`);
  const run = spawnSync(
    'npx',
    [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`],
    {
      stdio: 'inherit',
    },
  );
  try {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    return { name, passed: report.numPassedTests, failed: report.numFailedTests, status: run.status };
  } catch {
    return { name, passed: 0, failed: 1, status: run.status ?? 1 };
  }
});

for (const { name, passed, failed } of results) console.log(`${name}: ${passed} passed, ${failed} failed`);
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
const exitedBadly = results.some((result) => result.status !== 0);
// A suite that crashed before reporting counts as one failure, so the total never reads green.
const totalFailed = failed + (exitedBadly && failed === 0 ? 1 : 0);
console.log(`${passed} passed, ${totalFailed} failed`);
process.exit(totalFailed > 0 || exitedBadly ? 1 : 0);
