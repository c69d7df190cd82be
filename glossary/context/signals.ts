// An entry's context words and false-friend signals, tokenised once per entry, and counted
// in a text: which words for which meaning.

import type { Entry } from '../types';
import type { TermSignals } from './types';
import { type Phrase, phrasesIn, toPhrases, type WordIndex } from './words';

export interface EntrySignals {
  entry: Entry;
  senses: { id: string; words: Phrase[] }[];
  /** Every sense's words together: evidence that the NHS meaning is meant at all. */
  anySense: Phrase[];
  falseFriends: { expansion: string; signals: Phrase[] }[];
}

const compiled = new WeakMap<Entry, EntrySignals>();

export function signalsOf(entry: Entry): EntrySignals {
  const known = compiled.get(entry);
  if (known) return known;
  const signals: EntrySignals = {
    entry,
    senses: entry.senses.map((sense) => ({ id: sense.id, words: toPhrases(sense.contextWords) })),
    anySense: toPhrases(entry.senses.flatMap((sense) => sense.contextWords)),
    falseFriends: entry.falseFriends.map((friend) => ({
      expansion: friend.expansion,
      signals: toPhrases(friend.signals),
    })),
  };
  compiled.set(entry, signals);
  return signals;
}

export function termSignalsIn(index: WordIndex, signals: EntrySignals): TermSignals {
  return {
    senses: Object.fromEntries(signals.senses.map((sense) => [sense.id, phrasesIn(index, sense.words)])),
    falseFriends: signals.falseFriends.map((friend) => phrasesIn(index, friend.signals)),
  };
}

/** The glossary entry annotated for these letters: exact id first, then a plural (`PCNs`). */
export function findAcronymEntry(term: string, entries: readonly Entry[]): Entry | undefined {
  const acronyms = entries.filter((entry) => entry.kind === 'acronym');
  const singular = term.replace(/(?<=\p{Lu})[’']?s$/u, '');
  return acronyms.find((entry) => entry.id === term) ?? acronyms.find((entry) => entry.id === singular);
}
