// Works out when a page was written from plain strings: parses date texts, reads them out of
// URLs, "Published …" lines and JSON-LD, and picks the most trustworthy. No DOM here.

import type { IsoDate } from './types';

/** Where a date came from, most trusted first. */
export const DATE_SOURCES_BY_TRUST = [
  'article-meta',
  'json-ld',
  'time-element',
  'other-meta',
  'visible-line',
  'url',
] as const;
export type DateSourceKind = (typeof DATE_SOURCES_BY_TRUST)[number];
export type DateKind = 'published' | 'updated';

export interface DateCandidate {
  source: DateSourceKind;
  kind: DateKind;
  raw: string;
}

export interface PageDates {
  published?: IsoDate;
  updated?: IsoDate;
  publishedSource?: DateSourceKind;
  updatedSource?: DateSourceKind;
}

export interface ParseOptions {
  /** Read `05/06/2018` as 5 June (UK) rather than May 6. Defaults to true. */
  dayFirst?: boolean;
  /** Dates after this are rubbish. Defaults to the current time. */
  now?: Date;
}

// Pages written before 1990 predate the web; such dates are placeholders or misreads.
const EARLIEST_YEAR = 1990;
const DAY_MS = 86_400_000;
const MONTHS = 'january february march april may june july august september october november december'.split(
  ' ',
);
const TIME = String.raw`\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:gmt|utc|[a-z]{1,3}t)\b)?`;
const ISO =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?$/i;
const COMPACT_ISO = /^(\d{4})(\d{2})(\d{2})(?:T\d{2}:?\d{2}(?::?\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const NUMERIC = new RegExp(
  String.raw`^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:,?\s+(?:at\s+)?${TIME})?$`,
  'i',
);
const TIME_ANYWHERE = new RegExp(TIME, 'gi');
const WEEKDAY =
  /\b(?:monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun)\b/g;
const DAY_MONTH_YEAR = /^(\d{1,2}) ([a-z]+) (\d{4})$/;
const MONTH_DAY_YEAR = /^([a-z]+) (\d{1,2}) (\d{4})$/;
const MONTH_YEAR = /^([a-z]+) (\d{4})$/;

/** Reads a date written in any common page form; undefined for anything doubtful, never throws. */
export function parseDateString(text: string, opts: ParseOptions = {}): IsoDate | undefined {
  const trimmed = text.trim();
  // Date texts are short; a long string is prose, and skipping it bounds the work.
  if (trimmed === '' || trimmed.length > 80) return undefined;
  const now = opts.now ?? new Date();
  const iso = ISO.exec(trimmed) ?? COMPACT_ISO.exec(trimmed);
  if (iso) return toIsoDate(Number(iso[1]), Number(iso[2]), iso[3] ? Number(iso[3]) : undefined, now);
  const numeric = NUMERIC.exec(trimmed);
  if (numeric)
    return parseNumericDate(numeric[1] ?? '', numeric[2] ?? '', numeric[3] ?? '', opts.dayFirst ?? true, now);
  return parseEnglishDate(trimmed, now);
}

function parseNumericDate(first: string, middle: string, last: string, dayFirst: boolean, now: Date) {
  if (first.length === 4 && last.length <= 2)
    return toIsoDate(Number(first), Number(middle), Number(last), now);
  // Two-digit years are ambiguous (which century, which order), so only four-digit ones count.
  if (last.length !== 4 || first.length > 2) return undefined;
  let [day, month] = dayFirst ? [Number(first), Number(middle)] : [Number(middle), Number(first)];
  if (month > 12 && day <= 12) [day, month] = [month, day];
  return toIsoDate(Number(last), month, day, now);
}

function parseEnglishDate(text: string, now: Date): IsoDate | undefined {
  const words = text
    .toLowerCase()
    .replace(TIME_ANYWHERE, ' ')
    .replace(WEEKDAY, ' ')
    .replace(/\b(?:at|on|of|the)\b/g, ' ')
    .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
    .replace(/[,.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const dayMonthYear = DAY_MONTH_YEAR.exec(words);
  if (dayMonthYear)
    return toIsoDate(Number(dayMonthYear[3]), monthNumber(dayMonthYear[2]), Number(dayMonthYear[1]), now);
  const monthDayYear = MONTH_DAY_YEAR.exec(words);
  if (monthDayYear)
    return toIsoDate(Number(monthDayYear[3]), monthNumber(monthDayYear[1]), Number(monthDayYear[2]), now);
  const monthYear = MONTH_YEAR.exec(words);
  if (monthYear) return toIsoDate(Number(monthYear[2]), monthNumber(monthYear[1]), undefined, now);
  return undefined;
}

/** 1–12 for a month name or its abbreviation ("sept", "Mar"); 0 when it is not one. */
function monthNumber(word: string | undefined): number {
  if (!word || word.length < 3) return 0;
  return MONTHS.findIndex((month) => month.startsWith(word)) + 1;
}

function toIsoDate(year: number, month: number, day: number | undefined, now: Date): IsoDate | undefined {
  if (year < EARLIEST_YEAR || month < 1 || month > 12) return undefined;
  const yearMonth = `${year}-${pad(month)}`;
  let iso = yearMonth;
  if (day !== undefined) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (day < 1 || date.getUTCMonth() !== month - 1) return undefined;
    iso = `${yearMonth}-${pad(day)}`;
  }
  // A day's grace: a page in a time zone ahead of the reader can be dated "tomorrow".
  const latest = new Date(now.getTime() + DAY_MS).toISOString().slice(0, 10);
  return iso > latest ? undefined : iso;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Dates in a URL path: `/2018/05/24/slug`, `/2018/05/slug`, `/news/2018-05-24-slug`. */
export function dateFromUrlPath(pathname: string, opts: ParseOptions = {}): IsoDate | undefined {
  const now = opts.now ?? new Date();
  // Year, month and day each a whole segment; a longer run of numbers is more likely ids.
  const slashed = /(?:^|\/)(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\/|$)(?!\d)/.exec(pathname);
  if (slashed) return toIsoDate(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]), now);
  const hyphenated = /(?:^|[/_-])(\d{4})-(\d{2})-(\d{2})(?=$|[/_.-])/.exec(pathname);
  if (hyphenated) return toIsoDate(Number(hyphenated[1]), Number(hyphenated[2]), Number(hyphenated[3]), now);
  // A year alone (`/2018/`) says too little, so a month must follow and then a non-number.
  const yearMonth = /(?:^|\/)(\d{4})\/(\d{1,2})(?:\/(?!\d+(?:\/|$))|$)/.exec(pathname);
  if (yearMonth) return toIsoDate(Number(yearMonth[1]), Number(yearMonth[2]), undefined, now);
  return undefined;
}

const DATE_LABEL = /(publish|posted|updated|modified|reviewed)(?:ed)?(?:\s*(?:on|at))?\s*[:\-–—]?\s*/gi;
const MAX_DATE_WORDS = 7;

/** "Published 24 May 2018", "Last updated: 3 April 2020", "Page last reviewed: …" lines in a text. */
export function findVisibleDateLine(
  text: string,
  opts: ParseOptions = {},
): { kind: DateKind; date: IsoDate }[] {
  const flat = text.replace(/\s+/g, ' ');
  const found: { kind: DateKind; date: IsoDate }[] = [];
  for (const match of flat.matchAll(DATE_LABEL)) {
    if (!startsAWord(flat, match.index)) continue;
    const date = leadingDate(flat.slice(match.index + match[0].length), opts);
    const label = (match[1] ?? '').toLowerCase();
    const kind: DateKind = label === 'publish' || label === 'posted' ? 'published' : 'updated';
    if (date && !found.some((line) => line.kind === kind && line.date === date)) found.push({ kind, date });
  }
  return found;
}

// textContent runs elements together ("SharePublished"), so a capital after a lower-case
// letter also starts a word, while "unpublished" and "signposted" do not.
function startsAWord(text: string, index: number): boolean {
  const before = text[index - 1] ?? ' ';
  const first = text[index] ?? '';
  if (!/\p{L}/u.test(before)) return true;
  return first !== first.toLowerCase() && before === before.toLowerCase();
}

/** The longest run of leading words that reads as a date. */
function leadingDate(text: string, opts: ParseOptions): IsoDate | undefined {
  const words = text.split(' ', MAX_DATE_WORDS);
  for (let count = words.length; count > 0; count--) {
    const phrase = words
      .slice(0, count)
      .join(' ')
      .replace(/[.,;:)|]+$/, '');
    const date = parseDateString(phrase, opts);
    if (date) return date;
  }
  return undefined;
}

// Header and byline `time` elements with many different dates belong to a list (comments,
// related stories, an archive), so none of them can be trusted to date the page itself.
const MAX_DISTINCT_TIME_ELEMENT_DATES = 3;

/** The most trusted published and updated dates among candidates given in document order. */
export function choosePageDates(candidates: DateCandidate[], opts: ParseOptions = {}): PageDates | undefined {
  const parsed = candidates.flatMap((candidate) => {
    const date = parseDateString(candidate.raw, opts);
    return date ? [{ ...candidate, date }] : [];
  });
  const timeDates = new Set(parsed.filter((c) => c.source === 'time-element').map((c) => c.date));
  const usable =
    timeDates.size > MAX_DISTINCT_TIME_ELEMENT_DATES
      ? parsed.filter((c) => c.source !== 'time-element')
      : parsed;
  const mostTrusted = (kind: DateKind) =>
    DATE_SOURCES_BY_TRUST.map((source) => usable.find((c) => c.kind === kind && c.source === source)).find(
      Boolean,
    );

  const published = mostTrusted('published');
  let updated = mostTrusted('updated');
  if (published && updated && !isLater(updated.date, published.date)) updated = undefined;
  if (!published && !updated) return undefined;
  return {
    ...(published && { published: published.date, publishedSource: published.source }),
    ...(updated && { updated: updated.date, updatedSource: updated.source }),
  };
}

// Compared at the coarser precision: "2018-05" is not later than "2018-05-24". An update on the
// publishing day itself says nothing new, so it is not later either.
function isLater(updated: IsoDate, published: IsoDate): boolean {
  const length = Math.min(updated.length, published.length);
  const updatedPart = updated.slice(0, length);
  const publishedPart = published.slice(0, length);
  return updatedPart > publishedPart || (updatedPart === publishedPart && updated.length > published.length);
}

type JsonObject = Record<string, unknown>;
const ARTICLE_TYPE = /article$|^blogposting$|^report$/;
const PAGE_TYPE = /page$/;
// Comments and reviews carry their own dates, which say nothing about when the page was written.
const IGNORED_TYPE = /^(?:comment|review|answer)$/;
const MAX_JSON_LD_DEPTH = 5;

/** `datePublished` (or `dateCreated`) and `dateModified` from one JSON-LD script's text. */
export function parseJsonLdDates(json: string): { published?: string; modified?: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return {};
  }
  const nodes: JsonObject[] = [];
  collectObjects(data, nodes, 0);
  const ranked = nodes
    .map((node) => ({ node, rank: typeRank(node) }))
    .filter(({ rank }) => rank >= 0)
    .sort((a, b) => a.rank - b.rank);
  const first = (read: (node: JsonObject) => string | undefined) =>
    ranked.map(({ node }) => read(node)).find((value) => value !== undefined);
  const published = first((node) => textValue(node.datePublished) ?? textValue(node.dateCreated));
  const modified = first((node) => textValue(node.dateModified));
  return { ...(published !== undefined && { published }), ...(modified !== undefined && { modified }) };
}

// Walks objects, arrays and `@graph` alike, since sites nest the article in all three ways.
function collectObjects(value: unknown, into: JsonObject[], depth: number): void {
  if (depth > MAX_JSON_LD_DEPTH || typeof value !== 'object' || value === null) return;
  const children = Array.isArray(value) ? value : Object.values(value);
  if (!Array.isArray(value)) into.push(value as JsonObject);
  for (const child of children) collectObjects(child, into, depth + 1);
}

/** 0 for articles, 1 for web pages, 2 for anything else, -1 for types to ignore. */
function typeRank(node: JsonObject): number {
  const declared = node['@type'];
  const types = (Array.isArray(declared) ? declared : [declared])
    .filter((type): type is string => typeof type === 'string')
    .map((type) => (type.split(/[/:#]/).pop() ?? '').toLowerCase());
  if (types.some((type) => IGNORED_TYPE.test(type))) return -1;
  if (types.some((type) => ARTICLE_TYPE.test(type))) return 0;
  if (types.some((type) => PAGE_TYPE.test(type))) return 1;
  return 2;
}

function textValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return textValue(value[0]);
  if (typeof value === 'object' && value !== null) return textValue((value as JsonObject)['@value']);
  return undefined;
}
