// The page-wide half of the context model, computed once per page: how NHS the page reads,
// which meaning words each acronym has around it, and the page's own definitions.

import type { Entry } from '../types';
import { signalsOf, termSignalsIn } from './signals';
import type { PageInput, PageProfile, TermSignals } from './types';
import { nhsVocabularyIn, vocabularyScore } from './vocabulary';
import { indexWords } from './words';

// One strong NHS word and one weak one, or three weak ones: enough to be worth a closer look.
const NHS_CONTEXT_SCORE = 3;

export function buildPageProfile(input: PageInput, entries: readonly Entry[]): PageProfile {
  const index = indexWords([input.title, input.headings, input.sample].join('\n'));
  const vocabulary = nhsVocabularyIn(index);
  const terms: Record<string, TermSignals> = {};
  for (const entry of entries) {
    if (entry.kind === 'acronym') terms[entry.id] = termSignalsIn(index, signalsOf(entry));
  }
  return {
    nhsScore: vocabularyScore(vocabulary),
    nhsWords: [...vocabulary.strong, ...vocabulary.weak],
    nhsAddress: isNhsAddress(input.url),
    ...(input.pageDate === undefined ? {} : { pageDate: input.pageDate }),
    terms,
    definitions: input.definitions,
  };
}

/** False only when nothing on the page is about the NHS, so the page can be left alone. */
export function hasNhsContext(profile: PageProfile): boolean {
  return (
    profile.nhsAddress ||
    profile.nhsScore >= NHS_CONTEXT_SCORE ||
    profile.definitions.some((definition) => definition.meaning.kind === 'sense')
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
