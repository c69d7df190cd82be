// Finds glossary senses for what a reader types into the popup: acronyms, aliases, expansions and
// definition words, forgiving case, plurals, possessives, punctuation and small typos.
import type { Entry, Sense } from './types';

export type MatchField = 'acronym' | 'alias' | 'expansion' | 'definition';

/** One sense that matched; `field` says where, so a UI can explain why it is listed. */
export interface SearchResult {
  entry: Entry;
  sense: Sense;
  score: number;
  field: MatchField;
}

// Tiers sit at least 5 apart and typo penalties stop at 4, so a misspelt match never outranks a
// better kind. An alias counts fully when the query starts it ("NHS England"), less when it is a
// fragment from inside ("commissioning" in "NHS Commissioning Board").
const TIER = {
  acronym: 100,
  acronymPrefix: 90,
  alias: 80,
  expansionPhrase: 70,
  aliasFragment: 65,
  expansionWords: 60,
  shortWords: 50,
  longWords: 40,
} as const;
const MAX_PENALTY = 4;

// Ignored when looking for words anywhere in a text, so "the ICS board" needs no "the".
const STOP_WORDS = new Set('a an and are by for in is of on or the to with'.split(' '));

/** Letters and digits only, `&` read as "and": "A&E", "a & e" and "a and e" give one key. */
function compactKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');
}

