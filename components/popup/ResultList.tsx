// Search results as a listbox: one option per matching sense, the highlighted one followed by
// the search field's ArrowUp/ArrowDown.
import { useEffect } from 'preact/hooks';
import type { SearchResult } from '../../glossary/search';
import { StatusBadge } from '../shared/StatusLine';
import { RESULTS_ID } from './SearchBox';

export const resultId = (index: number) => `result-${index}`;

interface ResultListProps {
  query: string;
  results: SearchResult[];
  activeIndex: number;
  onOpen: (result: SearchResult) => void;
}

export function ResultList({ query, results, activeIndex, onOpen }: ResultListProps) {
  useEffect(() => {
    document.getElementById(resultId(activeIndex))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex]);

  const summary =
    results.length === 0
      ? `Nothing in the glossary matches “${query.trim()}”.`
      : `${results.length} ${results.length === 1 ? 'result' : 'results'}`;
  return (
    <section class="results" aria-label="Search results">
      <p class={results.length === 0 ? 'empty-state' : 'visually-hidden'} role="status">
        {summary}
        {results.length === 0 && <span> Try an acronym such as ICB, or words such as “commissioning”.</span>}
      </p>
      <div id={RESULTS_ID} role="listbox" aria-label="Glossary entries" class="result-list">
        {results.map((result, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: keys reach the options through the search field (aria-activedescendant)
          <div
            key={`${result.entry.id}:${result.sense.id}`}
            id={resultId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === activeIndex}
            class={index === activeIndex ? 'result is-active' : 'result'}
            onClick={() => onOpen(result)}
          >
            <span class="result-head">
              {result.entry.kind === 'acronym' && <strong class="result-term">{result.entry.id}</strong>}
              <span class="result-expansion">{result.sense.expansion}</span>
              <StatusBadge status={result.sense.status} />
            </span>
            <span class="result-short">{result.sense.short}</span>
          </div>
        ))}
      </div>
    </section>
  );
}
