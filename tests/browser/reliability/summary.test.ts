// Prints the reliability suite's summary: pages tried, faults injected, bad inputs tried, errors
// seen and whether each page's DOM came back exactly. Vitest runs the shortest files last, so
// this one normally follows the others; run alone, it shows the latest run on file.

import { describe, expect, it } from 'vitest';
import { keepOnly, rowsOfLatestRun, SUMMARY_FILE, type SummaryRow } from './summary-log.ts';

const yesNo = (restored: boolean | null) => (restored === null ? '–' : restored ? 'yes' : 'NO');

function table(rows: SummaryRow[]): string {
  const header = ['browser', 'page / check', 'faults', 'bad inputs', 'errors', 'restored', 'note'];
  const lines = rows.map((row) => [
    row.browser,
    row.page,
    String(row.faults ?? 0),
    String(row.badInputs ?? 0),
    String(row.errors),
    yesNo(row.restored),
    row.note ?? '',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)),
  );
  // The note column is last and free-form: not padded, so short rows stay short.
  const last = header.length - 1;
  const format = (cells: string[]) =>
    cells.map((cell, column) => (column === last ? cell : cell.padEnd(widths[column] ?? 0))).join(' | ');
  return [format(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...lines.map(format)].join(
    '\n',
  );
}

function totals(rows: SummaryRow[]): string {
  const sum = (pick: (row: SummaryRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const checked = rows.filter((row) => row.restored !== null);
  return [
    `${rows.length} pages and checks`,
    `${sum((row) => row.faults ?? 0)} faults injected`,
    `${sum((row) => row.badInputs ?? 0)} bad inputs tried`,
    `${sum((row) => row.errors)} errors seen`,
    `DOM restored exactly on ${checked.filter((row) => row.restored).length} of ${checked.length} pages checked`,
  ].join(', ');
}

describe('reliability summary', () => {
  it('prints one line per page tried, from well-formed records', () => {
    const { rows, current } = rowsOfLatestRun();
    for (const row of rows) {
      expect(['chromium', 'firefox']).toContain(row.browser);
      expect(typeof row.page).toBe('string');
      expect(Number.isInteger(row.errors)).toBe(true);
      expect([true, false, null]).toContain(row.restored);
    }
    keepOnly(rows);
    const source = current ? 'this run' : `the latest run on file (${rows[0]?.at ?? 'none'})`;
    console.log(`\nReliability summary, ${source} (${SUMMARY_FILE}):\n${table(rows)}\n${totals(rows)}\n`);
  });
});
