// The page-wide half of the context model, computed once per page: how NHS the page reads,
// which meaning words each acronym has around it, and the page's own definitions.

import type { Entry } from '../types';
import { remembered } from './remember';
import { mergeSignals, signalsOf, termSignalsIn } from './signals';
import type { PageInput, PageProfile, TermSignals } from './types';
import { usesLettersAsOurs } from './used-as-ours';
import { nhsVocabularyIn, vocabularyScore } from './vocabulary';
import { indexWords } from './words';

// One strong NHS word ("NHS", "ICB", "GP"), or two weak ones ("hospital" and "ward", "patient" and
// "appointment"): enough to be worth a closer look, since each occurrence is still judged on its own.
const WEAK_WORDS_FOR_CONTEXT = 2;

export function buildPageProfile(input: PageInput): PageProfile {
  const index = indexWords([input.title, input.headings, input.sample].join('\n'));
  const headline = indexWords([input.title, input.headings].join('\n'));
  const title = indexWords(input.title);
  const vocabulary = nhsVocabularyIn(index);
  const terms = new Map<Entry, TermSignals>();
  const usedAsOurs = new Map<Entry, boolean>();
  const text = [input.title, input.headings, input.sample].join('\n');
  return {
    nhsScore: vocabularyScore(vocabulary),
    nhsWords: vocabulary,
    nhsAddress: isNhsAddress(input.url),
    ...(input.pageDate === undefined ? {} : { pageDate: input.pageDate }),
    termSignals(entry) {
      let found = terms.get(entry);
      if (!found) {
        const signals = signalsOf(entry);
        found = {
          ...mergeSignals(termSignalsIn(index, signals), termSignalsIn(headline, signals)),
          namedInTitle: termSignalsIn(title, signals).namedSenses,
        };
        terms.set(entry, found);
      }
      return found;
    },
    usesLettersAsOurs(entry) {
      return remembered(usedAsOurs, entry, usesLettersAsOurs, text);
    },
    definitions: input.definitions,
  };
}

/**
 * False only when nothing on the page is about the NHS, so the page can be left alone. `entries`:
 * letters used as ours in the opening ("the STP will fund", "across the ICS"), on a page that
 * names none of their other meanings, count as a strong word beside one everyday one.
 */
export function hasNhsContext(profile: PageProfile, entries: readonly Entry[] = []): boolean {
  return (
    profile.nhsAddress ||
    profile.nhsWords.strong.length > 0 ||
    profile.nhsWords.weak.length >= WEAK_WORDS_FOR_CONTEXT ||
    // A&E is the NHS's front door: a gig review that sends a fan there speaks of the NHS once.
    profile.nhsWords.weak.includes('a&e') ||
    profile.definitions.some((definition) => definition.meaning.kind === 'sense') ||
    (profile.nhsWords.weak.length > 0 &&
      entries.some(
        (entry) =>
          entry.kind === 'acronym' &&
          profile.usesLettersAsOurs(entry) &&
          !profile.termSignals(entry).namesFalseFriend,
      ))
  );
}

function isNhsAddress(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === 'nhs.uk' || host.endsWith('.nhs.uk') || host.endsWith('.nhs.net');
  } catch {
    return false;
  }
}
