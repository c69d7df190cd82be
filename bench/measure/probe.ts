// Runs inside the benchmarked page (main world): records long animation frames from the start
// and the moment each extension wrapper appears, and reads back what happened.

export interface LongFrame {
  start: number;
  duration: number;
  /** Script entries the browser attributed to the frame; extension scripts are never listed. */
  scriptUrls: string[];
}

export interface Interval {
  start: number;
  duration: number;
}

interface ProbeState {
  frames: LongFrame[];
  /** The extension's annotate slices, seen as they are recorded (one shared timeline). */
  slices: Interval[];
  wrapperTimes: Map<Element, number>;
  observer?: MutationObserver;
}

// Long animation frame entries are newer than the DOM typings in use.
interface LongFrameEntry extends PerformanceEntry {
  scripts: { sourceURL: string }[];
}

// Each function below is sent to the page on its own, so none may call another module-level
// function; they reach the shared state through this global.
type ProbeWindow = { nhsBenchProbe: ProbeState };

/** For evaluateOnNewDocument. The wrapper watch starts at DOMContentLoaded, before the content
 * script can run (document_idle), so the parser's own insertions are not observed. */
export function installProbe(measureName: string): void {
  const state: ProbeState = { frames: [], slices: [], wrapperTimes: new Map() };
  (window as unknown as ProbeWindow).nhsBenchProbe = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LongFrameEntry[]) {
      state.frames.push({
        start: entry.startTime,
        duration: entry.duration,
        scriptUrls: entry.scripts.map((script) => script.sourceURL),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntriesByName(measureName))
      state.slices.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'measure', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    state.observer = new MutationObserver((records) => {
      const now = performance.now();
      for (const record of records) {
        for (const node of record.addedNodes)
          if (node.nodeName === 'NHS-TERM') state.wrapperTimes.set(node as Element, now);
      }
    });
    state.observer.observe(document.body, { childList: true, subtree: true });
  });
}

export function stopWatchingWrappers(): void {
  (window as unknown as ProbeWindow).nhsBenchProbe.observer?.disconnect();
}

export const readLongFrames = (): LongFrame[] => (window as unknown as ProbeWindow).nhsBenchProbe.frames;

export const readSlices = (): Interval[] => (window as unknown as ProbeWindow).nhsBenchProbe.slices;

/** The page's clock and when the extension's last slice ended (0 before any). */
export function lastSliceEnd(): { now: number; lastEnd: number } {
  const last = (window as unknown as ProbeWindow).nhsBenchProbe.slices.at(-1);
  return { now: performance.now(), lastEnd: last ? last.start + last.duration : 0 };
}

/**
 * Acronyms visible in the viewport (page still at the top) and how many are wrapped, with the
 * time the last of those wrappers appeared. Walks in document order and stops two screens down.
 */
export function firstViewportStatus(patternSource: string): {
  expected: number;
  wrapped: number;
  lastWrapAt: number;
} {
  const pattern = new RegExp(patternSource, 'gu');
  const times = (window as unknown as ProbeWindow).nhsBenchProbe.wrapperTimes;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const result = { expected: 0, wrapped: 0, lastWrapAt: 0 };
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script,style,title')) continue;
    if (parent.getBoundingClientRect().top > 2 * innerHeight) break;
    for (const match of node.data.matchAll(pattern)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const box = range.getBoundingClientRect();
      if (
        box.height === 0 ||
        box.bottom <= 0 ||
        box.top >= innerHeight ||
        box.right <= 0 ||
        box.left >= innerWidth
      )
        continue;
      result.expected++;
      const wrapper = parent.closest('nhs-term');
      if (!wrapper) continue;
      result.wrapped++;
      result.lastWrapAt = Math.max(result.lastWrapAt, times.get(wrapper) ?? Number.POSITIVE_INFINITY);
    }
  }
  return result;
}

/** Every acronym occurrence in the page's text, and how many extension wrappers there are. */
export function countOccurrences(patternSource: string): { occurrences: number; wrappers: number } {
  const pattern = new RegExp(patternSource, 'gu');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let occurrences = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest('script,style')) continue;
    for (const _ of node.data.matchAll(pattern)) occurrences++;
  }
  return { occurrences, wrappers: document.querySelectorAll('nhs-term[data-nhs-term]').length };
}

/**
 * Scrolls down by `screens` viewport heights per frame, for at most `maxSteps` frames; returns
 * the steps taken (fewer than asked once the bottom is reached). Called repeatedly from Node so
 * that no single call outlasts the DevTools protocol's timeout on slow pages.
 */
export async function scrollDown(screens: number, maxSteps: number): Promise<number> {
  const step = innerHeight * screens;
  const bottom = document.documentElement.scrollHeight - innerHeight;
  let steps = 0;
  while (steps < maxSteps && scrollY < bottom) {
    scrollBy(0, step);
    steps++;
    await new Promise((frame) => requestAnimationFrame(frame));
  }
  return steps;
}
