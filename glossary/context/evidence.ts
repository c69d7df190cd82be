// The evidence for the entry's NHS meaning at one occurrence, and for the likeliest other meaning
// of the letters: their words found near it and on the page, general NHS vocabulary, and how the
// sentence uses the letters.

import { describe, findNear, type Local, onlyExpansion, round, SENTENCE_WEIGHT, weigh } from './found';
import { remembered } from './remember';
import { type EntrySignals, isPossessed } from './signals';
import type { PageProfile, TermSignals } from './types';
import { isGeneralNhsWord, nhsVocabularyIn, type VocabularyHits } from './vocabulary';
import { NO_WORDS, type Phrase, tokenise } from './words';

// General NHS vocabulary says "this is about the NHS", not "this acronym is ours", so it
// counts for less than the entry's own context words.
const VOCABULARY_STRONG = 1;
const VOCABULARY_WEAK = 0.5;
const PAGE_VOCABULARY_WEIGHT = 0.1;
const PAGE_VOCABULARY_COUNTED = 10;
// A page that spells out one meaning of the letters and no other has told the reader which it uses.
const NAMED_ALONE_WEIGHT = 2;
// Someone who tells, refers or is asked is a person: the sense that is one, twice over.
const PERSON_WEIGHT = 2 * SENTENCE_WEIGHT;
// So is a place named by the letters ("the Lune and Wyre ICS") or one they stand for ("across the ICS").
const AREA_WEIGHT = 2 * SENTENCE_WEIGHT;

export interface Weighed {
  score: number;
  why: string;
}

export interface WeighedFriend extends Weighed {
  clinical: boolean;
  /** A medicine or a part of the body: never a body that has a board or sends letters. */
  neverABody: boolean;
  /** The page spells this meaning out. */
  named: boolean;
  /** A product, a sum or a tally, never "GPs". */
  neverPlural: boolean;
}

/**
 * Evidence that the letters carry one of the entry's NHS senses here, weighed against a clinical
 * or a non-clinical false friend. `specific` when some of it speaks of this entry or lies near the
 * occurrence, not only of the NHS somewhere on the page.
 */
export function weighNhs(
  signals: EntrySignals,
  local: Local,
  page: TermSignals,
  profile: PageProfile,
  against: WeighedFriend | undefined,
): Weighed & { specific: boolean } {
  const ours = oursOnThisPage(signals, page, profile);
  // "Your GP" elsewhere on the page is the same letters again and vouches for nothing once another
  // meaning is in sight; beside a meaning the page spells out (a bookkeeper's gross profit) it
  // vouches for nothing in its own sentence either, unless the sentence has the GP act.
  const near = against?.named && !local.actsAsPerson ? ours.plainPhrases : ours.phrases;
  // Right beside the letters, "my GP" is only the letters again.
  const found = findNear(local, near, against ? ours.plainOnPage : ours.onPage, ours.plainPhrases);
  const againstClinical = against?.clinical === true;
  // A clinical false friend ("acute coronary syndrome") lives on NHS pages, beside everyday health
  // words: against it, only strong NHS words near the occurrence speak for our sense.
  const vocabularyWeight = (hits: VocabularyHits) =>
    VOCABULARY_STRONG * hits.strong.length + (againstClinical ? 0 : VOCABULARY_WEAK * hits.weak.length);
  const inSentence = withoutTerm(nhsVocabularyIn(local.sentence), signals.entry.id);
  const inParagraph = withoutTerm(nhsVocabularyIn(local.paragraph), signals.entry.id);
  const vocabulary =
    vocabularyWeight(inSentence) +
    vocabularyWeight(inParagraph) / 2 +
    (againstClinical ? 0 : PAGE_VOCABULARY_WEIGHT * Math.min(profile.nhsScore, PAGE_VOCABULARY_COUNTED));
  const usedSo =
    (local.actsAsPerson ? PERSON_WEIGHT : 0) +
    (local.namesAnArea ? AREA_WEIGHT : 0) +
    (local.namedByPlace ? AREA_WEIGHT : 0) +
    (local.actsAsBody ? AREA_WEIGHT : 0);
  const score =
    weigh(found, ours.expansions) + vocabulary + (ours.namedAlone ? NAMED_ALONE_WEIGHT : 0) + usedSo;
  const nearby =
    inSentence.strong.length + inParagraph.strong.length === 0
      ? NO_WORDS
      : [...new Set([...inSentence.strong, ...inParagraph.strong])];
  const entryWords = found.sentence.length + found.paragraph.length + found.heading.length;
  return {
    score,
    specific: entryWords > 0 || ours.ownWordsOnPage || nearby.length > 0 || ours.namedAlone || usedSo > 0,
    why: `NHS ${round(score)} (${describe(found)}${nearby.length > 0 ? `; NHS words: ${nearby.join(', ')}` : ''}${ours.namedAlone ? '; only our meaning spelled out' : ''}${local.actsAsPerson ? '; a person here' : ''}${local.namesAnArea ? '; an area here' : ''}${local.namedByPlace ? '; a place’s body here' : ''}${local.actsAsBody ? '; a body here' : ''})`,
  };
}

