// Where a sense stands today: a status badge, the glossary's one-line summary, and links to
// whatever replaced it.
import type { StatusInfo } from '../../glossary/types';
import { EntryLink, type OpenEntry } from './EntryLink';
import { formatDate } from './format-date';

const STATUS_WORDS: Record<StatusInfo['status'], string> = {
  current: 'Current',
  abolished: 'Abolished',
  renamed: 'Renamed',
  proposed: 'Proposed',
  dormant: 'Dormant',
};

export function StatusBadge({ status }: { status: StatusInfo }) {
  return <span class={`status-badge status-${status.status}`}>{STATUS_WORDS[status.status]}</span>;
}

interface StatusLineProps {
  status: StatusInfo;
  onOpenEntry: OpenEntry;
}

export function StatusLine({ status, onOpenEntry }: StatusLineProps) {
  const replacedBy = status.replacedBy ?? [];
  const summary = status.summary ?? (status.since ? `since ${formatDate(status.since)}` : '');
  return (
    <p class="status-line">
      <StatusBadge status={status} /> {summary}
      {replacedBy.length > 0 && (
        <span class="status-replaced">
          {' '}
          (now:{' '}
          {replacedBy.map((id, index) => [
            index > 0 && ', ',
            <EntryLink key={id} id={id} onOpen={onOpenEntry} />,
          ])}
          )
        </span>
      )}
    </p>
  );
}
