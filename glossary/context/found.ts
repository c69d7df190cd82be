// Words found for one meaning, by how near the occurrence they stand, and what they weigh: a word
// right beside the letters counts most, then one in the occurrence's own sentence, its paragraph,
// its section's heading, then the rest of the page (where many words add up only so far).

import { remembered } from './remember';
import { NO_WORDS, type Phrase, phrasesIn, type WordIndex } from './words';

// A word right beside the letters ("ICS devices", "ICP contract") says most of all: twice a word
// elsewhere in the sentence, on top of that weight.
const BESIDE_WEIGHT = 6;
export const SENTENCE_WEIGHT = 3;
const PARAGRAPH_WEIGHT = 1.5;
const HEADING_WEIGHT = 1;
const PAGE_WEIGHT = 0.5;
const PAGE_WORDS_COUNTED = 4;

/** Words for one meaning, by how near to the occurrence they were found. */
export interface Found {
  /** Words right beside the letters ("ICS devices"), found in the sentence as well. */
  beside: readonly string[];
  sentence: readonly string[];
  paragraph: readonly string[];
  heading: readonly string[];
  page: readonly string[];
}

export interface Local {
  sentence: WordIndex;
  paragraph: WordIndex;
  /** The heading of the occurrence's section, when it is not in that heading itself. */
  heading?: WordIndex;
  /** A place's name stands just before the letters ("the Westmoor ICP"), and a sense is named so. */
  namedByPlace?: boolean;
  /** The letters and the two words either side of them (own-words.ts). */
  beside?: WordIndex;
  /** The letters and the two words after them: what they are or do ("the STP was written"). */
  after?: WordIndex;
  /** The sense the sentence means by setting the letters apart from the other one's name (contrast.ts). */
  contrastedSense?: string;
  /** The letters are someone the sentence has act or be asked ("my GP told me"; person.ts). */
  actsAsPerson?: boolean;
  /** The letters stand for an area ("partners across the ICS"; named-body.ts). */
  namesAnArea?: boolean;
  /** The letters have or do what only a body does ("the ICS board", "a letter from the ICS"). */
  actsAsBody?: boolean;
  /** The letters are plural ("GPs", "GPs'"): more than one of something. */
  plural?: boolean;
}

/** `besidePhrases`: those that count right beside the letters, when not the same as `phrases`. */
export function findNear(
  local: Local,
  phrases: readonly Phrase[],
  onPage: readonly string[],
  besidePhrases: readonly Phrase[] = phrases,
): Found {
  return {
    beside: local.beside ? phrasesIn(local.beside, besidePhrases) : NO_WORDS,
    sentence: phrasesIn(local.sentence, phrases),
    paragraph: phrasesIn(local.paragraph, phrases),
    heading: local.heading ? phrasesIn(local.heading, phrases) : NO_WORDS,
    page: onPage,
  };
}

/** A meaning spelled out in full counts as two words: nothing says more plainly what is meant. */
export function weigh(found: Found, expansions: ReadonlySet<string>): number {
  return (
    BESIDE_WEIGHT * found.beside.length +
    SENTENCE_WEIGHT * (found.sentence.length + spelled(found.sentence, expansions)) +
    PARAGRAPH_WEIGHT * (found.paragraph.length + spelled(found.paragraph, expansions)) +
    HEADING_WEIGHT * (found.heading.length + spelled(found.heading, expansions)) +
    PAGE_WEIGHT *
      (Math.min(found.page.length, PAGE_WORDS_COUNTED) + Math.min(spelled(found.page, expansions), 1))
  );
}

function spelled(words: readonly string[], expansions: ReadonlySet<string>): number {
  let count = 0;
  for (let at = 0; at < words.length; at++) if (expansions.has(words[at] as string)) count++;
  return count;
}

const expansionSets = new Map<string, ReadonlySet<string>>();

/** One meaning's expansion as the set `weigh` takes, made once per expansion. */
export function onlyExpansion(expansion: string): ReadonlySet<string> {
  return remembered(expansionSets, expansion, setOfOne);
}

const setOfOne = (expansion: string): ReadonlySet<string> => new Set([expansion]);

export function describe(found: Found): string {
  const parts = [
    found.beside.length > 0 && `beside: ${found.beside.join(', ')}`,
    found.sentence.length > 0 && `sentence: ${found.sentence.join(', ')}`,
    found.paragraph.length > found.sentence.length && `paragraph: ${found.paragraph.join(', ')}`,
    found.heading.length > 0 && `heading: ${found.heading.join(', ')}`,
    found.page.length > 0 && `page: ${[...new Set(found.page)].slice(0, PAGE_WORDS_COUNTED).join(', ')}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : 'no words';
}

export function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}
