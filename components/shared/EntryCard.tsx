// A whole glossary entry: every meaning in full, related entries as links, and the unrelated
// meanings the same letters carry elsewhere.
import { findEntry } from '../../glossary/index';
import type { Entry, IsoDate } from '../../glossary/types';
import { EntryLink, type OpenEntry } from './EntryLink';
import { SenseSection } from './SenseSection';

interface EntryCardProps {
  entry: Entry;
  /** The sense the reader asked for: shown first and marked. */
  senseId?: string;
  pageDate?: IsoDate;
  onOpenEntry: OpenEntry;
}

export function EntryCard({ entry, senseId, pageDate, onOpenEntry }: EntryCardProps) {
  const chosen = entry.senses.find((sense) => sense.id === senseId);
  const senses = chosen ? [chosen, ...entry.senses.filter((sense) => sense !== chosen)] : entry.senses;
  const several = entry.senses.length > 1;
  const related = entry.related.filter((id) => findEntry(id) !== undefined);
  return (
    <article class="entry-card" aria-labelledby="entry-title">
      <h2 id="entry-title" class="entry-title" tabIndex={-1}>
        {entry.id}
        {several && <span class="entry-meanings"> · {entry.senses.length} NHS meanings</span>}
      </h2>
      {senses.map((sense) => (
        <SenseSection
          key={sense.id}
          entryId={entry.id}
          sense={sense}
          pageDate={pageDate}
          highlighted={several && sense === chosen}
          onOpenEntry={onOpenEntry}
        />
      ))}
      {related.length > 0 && (
        <nav class="related" aria-label="Related entries">
          <h3>Related</h3>
          <ul class="related-list">
            {related.map((id) => (
              <li key={id}>
                <EntryLink id={id} onOpen={onOpenEntry} />
              </li>
            ))}
          </ul>
        </nav>
      )}
      {entry.falseFriends.length > 0 && (
        <section class="false-friends" aria-labelledby="false-friends-title">
          <h3 id="false-friends-title">Not to be confused with</h3>
          <ul>
            {entry.falseFriends.map((friend) => (
              <li key={friend.expansion}>
                {friend.expansion} <span class="muted">({friend.field})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
