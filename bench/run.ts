// `npm run bench`: the built extension in Chromium against one-shot wrappers on generated pages.
// Prints a table and the goals, and writes bench/results/latest.json. See bench/README.md.
// BENCH_RUNS=n sets the runs (default 3), BENCH_PAGES=id,id picks pages, BENCH_PROFILE=1 profiles.

import { mkdirSync, writeFileSync } from 'node:fs';
import { launch } from '../tests/browser/harness.ts';
import { startServer, type TestServer } from '../tests/browser/server.ts';
import { acronymPatternSource, readAcronymIds } from './measure/acronyms.ts';
import { type ContentScriptInfo, readContentScript } from './measure/content-script.ts';
import { profileVisit } from './measure/cpu-profile.ts';
import { judgeGoals } from './measure/goals.ts';
import { SCREENS_PER_STEP, VIEWPORT } from './measure/page-load.ts';
import { type BenchBrowsers, runPage } from './measure/page-runs.ts';
import { printReport } from './measure/report.ts';
import { type PageRun, summarisePage } from './measure/summary.ts';
import { type BenchPage, buildPages } from './pages/index.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ONLY = process.env.BENCH_PAGES?.split(',');
const progress = (message: string) => process.stderr.write(`${message}\n`);

async function measure(pages: BenchPage[], server: TestServer, contentScript: ContentScriptInfo) {
  const patternSource = acronymPatternSource(readAcronymIds());
  const browsers: BenchBrowsers = {
    withExtension: await launch('chromium'),
    without: await launch('chromium', { withoutExtension: true }),
  };
  const started = Date.now();
  const runs = new Map<string, PageRun[]>(pages.map((page) => [page.id, []]));
  try {
    for (let run = 1; run <= RUNS; run++) {
      for (const page of pages) {
        progress(
          `run ${run}/${RUNS}: ${page.label} (${((Date.now() - started) / 1000).toFixed(0)} s so far)`,
        );
        runs.get(page.id)?.push(await runPage(page, run, browsers, server.origin, patternSource));
      }
    }
  } finally {
    await browsers.withExtension.close();
    await browsers.without.close();
  }
  const columns = pages.map((page) => ({
    id: page.id,
    label: page.label,
    bytes: Buffer.byteLength(page.html),
    acronyms: page.acronyms,
    summary: summarisePage(runs.get(page.id) ?? []),
  }));
  const goals = judgeGoals({
    pages: Object.fromEntries(columns.map((c) => [c.id, c.summary])),
    contentScript,
  });
  printReport(columns, contentScript, goals);
  const setup = {
    runs: RUNS,
    viewport: VIEWPORT,
    screensPerStep: SCREENS_PER_STEP,
    seconds: (Date.now() - started) / 1000,
  };
  // The per-slice lists would make the file many megabytes; their count is kept.
  const raw = Object.fromEntries(
    [...runs].map(([id, pageRuns]) => [
      id,
      pageRuns.map((run) => ({
        ...run,
        withExtension: { ...run.withExtension, measures: run.withExtension.measures.length },
        without: { ...run.without, measures: run.without.measures.length },
      })),
    ]),
  );
  mkdirSync('bench/results', { recursive: true });
  const json = { date: new Date().toISOString(), setup, contentScript, pages: columns, goals, raw };
  writeFileSync('bench/results/latest.json', `${JSON.stringify(json, null, 2)}\n`);
  progress(`Wrote bench/results/latest.json (${setup.seconds.toFixed(0)} s)`);
}

/** Where the content script's own time goes on each page, function by function. */
async function profile(pages: BenchPage[], server: TestServer, contentScript: ContentScriptInfo) {
  const extension = await launch('chromium');
  try {
    for (const page of pages) {
      const hot = await profileVisit(
        extension.browser,
        server.origin,
        `/${page.id}.html`,
        contentScript.path,
      );
      console.log(`\n${page.label}: content script self / total ms, load + rest + scroll`);
      for (const entry of hot.slice(0, 15)) {
        console.log(
          `${entry.selfMs.toFixed(0).padStart(7)} ${entry.totalMs.toFixed(0).padStart(7)}  ${entry.name}`,
        );
      }
    }
  } finally {
    await extension.close();
  }
}

async function main() {
  const contentScript = readContentScript();
  const pages = buildPages().filter((page) => !ONLY || ONLY.includes(page.id));
  const server = await startServer();
  server.route('/blank', '<!doctype html><title>blank</title>');
  for (const page of pages) server.route(`/${page.id}.html`, page.html);
  try {
    await (process.env.BENCH_PROFILE ? profile : measure)(pages, server, contentScript);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
