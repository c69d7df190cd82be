// Orders a sense's dated events: its whole timeline, and what has changed since a page was written.
import type { DatedEvent, IsoDate, Sense } from './types';

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function isIsoDate(text: string): text is IsoDate {
  return ISO_DATE.test(text);
}

/**
 * Orders dates by the start of the period each names. Plain string order does this for ISO
 * dates, and puts a less precise date first when one contains the other ("2022" before "2022-03").
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether `event` certainly falls after `page`: compared only to the precision both share, the
 * event must be later. So an event of "2022" is after a page of "2021-05-10", but not after one of
 * "2022-03-01", nor is "2022-07-01" after a page dated only "2022": the event may come first, and
 * a tooltip should not claim a change the page might already know about. Same day is not after.
 */
export function isCertainlyAfter(event: IsoDate, page: IsoDate): boolean {
  const shared = Math.min(event.length, page.length);
  return event.slice(0, shared) > page.slice(0, shared);
}

/** Events since the page's date, most important first, then most recent; an unreadable date gives none. */
export function eventsSince(sense: Sense, pageDate: IsoDate, limit = Number.POSITIVE_INFINITY): DatedEvent[] {
  if (!isIsoDate(pageDate)) return [];
  return sense.events
    .filter((event) => isCertainlyAfter(event.date, pageDate))
    .sort((a, b) => a.importance - b.importance || compareIsoDates(b.date, a.date))
    .slice(0, limit);
}

/** All of a sense's events, oldest first; events on the same date keep their written order. */
export function timeline(sense: Sense): DatedEvent[] {
  return [...sense.events].sort((a, b) => compareIsoDates(a.date, b.date));
}
