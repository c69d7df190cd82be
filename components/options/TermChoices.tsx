// Which terms, or which meanings of a term, the glossary explains on pages: a checkbox per
// acronym, and one per meaning for acronyms with several NHS meanings.
import { GLOSSARY } from '../../glossary/index';
import type { Entry } from '../../glossary/types';
import { hiddenKey, isExplained, setExplained } from '../../settings/hidden-terms';
import { updateReading } from '../../settings/write';

const ACRONYMS = GLOSSARY.entries
  .filter((entry) => entry.kind === 'acronym')
  .sort((a, b) => a.id.localeCompare(b.id));

export function TermChoices({ hiddenTerms }: { hiddenTerms: string[] }) {
  // From the stored list, not this render's: two quick clicks must both count.
  const choose = (key: string, explained: boolean) =>
    void updateReading((reading) => ({ hiddenTerms: setExplained(reading.hiddenTerms, key, explained) }));
  return (
    <section aria-labelledby="terms-title" class="options-section">
      <h2 id="terms-title">Terms to explain</h2>
      <p class="muted">Untick a term you already know, and pages will leave it alone.</p>
      <ul class="term-choices">
        {ACRONYMS.map((entry) => (
          <TermChoice key={entry.id} entry={entry} hiddenTerms={hiddenTerms} onChoose={choose} />
        ))}
      </ul>
    </section>
  );
}

interface TermChoiceProps {
  entry: Entry;
  hiddenTerms: string[];
  onChoose: (key: string, explained: boolean) => void;
}

function TermChoice({ entry, hiddenTerms, onChoose }: TermChoiceProps) {
  const entryOn = isExplained(hiddenTerms, entry.id);
  const several = entry.senses.length > 1;
  return (
    <li>
      <label class="choice">
        <input
          type="checkbox"
          checked={entryOn}
          onChange={(event) => onChoose(entry.id, event.currentTarget.checked)}
        />
        <strong>{entry.id}</strong> {several ? '' : entry.senses[0]?.expansion}
      </label>
      {several && (
        <ul class="sense-choices" aria-label={`Meanings of ${entry.id}`}>
          {entry.senses.map((sense) => (
            <li key={sense.id}>
              <label class="choice">
                <input
                  type="checkbox"
                  disabled={!entryOn}
                  checked={isExplained(hiddenTerms, entry.id, sense.id)}
                  onChange={(event) => onChoose(hiddenKey(entry.id, sense.id), event.currentTarget.checked)}
                />
                {sense.expansion}
              </label>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
