// The ICS / ICP comparison, one card per question with an answer for each column. Built for a
// narrow popup: columns are stacked, and each has its own colour, shape and full name, so the
// two ICPs cannot be mistaken for each other.
import { findSense } from '../../glossary/index';
import type { Comparison as ComparisonData } from '../../glossary/types';
import { EntryLink, type OpenEntry } from './EntryLink';
import { findSources } from './SourceList';

// Shapes as well as colours, for readers who cannot tell the colours apart.
const MARKS = ['●', '▲', '■', '◆'];

interface ColumnNameProps {
  column: ComparisonData['columns'][number];
  index: number;
}

/** "ICP · Integrated Care Provider", with the column's mark. */
function ColumnName({ column, index }: ColumnNameProps) {
  const expansion = findSense(column.entry, column.sense)?.expansion;
  return (
    <span class={`column-name column-${index}`}>
      <span class="column-mark" aria-hidden="true">
        {MARKS[index % MARKS.length]}
      </span>
      <strong>{column.entry}</strong>
      {expansion && <span> · {expansion}</span>}
    </span>
  );
}

interface ComparisonProps {
  comparison: ComparisonData;
  onOpenEntry: OpenEntry;
}

export function Comparison({ comparison, onOpenEntry }: ComparisonProps) {
  const { columns, rows } = comparison;
  return (
    <article class="comparison" aria-labelledby="comparison-title">
      <h2 id="comparison-title" tabIndex={-1}>
        {comparison.title}
      </h2>
      <ul class="comparison-legend">
        {columns.map((column, index) => (
          <li key={`${column.entry}-${column.sense}`}>
            <EntryLink id={column.entry} sense={column.sense} onOpen={onOpenEntry}>
              <ColumnName column={column} index={index} />
            </EntryLink>
            <span class="column-label">{column.label}</span>
          </li>
        ))}
      </ul>
      {rows.map((row) => (
        <section class="comparison-row" key={row.question} aria-label={row.question}>
          <h3>{row.question}</h3>
          <dl>
            {row.answers.map((answer, index) => {
              const column = columns[index];
              if (!column) return null;
              const publishers = [...new Set(findSources(answer.sources).map((source) => source.publisher))];
              return (
                <div class={`comparison-answer column-${index}`} key={`${column.entry}-${column.sense}`}>
                  <dt>
                    <ColumnName column={column} index={index} />
                  </dt>
                  <dd>
                    {answer.text}
                    {publishers.length > 0 && (
                      <span class="answer-sources"> Source: {publishers.join('; ')}</span>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </article>
  );
}
