// A sense's history, oldest first. When the reader came from a dated page, a marker shows where
// that page sits, and later events are flagged as news the page could not have known.
import { isCertainlyAfter, timeline } from '../../glossary/events';
import type { IsoDate, Sense } from '../../glossary/types';
import { formatDate } from './format-date';

interface TimelineProps {
  sense: Sense;
  /** When the page the reader came from was written. */
  pageDate?: IsoDate;
}

export function Timeline({ sense, pageDate }: TimelineProps) {
  const events = timeline(sense);
  if (events.length === 0) return null;
  const firstAfter = pageDate ? events.findIndex((event) => isCertainlyAfter(event.date, pageDate)) : -1;
  const markerAt = pageDate ? (firstAfter === -1 ? events.length : firstAfter) : -1;
  const marker = pageDate && (
    <li class="timeline-page" key="page">
      <time dateTime={pageDate}>{formatDate(pageDate)}</time>
      <span>This page was written</span>
    </li>
  );
  return (
    <ol class="timeline">
      {events.map((event, index) => {
        const after = pageDate !== undefined && isCertainlyAfter(event.date, pageDate);
        return [
          index === markerAt && marker,
          <li
            key={`${event.date}-${index}`}
            class={after ? 'timeline-event is-after-page' : 'timeline-event'}
          >
            <time dateTime={event.date}>{formatDate(event.date)}</time>
            <span>
              {event.text}
              {after && <span class="visually-hidden"> (after this page was written)</span>}
            </span>
          </li>,
        ];
      })}
      {markerAt === events.length && marker}
    </ol>
  );
}
