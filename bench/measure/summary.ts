// Turns the repeated runs of one page into the figures the bench prints: medians of paired
// (with minus without extension) differences, the worst frames, and ratios to one-shot engines.

import type { EngineName } from './engines.ts';
import { isExtensionFrame, longest } from './frames.ts';
import type { OneShotResult } from './one-shot.ts';
import type { LoadResult, Phase } from './page-load.ts';
import { median, spread } from './stats.ts';

export interface PageRun {
  withExtension: LoadResult;
  without: LoadResult;
  oneShot: Record<EngineName, OneShotResult>;
}

export interface PhaseSummary {
  /** Added main-thread task time: with minus without, paired per run, median. */
  addedTaskMs: number;
  /** The same difference in main-thread CPU time, which other processes on the machine disturb less. */
  addedCpuMs: number;
  /** Half the range of the runs without the extension: differences smaller than this are noise. */
  noiseTaskMs: number;
  noiseCpuMs: number;
  addedScriptMs: number;
  addedStyleAndLayoutMs: number;
  addedStyleAndLayoutCount: number;
  /** Sum of the extension's own `nhs-glossary:annotate` slices. */
  slicesMs: number;
  longestSliceMs: number;
  /** Longest animation frame: any frame with the extension, those it caused, and without it. */
  frameWithExtensionMs: number;
  frameCausedMs: number;
  frameCausedWorstMs: number;
  frameWithoutMs: number;
}

export interface PageSummary {
  rest: PhaseSummary;
  scroll: PhaseSummary & { steps: number };
  /** Rest plus scroll, in task time and in CPU time. */
  totalAddedMs: number;
  totalAddedCpuMs: number;
  firstViewport?: { ms: number; expected: number; wrapped: number; completeInEveryRun: boolean };
  memory: { restHeapAddedKb: number; endHeapAddedKb: number; endDomNodesAdded: number };
  end: { occurrences: number; wrappers: number; completeInEveryRun: boolean };
  oneShot: Record<
    EngineName,
    { costMs: number; callMs: number; layoutMs: number; toFrameMs: number; marks: number }
  >;
  /** Extension's total added CPU time divided by each engine's one-shot cost. */
  ratioToOneShot: Record<EngineName, number>;
}

type PhaseName = 'rest' | 'scroll';

function slicesIn(load: LoadResult, phase: PhaseName) {
  return load.measures.filter((slice) => slice.start < load.scrollStartedAt === (phase === 'rest'));
}

function summarisePhase(runs: readonly PageRun[], phase: PhaseName): PhaseSummary {
  const work = (run: PageRun, side: 'withExtension' | 'without'): Phase => run[side][phase];
  const added = (pick: (phase: Phase) => number) =>
    median(runs.map((run) => pick(work(run, 'withExtension')) - pick(work(run, 'without'))));
  const caused = runs.map((run) =>
    longest(
      work(run, 'withExtension').frames.filter((frame) =>
        isExtensionFrame(frame, slicesIn(run.withExtension, phase)),
      ),
    ),
  );
  return {
    addedTaskMs: added((p) => p.work.taskMs),
    addedCpuMs: added((p) => p.work.cpuMs),
    noiseTaskMs: spread(runs.map((run) => work(run, 'without').work.taskMs)),
    noiseCpuMs: spread(runs.map((run) => work(run, 'without').work.cpuMs)),
    addedScriptMs: added((p) => p.work.scriptMs),
    addedStyleAndLayoutMs: added((p) => p.work.styleMs + p.work.layoutMs),
    addedStyleAndLayoutCount: added((p) => p.work.styleAndLayoutCount),
    slicesMs: median(
      runs.map((run) => slicesIn(run.withExtension, phase).reduce((sum, s) => sum + s.duration, 0)),
    ),
    longestSliceMs: median(
      runs.map((run) => Math.max(0, ...slicesIn(run.withExtension, phase).map((s) => s.duration))),
    ),
    frameWithExtensionMs: median(runs.map((run) => longest(work(run, 'withExtension').frames))),
    frameCausedMs: median(caused),
    frameCausedWorstMs: Math.max(...caused),
    frameWithoutMs: median(runs.map((run) => longest(work(run, 'without').frames))),
  };
}

function summariseOneShot(runs: readonly PageRun[], engine: EngineName) {
  const results = runs.map((run) => run.oneShot[engine]);
  const of = (pick: (result: OneShotResult) => number) => median(results.map(pick));
  return {
    costMs: of((r) => r.callMs + r.layoutMs),
    callMs: of((r) => r.callMs),
    layoutMs: of((r) => r.layoutMs),
    toFrameMs: of((r) => r.toFrameMs),
    marks: of((r) => r.marks),
  };
}

const ENGINES: EngineName[] = ['minimal', 'readOnly', 'markJs', 'findAndReplace'];

export function summarisePage(runs: readonly PageRun[]): PageSummary {
  const rest = summarisePhase(runs, 'rest');
  const scroll = {
    ...summarisePhase(runs, 'scroll'),
    steps: median(runs.map((run) => run.withExtension.scroll.steps)),
  };
  const totalAddedMs = rest.addedTaskMs + scroll.addedTaskMs;
  const totalAddedCpuMs = rest.addedCpuMs + scroll.addedCpuMs;
  const oneShot = Object.fromEntries(
    ENGINES.map((engine) => [engine, summariseOneShot(runs, engine)]),
  ) as PageSummary['oneShot'];
  const kb = (pick: (load: LoadResult) => number) =>
    median(runs.map((run) => (pick(run.withExtension) - pick(run.without)) / 1024));
  const viewports = runs.flatMap((run) =>
    run.withExtension.firstViewport ? [run.withExtension.firstViewport] : [],
  );
  return {
    rest,
    scroll,
    totalAddedMs,
    totalAddedCpuMs,
    ...(viewports.length > 0
      ? {
          firstViewport: {
            ms: median(viewports.map((v) => v.ms)),
            expected: median(viewports.map((v) => v.expected)),
            wrapped: median(viewports.map((v) => v.wrapped)),
            completeInEveryRun: viewports.every((v) => v.wrapped === v.expected && Number.isFinite(v.ms)),
          },
        }
      : {}),
    memory: {
      restHeapAddedKb: kb((load) => load.rest.memory.jsHeapBytes),
      endHeapAddedKb: kb((load) => load.scroll.memory.jsHeapBytes),
      endDomNodesAdded: median(
        runs.map((run) => run.withExtension.scroll.memory.domNodes - run.without.scroll.memory.domNodes),
      ),
    },
    end: {
      occurrences: median(runs.map((run) => run.withExtension.end.occurrences)),
      wrappers: median(runs.map((run) => run.withExtension.end.wrappers)),
      completeInEveryRun: runs.every(
        (run) => run.withExtension.end.wrappers === run.withExtension.end.occurrences,
      ),
    },
    oneShot,
    ratioToOneShot: Object.fromEntries(
      ENGINES.map((engine) => [engine, totalAddedCpuMs / oneShot[engine].costMs]),
    ) as PageSummary['ratioToOneShot'],
  };
}
