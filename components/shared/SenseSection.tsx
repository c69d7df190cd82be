// One meaning of an entry in full: expansion, status, the long explanation, its history and
// the sources behind it.
import type { IsoDate, Sense } from '../../glossary/types';
import type { OpenEntry } from './EntryLink';
import { SourceList } from './SourceList';
import { StatusLine } from './StatusLine';
import { Timeline } from './Timeline';

interface SenseSectionProps {
  entryId: string;
  sense: Sense;
  pageDate?: IsoDate;
  /** Marks the sense the reader came for when an entry has several. */
  highlighted?: boolean;
  onOpenEntry: OpenEntry;
}

export function SenseSection({
  entryId,
  sense,
  pageDate,
  highlighted = false,
  onOpenEntry,
}: SenseSectionProps) {
  const headingId = `sense-${entryId}-${sense.id}`.replace(/[^A-Za-z0-9-]/g, '-');
  return (
    <section class={highlighted ? 'sense is-highlighted' : 'sense'} aria-labelledby={headingId}>
      <h3 id={headingId} class="sense-expansion">
        {sense.expansion}
      </h3>
      <StatusLine status={sense.status} onOpenEntry={onOpenEntry} />
      {sense.long.split(/\n\s*\n/).map((paragraph) => (
        <p key={paragraph.slice(0, 40)}>{paragraph}</p>
      ))}
      {sense.events.length > 0 && (
        <>
          <h4>History</h4>
          <Timeline sense={sense} pageDate={pageDate} />
        </>
      )}
      {sense.sources.length > 0 && (
        <>
          <h4>Sources</h4>
          <SourceList ids={sense.sources} />
        </>
      )}
    </section>
  );
}
