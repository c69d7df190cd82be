// "Written May 2018. Since then: 1 July 2022: abolished …" The lines that warn a reader when the page
// predates what happened to the term. Nothing when the page's date is unknown or nothing changed.

import { eventsSince } from '../../glossary/events';
import type { PageDates } from '../../glossary/page-date';
import type { DatedEvent, Sense } from '../../glossary/types';
import { formatDate } from '../shared/format-date';

// A tooltip line has room for two changes; the full timeline is one click away.
const MAX_EVENTS = 2;

/** The changes worth a tooltip line since `date`, oldest first: importance 3 is detail for the popup. */
export function changesSince(sense: Sense, date: string): DatedEvent[] {
  return eventsSince(sense, date)
    .filter((event) => event.importance < 3)
    .slice(0, MAX_EVENTS)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** "Written May 2018." / "Written May 2018, updated March 2025." and what "since" counts from. */
function opening({ published, updated }: PageDates): { text: string; since: string } | undefined {
  const month = (date: string) => formatDate(date, 'month');
  if (published && updated) {
    return {
      text: `Written ${month(published)}, updated ${month(updated)}.`,
      since: `Since ${month(published)}:`,
    };
  }
  if (published) return { text: `Written ${month(published)}.`, since: 'Since then:' };
  if (updated) return { text: `Updated ${month(updated)}.`, since: 'Since then:' };
  return undefined;
}

export function SinceLine({ sense, pageDates }: { sense: Sense; pageDates?: PageDates }) {
  const date = pageDates?.published ?? pageDates?.updated;
  const start = pageDates && opening(pageDates);
  if (!date || !start) return null;
  const changes = changesSince(sense, date);
  if (changes.length === 0) return null;
  return (
    <div class="since">
      <p>
        <span class="written">{start.text}</span> {start.since}
      </p>
      <ul>
        {changes.map((event) => (
          <li key={`${event.date} ${event.text}`}>
            <span class="when">{formatDate(event.date)}:</span> {event.text}.
          </li>
        ))}
      </ul>
    </div>
  );
}
