// The suite's running tally: each reliability test appends one JSON line per page it tried, and
// summary.test.ts prints them as a table at the end of the run.

import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { BrowserName } from '../harness.ts';

export const SUMMARY_FILE = join(
  resolve(process.env.NHS_GLOSSARY_OUT_DIR ?? '.output'),
  'reliability-summary.jsonl',
);

/** Every test file of one `vitest run` is a child of the same vitest process. */
const RUN_ID = String(process.ppid);

export interface PageRow {
  browser: BrowserName;
  /** What was tried: a page, a fault or a static check. */
  page: string;
  /** Faults injected while on the page (storage junk, uninstall, rewrites...). */
  faults?: number;
  /** Bad inputs tried (corrupt values, forged messages...). */
  badInputs?: number;
  /** Page errors and console errors seen. */
  errors: number;
  /** Whether the page's DOM came back exactly after switching off; null where not checked. */
  restored: boolean | null;
  note?: string;
}

export interface SummaryRow extends PageRow {
  run: string;
  at: string;
}

export function recordPage(row: PageRow): void {
  mkdirSync(dirname(SUMMARY_FILE), { recursive: true });
  const line: SummaryRow = { ...row, run: RUN_ID, at: new Date().toISOString() };
  appendFileSync(SUMMARY_FILE, `${JSON.stringify(line)}\n`);
}

export function readRows(): SummaryRow[] {
  if (!existsSync(SUMMARY_FILE)) return [];
  return readFileSync(SUMMARY_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SummaryRow);
}

/** The rows of this run, or if none yet (the summary ran first) of the latest run on file. */
export function rowsOfLatestRun(): { rows: SummaryRow[]; current: boolean } {
  const rows = readRows();
  const current = rows.filter((row) => row.run === RUN_ID);
  if (current.length > 0) return { rows: current, current: true };
  const latest = rows.at(-1)?.run;
  return { rows: rows.filter((row) => row.run === latest), current: false };
}

/** Keeps only the given rows on file, so the log does not grow run after run. */
export function keepOnly(rows: SummaryRow[]): void {
  writeFileSync(SUMMARY_FILE, rows.map((row) => `${JSON.stringify(row)}\n`).join(''));
}
