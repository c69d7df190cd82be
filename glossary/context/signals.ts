// An entry's context words and false-friend signals, tokenised once per entry, and counted
// in a text. Each meaning's own expansion counts as one of its words: naming it is evidence.

import type { Entry } from '../types';
import type { OtherUseKind } from './other-uses';
import { remembered } from './remember';
import type { FoundSignals } from './types';
import { isGeneralNhsWord, isStrongNhsWord } from './vocabulary';
import { type Phrase, phrasesIn, tokenise, toPhrases, type WordIndex } from './words';

export interface SenseSignals {
  id: string;
  expansion: string;
  /** Words for this sense, its expansion first. */
  words: Phrase[];
  /** Words that tell this sense from the others: none that another sense shares or has in its expansion. */
  distinctive: Phrase[];
  /** A place's name before the letters names a local body of this sense. */
  namedAfterPlaces: boolean;
  /** The letters name a person in this sense ("my GP told me"). */
  aPerson: boolean;
  /** The letters name a body that serves an area ("across the ICS"). */
  anArea: boolean;
  /** What this sense has and the others lack: denying it them ("holds no contracts") means another sense. */
  marks: Phrase[];
  /** Words that speak for this sense right beside the letters ("the STP was written"). */
  besideWords: Phrase[];
  /** The reading to take when nothing on the page decides. */
  usualReading: boolean;
}

export interface EntrySignals {
  entry: Entry;
  senses: SenseSignals[];
  /** Every sense's words together: evidence that the NHS meaning is meant at all. */
  anySense: Phrase[];
  /**
   * Those that speak for our meaning even against a meaning the page defines: phrases ("GP
   * surgeries") and strong NHS words other than "NHS" itself, not single words such as "trusts"
   * that pages about other things use too, nor the letters with only a possessive ("my GP").
   */
  telling: Phrase[];
  /**
   * Each false friend's signals, its expansion first, and what counts right beside the letters:
   * those signals and its words that count only there.
   */
  falseFriends: {
    expansion: string;
    signals: Phrase[];
    besidePhrases: Phrase[];
    clinical: boolean;
    organisation: boolean;
    notABody: boolean;
    neverPlural: boolean;
    /** A time zone: named beside the times it qualifies ("9am MDT"), so page-wide words do not count. */
    timeZone: boolean;
  }[];
  /** The letters are themselves everyday NHS vocabulary (GP, A&E). */
  lettersAreNhsWord: boolean;
  /**
   * The other uses one of the false friends allows (other-uses.ts): a time zone ("9am MDT"), a party
   * ("Cllr Murray (SNP) said"), an event ("enjoy the GP!"), a price ("LTP 32p"), a margin ("food GP
   * is 65 per cent"), or what patients have ("patients with ACS"), this last only where no sense is
   * a person: patients are booked "with a GP".
   */
  otherUses: ReadonlySet<OtherUseKind>;
  /** Which of the senses' cues (named-body.ts, person.ts, senses.ts) these letters can carry at all. */
  cues: {
    namedAfterPlaces: boolean;
    aPerson: boolean;
    anArea: boolean;
    aGroup: boolean;
    besideWords: boolean;
  };
}

const compiled = new WeakMap<Entry, EntrySignals>();

const POSSESSIVES = new Set(['my', 'your', 'our', 'his', 'her', 'their']);

/** "my GP": the letters with nothing but whose they are, which other meanings say as readily ("your GP%"). */
export function isPossessed(phrase: Phrase, letters: string): boolean {
  return (
    phrase.words.includes(letters) && phrase.words.every((word) => word === letters || POSSESSIVES.has(word))
  );
}

/** "'.ics calendar file (iCalendar)'" names itself as ".ics calendar file". */
export const plainExpansion = (expansion: string) => expansion.replace(/\([^)]*\)/g, ' ').trim();

export function signalsOf(entry: Entry): EntrySignals {
  return remembered(compiled, entry, compileSignals);
}

