// Finds a page's own expansions of glossary acronyms ("Penalty Charge Notice (PCN)",
// "ICS, or integrated care system") and says which meaning each one gives the letters.

import { type AcronymMatch, createMatcher } from '../matcher';
import type { Entry } from '../types';
import type { Definition, DefinitionMeaning } from './types';
import { foldWord, tokenise } from './words';

interface KnownExpansion {
  words: string[];
  meaning: DefinitionMeaning;
}

// Link words an acronym skips: "Sustainability and Transformation Plan" spells STP.
const LINK_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', '&']);
const LEADING_ARTICLE = /^(?:the|a|an)$/;
// How far an expansion may reach from its acronym.
const REACH = 120;
const SUFFIX = /^(?:s['’]|['’]s|s)?/;
// "(PCN)" or ", or PCN" just before the letters; "(…)", "– …", ": …", ", or …", "stands for …" after.
const OPENS_BEFORE = /(?:\(\s*["'“‘]?|,\s+or\s+)$/i;
const CLOSING_PARENTHESIS = /^["'”’]?\s*\)/;
const CLOSES_BEFORE = /^["'”’]?\s*\)|^(?=[\s,.;:]|$)/;
const LINKS_AFTER = /^(?:\s*\(\s*|\s+[-–—]\s+|\s*[–—:=]\s*|,\s+or\s+|\s+(?:stands for|is short for|means)\s+)/i;

const matchers = new WeakMap<readonly Entry[], ReturnType<typeof createMatcher>>();

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
  if (!opener || !CLOSES_BEFORE.test(rest)) return undefined;
  if (opener[0].startsWith('(') && !CLOSING_PARENTHESIS.test(rest)) return undefined;
  const words = tokenise(before.slice(0, opener.index));
  const known = longestKnown(entry, (expansion) => endsWith(words, expansion));
  if (known) return known;
  return spellsAcronym(lastInitials(rawWords(before.slice(0, opener.index)), entry.id)) ? { kind: 'other' } : undefined;
}

function expansionAfter(text: string, match: AcronymMatch, entry: Entry): DefinitionMeaning | undefined {
  const after = text.slice(match.end, match.end + REACH).replace(SUFFIX, '');
  const link = LINKS_AFTER.exec(after);
  if (!link) return undefined;
  let following = after.slice(link[0].length);
  if (link[0].includes('(')) following = following.split(')')[0] ?? '';
  const words = tokenise(following);
  if (LEADING_ARTICLE.test(words[0] ?? '')) words.shift();
  const known = longestKnown(entry, (expansion) => startsWith(words, expansion));
  if (known) return known;
  return spellsAcronym(firstInitials(rawWords(following), entry.id)) ? { kind: 'other' } : undefined;
}

function knownExpansions(entry: Entry): KnownExpansion[] {
  const words = (expansion: string) => tokenise(expansion.replace(/\([^)]*\)/g, ' '));
  return [
    ...entry.senses.map((sense) => ({ words: words(sense.expansion), meaning: { kind: 'sense' as const, senseId: sense.id } })),
    ...entry.falseFriends.map((friend) => ({ words: words(friend.expansion), meaning: { kind: 'false-friend' as const } })),
  ].filter((known) => known.words.length > 0);
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

/** The initials of the last words before the acronym, skipping link words, one per letter. */
function lastInitials(words: string[], acronym: string): { initials: string; acronym: string } {
  return { initials: initialsOf([...words].reverse(), letters(acronym).length).split('').reverse().join(''), acronym };
}

function firstInitials(words: string[], acronym: string): { initials: string; acronym: string } {
  const trimmed = LEADING_ARTICLE.test(words[0]?.toLowerCase() ?? '') ? words.slice(1) : words;
  return { initials: initialsOf(trimmed, letters(acronym).length), acronym };
}

function initialsOf(words: string[], wanted: number): string {
  let initials = '';
  for (const word of words) {
    if (initials.length === wanted) break;
    const lower = word.toLowerCase();
    if (LINK_WORDS.has(lower) && initials.length > 0) continue;
    if (!/^[\p{L}]/u.test(lower)) break;
    initials += foldWord(lower)[0] ?? '';
  }
  return initials;
}

function letters(acronym: string): string {
  return acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
}

function spellsAcronym({ initials, acronym }: { initials: string; acronym: string }): boolean {
  return initials.length > 1 && initials === letters(acronym);
}
