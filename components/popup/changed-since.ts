// Which of a page's terms have changed since the page was written: any of the entry's senses
// has an event certainly after the page's date.
import { eventsSince } from '../../glossary/events';
import { findEntry } from '../../glossary/index';
import type { PageDates } from '../../glossary/page-date';
import type { IsoDate } from '../../glossary/types';

/** The date the tooltips measure change from, as the content script does: written, else updated. */
export const pageDateOf = (dates: PageDates | undefined): IsoDate | undefined =>
  dates?.published ?? dates?.updated;

export function changedSince(entryIds: readonly string[], pageDate: IsoDate | undefined): string[] {
  if (!pageDate) return [];
  return entryIds.filter((id) =>
    findEntry(id)?.senses.some((sense) => eventsSince(sense, pageDate).length > 0),
  );
}
