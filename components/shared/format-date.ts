// Writes glossary and page dates the way a person would say them: "1 July 2022", "May 2018", "2016".
// Pure string work: no Intl or locale, so the tooltip and the popup read the same everywhere.

import type { IsoDate } from '../../glossary/types';

export type DatePrecision = 'day' | 'month' | 'year';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const PARTS = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/**
 * The date in words, no more precise than `precision` and never more precise than the date itself.
 * Text that is not an ISO date comes back unchanged, so a bad value shows rather than vanishes.
 */
export function formatDate(date: IsoDate, precision: DatePrecision = 'day'): string {
  const parts = PARTS.exec(date);
  const year = parts?.[1];
  if (!parts || !year) return date;
  const month = parts[2] ? MONTHS[Number(parts[2]) - 1] : undefined;
  if (precision === 'year' || !month) return year;
  const day = parts[3] ? Number(parts[3]) : undefined;
  if (precision === 'month' || !day) return `${month} ${year}`;
  return `${day} ${month} ${year}`;
}
