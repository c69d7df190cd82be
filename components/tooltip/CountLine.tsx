// "Page says 14. Glossary: 42 ICSs from April 2021." Set beside a number the page states for the
// term, so a reader can see how it compares; only figures the glossary can source are shown.

import { datedFigures } from '../../glossary/counts';
import { isCertainlyAfter } from '../../glossary/events';
import type { PageDates } from '../../glossary/page-date';
import type { DatedEvent, Sense } from '../../glossary/types';
import { formatDate } from '../shared/format-date';

interface CountLineProps {
  term: string;
  sense: Sense;
  pageDates?: PageDates;
  pageCounts: number[];
}

/** The figure in force when the page was written (if known) and the latest one, without repeats. */
export function figuresToCompare(sense: Sense, pageDate: string | undefined): DatedEvent[] {
  const figures = datedFigures(sense).filter((event) => event.sources.length > 0);
  const latest = figures.at(-1);
  if (!latest) return [];
  const atPageDate = pageDate
    ? figures.filter((event) => !isCertainlyAfter(event.date, pageDate)).at(-1)
    : undefined;
  return atPageDate && atPageDate !== latest ? [atPageDate, latest] : [latest];
}

export function CountLine({ term, sense, pageDates, pageCounts }: CountLineProps) {
  if (pageCounts.length === 0) return null;
  const figures = figuresToCompare(sense, pageDates?.published ?? pageDates?.updated);
  if (figures.length === 0) return null;
  const glossary = figures
    .map((event) => `${event.count} ${term}s from ${formatDate(event.date, 'month')}`)
    .join('; ');
  return (
    <p class="count">
      Page says {pageCounts.join(' and ')}. Glossary: {glossary}.
    </p>
  );
}