function compileSignals(entry: Entry): EntrySignals {
  // The letters themselves ("SNPs" among the genetics words) would only ever find the occurrence.
  const letters = tokenise(entry.id).join(' ');
  const phrasesOf = (texts: string[]) =>
    toPhrases(texts).filter((phrase) => phrase.words.join(' ') !== letters);
  const senses = entry.senses.map((sense) => {
    const expansion = plainExpansion(sense.expansion);
    return {
      id: sense.id,
      expansion,
      words: phrasesOf([expansion, ...sense.contextWords]),
      namedAfterPlaces: sense.namedAfterPlaces === true,
      aPerson: sense.aPerson === true,
      anArea: sense.anArea === true,
      marks: toPhrases(sense.marks ?? []),
      besideWords: toPhrases(sense.besideWords ?? []),
      usualReading: sense.usualReading === true,
    };
  });
  const anySense = toPhrases(senses.flatMap((sense) => sense.words.map((word) => word.text)));
  const signals: EntrySignals = {
    entry,
    senses: senses.map((sense) => ({
      ...sense,
      distinctive: sense.words.filter((word) =>
        senses.every(
          (other) =>
            other.id === sense.id ||
            !(
              containsWords(tokenise(other.expansion), word.words) ||
              other.words.some((its) => its.text === word.text)
            ),
        ),
      ),
    })),
    anySense,
    telling: anySense.filter(
      (phrase) =>
        (phrase.words.length > 1 && !isPossessed(phrase, letters)) ||
        (phrase.words[0] !== 'nhs' && isStrongNhsWord(phrase.text)),
    ),
    lettersAreNhsWord: isGeneralNhsWord(entry.id),
    otherUses: otherUsesOf(
      entry,
      senses.some((sense) => sense.aPerson),
    ),
    cues: {
      namedAfterPlaces: senses.some((sense) => sense.namedAfterPlaces),
      aPerson: senses.some((sense) => sense.aPerson),
      anArea: senses.some((sense) => sense.anArea),
      aGroup: entry.senses.some((sense) => sense.aGroup === true),
      besideWords: senses.some((sense) => sense.besideWords.length > 0),
    },
    falseFriends: entry.falseFriends.map((friend) => {
      const expansion = plainExpansion(friend.expansion);
      const signals = phrasesOf([expansion, ...friend.signals]);
      return {
        expansion,
        signals,
        besidePhrases: [...signals, ...toPhrases(friend.besideWords ?? [])],
        clinical: friend.clinical === true,
        organisation: friend.organisation === true,
        notABody: friend.notABody === true,
        neverPlural: friend.neverPlural === true,
        timeZone: friend.timeZone === true,
      };
    }),
  };
  return signals;
}

function otherUsesOf(entry: Entry, aPerson: boolean): ReadonlySet<OtherUseKind> {
  const kinds = new Set<OtherUseKind>();
  for (const friend of entry.falseFriends) {
    if (friend.timeZone) kinds.add('time zone');
    if (friend.party) kinds.add('party');
    if (friend.event) kinds.add('event');
    if (friend.price) kinds.add('price');
    if (friend.margin) kinds.add('margin');
    if (friend.notice) kinds.add('notice');
    if (friend.clinical && !friend.organisation && !aPerson) kinds.add('what patients have');
  }
  return kinds;
}

function containsWords(words: string[], part: string[]): boolean {
  return words.some((_word, start) => part.every((word, offset) => words[start + offset] === word));
}

export function termSignalsIn(index: WordIndex, signals: EntrySignals): FoundSignals {
  const senses = signals.senses.map((sense) => ({ sense, found: phrasesIn(index, sense.words) }));
  const falseFriends = signals.falseFriends.map((friend) => phrasesIn(index, friend.signals));
  return {
    senses: Object.fromEntries(senses.map(({ sense, found }) => [sense.id, found])),
    anySense: phrasesIn(index, signals.anySense),
    falseFriends,
    namedSenses: senses
      .filter(({ sense, found }) => found.includes(sense.expansion))
      .map(({ sense }) => sense.id),
    namesFalseFriend: signals.falseFriends.some((friend, at) => falseFriends[at]?.includes(friend.expansion)),
  };
}

/** Joins two texts' findings, so that words in the title and headings count again on top of the sample's. */
export function mergeSignals(first: FoundSignals, second: FoundSignals): FoundSignals {
  const join = (a: readonly string[] = [], b: readonly string[] = []) => [...a, ...b];
  return {
    senses: Object.fromEntries(
      Object.keys(first.senses).map((id) => [id, join(first.senses[id], second.senses[id])]),
    ),
    anySense: join(first.anySense, second.anySense),
    falseFriends: first.falseFriends.map((found, at) => join(found, second.falseFriends[at])),
    namedSenses: [...new Set([...first.namedSenses, ...second.namedSenses])],
    namesFalseFriend: first.namesFalseFriend || second.namesFalseFriend,
  };
}

const acronymsByLetters = new WeakMap<readonly Entry[], ReadonlyMap<string, Entry>>();

function indexAcronyms(entries: readonly Entry[]): ReadonlyMap<string, Entry> {
  const byLetters = new Map<string, Entry>();
  for (const entry of entries) {
    if (entry.kind === 'acronym' && !byLetters.has(entry.id)) byLetters.set(entry.id, entry);
  }
  return byLetters;
}

/** The glossary entry annotated for these letters: exact id first, then a plural (`PCNs`). */
export function findAcronymEntry(term: string, entries: readonly Entry[]): Entry | undefined {
  const byLetters = remembered(acronymsByLetters, entries, indexAcronyms);
  return byLetters.get(term) ?? byLetters.get(term.replace(/(?<=\p{Lu})[’']?s$/u, ''));
}
