// Main-thread time and memory read over the DevTools protocol for one page's renderer.

import type { CDPSession } from 'puppeteer-core';

export type Metrics = Record<string, number>;

export async function readMetrics(session: CDPSession): Promise<Metrics> {
  const { metrics } = await session.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}

/** Main-thread time between two readings, in ms: all tasks, and the parts the browser names. */
export interface MainThread {
  /** All main-thread tasks, wall time, less the time spent answering the bench's own commands. */
  taskMs: number;
  /** CPU time of the main thread: unlike wall time, not inflated when other processes preempt it. */
  cpuMs: number;
  /** JavaScript run and compiled; the bench pages have none, so this is the extension's and ours. */
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  /** How many style recalculations and layouts ran: far steadier than their durations. */
  styleAndLayoutCount: number;
}

const msBetween = (before: Metrics, after: Metrics, name: string) =>
  ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;

export function mainThreadBetween(before: Metrics, after: Metrics): MainThread {
  const allTasksMs = msBetween(before, after, 'TaskDuration');
  // A renderer swap would reset the counters; the figures would then be meaningless.
  if (allTasksMs < 0)
    throw new Error('TaskDuration went down: the page changed renderer process mid-measurement.');
  return {
    taskMs: allTasksMs - msBetween(before, after, 'DevToolsCommandDuration'),
    cpuMs: msBetween(before, after, 'ThreadTime'),
    scriptMs: msBetween(before, after, 'ScriptDuration') + msBetween(before, after, 'V8CompileDuration'),
    styleMs: msBetween(before, after, 'RecalcStyleDuration'),
    layoutMs: msBetween(before, after, 'LayoutDuration'),
    styleAndLayoutCount:
      (after.LayoutCount ?? 0) -
      (before.LayoutCount ?? 0) +
      (after.RecalcStyleCount ?? 0) -
      (before.RecalcStyleCount ?? 0),
  };
}

export interface Memory {
  /** V8 heap in use for the whole renderer isolate: the page's world and every isolated world. */
  jsHeapBytes: number;
  /** DOM nodes alive in the renderer, wrappers and split text nodes included. */
  domNodes: number;
}

/** Memory after a full garbage collection, so that only what is still referenced counts. */
export async function memoryAfterGc(session: CDPSession): Promise<Memory> {
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  const { nodes } = await session.send('Memory.getDOMCounters');
  return { jsHeapBytes: usedSize, domNodes: nodes };
}
