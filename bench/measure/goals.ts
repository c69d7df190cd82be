// The performance goals of issue 7, and issue 4's bound on one batch of work, each judged MET or
// NOT MET from the summarised figures.
// Time goals use main-thread CPU time (see README); a goal whose pages were left out is skipped.

import type { PageSummary } from './summary.ts';

export interface GoalVerdict {
  goal: string;
  met: boolean;
  detail: string;
}

export interface BenchFigures {
  pages: Record<string, PageSummary>;
  contentScript: { bytes: number; gzipBytes: number };
}

type Pages = Record<string, PageSummary>;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function noLongFrames(pages: Pages): GoalVerdict {
  const worst = Object.entries(pages).map(([id, { rest, scroll }]) => ({
    id,
    worst: Math.max(rest.frameCausedWorstMs, scroll.frameCausedWorstMs),
  }));
  return {
    goal: 'No animation frame over 50 ms caused by the extension, at rest or while scrolling (worst run)',
    met: worst.every((page) => page.worst <= 50),
    detail: worst.map((page) => `${page.id} ${page.worst ? ms(page.worst) : 'none over 50 ms'}`).join('; '),
  };
}

/** Issue 4: no batch of annotation work blocks the main thread for more than about 10 ms. */
function shortSlices(pages: Pages): GoalVerdict {
  const longest = Object.entries(pages).map(([id, { rest, scroll }]) => ({
    id,
    rest: rest.longestSliceMs,
    scroll: scroll.longestSliceMs,
  }));
  return {
    goal: 'No annotate slice over 10 ms, at rest or while scrolling (longest, median run)',
    met: longest.every((page) => Math.max(page.rest, page.scroll) <= 10),
    detail: longest.map((page) => `${page.id} ${ms(page.rest)} / ${ms(page.scroll)}`).join('; '),
  };
}

function firstViewportFast(pages: Pages): GoalVerdict {
  const viewports = Object.entries(pages).flatMap(([id, page]) =>
    page.firstViewport ? [{ id, ...page.firstViewport }] : [],
  );
  return {
    goal: 'First viewport annotated within 50 ms, whatever the page size (median, complete in every run)',
    met: viewports.every((viewport) => viewport.completeInEveryRun && viewport.ms <= 50),
    detail: viewports.map((v) => `${v.id} ${ms(v.ms)} (${v.wrapped}/${v.expected} wrapped)`).join('; '),
  };
}

function quietAtRest(pages: PageSummary[], ids: string[]): GoalVerdict {
  return {
    goal: 'At rest after load, at most 100 ms of added main-thread work on the 2 MB and 10 MB pages',
    met: pages.every((page) => page.rest.addedCpuMs <= 100),
    detail: pages
      .map(
        (page, index) =>
          `${ids[index]} ${ms(page.rest.addedCpuMs)} CPU (run noise ±${ms(page.rest.noiseCpuMs)}), ${ms(page.rest.addedTaskMs)} task time`,
      )
      .join('; '),
  };
}

function cheapScroll(report: PageSummary): GoalVerdict {
  const budget = 2 * report.oneShot.minimal.costMs;
  return {
    goal: "Scrolling the whole 2 MB page: at most 2x the minimal wrapper's one-shot cost, every acronym annotated",
    met: report.totalAddedCpuMs <= budget && report.end.completeInEveryRun,
    detail: `${ms(report.totalAddedCpuMs)} CPU added (rest + scroll; ${ms(report.totalAddedMs)} task time) vs budget ${ms(budget)}; ${report.end.wrappers}/${report.end.occurrences} wrapped`,
  };
}

/**
 * Off topic the extension wraps nothing and writes nothing to the DOM. What it
 * adds is then its own script, judged here because task-time differences of a few ms drown in
 * the page's own load. Should it ever wrap something there, added CPU time is judged instead.
 */
function idleOffTopic(offTopic: PageSummary): GoalVerdict {
  const { rest, scroll } = offTopic;
  const wrapped = offTopic.end.wrappers > 0;
  const judged = wrapped ? offTopic.totalAddedCpuMs : rest.addedScriptMs + scroll.addedScriptMs;
  return {
    goal: 'At most 5 ms on the 2 MB page with no NHS context (rest + scroll)',
    met: judged <= 5,
    detail: `${wrapped ? 'CPU time' : 'script + compile (nothing wrapped)'} ${ms(judged)}; added CPU ${ms(offTopic.totalAddedCpuMs)} (run noise ±${ms(rest.noiseCpuMs + scroll.noiseCpuMs)})`,
  };
}

function smallScript({ bytes, gzipBytes }: BenchFigures['contentScript']): GoalVerdict {
  return {
    goal: 'Content script at most 30 KB gzipped',
    met: gzipBytes <= 30 * 1024,
    detail: `${(gzipBytes / 1024).toFixed(1)} KB gzipped (${(bytes / 1024).toFixed(1)} KB raw)`,
  };
}

export function judgeGoals({ pages, contentScript }: BenchFigures): GoalVerdict[] {
  const { 'report-2mb': report, 'rich-10mb': rich, 'network-2mb': offTopic } = pages;
  const large = [report, rich].filter((page) => page !== undefined);
  return [
    noLongFrames(pages),
    shortSlices(pages),
    firstViewportFast(pages),
    ...(large.length === 2 ? [quietAtRest(large, ['report-2mb', 'rich-10mb'])] : []),
    ...(report ? [cheapScroll(report)] : []),
    ...(offTopic ? [idleOffTopic(offTopic)] : []),
    smallScript(contentScript),
  ];
}
