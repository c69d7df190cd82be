// `node bench/slice-trace.ts`: how much of each long annotate slice is the engine's own work.
// Loads one bench page with the built extension in Chromium, traces the load and a scroll to the
// bottom (the bench's own steps), and prints the longest `nhs-glossary:annotate` slices with the
// time V8 spent collecting garbage inside each. A collection pauses whichever script is running
// when it falls due, so it lands in our slices, but its length follows the page's heap, not our work.
//
//   NHS_GLOSSARY_OUT_DIR=.output-bench BENCH_PAGE=rich-10mb node bench/slice-trace.ts

import type { Page } from 'puppeteer-core';
import { launch } from '../tests/browser/harness.ts';
import { startServer } from '../tests/browser/server.ts';
import { MEASURE_NAME, scrollToBottom, VIEWPORT } from './measure/page-load.ts';
import { installProbe } from './measure/probe.ts';
import { waitUntilQuiet } from './measure/quiet.ts';
import { buildPages } from './pages/index.ts';

const PAGE_ID = process.env.BENCH_PAGE ?? 'rich-10mb';
const SHOWN = 12;
// The top-level events of V8's collections: young-generation scavenges, major collections'
// final pauses, and the incremental marking steps V8 takes while scripts allocate.
const COLLECTIONS = new Set(['MinorGC', 'MajorGC', 'V8.GCIncrementalMarking']);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
}

interface Span {
  start: number;
  end: number;
}

/** The annotate slices, from the user-timing pairs the measures leave in the trace (µs). */
function slicesIn(events: TraceEvent[]): { pid: number; tid: number; slices: Span[] } {
  const opened = new Map<string, number>();
  const slices: Span[] = [];
  let pid = 0;
  let tid = 0;
  for (const event of events) {
    if (event.name !== MEASURE_NAME) continue;
    const key = event.id2?.local ?? event.id ?? '';
    if (event.ph === 'b') opened.set(key, event.ts);
    const start = opened.get(key);
    if (event.ph === 'e' && start !== undefined) {
      slices.push({ start, end: event.ts });
      pid = event.pid;
      tid = event.tid;
    }
  }
  return { pid, tid, slices };
}

/** Time inside `slice` covered by any of the collections, overlapping events counted once. */
function collectingWithin(slice: Span, collections: Span[]): number {
  let covered = 0;
  let reached = slice.start;
  for (const { start, end } of collections) {
    const from = Math.max(start, reached);
    const to = Math.min(end, slice.end);
    if (to > from) covered += to - from;
    reached = Math.max(reached, Math.min(end, slice.end));
  }
  return covered;
}

/**
 * The CPU time of the shortest task event that holds the slice (the script call that ran it): less
 * than the slice's length when the thread was waiting for a core.
 */
function cpuOf(slice: Span, tasks: TraceEvent[]): number | undefined {
  let holder: TraceEvent | undefined;
  for (const event of tasks) {
    const end = event.ts + (event.dur ?? 0);
    if (event.ts > slice.start || end < slice.end) continue;
    if (!holder || (event.dur ?? 0) < (holder.dur ?? 0)) holder = event;
  }
  return holder?.tdur;
}

async function traceLoadAndScroll(page: Page, url: string): Promise<TraceEvent[]> {
  await page.tracing.start({
    categories: ['blink.user_timing', 'devtools.timeline', 'v8.gc', 'disabled-by-default-v8.gc'],
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await waitUntilQuiet(page, 3000, 1000);
  await scrollToBottom(page);
  await waitUntilQuiet(page, 250, 500);
  const trace = await page.tracing.stop();
  return (JSON.parse(new TextDecoder().decode(trace)) as { traceEvents: TraceEvent[] }).traceEvents;
}

const benchPage = buildPages().find((page) => page.id === PAGE_ID);
if (!benchPage) throw new Error(`No bench page "${PAGE_ID}"`);
const server = await startServer();
server.route('/page', benchPage.html);
server.route('/blank', '<!doctype html><title>blank</title>');
const { browser, close } = await launch('chromium');
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(300_000);
  await page.setViewport(VIEWPORT);
  await page.evaluateOnNewDocument(installProbe, MEASURE_NAME);
  await page.goto(`${server.origin}/blank`);
  const events = await traceLoadAndScroll(page, `${server.origin}/page`);
  const { pid, tid, slices } = slicesIn(events);
  const collections = events
    .filter((event) => event.pid === pid && event.ph === 'X' && COLLECTIONS.has(event.name))
    .map((event) => ({ start: event.ts, end: event.ts + (event.dur ?? 0) }))
    .sort((a, b) => a.start - b.start);
  const tasks = events.filter(
    (event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.tdur !== undefined,
  );
  const rows = slices
    .map((slice) => {
      const gross = (slice.end - slice.start) / 1000;
      const collecting = collectingWithin(slice, collections) / 1000;
      const cpu = cpuOf(slice, tasks);
      return { gross, collecting, own: gross - collecting, cpu: cpu === undefined ? Number.NaN : cpu / 1000 };
    })
    .sort((a, b) => b.gross - a.gross);
  const ms = (value: number) => value.toFixed(1).padStart(6);
  console.log(`${benchPage.label}: ${slices.length} slices, longest first (ms)`);
  console.log('   slice  collecting    rest   CPU of its task');
  for (const row of rows.slice(0, SHOWN)) {
    console.log(`  ${ms(row.gross)}      ${ms(row.collecting)}  ${ms(row.own)}   ${ms(row.cpu)}`);
  }
  const longestOwn = rows.map((row) => row.own).sort((a, b) => b - a);
  console.log(
    `Longest slices less collecting: ${longestOwn
      .slice(0, 5)
      .map((value) => value.toFixed(1))
      .join(', ')}`,
  );
} finally {
  await close();
  await server.close();
}
