// One entry in full, with a way back to where the reader came from.
import { useEffect } from 'preact/hooks';
import { findEntry } from '../../glossary/index';
import type { IsoDate } from '../../glossary/types';
import { EntryCard } from '../shared/EntryCard';
import type { OpenEntry } from '../shared/EntryLink';
import { BackButton } from './BackButton';

interface EntryViewProps {
  entryId: string;
  senseId?: string;
  pageDate?: IsoDate;
  /** Move focus to the entry's title, when the reader navigated here. */
  takeFocus: boolean;
  onOpenEntry: OpenEntry;
  onBack: () => void;
}

export function EntryView({ entryId, senseId, pageDate, takeFocus, onOpenEntry, onBack }: EntryViewProps) {
  const entry = findEntry(entryId);
  useEffect(() => {
    window.scrollTo?.(0, 0);
    if (takeFocus) document.getElementById('entry-title')?.focus();
  }, [entryId, senseId, takeFocus]);
  return (
    <div class="entry-view">
      <BackButton onBack={onBack} />
      {entry ? (
        <EntryCard entry={entry} senseId={senseId} pageDate={pageDate} onOpenEntry={onOpenEntry} />
      ) : (
        <p class="empty-state">There is no entry for “{entryId}”.</p>
      )}
    </div>
  );
}
