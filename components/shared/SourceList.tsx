// Source notes: who said it, what, and when, with a link that opens in a new tab and sends no
// referrer, so the site never learns which page the reader was on.
import { GLOSSARY } from '../../glossary/index';
import type { Source } from '../../glossary/types';
import { formatDate } from './format-date';

const sourcesById = new Map(GLOSSARY.sources.map((source) => [source.id, source]));

/** The sources with these ids, in the order given; unknown ids are skipped. */
export const findSources = (ids: readonly string[]): Source[] =>
  [...new Set(ids)].flatMap((id) => sourcesById.get(id) ?? []);

const sourceDate = (date: string) => (date === 'n.d.' ? 'undated' : formatDate(date));

export function SourceList({ ids }: { ids: readonly string[] }) {
  const sources = findSources(ids);
  if (sources.length === 0) return null;
  return (
    <ul class="source-list">
      {sources.map((source) => (
        <li key={source.id}>
          <span class="source-publisher">{source.publisher}</span>
          {', '}
          {source.url ? (
            <a href={source.url} target="_blank" rel="noreferrer">
              {source.title}
            </a>
          ) : (
            <cite>{source.title}</cite>
          )}
          {', '}
          <span class="source-date">{sourceDate(source.date)}</span>
        </li>
      ))}
    </ul>
  );
}