/** What a page says for one entry's NHS senses, worked out once per page and entry. */
interface OursOnPage {
  /** The entry's words that may count on this page. */
  phrases: readonly Phrase[];
  /** Those found on the page. */
  onPage: readonly string[];
  /** The same without the letters with only a possessive ("my GP"). */
  plainPhrases: readonly Phrase[];
  plainOnPage: readonly string[];
  expansions: ReadonlySet<string>;
  /** The page spells out our meaning and no other. */
  namedAlone: boolean;
  /**
   * The page has words of this entry's own. General NHS words do not count (a die-cast shop that
   * stocks an NHS ambulance model still says "NHS"), nor words that hold the letters ("my GP"),
   * which speak for their own occurrence and not for the others.
   */
  ownWordsOnPage: boolean;
}

const oursByProfile = new WeakMap<PageProfile, Map<string, OursOnPage>>();

const newOursByEntry = () => new Map<string, OursOnPage>();

function oursOnThisPage(signals: EntrySignals, page: TermSignals, profile: PageProfile): OursOnPage {
  const byEntry = remembered(oursByProfile, profile, newOursByEntry);
  let ours = byEntry.get(signals.entry.id);
  if (!ours) {
    ours = workOutOurs(signals, page, profile);
    byEntry.set(signals.entry.id, ours);
  }
  return ours;
}

function workOutOurs(signals: EntrySignals, page: TermSignals, profile: PageProfile): OursOnPage {
  // Another acronym the page spells out as something else ("PCN" on a parking page) says nothing
  // about this one's NHS meaning ("GP").
  const elsewise = definedElsewise(profile);
  const counts = (text: string) => !elsewise.has(text.toLowerCase());
  const onPage = page.anySense.filter(counts);
  const letters = signals.entry.id.toLowerCase();
  const phrases = signals.anySense.filter((phrase) => counts(phrase.text));
  const possessed = new Set(phrases.filter((phrase) => isPossessed(phrase, letters)).map((p) => p.text));
  const ours: OursOnPage = {
    phrases,
    onPage,
    plainPhrases: phrases.filter((phrase) => !possessed.has(phrase.text)),
    plainOnPage: onPage.filter((word) => !possessed.has(word)),
    ownWordsOnPage: onPage.some((word) => !isGeneralNhsWord(word) && !tokenise(word).includes(letters)),
    expansions: new Set(signals.senses.map((sense) => sense.expansion)),
    namedAlone:
      page.namedSenses.length > 0 &&
      !page.namesFalseFriend &&
      !profile.definitions.some(
        (definition) => definition.term === signals.entry.id && definition.meaning.kind !== 'sense',
      ),
  };
  return ours;
}

/**
 * A medicine, a part of the body or a thing such as a parking fine: never a body that has a board
 * or sends letters, as a society is.
 */
export function neverABody(meaning: {
  clinical?: boolean;
  organisation?: boolean;
  notABody?: boolean;
}): boolean {
  return (meaning.clinical === true && meaning.organisation !== true) || meaning.notABody === true;
}

/**
 * The letters are used as only our meaning is: a person who tells or refers ("my GP told me"), an
 * area ("across the ICS") or a place's body ("the Merrow Valley ICS").
 */
export function usedAsOurs(local: Local): boolean {
  return local.actsAsPerson === true || local.namesAnArea === true || local.namedByPlace === true;
}

