// Whether a stretch of words spells an acronym: by the words' first letters ("Penalty Charge
// Notice"), or, for an expansion in brackets, by letters found in order inside the words
// ("percutaneous nephrostomy (PCN)", the method of Schwartz and Hearst, 2003).

import { foldWord } from './words';

// Link words an acronym skips: "Sustainability and Transformation Plan" spells STP.
const LINK_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', '&']);

export function lettersOf(acronym: string): string {
  return acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
}

/** Words as written, a product name's joined words apart: "GlobalProtect (GP)" spells GP. */
export function rawWords(text: string): string[] {
  return text.split(/[\s\-–—/]+|(?<=\p{Ll})(?=\p{Lu})/u).filter((word) => word !== '');
}

/** The first letters of the words in order, skipping link words after the first, one per letter. */
export function initialsOf(words: string[], wanted: number): string {
  let initials = '';
  for (const word of words) {
    if (initials.length === wanted) break;
    const lower = word.toLowerCase();
    if (LINK_WORDS.has(lower) && initials.length > 0) continue;
    if (!/^\p{L}/u.test(lower)) break;
    initials += foldWord(lower)[0] ?? '';
  }
  return initials.length > 1 ? initials : '';
}

const ONE_WORD_CHARS = 8;

const isLetter = (character: string | undefined) =>
  character !== undefined && /[\p{L}\p{N}]/u.test(character);

/**
 * The shortest run of words ending the text whose letters hold the acronym's letters in order,
 * the first of them starting a word; undefined when there is none within reach. Two words at
 * least (or one long word), and no more than the acronym's length plus two, so that chance
 * letters do not count.
 */
export function expansionSpelling(textBefore: string, acronym: string): string | undefined {
  const wanted = lettersOf(acronym);
  const words = rawWords(textBefore.trim());
  const reach = words
    .slice(-(wanted.length + 2))
    .join(' ')
    .toLowerCase();
  let at = reach.length - 1;
  for (let letter = wanted.length - 1; letter >= 0; letter--) {
    const character = wanted[letter];
    while (at >= 0 && (reach[at] !== character || (letter === 0 && isLetter(reach[at - 1])))) at--;
    if (at < 0) return undefined;
    at--;
  }
  const expansion = reach.slice(at + 1);
  const spelledWords = rawWords(expansion).length;
  // One word will do when it is long enough that its letters cannot be chance ("gastroparesis
  // (GP)", a ward's shorthand), as long as it starts with the first letter.
  return spelledWords >= 2 || (spelledWords === 1 && expansion.length >= ONE_WORD_CHARS)
    ? expansion
    : undefined;
}