/** A word reduced so plurals and possessives meet: "systems" → "system", "icb's" → "icb". */
function wordKey(word: string): string {
  const w = word.replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function words(text: string): string[] {
  const raw =
    text
      .toLowerCase()
      .replace(/&/g, ' and ')
      .match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [];
  return raw.map(wordKey);
}

interface SenseRecord {
  entry: Entry;
  sense: Sense;
  acronymKeys: string[];
  aliases: string[][];
  expansions: string[][];
  shortWords: Set<string>;
  definitionWords: Set<string>;
}

interface SearchIndex {
  records: SenseRecord[];
  vocabulary: Set<string>;
}

// Built once per entries array: the bundled glossary never changes while the popup is open.
const indexCache = new WeakMap<readonly Entry[], SearchIndex>();

function buildIndex(entries: readonly Entry[]): SearchIndex {
  const records: SenseRecord[] = [];
  const vocabulary = new Set<string>();
  for (const entry of entries) {
    // "A&E" is also typed "ae"; term entries are named by their words, not letters.
    const acronymKeys =
      entry.kind === 'acronym'
        ? [compactKey(entry.id), entry.id.toLowerCase().replace(/[^a-z0-9]/g, '')]
        : [];
    const aliases = (entry.aliases ?? []).map(words);
    for (const sense of entry.senses) {
      const expansions = [words(sense.expansion), ...(entry.kind === 'term' ? [words(entry.id)] : [])];
      const shortWords = new Set([...words(sense.short), ...acronymKeys]);
      const definitionWords = new Set([...shortWords, ...words(sense.long)]);
      records.push({ entry, sense, acronymKeys, aliases, expansions, shortWords, definitionWords });
      for (const word of [...definitionWords, ...aliases.flat(), ...expansions.flat()]) vocabulary.add(word);
    }
  }
  return { records, vocabulary };
}

function indexFor(entries: readonly Entry[]): SearchIndex {
  let index = indexCache.get(entries);
  if (!index) {
    index = buildIndex(entries);
    indexCache.set(entries, index);
  }
  return index;
}

/** Edit distance counting a swap of neighbours as one edit, or undefined once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number | undefined {
  if (Math.abs(a.length - b.length) > max) return undefined;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (swapped) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
    }
    if (Math.min(...current) > max) return undefined;
    before = previous;
    previous = current;
  }
  const distance = previous[b.length] ?? max + 1;
  return distance <= max ? distance : undefined;
}

/** Indexed words a query word may stand for, with what each costs (0 = exact). */
type WordMatches = Map<string, number>;

function matchesFor(queryWord: string, vocabulary: Set<string>, isLast: boolean): WordMatches {
  const maxEdits = queryWord.length >= 8 ? 2 : queryWord.length >= 4 ? 1 : 0;
  const matches: WordMatches = new Map();
  for (const word of vocabulary) {
    if (word === queryWord) matches.set(word, 0);
    // The last word may be half-typed: "commiss" finds "commissioning".
    else if (isLast && queryWord.length >= 3 && word.startsWith(queryWord)) matches.set(word, 1);
    else if (maxEdits > 0) {
      const distance = editDistance(queryWord, word, maxEdits);
      if (distance !== undefined) matches.set(word, distance);
    }
  }
  return matches;
}

/** Cost of finding the whole query as consecutive words of `tokens` (at their start if `anchored`). */
function phraseCost(tokens: string[], query: WordMatches[], anchored = false): number | undefined {
  let best: number | undefined;
  const lastStart = anchored ? 0 : tokens.length - query.length;
  for (let start = 0; start <= lastStart; start++) {
    let cost: number | undefined = 0;
    query.forEach((matches, i) => {
      const step = matches.get(tokens[start + i] ?? '');
      cost = cost === undefined || step === undefined ? undefined : cost + step;
    });
    if (cost !== undefined && (best === undefined || cost < best)) best = cost;
  }
  return best;
}

/** Cost of finding every query word somewhere in `tokens`, or undefined. */
function wordsCost(tokens: Set<string> | string[], query: WordMatches[]): number | undefined {
  const present = tokens instanceof Set ? tokens : new Set(tokens);
  let total = 0;
  for (const matches of query) {
    const costs = [...matches].filter(([word]) => present.has(word)).map(([, cost]) => cost);
    if (costs.length === 0) return undefined;
    total += Math.min(...costs);
  }
  return total;
}

interface Query {
  acronymKeys: string[];
  all: WordMatches[];
  content: WordMatches[];
}

function parseQuery(text: string, vocabulary: Set<string>): Query {
  const compact = compactKey(text);
  const plural = compact.length >= 3 && compact.endsWith('s') ? [compact.slice(0, -1)] : [];
  const queryWords = words(text);
  const all = queryWords.map((word, i) => matchesFor(word, vocabulary, i === queryWords.length - 1));
  const content = all.filter((_, i) => !STOP_WORDS.has(queryWords[i] ?? ''));
  return { acronymKeys: [compact, ...plural], all, content };
}

type Match = { score: number; field: MatchField };

function cheapest(costs: (number | undefined)[]): number | undefined {
  const found = costs.filter((cost) => cost !== undefined);
  return found.length > 0 ? Math.min(...found) : undefined;
}

function bestMatch(record: SenseRecord, query: Query): Match | undefined {
  const [compact = ''] = query.acronymKeys;
  if (record.acronymKeys.some((key) => query.acronymKeys.includes(key))) {
    return { score: TIER.acronym, field: 'acronym' };
  }
  if (compact && record.acronymKeys.some((key) => key.startsWith(compact))) {
    return { score: TIER.acronymPrefix, field: 'acronym' };
  }
  if (query.content.length === 0) return undefined;
  const phrase =
    (texts: string[][], anchored = false) =>
    () =>
      cheapest(texts.map((text) => phraseCost(text, query.all, anchored)));
  const everyWord = (texts: (string[] | Set<string>)[]) => () =>
    cheapest(texts.map((text) => wordsCost(text, query.content)));
  // Best tier first: the first that matches at all wins.
  const tiers: [MatchField, number, () => number | undefined][] = [
    ['alias', TIER.alias, phrase(record.aliases, true)],
    ['expansion', TIER.expansionPhrase, phrase(record.expansions)],
    ['alias', TIER.aliasFragment, phrase(record.aliases)],
    ['expansion', TIER.expansionWords, everyWord(record.expansions)],
    ['definition', TIER.shortWords, everyWord([record.shortWords])],
    ['definition', TIER.longWords, everyWord([record.definitionWords])],
  ];
  for (const [field, tier, costOf] of tiers) {
    const cost = costOf();
    if (cost !== undefined) return { field, score: tier - Math.min(cost, MAX_PENALTY) };
  }
  return undefined;
}

/** Senses matching `query`, best first; ties go to current senses, then to shorter expansions. */
export function searchGlossary(entries: Entry[], query: string, limit = 20): SearchResult[] {
  if (query.trim() === '') return [];
  const index = indexFor(entries);
  const parsed = parseQuery(query, index.vocabulary);
  const results: SearchResult[] = [];
  for (const record of index.records) {
    const match = bestMatch(record, parsed);
    if (match) results.push({ entry: record.entry, sense: record.sense, ...match });
  }
  const notCurrent = (result: SearchResult) => (result.sense.status.status === 'current' ? 0 : 1);
  results.sort(
    (a, b) =>
      b.score - a.score ||
      notCurrent(a) - notCurrent(b) ||
      a.sense.expansion.length - b.sense.expansion.length,
  );
  return results.slice(0, limit);
}
