// Finds a page's own expansions of glossary acronyms ("Penalty Charge Notice (PCN)",
// "ICS, or integrated care system") and says which meaning each one gives the letters.

import { type AcronymMatch, createMatcher } from '../matcher';
import type { Entry } from '../types';
import { remembered } from './remember';
import { findAcronymEntry, plainExpansion, signalsOf } from './signals';
import { expansionSpelling, initialsOf, lettersOf as letters, rawWords } from './spells-letters';
import type { Definition, DefinitionMeaning } from './types';
import { isGeneralNhsWord } from './vocabulary';
import { tokenise } from './words';

interface KnownExpansion {
  words: string[];
  meaning: DefinitionMeaning;
}

const ARTICLE = /^(?:the|a|an)$/i;
// How far an expansion may reach from its acronym.
const REACH = 120;
const SUFFIX = /^(?:s['’]|['’]s|s)?/;
// Just before the letters: "expansion (PCN)", "expansion, or PCN", "expansion, your PCN",
// "expansion, usually shortened to PCN", "expansion, known as PCN".
const OPENS_BEFORE =
  /(?:\(\s*["'“‘]?|,\s+(?:or|or simply|your|our)\s+|,?\s+(?:(?:usually|often|also|commonly)\s+)?(?:shortened\s+to|abbreviated\s+to|known\s+as|referred\s+to\s+as)\s+)$/i;
// How every one of those openers ends: a cheap test before the full one.
const OPENER_ENDS_BEFORE = /(?:\(\s*["'“‘]?|\b(?:or|simply|your|our|to|as)\s+)$/i;
const CLOSES_BRACKET = /^["'”’]?\s*\)/;
const ENDS_CLAUSE = /^(?=[\s,.;:)]|$)/;
// Just after: "PCN (expansion)", "PCN – expansion", "PCN: expansion", "PCN, or expansion",
// "PCN stands for expansion", "PHM here stands for expansion", "PACS is the expansion".
const LINKS_AFTER =
  /^["'”’]?(?:\s*\(\s*|\s+[-–—]\s+|\s*[–—:=]\s*|,\s+or\s+|\s+(?:(?:here |also )?stands for|is short for|(?:always |here )?means|is|are)\s+)/i;
// A glossary list or table puts the expansion straight after the term; only a known one counts.
const SPACE_ONLY = /^\s+/;

const matchers = new WeakMap<readonly Entry[], ReturnType<typeof createMatcher>>();
const expansionsOf = new WeakMap<Entry, KnownExpansion[]>();

const acronymMatcher = (entries: readonly Entry[]) =>
  createMatcher(entries.filter((entry) => entry.kind === 'acronym').map((entry) => entry.id));

export function findDefinitions(text: string, entries: readonly Entry[]): Definition[] {
  const matcher = remembered(matchers, entries, acronymMatcher);
  const definitions: Definition[] = [];
  for (const match of matcher.find(text)) {
    const entry = findAcronymEntry(match.term, entries);
    const meaning =
      entry &&
      (expansionBefore(text, match, entry) ??
        expansionAfter(text, match, entry) ??
        capitalisedInSentence(text, match, entry));
    if (entry && meaning) definitions.push({ term: entry.id, meaning, index: match.start });
  }
  return definitions;
}

/**
 * The meaning the expansion just before the letters gives them, where the occurrence is itself a
 * definition: "our local integrated care system (ICS) made asthma a priority".
 */
export function meaningSpelledBefore(
  sentence: string,
  offset: number,
  entry: Entry,
): DefinitionMeaning | undefined {
  // Asked for every occurrence on the page: a look at the last few characters rules out nearly all.
  if (!OPENER_ENDS_BEFORE.test(sentence.slice(Math.max(0, offset - 12), offset))) return undefined;
  return expansionBefore(sentence, { term: entry.id, start: offset, end: offset + entry.id.length }, entry);
}

function expansionBefore(text: string, match: AcronymMatch, entry: Entry): DefinitionMeaning | undefined {
  const before = text.slice(Math.max(0, match.start - REACH), match.start);
  const opener = OPENS_BEFORE.exec(before);
  if (!opener) return undefined;
  const rest = text.slice(match.end).replace(SUFFIX, '');
  if (!(opener[0].startsWith('(') ? CLOSES_BRACKET : ENDS_CLAUSE).test(rest)) return undefined;
  // "Health and Wellbeing Board's (HWB's)" spells the board, not "board's".
  const expansionText = before.slice(0, opener.index).replace(/['’]s?\s*$/u, '');
  const words = tokenise(expansionText);
  const known = longestKnown(entry, (expansion) => endsWith(words, expansion));
  if (known) return known;
  const wanted = letters(entry.id).length;
  const initials = [...initialsOf([...rawWords(expansionText)].reverse(), wanted)].reverse().join('');
  if (initials === letters(entry.id)) {
    return { kind: 'other', expansion: rawWords(expansionText).slice(-wanted).join(' ') };
  }
  const named = opener[0].startsWith('(') ? nameOfOurKind(entry, rawWords(expansionText)) : undefined;
  if (named) return named;
  // In brackets the page plainly abbreviates what comes before, initials or not; but words mostly
  // of our own ("GP practices working together (PCN)") are a description or a name of ours, not
  // another meaning that happens to share a word ("post-acute COVID-19 syndrome (PACS)").
  const spelled = opener[0].startsWith('(') ? expansionSpelling(expansionText, entry.id) : undefined;
  return spelled && !mostlyOurs(entry, tokenise(spelled)) ? { kind: 'other', expansion: spelled } : undefined;
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * "Uppworth Health Network (PCN)", "Kestrel Valley Partnership (ICP)": a name in capitals that
 * ends in the word one of our senses ends in is a body of that kind. Where another meaning ends
 * in the same word ("personal communications network"), the name needs a word of ours or of the
 * NHS before it ("Health Network").
 */
function nameOfOurKind(entry: Entry, words: string[]): DefinitionMeaning | undefined {
  const [head, before] = [words.at(-1), words.at(-2)];
  if (!head || !before || !CAPITALISED.test(head) || !CAPITALISED.test(before)) return undefined;
  const lastWord = (expansion: string) => tokenise(plainExpansion(expansion)).at(-1);
  const kind = head.toLowerCase();
  const sense = entry.senses.find((candidate) => lastWord(candidate.expansion) === kind);
  if (!sense) return undefined;
  const shared = entry.falseFriends.some((friend) => lastWord(friend.expansion) === kind);
  const ours = wordsOfOurs(entry);
  const word = before.toLowerCase();
  if (shared && !ours.has(word) && !isGeneralNhsWord(word)) return undefined;
  return { kind: 'sense', senseId: sense.id };
}

/** Our words lead or make half of it: "practices working together", "Health Innovation Kestrel and Downs". */
function mostlyOurs(entry: Entry, words: string[]): boolean {
  const known = wordsOfOurs(entry);
  const ours = words.filter((word) => known.has(word)).length;
  return ours * 2 >= words.length || known.has(words[0] ?? '');
}

const ourWords = new WeakMap<Entry, ReadonlySet<string>>();

/** Every word of the entry's senses: expansions and context words. */
function wordsOfOurs(entry: Entry): ReadonlySet<string> {
  return remembered(ourWords, entry, everyWordOf);
}

function everyWordOf(entry: Entry): ReadonlySet<string> {
  return new Set(signalsOf(entry).anySense.flatMap((phrase) => phrase.words));
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
  const spelling = ARTICLE.test(raw[0] ?? '') ? raw.slice(1) : raw;
  const wanted = letters(entry.id).length;
  if (initialsOf(spelling, wanted) === letters(entry.id)) {
    return {
      kind: 'other',
      expansion: spelling
        .slice(0, wanted)
        .join(' ')
        .replace(/[.,;:!?]+$/, ''),
    };
  }
  // "ICP = intercompany partner": links that can only introduce an expansion may also spell the
  // letters inside the words, as brackets before the letters do. Brackets after the letters often
  // hold a description instead ("ICB (including primary care prescribing)").
  if (!SPELLS_OUT.test(link[0])) return undefined;
  const clause = following.split(/[.,;:()]/)[0] ?? '';
  const spelled = leadingSpelling(clause, entry.id);
  // Our words may follow ("intercompany partner"), but one of ours leading it is a description
  // of ours ("ICP = partners working together").
  const [first] = tokenise(spelled ?? '');
  return spelled && first !== undefined && !wordsOfOurs(entry).has(first)
    ? { kind: 'other', expansion: spelled }
    : undefined;
}

const SPELLS_OUT = /=|stands for|is short for/i;

/** The shortest run of words opening the text that spells the acronym's letters in order. */
function leadingSpelling(text: string, acronym: string): string | undefined {
  const words = rawWords(text).slice(0, letters(acronym).length + 2);
  for (let count = 2; count <= words.length; count++) {
    const run = words.slice(0, count).join(' ');
    if (expansionSpelling(run, acronym) === run.toLowerCase()) return run.toLowerCase();
  }
  return undefined;
}

// Capitalised words, with the link words an acronym skips between them: "Ice Cream Sandwich".
// How far after the letters a sentence is read for a name in capitals.
const SENTENCE_REACH_AFTER = 300;
const ACRONYM_WORD = /^\p{Lu}{2,}$/u;
const CAPITALISED_RUN = /\p{Lu}[\p{L}’']*(?:\s+(?:(?:and|of|the|for|in|on|to|&)\s+)?\p{Lu}[\p{L}’']*)+/gu;

/**
 * A name in capitals elsewhere in the same sentence whose initials spell the letters and that the
 * glossary does not know ("Everyone called it ICS, because \"Ice Cream Sandwich\" is a lot to
 * type"): the page saying what it means.
 */
function capitalisedInSentence(
  text: string,
  match: AcronymMatch,
  entry: Entry,
): DefinitionMeaning | undefined {
  // Only the sentence's stretch within reach is read, so a long block costs no more per
  // occurrence; a word cut at the stretch's start is left out.
  const cut = match.start > REACH;
  const before = text.slice(match.start - (cut ? REACH : match.start), match.start);
  const after = text.slice(match.end, match.end + SENTENCE_REACH_AFTER);
  const stop = after.search(/[.!?](?:\s|$)/);
  const full = before.lastIndexOf('.');
  const opening = full >= 0 ? full + 1 : cut ? before.search(/\s/) + 1 : 0;
  const sentence = `${before.slice(opening)}${match.term}${stop < 0 ? after : after.slice(0, stop)}`;
  const wanted = letters(entry.id);
  for (const run of sentence.matchAll(CAPITALISED_RUN)) {
    const words = rawWords(run[0]);
    // Letters in capitals are acronyms, not a name's words: "how GP and PCN funding works".
    if (words.some((word) => ACRONYM_WORD.test(word))) continue;
    const initials = initialsOf(words, wanted.length);
    if (initials !== wanted || words.filter((word) => /^\p{Lu}/u.test(word)).length !== wanted.length)
      continue;
    // A known meaning named in the sentence is weighed as a word of that meaning, not taken as
    // the page defining the letters ("The GP chasing a Grand Prix dream").
    const spelled = tokenise(run[0]);
    if (longestKnown(entry, (expansion) => startsWith(spelled, expansion))) continue;
    return { kind: 'other', expansion: run[0] };
  }
  return undefined;
}

/**
 * Each sense's and false friend's expansion, also without leading words the letters do not spell
 * ("NHS Long Term Plan" is also "Long Term Plan" for LTP).
 */
function knownExpansions(entry: Entry): KnownExpansion[] {
  return remembered(expansionsOf, entry, expansionsOfEntry);
}

function expansionsOfEntry(entry: Entry): KnownExpansion[] {
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
      variants(friend.expansion).map((words) => ({
        words,
        meaning: {
          kind: 'false-friend' as const,
          ...(friend.clinical ? { clinical: true as const } : {}),
          ...(friend.organisation ? { organisation: true as const } : {}),
          ...(friend.notABody ? { notABody: true as const } : {}),
          ...(friend.timeZone ? { timeZone: true as const } : {}),
          ...(friend.neverPlural ? { neverPlural: true as const } : {}),
        },
      })),
    ),
  ].filter((expansion) => expansion.words.length > 0);
  return expansions;
}

/** The meaning of the longest known expansion that fits; the first of them where several are as long. */
function longestKnown(entry: Entry, fits: (words: string[]) => boolean): DefinitionMeaning | undefined {
  let longest: KnownExpansion | undefined;
  for (const known of knownExpansions(entry)) {
    if ((!longest || known.words.length > longest.words.length) && fits(known.words)) longest = known;
  }
  return longest?.meaning;
}

function endsWith(words: string[], tail: string[]): boolean {
  const start = words.length - tail.length;
  return start >= 0 && tail.every((word, offset) => words[start + offset] === word);
}

function startsWith(words: string[], head: string[]): boolean {
  return head.every((word, offset) => words[offset] === word);
}
