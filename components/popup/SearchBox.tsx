// The search field: a combobox over the result list, so screen readers follow the highlighted
// result while focus stays in the field.
import type { Ref } from 'preact';

interface SearchBoxProps {
  query: string;
  onQuery: (query: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  /** Id of the highlighted result, if the list is showing. */
  activeId: string | undefined;
  expanded: boolean;
  inputRef: Ref<HTMLInputElement>;
}

export const RESULTS_ID = 'search-results';

export function SearchBox({ query, onQuery, onKeyDown, activeId, expanded, inputRef }: SearchBoxProps) {
  return (
    <div class="search">
      <label for="search-input" class="visually-hidden">
        Search the glossary
      </label>
      <input
        id="search-input"
        ref={inputRef}
        type="text"
        enterkeyhint="search"
        role="combobox"
        aria-autocomplete="list"
        aria-controls={RESULTS_ID}
        aria-expanded={expanded}
        aria-activedescendant={activeId}
        placeholder="Search: ICB, commissioning, Dudley…"
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(event) => onQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
