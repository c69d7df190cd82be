// What the page's own definitions say about one occurrence. The nearest definition before it
// decides; a page that names only one meaning means it throughout. Where the page names both
// meanings, a definition holds only in its own section, and the occurrence's own sentence may
// still point the other way.

import type { IsoDate } from '../types';
import { neverABody, ruledOutHere, usedAsOurs, withoutTerm } from './evidence';
import type { Local } from './found';
import { eraCameBefore, senseOfEra, titleSense, yearsOfSense } from './senses';
import type { EntrySignals } from './signals';
import type { Definition, PageProfile, TermSignals } from './types';
import { nhsVocabularyIn } from './vocabulary';
import { anyPhraseIn, containsPhrase, type Phrase, phrasesIn } from './words';

export interface DefinitionVerdict {
  ours: boolean;
  /** The sense the definitions give, when they give one. */
  senseId?: string;
  why: string;
}

/** The page's definitions as one occurrence sees them. */
export interface DefinitionsInSight {
  /** This acronym's definitions before the occurrence, nearest last. */
  before: readonly Definition[];
  /** Definitions in the page's opening, wherever they stand. */
  onPage: readonly Definition[];
  section?: number;
  pageDate?: IsoDate;
  /** Where the page uses letters in an NHS sense (used-as-ours.ts): the profile, asked lazily. */
  usage: Pick<PageProfile, 'usesLettersAsOurs'>;
}

export function verdictByDefinition(
  signals: EntrySignals,
  local: Local,
  page: TermSignals,
  { before, onPage, section, pageDate, usage }: DefinitionsInSight,
): DefinitionVerdict | undefined {
  const term = signals.entry.id;
  const ofTerm = onPage.filter((definition) => definition.term === term);
  const beforeOfTerm = before.filter((definition) => definition.term === term);
  // Most occurrences are on pages that define nothing of these letters.
  if (ofTerm.length === 0 && beforeOfTerm.length === 0) return undefined;
  // A page that spells out another meaning may still use the letters as ours without spelling
  // ours out: "Penalty Charge Notice (PCN)" above "Riverside PCN has asked the council".
  const definesOther = ofTerm.some((definition) => !isOurs(definition));
  const bothWays =
    ((page.namedSenses.length > 0 || ofTerm.some(isOurs)) && (page.namesFalseFriend || definesOther)) ||
    (definesOther && usage.usesLettersAsOurs(signals.entry));
  const nearestAnywhere = beforeOfTerm.at(-1);
  // A page that uses two meanings moves between them by section ("Not to be confused with…").
  const twoMeanings = meaningsGiven(page, [...ofTerm, ...beforeOfTerm]) > 1;
  const nearest = twoMeanings && !sameSection(nearestAnywhere, section) ? undefined : nearestAnywhere;
  const verdict = nearest
    ? verdictOf([nearest], `defined as ${describeMeaning(nearest)} at ${nearest.index}`)
    : !bothWays && ofTerm.length > 0
      ? verdictOf(ofTerm, `defined on the page as ${[...new Set(ofTerm.map(describeMeaning))].join(' and ')}`)
      : undefined;
  if (!verdict) return undefined;
  // A meaning the page defines that this use of the letters rules out does not decide it:
  // "ICS (inhaled corticosteroid)" above does not make "the ICS green plan" an inhaler.
  const ruledOut = (nearest ? [nearest] : ofTerm).every(
    ({ meaning }) =>
      meaning.kind === 'false-friend' &&
      ruledOutHere({ neverABody: neverABody(meaning), neverPlural: meaning.neverPlural === true }, local),
  );
  if (ruledOut) return undefined;
  // Likewise a time zone's definition ("Mountain Daylight Time (MDT)") names the letters after its
  // times ("9am MDT", other-uses.ts), not the team that "meets weekly" elsewhere on the page.
  const definedAsTimeZone = (nearest ? [nearest] : ofTerm).every(
    ({ meaning }) => meaning.kind === 'false-friend' && meaning.timeZone === true,
  );
  if (definedAsTimeZone) return undefined;
  // Everyday health words ("nurse", "surgery") tell a practice from a parking ticket, but not from
  // a clinical false friend, nor from a meaning the glossary does not know ("Microsoft Deployment Toolkit").
  const weakWordsTell = (nearest ? [nearest] : ofTerm).every(({ meaning }) =>
    meaning.kind === 'sense'
      ? !signals.falseFriends.some((friend) => friend.clinical)
      : meaning.kind === 'false-friend' && !meaning.clinical,
  );
  const leaning = sentenceLeaning(signals, local, weakWordsTell);
  // A false friend's own words in the sentence ("ICP monitoring") outweigh a definition of ours
  // made elsewhere. Ours outweigh another meaning's definition where the page uses both, or where
  // the sentence has a phrase of ours ("GP surgeries", "GP appointment" after "GlobalProtect (GP)")
  // or a strong NHS word other than "NHS" itself: single words ("trusts") are too easily shared.
  const definedOther = (nearest ? [nearest] : ofTerm).every((definition) => !isOurs(definition));
  const overturned =
    leaning !== undefined &&
    leaning !== verdict.ours &&
    (bothWays ||
      !leaning ||
      (definedOther && (usedAsOurs(local) || anyPhraseIn(local.sentence, signals.telling))));
  if (overturned) return undefined;
  if (verdict.senseId === undefined) return verdict;
  // A definition elsewhere of the sense the page's date has left behind ("residents confused the
  // partnership with the integrated care provider (ICP)" in 2022 minutes) explains history; on a
  // page that also names the sense of its own time, it does not decide the other occurrences. A
  // sense whose era is still to come is no history: a local alliance took the partnership's name in 2018.
  const era = senseOfEra(term, pageDate);
  const elsewhere = !nearest || !sameSection(nearest, section);
  if (
    elsewhere &&
    era !== undefined &&
    era !== verdict.senseId &&
    eraCameBefore(term, verdict.senseId, era) &&
    page.namedSenses.includes(era)
  ) {
    return { ours: true, why: `${verdict.why}, but the page's date is in the ${era} era` };
  }
  // Likewise a title that spells out the other sense ("Northbury Integrated Care Partnership
  // launches") says what the page is about wherever the definition is not in sight.
  const titled = titleSense(page);
  if (elsewhere && titled !== undefined && titled !== verdict.senseId) {
    return { ours: true, why: `${verdict.why}, but the title names the ${titled}` };
  }
  const senseLeaning = sentenceSense(signals, local, pageDate);
  if (senseLeaning === undefined || senseLeaning.sense === verdict.senseId) return verdict;
  // A name in the paragraph ("our alliance, the Westbrook Integrated Care Partnership") does not
  // outweigh a definition that the page's date agrees with; the sentence's own words do.
  if (!senseLeaning.inSentence && senseOfEra(term, pageDate) === verdict.senseId) return verdict;
  return { ours: true, why: `${verdict.why}, but the sentence points to ${senseLeaning.sense}` };
}

