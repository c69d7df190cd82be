// Meanings the glossary does not know but the page spells out ("Lipid transfer protein (LTP)",
// "your ideal customer profile, your ICP"): for that page they are false friends like any other,
// with the words of their own expansion as their signals.

import type { OtherMeaning } from './evidence';
import { remembered } from './remember';
import type { EntrySignals } from './signals';
import type { Definition, TermSignals } from './types';
import { type Phrase, toPhrases } from './words';

// Short words ("of", "the", "in") say nothing about a meaning.
const TELLING_WORD = /^[\p{L}\p{N}]{4,}$/u;

const phrasesByExpansion = new Map<string, Phrase[]>();

/** The expansion and its telling words, tokenised once per page's meaning. */
function phrasesOf(expansion: string): Phrase[] {
  return remembered(phrasesByExpansion, expansion, expansionPhrases);
}

const expansionPhrases = (expansion: string): Phrase[] =>
  toPhrases([expansion, ...expansion.split(/\s+/).filter((word) => TELLING_WORD.test(word))]);

export function meaningsDefinedOnPage(
  signals: EntrySignals,
  page: TermSignals,
  definitions: readonly Definition[],
): readonly OtherMeaning[] {
  if (definitions.length === 0) return [];
  const expansions = new Set(
    definitions.flatMap((definition) =>
      definition.term === signals.entry.id && definition.meaning.kind === 'other'
        ? [definition.meaning.expansion.toLowerCase()]
        : [],
    ),
  );
  // What the glossary does not know may well be clinical: everyday health words do not tell.
  return [...expansions].map((expansion) => {
    const signals = phrasesOf(expansion);
    return {
      expansion,
      signals,
      besidePhrases: signals,
      onPage: [expansion],
      namedAlone: page.namedSenses.length === 0,
      clinical: true,
      organisation: false,
      notABody: false,
      neverPlural: false,
      name: `${expansion}, as the page defines it`,
    };
  });
}
