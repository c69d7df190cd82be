// One visit to one page in one browser: load, rest, scroll to the bottom. Records main-thread
// time, long frames, extension slices, memory and (with the extension) first-viewport timing.

import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { type MainThread, type Memory, mainThreadBetween, memoryAfterGc, readMetrics } from './cdp.ts';
import {
  countOccurrences,
  firstViewportStatus,
  type Interval,
  installProbe,
  type LongFrame,
  readLongFrames,
  readSlices,
  scrollDown,
  stopWatchingWrappers,
} from './probe.ts';
import { QUIET_CAP_MS, waitUntilQuiet } from './quiet.ts';

export const MEASURE_NAME = 'nhs-glossary:annotate';
export const VIEWPORT = { width: 1920, height: 1080 };
/** Screens scrolled per frame: a fast fling. The extension sees the position a frame late and
 * looks one screen ahead, so one screen per frame is the most it can follow without gaps. */
export const SCREENS_PER_STEP = 1;
const REST_MS = 3000;

export interface Phase {
  work: MainThread;
  /** How long the phase lasted: the rest wait, or the scroll plus settling. */
  wallMs: number;
  frames: LongFrame[];
  memory: Memory;
}

export interface LoadResult {
  rest: Phase;
  scroll: Phase & { steps: number };
  measures: Interval[];
  scrollStartedAt: number;
  firstViewport?: { expected: number; wrapped: number; ms: number };
  end: { occurrences: number; wrappers: number };
}

export interface LoadOptions {
  origin: string;
  path: string;
  patternSource: string;
  /** Measure how fast the first screen is annotated (only meaningful with the extension). */
  timeFirstViewport: boolean;
}

async function openAtBlank(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  await page.evaluateOnNewDocument(installProbe, MEASURE_NAME);
  // Same origin as the page under test, so the navigation stays in this renderer and the
  // counters read before it still apply after it.
  await page.goto(`${origin}/blank`);
  return page;
}

/** Scrolls to the bottom in chunks, so no single call outlasts the protocol's timeout. */
export async function scrollToBottom(page: Page): Promise<number> {
  let steps = 0;
  for (;;) {
    const taken = await page.evaluate(scrollDown, SCREENS_PER_STEP, 50);
    if (taken === 0) return steps;
    steps += taken;
  }
}

async function timeFirstViewport(page: Page, patternSource: string, measures: Interval[]) {
  const status = await page.evaluate(firstViewportStatus, patternSource);
  const first = measures[0]?.start;
  const ms = first === undefined || status.wrapped === 0 ? Number.NaN : status.lastWrapAt - first;
  return { expected: status.expected, wrapped: status.wrapped, ms };
}

/** Load and rest: ends once the extension has been quiet for a second, at least 3 s in. */
async function loadAndRest(page: Page, session: CDPSession, options: LoadOptions) {
  const start = await readMetrics(session);
  await page.goto(`${options.origin}${options.path}`, { waitUntil: 'load', timeout: 120_000 });
  const wallMs = await waitUntilQuiet(page, REST_MS, 1000);
  const work = mainThreadBetween(start, await readMetrics(session));
  await page.evaluate(stopWatchingWrappers);
  const firstViewport = options.timeFirstViewport
    ? await timeFirstViewport(page, options.patternSource, await page.evaluate(readSlices))
    : undefined;
  return { work, wallMs, memory: await memoryAfterGc(session), firstViewport };
}

/** Scroll to the bottom, then wait until the extension has caught up. */
async function scrollAndSettle(page: Page, session: CDPSession) {
  const start = await readMetrics(session);
  const startedAt = await page.evaluate(() => performance.now());
  const steps = await scrollToBottom(page);
  if ((await waitUntilQuiet(page, 250, 500)) >= QUIET_CAP_MS) {
    process.stderr.write(
      `  still annotating ${QUIET_CAP_MS / 1000} s after the scroll: figures are cut short\n`,
    );
  }
  const work = mainThreadBetween(start, await readMetrics(session));
  const wallMs = (await page.evaluate(() => performance.now())) - startedAt;
  return { work, wallMs, steps, startedAt };
}

export async function measureLoad(browser: Browser, options: LoadOptions): Promise<LoadResult> {
  const page = await openAtBlank(browser, options.origin);
  try {
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    const { firstViewport, ...rest } = await loadAndRest(page, session, options);
    const { startedAt, ...scroll } = await scrollAndSettle(page, session);
    const frames = await page.evaluate(readLongFrames);
    const measures = await page.evaluate(readSlices);
    const end = await page.evaluate(countOccurrences, options.patternSource);
    const scrollMemory = await memoryAfterGc(session);
    return {
      rest: { ...rest, frames: frames.filter((frame) => frame.start < startedAt) },
      scroll: { ...scroll, frames: frames.filter((frame) => frame.start >= startedAt), memory: scrollMemory },
      measures,
      scrollStartedAt: startedAt,
      ...(firstViewport ? { firstViewport } : {}),
      end,
    };
  } finally {
    await page.close();
  }
}
