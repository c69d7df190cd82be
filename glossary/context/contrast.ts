// "Do not confuse the ICP with the integrated care provider contract": a sentence that sets the
// letters against the full name of one of two senses is about the other one. Without this, the
// name it is set against is the strongest word for the wrong sense. Likewise a sentence that
// denies the letters one sense's marks ("our ICP holds no contracts", "the ICP is not a single
// provider") means the other.

import type { EntrySignals } from './signals';
import { foldWord, type Phrase, phraseStart, toPhrases, type WordIndex } from './words';

// Said with or without "not" ("is not the same as", "is the same as?"), each sets two things apart.
const SETTING_APART = toPhrases([
  'confuse',
  'confused',
  'confusion',
  'confusing',
  'same as',
  'same thing as',
  'unrelated',
  'nothing like',
  'nothing to do with',
  'different from',
  'different to',
  'distinct from',
  'mistaken for',
  'mix up',
  'mixed up',
  'connected to',
  'rather than',
]);
// A name with fewer words than this between it and the letters is theirs ("the ICP, an
// integrated care partnership, …"; "integrated care provider (ICP)").
const WORDS_BETWEEN_APART = 2;

/** The sense the sentence means by setting the letters apart from the other, or denying them its marks. */
export function contrastedSense(signals: EntrySignals, sentence: WordIndex): string | undefined {
  if (signals.senses.length !== 2) return undefined;
  return setApartByName(signals, sentence) ?? notDenied(signals, sentence);
}

function setApartByName(signals: EntrySignals, sentence: WordIndex): string | undefined {
  const cues = SETTING_APART.map((cue) => phraseStart(sentence, cue)).filter((at) => at >= 0);
  if (cues.length === 0) return undefined;
  const letters = sentence.positions.get(foldWord(signals.entry.id));
  if (!letters) return undefined;
  const named = signals.senses.filter((sense) => setApart(sentence, sense.words[0], letters, cues));
  const [only] = named;
  if (named.length !== 1 || !only) return undefined;
  return signals.senses.find((sense) => sense !== only)?.id;
}

/**
 * The sense's full name is set apart from the letters: a cue stands between them ("the ICP is
 * the same as the integrated care provider"), or leads into them both, letters first ("confused
 * the ICP with the integrated care provider"). A name before the letters with the cue after them
 * ("the integrated care provider, also shortened to ICP, still causes confusion") is their own.
 */
function setApart(
  sentence: WordIndex,
  name: Phrase | undefined,
  letters: readonly number[],
  cues: readonly number[],
): boolean {
  if (!name) return false;
  const start = phraseStart(sentence, name);
  if (start < 0) return false;
  const end = start + name.words.length;
  return letters.every((at) => {
    const far = start - at - 1 >= WORDS_BETWEEN_APART || at - end >= WORDS_BETWEEN_APART;
    const between = cues.some((cue) => (at < cue && cue < start) || (end <= cue && cue < at));
    const leading = at < start && cues.some((cue) => cue < at);
    return far && (between || leading);
  });
}

// "holds no", "is not a", "doesn't hand out", "without a single": the apostrophe splits "doesn't"
// into "doesn" and "t".
const DENIALS = new Set(['no', 'not', 'never', 'without', 'nor', 'neither', 'doesn', 'isn', 'won', 'cannot']);
// The denial follows the letters as their verb does ("the ICP will not seek to…"), and reaches a
// few words on to the mark ("…become a single provider"); further off it speaks of something else.
const LETTERS_TO_DENIAL = 5;
// A clause joined on after the letters denies something of its own subject: "This is separate from
// any ICP and does not change practices' own contracts", "an ICP that overspends must not be left".
const CLAUSE_JOINS = new Set(['and', 'that', 'which', 'who', 'but', 'or']);
const DENIAL_TO_MARK = 6;

/** The other sense, when the sentence denies the letters the marks of exactly one. */
function notDenied(signals: EntrySignals, sentence: WordIndex): string | undefined {
  const letters = sentence.positions.get(foldWord(signals.entry.id))?.[0];
  if (letters === undefined) return undefined;
  const denied = signals.senses.filter((sense) =>
    sense.marks.some((mark) => deniedAfter(sentence, mark, letters)),
  );
  const [only] = denied;
  if (denied.length !== 1 || !only) return undefined;
  return signals.senses.find((sense) => sense !== only)?.id;
}

function deniedAfter(sentence: WordIndex, mark: Phrase, letters: number): boolean {
  for (let at = letters + 1; at <= letters + LETTERS_TO_DENIAL; at++) {
    if (CLAUSE_JOINS.has(sentence.words[at] ?? '')) return false;
    if (!DENIALS.has(sentence.words[at] ?? '')) continue;
    const start = phraseStart(sentence, mark, at + 1);
    if (start >= 0 && start - at <= DENIAL_TO_MARK) return true;
  }
  return false;
}
