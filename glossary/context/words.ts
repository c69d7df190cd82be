// Whole-word, case-insensitive phrase matching over plain text. Each text is tokenised once;
// words are folded so that plurals and -ize/-ise spellings meet ("Partnerships" = "partnership").

const WORD = /[\p{L}\p{N}]+(?:[.&][\p{L}\p{N}]+)*/gu;

/**
 * Lower-cases a word and folds regular plurals and -ize spellings; applied to text and phrases
 * alike. Acronyms keep their letters ("PMS" is not "PM"), but lose a lower-case plural ("GPs").
 */
export function foldWord(word: string): string {
  if (/^\p{Lu}{2,}s$/u.test(word)) return word.slice(0, -1).toLowerCase();
  if (word.length <= 3 || /\d/.test(word) || word === word.toUpperCase()) return word.toLowerCase();
  const lower = word.toLowerCase().replace(/iz(e|ed|es|ing|ation|ations|er|ers)$/, 'is$1');
  if (lower.endsWith('ies') && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('s') && !/[isu]s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

// Every word the context model reads is folded, and a page repeats its words: each is folded once.
// Kept words are dropped wholesale when there are this many, which a long page reaches rarely.
const FOLDED_KEPT = 20_000;
const folded = new Map<string, string>();

function foldOnce(word: string): string {
  let fold = folded.get(word);
  if (fold === undefined) {
    if (folded.size >= FOLDED_KEPT) folded.clear();
    fold = foldWord(word);
    folded.set(word, fold);
  }
  return fold;
}

export function tokenise(text: string): string[] {
  // `match` with a global pattern gives the words alone, without a match object for each.
  const words = text.match(WORD);
  if (!words) return [];
  for (let at = 0; at < words.length; at++) words[at] = foldOnce(words[at] as string);
  return words;
}

/** A text's folded words with where each occurs, so a phrase is found by its first word. */
export interface WordIndex {
  words: string[];
  positions: Map<string, number[]>;
}

export function indexWords(text: string): WordIndex {
  const words = tokenise(text);
  const positions = new Map<string, number[]>();
  words.forEach((word, at) => {
    const list = positions.get(word);
    if (list) list.push(at);
    else positions.set(word, [at]);
  });
  return { words, positions };
}

/** `indexWords` that remembers the last `limit` texts, so a repeated text is tokenised once. */
export function rememberingIndexer(limit: number): (text: string) => WordIndex {
  const recent = new Map<string, WordIndex>();
  return (text) => {
    const known = recent.get(text);
    if (known) return known;
    const index = indexWords(text);
    if (recent.size >= limit) {
      const oldest = recent.keys().next().value;
      if (oldest !== undefined) recent.delete(oldest);
    }
    recent.set(text, index);
    return index;
  };
}

// The content script asks about several acronyms in one paragraph, so the last few texts are kept.
export const indexWordsOnce = rememberingIndexer(32);

/** A context word or signal, kept with its folded words. */
export interface Phrase {
  text: string;
  words: string[];
}

export function toPhrases(texts: readonly string[]): Phrase[] {
  const seen = new Set<string>();
  const phrases: Phrase[] = [];
  for (const text of texts) {
    const words = tokenise(text);
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    phrases.push({ text, words });
  }
  return phrases;
}

// "No contracts", "not a plan", "without a budget": a word the text says does not apply is no evidence for it.
const NEGATIONS = new Set(['no', 'not', 'never', 'without', 'nor', 'neither']);
const NEGATION_REACH = 2;

function negated(index: WordIndex, start: number): boolean {
  for (let at = Math.max(0, start - NEGATION_REACH); at < start; at++) {
    if (NEGATIONS.has(index.words[at] ?? '')) return true;
  }
  return false;
}

// The functions below run for every phrase of every meaning at every occurrence, so they are
// written as plain indexed loops: destructuring, callbacks and iterators there made most of the
// content script's garbage, and the collections it set off were the longest pauses in its slices.

/** Where the phrase starts in the text, negated or not; -1 when it does not occur from `from` on. */
export function phraseStart(index: WordIndex, phrase: Phrase, from = 0): number {
  const words = phrase.words;
  const starts = words.length === 0 ? undefined : index.positions.get(words[0] as string);
  if (!starts) return -1;
  for (let at = 0; at < starts.length; at++) {
    const start = starts[at] as number;
    if (start < from) continue;
    let whole = true;
    for (let offset = 1; whole && offset < words.length; offset++) {
      whole = index.words[start + offset] === words[offset];
    }
    if (whole) return start;
  }
  return -1;
}

/** True when the phrase occurs at least once and is not negated there. */
export function containsPhrase(index: WordIndex, phrase: Phrase): boolean {
  for (let start = phraseStart(index, phrase); start >= 0; start = phraseStart(index, phrase, start + 1)) {
    if (!negated(index, start)) return true;
  }
  return false;
}

/** What most searches find: shared, so that finding nothing makes no garbage. */
export const NO_WORDS: readonly string[] = Object.freeze([]);

/** The phrases that occur in the text, each once however often it occurs. */
export function phrasesIn(index: WordIndex, phrases: readonly Phrase[]): readonly string[] {
  let found: string[] | undefined;
  for (let at = 0; at < phrases.length; at++) {
    const phrase = phrases[at] as Phrase;
    if (!containsPhrase(index, phrase)) continue;
    if (found) found.push(phrase.text);
    else found = [phrase.text];
  }
  return found ?? NO_WORDS;
}

/** Whether any of the phrases occurs in the text. */
export function anyPhraseIn(index: WordIndex, phrases: readonly Phrase[]): boolean {
  for (let at = 0; at < phrases.length; at++) if (containsPhrase(index, phrases[at] as Phrase)) return true;
  return false;
}
