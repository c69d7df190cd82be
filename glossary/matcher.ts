// Finds acronym occurrences in a string: case-sensitive, whole words, with plurals and
// possessives (ICSs, CCGs', ICB's) allowed after the acronym but not part of the match.

export interface AcronymMatch {
  /** The glossary id the letters spell (`ICS`, `A&E`). */
  term: string;
  /** Offset of the acronym itself in the searched string. */
  start: number;
  end: number;
}

export interface AcronymMatcher {
  /** Cheap yes/no, for skipping the many text nodes that hold no acronym. */
  test(text: string): boolean;
  find(text: string): AcronymMatch[];
}

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Letters, digits and joiners that would make the letters part of a longer token:
// "ICSE", "sICS", "ICS2", "user@ICS", "#ICS". Hyphens are allowed ("ICS-wide", "non-ICS").
const TOKEN_CHAR = '[\\p{L}\\p{N}_&@#\\\\]';
// After the acronym: an optional plural or possessive, then no token character, and no
// ".ext" or "/path" that would make it a file name or URL part ("ICS.pdf").
const SUFFIX = "(?:s'|s\u2019|'s|\u2019s|s)?";
// Capitals joined on by a hyphen name something else: "ICP-MS" (a mass spectrometer), "D-SNP",
// "ICS-CERT". A lower-case word joined on ("ICS-wide", "STP-backed") still uses the acronym.
const CAPITAL_JOINED_BEFORE = '\\p{Lu}-';
const CAPITAL_JOINED_AFTER = '-\\p{Lu}';

export function createMatcher(terms: readonly string[]): AcronymMatcher {
  const alternatives = [...terms]
    .sort((a, b) => b.length - a.length)
    .map(escapeForRegExp)
    .join('|');
  const source = `(?<!${TOKEN_CHAR}|\\.|${CAPITAL_JOINED_BEFORE})(${alternatives})(?=${SUFFIX}(?!${TOKEN_CHAR}|\\.[\\p{L}\\p{N}]|'[\\p{L}]|${CAPITAL_JOINED_AFTER}))`;
  const quick = new RegExp(source, 'u');
  const global = new RegExp(source, 'gu');

  return {
    test: (text) => quick.test(text),
    find(text) {
      const found: AcronymMatch[] = [];
      global.lastIndex = 0;
      for (let match = global.exec(text); match; match = global.exec(text)) {
        const term = match[1] as string;
        found.push({ term, start: match.index, end: match.index + term.length });
      }
      return found;
    },
  };
}
