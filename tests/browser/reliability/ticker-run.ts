// A page whose script rewrites one text node 60 times a second, and what the extension does
// meanwhile: how much it works, whether that stops with the ticker, what the page sees, and
// (Chromium) whether main-thread time creeps up. Shared by the quick test and the soak test.

import type { CDPSession, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { MEASURE_NAME } from '../../../entrypoints/content/work-queue.ts';
import type { BrowserName } from '../harness.ts';
import { buildPage, NHS_PROSE } from './pages.ts';

/** The ticker's text holds two acronyms, so at most two of our wrappers can sit in it. */
const TICKER_TERMS = 2;

export const TICKER_PAGE = buildPage({
  body: `<p id="intro">${NHS_PROSE}</p>
<p id="ticker">Waiting for the first bulletin</p>
<script>
  const ticker = document.getElementById('ticker');
  const node = ticker.firstChild;
  const state = { writes: 0, staleAtNextTick: 0, staleRightAfterWrite: 0, staleSamples: [], maxWrappers: 0, last: node.data };
  window.__ticker = state;
  function tick() {
    // By the next tick the extension has had its turn: the element must show what we wrote.
    if (ticker.textContent !== state.last) {
      state.staleAtNextTick++;
      if (state.staleSamples.length < 3) state.staleSamples.push(ticker.textContent);
    }
    state.maxWrappers = Math.max(state.maxWrappers, document.querySelectorAll('nhs-term').length);
    state.writes++;
    state.last = 'ICS bulletin ' + state.writes + ': the integrated care board (ICB) lists ' + (state.writes % 7) + ' items';
    node.data = state.last;
    if (ticker.textContent !== state.last) state.staleRightAfterWrite++;
  }
  window.startTicker = (ms) => {
    state.startedAt = performance.now();
    const timer = setInterval(tick, 1000 / 60);
    setTimeout(() => { clearInterval(timer); state.stoppedAt = performance.now(); }, ms);
  };
</script>`,
});

interface TickerState {
  writes: number;
  staleAtNextTick: number;
  staleRightAfterWrite: number;
  staleSamples: string[];
  maxWrappers: number;
  last: string;
  startedAt: number;
  stoppedAt: number;
}

export interface TickerReport extends TickerState {
  introWrappers: number;
  measuresWhileTicking: number;
  /** Measures from one second after the ticker stopped, over the next 1.5 seconds. */
  measuresAfterQuiet: number;
  finalText: string;
  finalTickerWrappers: number;
  /** Main-thread seconds per second of wall time, per sample (Chromium only, else empty). */
  taskLoad: number[];
}

async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Runs the ticker for `durationMs` on a page already showing TICKER_PAGE with terms wrapped. */
export async function runTicker(
  page: Page,
  browserName: BrowserName,
  durationMs: number,
): Promise<TickerReport> {
  const introWrappers = await page.evaluate(() => document.querySelectorAll('#intro [data-nhs-term]').length);
  const cdp = browserName === 'chromium' ? await page.createCDPSession() : undefined;
  await cdp?.send('Performance.enable');
  const taskLoad: number[] = [];
  await page.evaluate(
    (ms) => (window as unknown as { startTicker(ms: number): void }).startTicker(ms),
    durationMs,
  );
  const sampleEvery = Math.max(250, durationMs / 30);
  let previous = cdp ? await taskDuration(cdp) : 0;
  for (let elapsed = 0; elapsed + sampleEvery <= durationMs; elapsed += sampleEvery) {
    await sleep(sampleEvery);
    if (!cdp) continue;
    const now = await taskDuration(cdp);
    taskLoad.push((now - previous) / (sampleEvery / 1000));
    previous = now;
  }
  await sleep((durationMs % sampleEvery) + 1_000 + 1_500 + 200);
  await cdp?.detach();
  const measured = await page.evaluate((name) => {
    const state = (window as unknown as { __ticker: TickerState }).__ticker;
    const times = performance.getEntriesByName(name).map((entry) => entry.startTime);
    const quietFrom = state.stoppedAt + 1_000;
    return {
      state,
      measuresWhileTicking: times.filter((time) => time >= state.startedAt && time < quietFrom).length,
      measuresAfterQuiet: times.filter((time) => time >= quietFrom && time < quietFrom + 1_500).length,
      finalText: document.getElementById('ticker')?.textContent ?? '',
      finalTickerWrappers: document.querySelectorAll('#ticker [data-nhs-term]').length,
    };
  }, MEASURE_NAME);
  return { ...measured.state, ...measured, introWrappers, taskLoad };
}

const average = (values: number[]) =>
  values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

/** Main-thread load in the first and last third of the run; undefined with too few samples. */
function loadThirds(report: TickerReport): { first: number; last: number } | undefined {
  if (report.taskLoad.length < 6) return undefined;
  const third = Math.floor(report.taskLoad.length / 3);
  return { first: average(report.taskLoad.slice(0, third)), last: average(report.taskLoad.slice(-third)) };
}

/** The expectations both ticker tests share. */
export function expectWellBehavedTicker(report: TickerReport): void {
  expect(report.writes, 'the ticker ran at about 60 per second').toBeGreaterThan(0);
  // Each page write may cost a scan slice and a wrap slice; more than that is a loop.
  expect(report.measuresWhileTicking, 'work in proportion to the page').toBeLessThanOrEqual(
    3 * report.writes + 20,
  );
  expect(report.measuresAfterQuiet, 'work stops within a second of the page').toBe(0);
  expect(report.maxWrappers, 'wrappers stay bounded').toBeLessThanOrEqual(
    report.introWrappers + TICKER_TERMS,
  );
  expect(report.staleSamples, 'the page always shows what it wrote').toEqual([]);
  expect(report.finalText).toBe(report.last);
  expect(report.finalTickerWrappers, 'the final text is annotated').toBe(TICKER_TERMS);
  const load = loadThirds(report);
  if (load) {
    // Main-thread seconds per second: allow noise, not growth.
    expect(load.last, 'main-thread load in the last third').toBeLessThanOrEqual(load.first * 1.5 + 0.05);
  }
}

/** One line for the summary's note column. */
export function describeTicker(report: TickerReport): string {
  const load = loadThirds(report);
  return [
    `${report.writes} writes, ${report.measuresWhileTicking} measures, max ${report.maxWrappers} wrappers`,
    `stale at next tick ${report.staleAtNextTick}, stale right after write ${report.staleRightAfterWrite}`,
    ...(load ? [`main thread ${load.first.toFixed(3)} → ${load.last.toFixed(3)} s/s`] : []),
  ].join(', ');
}
