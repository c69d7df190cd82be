// The words "On this page" uses for a page's dates and for why nothing is explained there.
import type { PageDates } from '../../glossary/page-date';
import { formatDate } from '../shared/format-date';
import type { PageInfo } from './page-info';

/** "Page written 24 May 2018, updated 3 April 2020", or undefined when the page gave no date. */
export function pageDatesText(dates: PageDates | undefined): string | undefined {
  const written = dates?.published && `written ${formatDate(dates.published)}`;
  const updated =
    dates?.updated && dates.updated !== dates.published && `updated ${formatDate(dates.updated)}`;
  const parts = [written, updated].filter(Boolean);
  return parts.length > 0 ? `Page ${parts.join(', ')}` : undefined;
}

/** Why no terms are listed, or undefined when there are terms to list. */
export function emptyReason(info: PageInfo): string | undefined {
  if (info.kind === 'unreadable') {
    return 'The glossary can’t read this page. Browser pages, add-on stores and local files are closed to extensions. If the tab was open before the glossary was installed, reload it.';
  }
  const { state, terms } = info.report;
  if (state === 'global-off') return 'The glossary is switched off everywhere.';
  if (state === 'site-off') return `The glossary is switched off for ${info.host ?? 'this site'}.`;
  if (state === 'no-context') {
    return 'This page doesn’t look like it is about the NHS, so its acronyms are left alone.';
  }
  return terms.length === 0 ? 'No NHS terms found on this page so far.' : undefined;
}

/** "2 of these 7 terms have changed since the page was written." */
export function changedText(changed: number, total: number): string {
  const since = 'since the page was written.';
  if (total === 1)
    return changed === 1 ? `This term has changed ${since}` : `This term hasn’t changed ${since}`;
  if (changed === 0) return `None of these ${total} terms has changed ${since}`;
  return `${changed} of these ${total} terms ${changed === 1 ? 'has' : 'have'} changed ${since}`;
}
