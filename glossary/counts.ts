// Finds how many of a body a sentence says there are ("the 42 ICSs"), and the dated figures a
// tooltip can set beside such a claim.
import { timeline } from './events';
import type { DatedEvent, Sense } from './types';

/** A number the sentence states for the acronym; `index` and `text` locate the claim in the sentence. */
export interface CountClaim {
  value: number;
  index: number;
  text: string;
}

interface Token {
  text: string;
  index: number;
}

// Numbers keep attached currency, decimals, ranges and suffixes ("£3.8bn", "2021/22", "42%", "42nd")
// so they can be told apart from counts; words keep hyphens and apostrophes ("forty-two", "ICB's").
const TOKEN = /[£$€]?\d(?:[\d,./–-]*\d)?[A-Za-z%]*|[A-Za-z][A-Za-z&'’]*(?:-[A-Za-z]+)*|[^\s\w]/g;
const PLAIN_COUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;
const QUOTES = new Set(['"', "'", '‘', '’', '“', '”']);
// Words after a number that make it something other than a count of the bodies named next.
const BLOCKERS = new Set('of per each every percent thousand million billion bn m k'.split(' '));
// The acronym may come up to four words after the number: at most three words between.
const MAX_WORDS_BETWEEN = 3;
const UNITS = [
  ...'one two three four five six seven eight nine ten'.split(' '),
  ...'eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' '),
];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };

function wordValue(word: string | undefined): number | undefined {
  const lower = word?.toLowerCase() ?? '';
  const unit = UNITS.indexOf(lower);
  return unit >= 0 ? unit + 1 : TENS[lower];
}

/** The number starting at token `i` and the index of its last token; undefined if not a count. */
function countAt(tokens: Token[], i: number): { value: number; last: number } | undefined {
  const text = tokens[i]?.text ?? '';
  if (/^\d/.test(text)) {
    if (!PLAIN_COUNT.test(text)) return undefined; // money, percentages, decimals, ordinals
    const value = Number(text.replace(/,/g, ''));
    // A bare 1990–2099 is read as a year: "in 2022 ICSs became statutory" states no count, and
    // counts that large are written with a comma ("1,259 PCNs").
    const isYear = !text.includes(',') && value >= 1990 && value <= 2099;
    return isYear || /[£$€]/.test(tokens[i - 1]?.text ?? '') ? undefined : { value, last: i };
  }
  const [first, second, ...rest] = text.split('-');
  const tens = TENS[first?.toLowerCase() ?? ''];
  if (second !== undefined) {
    const unit = wordValue(second);
    return tens !== undefined && unit !== undefined && unit < 10 && rest.length === 0
      ? { value: tens + unit, last: i }
      : undefined;
  }
  const value = wordValue(first);
  if (value === undefined) return undefined;
  const nextUnit = wordValue(tokens[i + 1]?.text);
  if (tens !== undefined && nextUnit !== undefined && nextUnit < 10) {
    return { value: tens + nextUnit, last: i + 1 };
  }
  return { value, last: i };
}

/** Index of the last token of a mention of the acronym starting at token `i`, if there is one. */
function mentionAt(tokens: Token[], i: number, acronym: RegExp, initials: string): number | undefined {
  if (acronym.test(tokens[i]?.text ?? '')) return i;
  // Spelt out: words whose initials give the letters, "and" or "&" between them allowed
  // ("integrated care systems", "accident and emergency"). Short words never start a letter.
  let letter = 0;
  for (let j = i; j < tokens.length; j++) {
    const word = tokens[j]?.text.toLowerCase() ?? '';
    if (letter > 0 && (word === 'and' || word === '&')) continue;
    if (word.length < 3 || word[0] !== initials[letter]) return undefined;
    letter++;
    if (letter === initials.length) return j;
  }
  return undefined;
}

function isWord(token: Token): boolean {
  return /^[A-Za-z]/.test(token.text);
}

/** Where a mention of the acronym closely following token `last` ends in the sentence, if one does. */
function mentionAfter(tokens: Token[], last: number, acronym: RegExp, initials: string): number | undefined {
  let between = 0;
  for (let j = last + 1; j < tokens.length && between <= MAX_WORDS_BETWEEN; j++) {
    const token = tokens[j];
    const mentionEnd = tokens[mentionAt(tokens, j, acronym, initials) ?? -1];
    if (mentionEnd) return mentionEnd.index + mentionEnd.text.length;
    if (!token || QUOTES.has(token.text)) continue;
    if (!isWord(token) || BLOCKERS.has(token.text.toLowerCase()) || countAt(tokens, j)) return undefined;
    between++;
  }
  return undefined;
}

/** Counts the sentence gives for `acronym`, in its plural or possessive, or spelt out in full. */
export function findCountClaims(sentence: string, acronym: string): CountClaim[] {
  const tokens: Token[] = [...sentence.matchAll(TOKEN)].map((m) => ({ text: m[0], index: m.index }));
  const escaped = acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Plural, possessive, or followed by a closing quote: ICSs, ICS's, ICSs', ‘ICS’.
  const acronymPattern = new RegExp(`^${escaped}(?:s|['’]s)?['’]?$`);
  const initials = acronym.replace(/[^A-Za-z]/g, '').toLowerCase();
  const claims: CountClaim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const count = countAt(tokens, i);
    if (!count) continue;
    // "one ICB" describes a body, not how many exist.
    const claimEnd = count.value < 2 ? undefined : mentionAfter(tokens, count.last, acronymPattern, initials);
    const start = tokens[i]?.index ?? 0;
    if (claimEnd !== undefined) {
      claims.push({ value: count.value, index: start, text: sentence.slice(start, claimEnd) });
    }
    i = count.last; // "forty two" is one number, not also a two
  }
  return claims;
}

/** The sense's `count` events, oldest first, each with its sources, to date a claim against. */
export function datedFigures(sense: Sense): DatedEvent[] {
  return timeline(sense).filter((event) => event.kind === 'count' && event.count !== undefined);
}
