// The hover card for one annotated term: what it stands for, what it means, whether it still
// exists, and what changed since the page was written. Pure rendering from props.

import type { PageDates } from '../../glossary/page-date';
import type { Entry, Sense } from '../../glossary/types';
import { TooltipSense } from './TooltipSense';

export interface TooltipCardProps {
  /** The element id, so the card can be named as the tooltip of its term. */
  id: string;
  entry: Entry;
  /** The sense the page's context chose; without one (or an unknown one) every sense shows. */
  senseId?: string;
  pageDates?: PageDates;
  /** Counts the sentence around this occurrence states for the acronym ("the 14 ICSs" gives 14). */
  pageCounts?: number[];
  onMore(): void;
}

function sensesToShow(entry: Entry, senseId: string | undefined): Sense[] {
  const chosen = entry.senses.filter((sense) => sense.id === senseId);
  return chosen.length > 0 ? chosen : entry.senses;
}

export function TooltipCard({ id, entry, senseId, pageDates, pageCounts = [], onMore }: TooltipCardProps) {
  const senses = sensesToShow(entry, senseId);
  const single = senses.length === 1 ? senses[0] : undefined;
  return (
    <div id={id} role="tooltip" class="card">
      <p class="title">
        <span class="acronym">{entry.id}</span>{' '}
        <span class="expansion">{single ? single.expansion : `has ${senses.length} meanings here`}</span>
      </p>
      {senses.map((sense, index) => (
        <TooltipSense
          key={sense.id}
          term={entry.id}
          sense={sense}
          label={single ? undefined : `${index + 1}. ${sense.expansion}`}
          pageDates={pageDates}
          pageCounts={pageCounts}
        />
      ))}
      <button type="button" class="more" onClick={onMore}>
        More about {entry.id}
      </button>
    </div>
  );
}
