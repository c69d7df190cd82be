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

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = new Map<string, RegExp>();

/** The letters as a whole word, plural or possessive. */
function lettersOf(term: string): RegExp {
  let pattern = patterns.get(term);
  if (!pattern) {
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeForRegExp(term)}(?:['’]s|s['’]?)?(?![\\p{L}\\p{N}])`,
      'gu',
    );
    patterns.set(term, pattern);
  }
  return pattern;
}

/** Cuts the text halfway between this occurrence and the same letters before and after it. */
function shareAround(text: string, offset: number, term: string): string {
  const starts = [...text.matchAll(lettersOf(term))].map((match) => match.index);
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