const isOurs = (definition: Definition) => definition.meaning.kind === 'sense';

/** How many meanings of the letters the page spells out: senses, false friends and others. */
function meaningsGiven(page: TermSignals, definitions: readonly Definition[]): number {
  const meanings = new Set([
    ...page.namedSenses,
    ...(page.namesFalseFriend ? ['false-friend'] : []),
    ...definitions.map(({ meaning }) => (meaning.kind === 'sense' ? meaning.senseId : meaning.kind)),
  ]);
  return meanings.size;
}

/** Unknown sections (a reader that does not track them) count as the same one. */
const sameSection = (definition: Definition | undefined, section: number | undefined) =>
  definition?.section === undefined || section === undefined || definition.section === section;

function verdictOf(definitions: Definition[], why: string): DefinitionVerdict {
  const senses = new Set(
    definitions.flatMap(({ meaning }) => (meaning.kind === 'sense' ? [meaning.senseId] : [])),
  );
  if (senses.size === 0) return { ours: false, why };
  const [only] = senses;
  return senses.size === 1 && only !== undefined ? { ours: true, senseId: only, why } : { ours: true, why };
}

function describeMeaning(definition: Definition): string {
  const { meaning } = definition;
  return meaning.kind === 'sense' ? `sense ${meaning.senseId}` : meaning.kind;
}

/**
 * True when the sentence has words only for an NHS sense (or general NHS words that no false
 * friend shares), false when only for false friends.
 */
function sentenceLeaning(signals: EntrySignals, local: Local, weakWordsTell: boolean): boolean | undefined {
  // A person who tells, an area, a place's body: the letters themselves are ours, whatever else the sentence speaks of.
  if (usedAsOurs(local)) return true;
  // So does a telling phrase right beside the letters ("GP surgery", "ICS devices"), if only one meaning has one.
  const beside = local.beside;
  if (beside) {
    const besideOurs = anyPhraseIn(beside, signals.telling);
    const besideTheirs = signals.falseFriends.some((friend) => anyPhraseIn(beside, friend.besidePhrases));
    if (besideOurs !== besideTheirs) return besideOurs;
  }
  const theirWords = signals.falseFriends.flatMap((friend) => phrasesIn(local.sentence, friend.signals));
  const { strong, weak } = withoutTerm(nhsVocabularyIn(local.sentence), signals.entry.id);
  const telling = weakWordsTell ? [...strong, ...weak] : strong;
  const ours =
    anyPhraseIn(local.sentence, signals.anySense) || telling.some((word) => !theirWords.includes(word));
  const theirs = theirWords.length > 0;
  if (ours !== theirs) return ours;
  const named = namedInParagraph(signals, local);
  const namesOurs = named.senses.length > 0;
  return namesOurs === named.falseFriend ? undefined : namesOurs;
}

/** The one sense the sentence has distinctive words or years for, or failing that the paragraph spells out. */
function sentenceSense(
  signals: EntrySignals,
  local: Local,
  pageDate?: IsoDate,
): { sense: string; inSentence: boolean } | undefined {
  if (local.contrastedSense) return { sense: local.contrastedSense, inSentence: true };
  const placeNamed = local.namedByPlace ? signals.senses.find((sense) => sense.namedAfterPlaces) : undefined;
  if (placeNamed) return { sense: placeNamed.id, inSentence: true };
  const leaning = signals.senses.filter(
    (sense) =>
      anyPhraseIn(local.sentence, sense.distinctive) ||
      (local.after !== undefined && anyPhraseIn(local.after, sense.besideWords)) ||
      yearsOfSense(local.sentence, signals.entry.id, sense.id, pageDate).length > 0,
  );
  if (leaning.length > 0) {
    const [only] = leaning;
    return leaning.length === 1 && only ? { sense: only.id, inSentence: true } : undefined;
  }
  const [named, ...others] = namedInParagraph(signals, local).senses;
  return named !== undefined && others.length === 0 ? { sense: named, inSentence: false } : undefined;
}

/** Meanings the paragraph spells out in full: the nearest expansion may be nearer than a definition. */
function namedInParagraph(signals: EntrySignals, local: Local): { senses: string[]; falseFriend: boolean } {
  const names = (phrase: Phrase | undefined) =>
    phrase !== undefined && containsPhrase(local.paragraph, phrase);
  return {
    senses: signals.senses.filter((sense) => names(sense.words[0])).map((sense) => sense.id),
    falseFriend: signals.falseFriends.some((friend) => names(friend.signals[0])),
  };
}
