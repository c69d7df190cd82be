// Whether a text uses the letters in an NHS sense somewhere, by what the letters do rather than
// by the words around them: a place's body ("Riverside PCN"), an area ("across the ICS"), a
// person ("my GP told me") or a body that acts ("the PCN has asked"). A page that defines another
// meaning and also does this uses the letters both ways, as if it had spelled ours out too.

import { createMatcher } from '../matcher';
import type { Entry } from '../types';
import { actsAsBody, meetsAsAGroup, namedByPlace, namesAnArea } from './named-body';
import { actsAsPerson } from './person';
import { remembered } from './remember';
import { sentenceAround } from './sentence';
import { signalsOf } from './signals';

const matchers = new WeakMap<Entry, ReturnType<typeof createMatcher>>();
const matcherOf = (entry: Entry) => createMatcher([entry.id]);

export function usesLettersAsOurs(entry: Entry, text: string): boolean {
  const { cues } = signalsOf(entry);
  if (!cues.namedAfterPlaces && !cues.anArea && !cues.aPerson && !cues.aGroup) return false;
  return remembered(matchers, entry, matcherOf)
    .find(text)
    .some((match) => {
      const { sentence, sentenceOffset: at } = sentenceAround(text, match.start);
      return (
        (cues.namedAfterPlaces && namedByPlace(sentence, at)) ||
        (cues.anArea && (namesAnArea(sentence, at) || actsAsBody(sentence, at, entry.id))) ||
        (cues.aPerson && actsAsPerson(sentence, at, entry.id)) ||
        (cues.aGroup && meetsAsAGroup(sentence, at, entry.id))
      );
    });
}
