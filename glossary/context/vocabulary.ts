// General NHS vocabulary: words that say a text is about the English NHS and care system at all,
// whichever acronym it uses. Strong words rarely appear elsewhere; weak ones only add up.

import { remembered } from './remember';
import { type Phrase, phrasesIn, tokenise, toPhrases, type WordIndex } from './words';

const STRONG = toPhrases([
  'nhs',
  'nhs england',
  'nhs trust',
  'foundation trust',
  'integrated care',
  'integrated care board',
  'integrated care system',
  'clinical commissioning',
  'commissioning',
  'commissioner',
  'gp',
  'general practice',
  'general practitioner',
  'gp practice',
  'gp surgery',
  'primary care',
  'secondary care',
  'community health',
  'social care',
  'adult social care',
  'health and care',
  'health and social care',
  'health and wellbeing board',
  'care quality commission',
  'cqc',
  'dhsc',
  'department of health',
  'public health',
  'long term plan',
  'five year forward view',
  'icb',
  'mental health trust',
  'acute trust',
  'hospital trust',
  'local authority',
  'upper-tier',
  'vcse',
  'health inequalities',
  'population health',
  'place-based',
  'sustainability and transformation',
  'nhse',
  'nhs improvement',
  // NHS funds, networks and boards named in full: a council's "Better Care Fund plan" is NHS money.
  'better care fund',
  'primary care network',
  'clinical commissioning group',
  'integrated care partnership',
  'accountable care',
  'joint strategic needs assessment',
  'multispecialty community provider',
  'primary and acute care system',
  'academic health science network',
  'population health management',
]);

const WEAK = toPhrases([
  'patient',
  'hospital',
  'nurse',
  'nursing',
  'pharmacist',
  'pharmacy',
  'clinician',
  'clinical',
  'prescription',
  'appointment',
  'surgery',
  'ward',
  'consultant',
  'care home',
  'council',
  'wellbeing',
  'health',
  'trust',
  'waiting list',
  'referral',
  // Everyday words for the hospital's front door; with "GP" above, also letters that need no
  // word of their own on a health page (decide.ts).
  'a&e',
]);

const wordsOf = (phrases: readonly Phrase[]): ReadonlySet<string> =>
  new Set(phrases.map((phrase) => phrase.words.join(' ')));
const STRONG_WORDS = wordsOf(STRONG);
const GENERAL_WORDS = wordsOf([...STRONG, ...WEAK]);

/** Whether a context word is general NHS vocabulary ("NHS", "GP practice"), not one entry's own. */
export function isGeneralNhsWord(text: string): boolean {
  return GENERAL_WORDS.has(tokenise(text).join(' '));
}

/** Whether a context word is one of the strong NHS words ("commissioning", "primary care"). */
export function isStrongNhsWord(text: string): boolean {
  return STRONG_WORDS.has(tokenise(text).join(' '));
}

export interface VocabularyHits {
  strong: readonly string[];
  weak: readonly string[];
}

// A paragraph's index is asked again for each acronym in it (words.ts keeps the index itself).
const hitsByIndex = new WeakMap<WordIndex, VocabularyHits>();

export function nhsVocabularyIn(index: WordIndex): VocabularyHits {
  return remembered(hitsByIndex, index, vocabularyOf);
}

const vocabularyOf = (index: WordIndex): VocabularyHits => ({
  strong: phrasesIn(index, STRONG),
  weak: phrasesIn(index, WEAK),
});

/** Strong words count 2 and weak ones 1: a single "NHS" outweighs one stray "health". */
export function vocabularyScore(hits: VocabularyHits): number {
  return 2 * hits.strong.length + hits.weak.length;
}
