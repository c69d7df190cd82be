// Diagnosis, not measurement (BENCH_PROFILE=1): samples the CPU during one visit with the
// extension and lists where the content script's own time goes, function by function.

import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { MEASURE_NAME, scrollToBottom, VIEWPORT } from './page-load.ts';
import { installProbe } from './probe.ts';
import { waitUntilQuiet } from './quiet.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface HotFunction {
  name: string;
  selfMs: number;
  totalMs: number;
}

/** Function names in the built script are minified; a glimpse of the source says which one it is. */
function describe(frame: ProfileNode['callFrame'], source: string[]): string {
  const line = source[frame.lineNumber] ?? '';
  const glimpse = line.slice(frame.columnNumber, frame.columnNumber + 70).replace(/\s+/g, ' ');
  return `${frame.functionName || '(anonymous)'} @${frame.lineNumber + 1}:${frame.columnNumber + 1} ${glimpse}`;
}

function hotFunctions(
  nodes: ProfileNode[],
  samples: number[],
  deltas: number[],
  source: string[],
): HotFunction[] {
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const isOurs = (id: number) => byId.get(id)?.callFrame.url.startsWith('chrome-extension://') ?? false;
  const totals = new Map<string, HotFunction>();
  samples.forEach((sample, index) => {
    const ms = (deltas[index + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    let deepest = true;
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      if (!isOurs(id)) continue;
      const name = describe((byId.get(id) as ProfileNode).callFrame, source);
      const entry = totals.get(name) ?? { name, selfMs: 0, totalMs: 0 };
      if (deepest) entry.selfMs += ms;
      if (!seen.has(name)) entry.totalMs += ms;
      seen.add(name);
      deepest = false;
      totals.set(name, entry);
    }
  });
  return [...totals.values()].sort((a, b) => b.selfMs - a.selfMs);
}

/** Profiles a load, a rest and a scroll to the bottom; returns the content script's hottest functions. */
export async function profileVisit(browser: Browser, origin: string, path: string, scriptPath: string) {
  const page = await browser.newPage();
  try {
    await page.setViewport(VIEWPORT);
    await page.evaluateOnNewDocument(installProbe, MEASURE_NAME);
    await page.goto(`${origin}/blank`);
    const session = await page.createCDPSession();
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 250 });
    await session.send('Profiler.start');
    await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 120_000 });
    await waitUntilQuiet(page, 3000, 1000);
    await scrollToBottom(page);
    await waitUntilQuiet(page, 250, 500);
    const { profile } = await session.send('Profiler.stop');
    const source = readFileSync(scriptPath, 'utf8').split('\n');
    return hotFunctions(
      profile.nodes as ProfileNode[],
      profile.samples ?? [],
      profile.timeDeltas ?? [],
      source,
    );
  } finally {
    await page.close();
  }
}
