// Prints the figures as one table, a row per figure and a column per page, then the goals.

import type { GoalVerdict } from './goals.ts';
import type { PageSummary } from './summary.ts';

export interface PageColumn {
  id: string;
  label: string;
  bytes: number;
  acronyms: number;
  summary: PageSummary;
}

type Row = [string, ...string[]] | [string];

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');
const frame = (value: number) => (value > 0 ? value.toFixed(0) : '<50');
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a');

function phaseRows(columns: PageColumn[], phase: 'rest' | 'scroll'): Row[] {
  const of = (pick: (summary: PageSummary) => string) => columns.map((column) => pick(column.summary));
  return [
    [
      '  added task time, ms (± run noise)',
      ...of((s) => `${ms(s[phase].addedTaskMs)} ±${ms(s[phase].noiseTaskMs)}`),
    ],
    [
      '  added main-thread CPU time, ms (± run noise)',
      ...of((s) => `${ms(s[phase].addedCpuMs)} ±${ms(s[phase].noiseCpuMs)}`),
    ],
    ['  added script + compile, ms', ...of((s) => ms(s[phase].addedScriptMs))],
    [
      '  added style + layout: ms (count)',
      ...of((s) => `${ms(s[phase].addedStyleAndLayoutMs)} (${s[phase].addedStyleAndLayoutCount})`),
    ],
    [
      '  extension slices: total / longest, ms',
      ...of((s) => `${ms(s[phase].slicesMs)} / ${ms(s[phase].longestSliceMs)}`),
    ],
    [
      '  longest frame with ext / caused / without',
      ...of((s) =>
        [s[phase].frameWithExtensionMs, s[phase].frameCausedMs, s[phase].frameWithoutMs]
          .map(frame)
          .join(' / '),
      ),
    ],
  ];
}

function rows(columns: PageColumn[]): Row[] {
  const of = (pick: (column: PageColumn) => string) => columns.map(pick);
  const engine = (name: keyof PageSummary['oneShot'], label: string): Row[] => [
    [
      `  ${label}: call + layout, ms`,
      ...of(
        (c) =>
          `${ms(c.summary.oneShot[name].costMs)} (${ms(c.summary.oneShot[name].callMs)} + ${ms(c.summary.oneShot[name].layoutMs)})`,
      ),
    ],
    [
      '    extension total CPU / this',
      ...of((c) => (c.acronyms > 0 ? ratio(c.summary.ratioToOneShot[name]) : '-')),
    ],
  ];
  return [
    ['Page', ...of((c) => c.id)],
    ['  size, MB / acronyms written', ...of((c) => `${(c.bytes / 1048576).toFixed(2)} / ${c.acronyms}`)],
    ['At rest (load + >=3 s, until the extension is quiet)'],
    ...phaseRows(columns, 'rest'),
    ['Scrolling the whole page, one screen per frame'],
    ['  steps', ...of((c) => String(c.summary.scroll.steps))],
    ...phaseRows(columns, 'scroll'),
    [
      '  total added (rest + scroll): task / CPU, ms',
      ...of((c) => `${ms(c.summary.totalAddedMs)} / ${ms(c.summary.totalAddedCpuMs)}`),
    ],
    ['First viewport'],
    [
      '  first slice -> last wrapper, ms (wrapped/seen)',
      ...of((c) =>
        c.summary.firstViewport
          ? `${ms(c.summary.firstViewport.ms)} (${c.summary.firstViewport.wrapped}/${c.summary.firstViewport.expected})`
          : '-',
      ),
    ],
    ['End of scroll'],
    ['  wrappers / occurrences', ...of((c) => `${c.summary.end.wrappers} / ${c.summary.end.occurrences}`)],
    ['Memory added by the extension'],
    [
      '  JS heap at rest / after scroll, KB',
      ...of(
        (c) =>
          `${c.summary.memory.restHeapAddedKb.toFixed(0)} / ${c.summary.memory.endHeapAddedKb.toFixed(0)}`,
      ),
    ],
    ['  DOM nodes after scroll', ...of((c) => String(c.summary.memory.endDomNodesAdded))],
    ['One-shot engines, no extension (median)'],
    ...engine('minimal', 'minimal TreeWalker wrapper'),
    ...engine('readOnly', 'read-only walk'),
    ...engine('markJs', 'mark.js'),
    ...engine('findAndReplace', 'findAndReplaceDOMText'),
  ];
}

export function printReport(
  columns: PageColumn[],
  contentScript: { bytes: number; gzipBytes: number },
  goals: GoalVerdict[],
) {
  const table = rows(columns);
  const widths = table.reduce<number[]>(
    (max, row) => row.map((cell, index) => Math.max(max[index] ?? 0, cell.length)),
    [],
  );
  for (const row of table) {
    console.log(
      row.length === 1
        ? row[0]
        : row
            .map((cell, index) =>
              index === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[index] ?? 0),
            )
            .join('  '),
    );
  }
  console.log(
    `Content script: ${(contentScript.bytes / 1024).toFixed(1)} KB raw, ${(contentScript.gzipBytes / 1024).toFixed(1)} KB gzipped`,
  );
  console.log('\nGoals');
  for (const verdict of goals)
    console.log(`  ${verdict.met ? 'MET    ' : 'NOT MET'}  ${verdict.goal}\n           ${verdict.detail}`);
}
