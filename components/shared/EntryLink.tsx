// A link to a glossary entry that opens it in place. It is a real link to the popup's address
// for the entry, so it also works when opened in a new tab.
import type { ComponentChildren } from 'preact';
import { entryHash } from '../../messaging/protocol';

export type OpenEntry = (entryId: string, senseId?: string) => void;

interface EntryLinkProps {
  id: string;
  sense?: string;
  onOpen: OpenEntry;
  class?: string;
  children?: ComponentChildren;
}

export function EntryLink({ id, sense, onOpen, class: className = 'entry-link', children }: EntryLinkProps) {
  return (
    <a
      href={entryHash(id, sense)}
      class={className}
      onClick={(event) => {
        // Modified clicks keep the browser's meaning (new tab or window).
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        onOpen(id, sense);
      }}
    >
      {children ?? id}
    </a>
  );
}
