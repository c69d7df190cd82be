// Finds a page's own expansions of glossary acronyms ("Penalty Charge Notice (PCN)",
// "ICS, or integrated care system") and says which meaning each one gives the letters.

import { type AcronymMatch, createMatcher } from '../matcher';
import type { Entry } from '../types';
import { plainExpansion } from './signals';
import type { Definition, DefinitionMeaning } from './types';
import { foldWord, tokenise } from './words';

interface KnownExpansion {
  words: string[];
  meaning: DefinitionMeaning;
}

// Link words an acronym skips: "Sustainability and Transformation Plan" spells STP.
const LINK_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', '&']);
const ARTICLE = /^(?:the|a|an)$/i;
// How far an expansion may reach from its acronym.
const REACH = 120;
const SUFFIX = /^(?:s['’]|['’]s|s)?/;
// Just before the letters: "expansion (PCN)" or "expansion, or PCN".
const OPENS_BEFORE = /(?:\(\s*["'“‘]?|,\s+or\s+)$/i;
const CLOSES_BRACKET = /^["'”’]?\s*\)/;
const ENDS_CLAUSE = /^(?=[\s,.;:)]|$)/;
// Just after: "PCN (expansion)", "PCN – expansion", "PCN: expansion", "PCN, or expansion",
// "PCN stands for expansion", "PACS is the expansion".
const LINKS_AFTER =
  /^(?:\s*\(\s*|\s+[-–—]\s+|\s*[–—:=]\s*|,\s+or\s+|\s+(?:stands for|is short for|means|is|are)\s+)/i;
// A glossary list or table puts the expansion straight after the term; only a known one counts.
const SPACE_ONLY = /^\s+/;

const matchers = new WeakMap<readonly Entry[], ReturnType<typeof createMatcher>>();
const expansionsOf = new WeakMap<Entry, KnownExpansion[]>();

export function findDefinitions(text: string, entries: readonly Entry[]): Definition[] {
  const acronyms = entries.filter((entry) => entry.kind === 'acronym');
  let matcher = matchers.get(entries);
  if (!matcher) {
    matcher = createMatcher(acronyms.map((entry) => entry.id));
    matchers.set(entries, matcher);
  }
  const definitions: Definition[] = [];
  for (const match of matcher.find(text)) {
    const entry = acronyms.find((candidate) => candidate.id === match.term);
    const meaning = entry && (expansionBefore(text, match, entry) ?? expansionAfter(text, match, entry));
    if (entry && meaning) definitions.push({ term: entry.id, meaning, index: match.start });
  }
  return definitions;
}

function expansionBefore(text: string, match: AcronymMatch, entry: Entry): DefinitionMeaning | undefined {
  const before = text.slice(Math.max(0, match.start - REACH), match.start);
  const opener = OPENS_BEFORE.exec(before);
  const rest = text.slice(match.end).replace(SUFFIX, '');
  if (!opener || !(opener[0].startsWith('(') ? CLOSES_BRACKET : ENDS_CLAUSE).test(rest)) return undefined;
  const expansionText = before.slice(0, opener.index);
  const words = tokenise(expansionText);
  const known = longestKnown(entry, (expansion) => endsWith(words, expansion));
  if (known) return known;
  const initials = initialsOf([...rawWords(expansionText)].reverse(), letters(entry.id).length);
  return [...initials].reverse().join('') === letters(entry.id) ? { kind: 'other' } : undefined;
}

function expansionAfter(text: string, match: AcronymMatch, entry: Entry): DefinitionMeaning | undefined {
  const after = text.slice(match.end, match.end + REACH).replace(SUFFIX, '');
  const link = LINKS_AFTER.exec(after) ?? SPACE_ONLY.exec(after);
  if (!link) return undefined;
  let following = after.slice(link[0].length);
  if (link[0].includes('(')) following = following.split(')')[0] ?? '';
  const words = tokenise(following);
  if (ARTICLE.test(words[0] ?? '')) words.shift();
  const known = longestKnown(entry, (expansion) => startsWith(words, expansion));
  if (known || !LINKS_AFTER.test(after)) return known;
  const raw = rawWords(following);
  const initials = initialsOf(ARTICLE.test(raw[0] ?? '') ? raw.slice(1) : raw, letters(entry.id).length);
  return initials === letters(entry.id) ? { kind: 'other' } : undefined;
}

/**
 * Each sense's and false friend's expansion, also without leading words the letters do not spell
 * ("NHS Long Term Plan" is also "Long Term Plan" for LTP).
 */
function knownExpansions(entry: Entry): KnownExpansion[] {
  const known = expansionsOf.get(entry);
  if (known) return known;
  const variants = (expansion: string): string[][] => {
    const words = tokenise(plainExpansion(expansion));
    const first = letters(entry.id)[0];
    const spelled = words.findIndex((word) => word[0] === first);
    return spelled > 0 ? [words, words.slice(spelled)] : [words];
  };
  const expansions = [
    ...entry.senses.flatMap((sense) =>
      variants(sense.expansion).map((words) => ({
        words,
        meaning: { kind: 'sense' as const, senseId: sense.id },
      })),
    ),
    ...entry.falseFriends.flatMap((friend) =>
      variants(friend.expansion).map((words) => ({ words, meaning: { kind: 'false-friend' as const } })),
    ),
  ].filter((expansion) => expansion.words.length > 0);
  expansionsOf.set(entry, expansions);
  return expansions;
}

function longestKnown(entry: Entry, fits: (words: string[]) => boolean): DefinitionMeaning | undefined {
  const fitting = knownExpansions(entry).filter((known) => fits(known.words));
  fitting.sort((a, b) => b.words.length - a.words.length);
  return fitting[0]?.meaning;
}

function endsWith(words: string[], tail: string[]): boolean {
  const start = words.length - tail.length;
  return start >= 0 && tail.every((word, offset) => words[start + offset] === word);
}

function startsWith(words: string[], head: string[]): boolean {
  return head.every((word, offset) => words[offset] === word);
}

function rawWords(text: string): string[] {
  return text.split(/[\s\-–—/]+/).filter((word) => word !== '');
}

/** The first letters of the words in order, skipping link words after the first, one per letter. */
function initialsOf(words: string[], wanted: number): string {
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

function letters(acronym: string): string {
  return acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
}
