// One meaning of a term inside the hover card: its label when there are several, its status when
// it is no longer current, the short definition, and the lines that date the page against it.

import type { PageDates } from '../../glossary/page-date';
import type { Sense, Status } from '../../glossary/types';
import { CountLine } from './CountLine';
import { SinceLine } from './SinceLine';

interface TooltipSenseProps {
  term: string;
  sense: Sense;
  /** Shown above the meaning when the card holds more than one. */
  label?: string;
  pageDates?: PageDates;
  pageCounts: number[];
}

// Said when a sense has no summary of its own; `current` never shows a status line.
const STATUS_WORDS: Record<Exclude<Status, 'current'>, string> = {
  abolished: 'no longer exists',
  renamed: 'now known by another name',
  proposed: 'proposed, not yet in place',
  dormant: 'not in use',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function TooltipSense({ term, sense, label, pageDates, pageCounts }: TooltipSenseProps) {
  const { status } = sense;
  return (
    <section class="sense">
      {label && <p class="sense-label">{label}</p>}
      {status.status !== 'current' && (
        <p class="status">{capitalised(status.summary ?? STATUS_WORDS[status.status])}</p>
      )}
      <p class="short">{sense.short}</p>
      <SinceLine sense={sense} pageDates={pageDates} />
      <CountLine term={term} sense={sense} pageDates={pageDates} pageCounts={pageCounts} />
    </section>
  );
}
