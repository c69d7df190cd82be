// Reads a labelled corpus page: each {{…}} marker becomes its plain text, and a label saying whether
// the engine should annotate that occurrence, and with which sense. Pure string work, no DOM.

/** The acronyms the corpus labels; every whole-word occurrence of one in a page's body carries a marker. */
export const CORPUS_ACRONYMS = [
  'ICS',
  'ICB',
  'ICP',
  'STP',
  'ACO',
  'PCN',
  'CCG',
  'ACS',
  'ICO',
  'MDT',
  'AHSN',
  'NAPC',
  'BMA',
  'GP',
  'A&E',
  'NHSE',
  'NHSI',
  'CQC',
  'DHSC',
  'VCSE',
  'PHM',
  'HWB',
  'BCF',
  'JSNA',
  'LTP',
  'FYFV',
  'MCP',
  'PACS',
  'IHO',
  'MNP',
  'SNP',
  'HIN',
] as const;

export interface Label {
  term: string;
  annotate: boolean;
  /** The sense the page means; undefined when any sense (or none) is acceptable. */
  sense?: string;
  /** True when the page does not let a reader tell the sense: choosing one is wrong. */
  undecided?: boolean;
}

export interface LabelledPage {
  html: string;
  labels: Label[];
}

export interface Occurrence {
  term: string;
  /** The text as it appears, plural or possessive ending included: `ICSs`, `CCGs'`. */
  text: string;
  index: number;
}

const MARKER = /\{\{([^{}:]+)(?::([^{}]*))?\}\}/g;
// Longest ending first, so `CCGs'` loses `s'` rather than just the apostrophe.
const PLURAL_ENDINGS = ["s'", 's’', "'s", '’s', 's'];
const NOT_A_SENSE = 'no';
const UNDECIDED = '?';

const acronymSet: ReadonlySet<string> = new Set(CORPUS_ACRONYMS);

/** The acronym a marker's surface text stands for (`CCGs'` → `CCG`, `A&amp;E` → `A&E`), or undefined. */
export function termOfSurface(surface: string): string | undefined {
  const text = surface.replaceAll('&amp;', '&');
  if (acronymSet.has(text)) return text;
  for (const ending of PLURAL_ENDINGS) {
    const stem = text.slice(0, -ending.length);
    if (text.endsWith(ending) && acronymSet.has(stem)) return stem;
  }
  return undefined;
}

function labelFor(surface: string, sense: string | undefined): Label {
  const term = termOfSurface(surface);
  if (term === undefined) throw new Error(`Marker {{${surface}}} is not a corpus acronym`);
  if (sense === undefined) return { term, annotate: true };
  if (sense === NOT_A_SENSE) return { term, annotate: false };
  if (sense === UNDECIDED) return { term, annotate: true, undecided: true };
  if (sense === '') throw new Error(`Marker {{${surface}:}} has an empty sense`);
  return { term, annotate: true, sense };
}

/** Replaces every marker with its text and returns the labels in document order. Throws on a malformed marker. */
export function parseLabelledPage(source: string): LabelledPage {
  const labels: Label[] = [];
  const html = source.replace(MARKER, (_marker, surface: string, sense: string | undefined) => {
    labels.push(labelFor(surface, sense));
    return surface;
  });
  const stray = /\{\{|\}\}/.exec(html);
  if (stray)
    throw new Error(`Unclosed or malformed marker near: ${html.slice(stray.index, stray.index + 40)}`);
  return { html, labels };
}

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first so PACS is not read as ACS; letters and digits on either side mean it is part of a longer word.
const OCCURRENCE = new RegExp(
  `(?<![A-Za-z0-9])(${[...CORPUS_ACRONYMS]
    .sort((a, b) => b.length - a.length)
    .map(escapeForRegExp)
    .join('|')})(s'|s’|'s|’s|s)?(?![A-Za-z0-9])`,
  'g',
);

/** Every whole-word, case-sensitive occurrence of a corpus acronym in plain text, in order. */
export function findAcronymOccurrences(text: string): Occurrence[] {
  return [...text.matchAll(OCCURRENCE)].map((match) => ({
    term: match[1] ?? '',
    text: match[0],
    index: match.index,
  }));
}
