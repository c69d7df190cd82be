// The verdict on one acronym occurrence: annotate it or not, and with which sense. The page's own
// definitions decide first; otherwise false-friend words are weighed against NHS words.

import type { Entry } from '../types';
import { verdictByDefinition } from './by-definition';
import { contrastedSense } from './contrast';
import { meaningSpelledBefore } from './definitions';
import { knownFalseFriends, ruledOutHere, strongestOther, weighNhs } from './evidence';
import type { Local } from './found';
import { joined } from './lists';
import { actsAsBody, meetsAsAGroup, namedByPlace, namesAnArea } from './named-body';
import { otherUseHere } from './other-uses';
import { ownWords, wordsBeside } from './own-words';
import { meaningsDefinedOnPage } from './page-meanings';
import { actsAsPerson } from './person';
import { chooseSense } from './senses';
import { findAcronymEntry, signalsOf } from './signals';
import type { Decision, OccurrenceContext, PageProfile } from './types';
import { indexWordsOnce, rememberingIndexer } from './words';

// Weighted NHS vocabulary (strong words count 2) in the page's title, headings and opening: two
// strong words, or "NHS 111", a pharmacy and a hospital. Lowered from 5 on the sixteenth set, where
// an asthma leaflet's "your CCG" and an audit's "the host CCG" were left unexplained.
const STEEPED_IN_THE_NHS = 4;

// A long page says "the ICB" and "our PCN" again and again: the words beside the letters repeat.
const indexBeside = rememberingIndexer(64);

/**
 * Works out an acronym's compiled words and what the page shows for them: the dearest part of
 * its first decision (several ms while the code is cold), done ahead so that it has a slice to itself.
 */
export function prepareTerm(term: string, profile: PageProfile, entries: readonly Entry[]): void {
  const entry = findAcronymEntry(term, entries);
  if (!entry) return;
  signalsOf(entry);
  profile.termSignals(entry);
}

export function decideOccurrence(
  term: string,
  context: OccurrenceContext,
  profile: PageProfile,
  entries: readonly Entry[],
): Decision {
  const entry = findAcronymEntry(term, entries);
  if (!entry) return { annotate: false, reason: `${term}: not a glossary acronym` };
  const signals = signalsOf(entry);
  const otherUse = otherUseHere(context.sentence, context.sentenceOffset, term, signals.otherUses);
  if (otherUse) return { annotate: false, reason: `${entry.id}: ${otherUse}` };
  const sentence = ownWords(context.sentence, context.sentenceOffset, entry.id);
  const sentenceIndex = indexWordsOnce(sentence);
  // The sentence's sense cues are read once here, and only for letters that can carry them.
  const local: Local = {
    beside: indexBeside(wordsBeside(context.sentence, context.sentenceOffset, term)),
    ...(signals.cues.besideWords
      ? { after: indexBeside(wordsBeside(context.sentence, context.sentenceOffset, term, { before: false })) }
      : {}),
    sentence: sentenceIndex,
    paragraph: indexWordsOnce(context.paragraph),
    ...(context.heading ? { heading: indexWordsOnce(context.heading) } : {}),
    namedByPlace: signals.cues.namedAfterPlaces && namedByPlace(context.sentence, context.sentenceOffset),
    contrastedSense: contrastedSense(signals, sentenceIndex),
    namesAnArea: signals.cues.anArea && namesAnArea(context.sentence, context.sentenceOffset),
    actsAsPerson: signals.cues.aPerson && actsAsPerson(context.sentence, context.sentenceOffset, entry.id),
    plural: isPlural(context.sentence, context.sentenceOffset, term),
    actsAsBody:
      (signals.cues.anArea && actsAsBody(context.sentence, context.sentenceOffset, entry.id)) ||
      (signals.cues.aGroup && meetsAsAGroup(context.sentence, context.sentenceOffset, entry.id)),
  };
  const page = profile.termSignals(entry);
  const choose = () =>
    chooseSense(
      signals,
      local,
      page,
      profile.pageDate,
      joined(context.definitionsBefore ?? [], profile.definitions),
    );

  // Letters spelled out where they stand mean what the spelling says, whatever else the page or
  // the sentence speaks of.
  const spelled = meaningSpelledBefore(context.sentence, context.sentenceOffset ?? -1, entry);
  if (spelled?.kind === 'sense') {
    const sense = signals.senses.length > 1 ? spelled.senseId : undefined;
    return annotate(entry.id, { ...(sense ? { sense } : {}), why: 'spelled out here' }, 'spelled out here');
  }
  if (spelled) return { annotate: false, reason: `${entry.id}: spelled out here as another meaning` };
  const defined = verdictByDefinition(signals, local, page, {
    before: context.definitionsBefore ?? [],
    onPage: profile.definitions,
    section: context.section,
    pageDate: profile.pageDate,
    usage: profile,
  });
  if (defined && !defined.ours) return { annotate: false, reason: `${entry.id}: ${defined.why}` };
  if (defined) {
    const sense = signals.senses.length > 1 ? defined.senseId : undefined;
    return annotate(
      entry.id,
      sense === undefined ? choose() : { sense, why: 'sense as defined' },
      defined.why,
    );
  }

  const definitions = joined(context.definitionsBefore ?? [], profile.definitions);
  const candidate = strongestOther(
    local,
    joined(knownFalseFriends(signals, page), meaningsDefinedOnPage(signals, page, definitions)),
  );
  const falseFriend = candidate && ruledOutHere(candidate, local) ? undefined : candidate;
  const nhs = weighNhs(signals, local, page, profile, falseFriend);
  if (falseFriend && falseFriend.score >= nhs.score) {
    return { annotate: false, reason: `${entry.id}: false friend ${falseFriend.why} outweighs ${nhs.why}` };
  }
  const vs = falseFriend ? ` beats ${falseFriend.why}` : '';
  // On a page that is only a little about health (machine-learning notes that fit a GP to
  // hospital data), the letters need a word of their own nearby or on the page. A page steeped in
  // the NHS does not, nor do letters that are everyday NHS words (GP, A&E) on a health page with
  // no other meaning in sight: an asthma forum's "see your GP" has no more to say of the doctor.
  const everyday = falseFriend === undefined && signals.lettersAreNhsWord && profile.nhsWords.weak.length > 0;
  if (!nhs.specific && profile.nhsScore < STEEPED_IN_THE_NHS && !everyday) {
    return {
      annotate: false,
      reason: `${entry.id}: nothing on the page or nearby speaks of the NHS ${entry.id}`,
    };
  }
  return annotate(entry.id, choose(), `${nhs.why}${vs}`);
}

function annotate(id: string, choice: { sense?: string; why: string }, why: string): Decision {
  const reason = `${id}: ${why}; ${choice.why}`;
  return choice.sense === undefined
    ? { annotate: true, reason }
    : { annotate: true, sense: choice.sense, reason };
}

/** "GPs", "GPs'": the letters with a plural ending, not a possessive. */
function isPlural(sentence: string, offset: number | undefined, term: string): boolean {
  if (offset === undefined) return false;
  return /^s(?![\p{L}\p{N}])/u.test(sentence.slice(offset + term.length, offset + term.length + 2));
}
