// The stretch of a sentence that speaks about one occurrence: its own clause, and where the clause
// holds the same letters twice ("the PCN reception … cannot cancel a PCN"), its own half of it.

// Contrasting clauses ("An STP in 2016 was a plan; by 2018 it meant the partnership") are read apart.
const CLAUSE_BREAK = /;|\s[–—]\s|,\s+(?:while|whereas|but|although|though)\s/g;

export function ownWords(sentence: string, offset: number | undefined, term: string): string {
  if (offset === undefined) return sentence;
  const clause = clauseAround(sentence, offset);
  return shareAround(clause.text, offset - clause.start, term);
}

function clauseAround(sentence: string, offset: number): { text: string; start: number } {
  let start = 0;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    if (match.index >= offset) return { text: sentence.slice(start, match.index), start };
    start = match.index + match[0].length;
  }
  return { text: sentence.slice(start), start };
}

// One shared pattern each side of the letters, not one per acronym: a unicode pattern costs about
// a millisecond to compile, and each acronym's first occurrence on a page paid for its own.
const LETTER_OR_DIGIT_LAST = /[\p{L}\p{N}]$/u;
// A plural or possessive may follow the letters in the same word ("ICSs", "ICB's", "PCNs'").
const ENDS_WORD_AFTER_LETTERS = /(?:['’]s|s['’]?)?(?![\p{L}\p{N}])/uy;

/** Where the letters stand in the text as a whole word, plural or possessive. */
function wholeWordStarts(text: string, term: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    // Two code units before, so that a letter outside the basic plane is read whole.
    if (LETTER_OR_DIGIT_LAST.test(text.slice(Math.max(0, at - 2), at))) continue;
    ENDS_WORD_AFTER_LETTERS.lastIndex = at + term.length;
    if (ENDS_WORD_AFTER_LETTERS.test(text)) starts.push(at);
  }
  return starts;
}

/** Cuts the text halfway between this occurrence and the same letters before and after it. */
function shareAround(text: string, offset: number, term: string): string {
  const starts = wholeWordStarts(text, term);
  if (starts.length < 2) return text;
  const previous = starts.filter((start) => start < offset).at(-1);
  const next = starts.find((start) => start > offset);
  const from = previous === undefined ? 0 : Math.ceil((previous + term.length + offset) / 2);
  const to = next === undefined ? text.length : Math.floor((offset + term.length + next) / 2);
  return text.slice(from, to);
}

// Two words either side: "ICS devices", "locum GP sessions", "the council's draft LTP".
const TWO_WORDS_BEFORE = /(?:[\p{L}\p{N}][\p{L}\p{N}'’&.-]*\W+){0,2}$/u;
const TWO_WORDS_AFTER = /^(?:\W+[\p{L}\p{N}][\p{L}\p{N}'’&.-]*){0,2}/u;

/** The letters with the two words either side of them in their sentence, or only those after. */
export function wordsBeside(
  sentence: string,
  offset: number | undefined,
  term: string,
  { before: withBefore } = { before: true },
): string {
  if (offset === undefined) return term;
  const before = withBefore
    ? (TWO_WORDS_BEFORE.exec(sentence.slice(Math.max(0, offset - 60), offset))?.[0] ?? '')
    : '';
  const end = offset + term.length;
  const after = TWO_WORDS_AFTER.exec(sentence.slice(end, end + 60))?.[0] ?? '';
  return `${before}${sentence.slice(offset, end)}${after}`;
}