/** The letters name a body: an area, a place's body or one that has a board or sends letters. */
function standsAsBody(local: Local): boolean {
  return local.namesAnArea === true || local.namedByPlace === true || local.actsAsBody === true;
}

/**
 * Whether the way the letters are used here rules a meaning out: a medicine or a parking fine never
 * has a board or a green plan ("the ICS green plan"), and a product or a sum is never more than one
 * ("GPs" after "GlobalProtect (GP)").
 */
export function ruledOutHere(meaning: { neverABody: boolean; neverPlural: boolean }, local: Local): boolean {
  return (meaning.neverABody && standsAsBody(local)) || (meaning.neverPlural && local.plural === true);
}

/** The letters themselves ("GP" in NHS vocabulary) are what is in question, so they vouch for nothing. */
export function withoutTerm(hits: VocabularyHits, term: string): VocabularyHits {
  const letters = term.toLowerCase();
  if (!hits.strong.includes(letters)) return hits;
  return { strong: hits.strong.filter((word) => word !== letters), weak: hits.weak };
}

const elsewiseByProfile = new WeakMap<PageProfile, ReadonlySet<string>>();

/** Acronyms (lower case) the page defines, and only ever as something other than an NHS sense. */
function definedElsewise(profile: PageProfile): ReadonlySet<string> {
  return remembered(elsewiseByProfile, profile, acronymsDefinedElsewise);
}

function acronymsDefinedElsewise(profile: PageProfile): ReadonlySet<string> {
  const ours = new Set(
    profile.definitions.filter((definition) => definition.meaning.kind === 'sense').map((d) => d.term),
  );
  return new Set(
    profile.definitions.filter((definition) => !ours.has(definition.term)).map((d) => d.term.toLowerCase()),
  );
}

/** A meaning other than ours, as the page shows it. */
export interface OtherMeaning {
  expansion: string;
  signals: readonly Phrase[];
  /** What counts right beside the letters: its signals and words that count only there ("got a PCN"). */
  besidePhrases: readonly Phrase[];
  /** Its words found anywhere on the page. */
  onPage: readonly string[];
  /** The page spells it out and none of our senses. */
  namedAlone: boolean;
  clinical: boolean;
  organisation: boolean;
  notABody: boolean;
  neverPlural: boolean;
  /** How the reason names it. */
  name: string;
}

/** Evidence for the likeliest of the other meanings, or undefined when none is in sight. */
export function strongestOther(local: Local, meanings: readonly OtherMeaning[]): WeighedFriend | undefined {
  let best: WeighedFriend | undefined;
  for (const meaning of meanings) {
    const found = findNear(local, meaning.signals, meaning.onPage, meaning.besidePhrases);
    const score =
      weigh(found, onlyExpansion(meaning.expansion)) + (meaning.namedAlone ? NAMED_ALONE_WEIGHT : 0);
    if (score > 0 && (!best || score > best.score)) {
      const alone = meaning.namedAlone ? '; the only meaning spelled out' : '';
      const why = `${meaning.name} ${round(score)} (${describe(found)}${alone})`;
      const named = meaning.namedAlone || meaning.onPage.includes(meaning.expansion);
      best = {
        score,
        why,
        clinical: meaning.clinical,
        neverABody: neverABody(meaning),
        named,
        neverPlural: meaning.neverPlural,
      };
    }
  }
  return best;
}

const friendsOnPage = new WeakMap<TermSignals, readonly OtherMeaning[]>();

/**
 * The glossary's false friends of the entry, as this page shows them: worked out once per page.
 * Keyed by `page` alone, as the profile makes one such object per entry.
 */
export function knownFalseFriends(signals: EntrySignals, page: TermSignals): readonly OtherMeaning[] {
  return remembered(friendsOnPage, page, falseFriendsAsShown, signals);
}

function falseFriendsAsShown(page: TermSignals, signals: EntrySignals): readonly OtherMeaning[] {
  return signals.falseFriends.map((friend, at) => {
    // Denver and "Mountain Daylight Time" on the page say it gives times somewhere, not that these
    // letters are one: a time zone is named beside its times, and only words near it count.
    const onPage = friend.timeZone ? NO_WORDS : (page.falseFriends[at] ?? NO_WORDS);
    return {
      ...friend,
      onPage,
      namedAlone: onPage.includes(friend.expansion) && page.namedSenses.length === 0,
      name: friend.expansion,
    };
  });
}
