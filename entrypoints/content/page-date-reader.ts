// Finds when the open page was written: gathers date candidates with a handful of selector
// queries and lets glossary/page-date choose. No whole-document walks and no layout.

import {
  choosePageDates,
  type DateCandidate,
  type DateKind,
  dateFromUrlPath,
  findVisibleDateLine,
  type PageDates,
  parseJsonLdDates,
} from '../../glossary/page-date';

type MetaSource = Extract<DateCandidate['source'], 'article-meta' | 'other-meta'>;

// Scholarly, Dublin Core, Open Graph and microdata names; trusted below article meta and JSON-LD.
const OTHER_META_NAMES: Record<DateKind, string[]> = {
  published: [
    'citation_publication_date',
    'citation_date',
    'citation_online_date',
    'dc.date',
    'dc.date.issued',
    'dc.date.created',
    'dcterms.created',
    'dcterms.issued',
    'dcterms.date',
    'datepublished',
  ],
  updated: ['dcterms.modified', 'dc.date.modified', 'og:updated_time', 'datemodified'],
};
// Keys are lower case: sites disagree on the case of `name` and `property` values.
const META_DATE_KEYS = new Map<string, { source: MetaSource; kind: DateKind }>([
  ['article:published_time', { source: 'article-meta', kind: 'published' }],
  ['article:modified_time', { source: 'article-meta', kind: 'updated' }],
  ...(['published', 'updated'] as const).flatMap((kind) =>
    OTHER_META_NAMES[kind].map((name) => [name, { source: 'other-meta', kind }] as const),
  ),
]);

// Only time elements in a header or byline, or marked up as the page's date, speak for the page.
const DATE_ELEMENT_CONTEXT =
  'header, [class*="byline"], [itemprop="datePublished"], [itemprop="dateModified"]';
// The live collection is walked lazily, so looking at the first few never visits the rest.
const MAX_TIME_ELEMENTS_CHECKED = 12;
// Enough to see a byline's published and updated times, and to notice a comment thread.
const MAX_TIME_ELEMENTS = 6;
const MAX_JSON_LD_SCRIPTS = 5;

// The date line sits by the headline, so the start of the main content is enough to read.
const VISIBLE_TEXT_CHARS = 2000;
const UNREAD_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'svg', 'SVG']);

/** The page's published and updated dates, or undefined when it gives none worth trusting. */
export function readPageDates(doc: Document, url: string): PageDates | undefined {
  return choosePageDates([
    ...metaCandidates(doc),
    ...jsonLdCandidates(doc),
    ...timeElementCandidates(doc),
    ...visibleLineCandidates(doc),
    ...urlCandidates(url),
  ]);
}

function metaCandidates(doc: Document): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  // Date meta tags belong in the head; reading only there skips a whole-document match.
  for (const meta of doc.head?.querySelectorAll('meta[content]') ?? []) {
    const key =
      meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '';
    const found = META_DATE_KEYS.get(key.trim().toLowerCase());
    if (found) candidates.push({ ...found, raw: meta.getAttribute('content') ?? '' });
  }
  return candidates;
}

function jsonLdCandidates(doc: Document): DateCandidate[] {
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(
    0,
    MAX_JSON_LD_SCRIPTS,
  );
  return scripts.flatMap((script): DateCandidate[] => {
    const { published, modified } = parseJsonLdDates(script.textContent ?? '');
    return [
      ...(published ? [{ source: 'json-ld', kind: 'published', raw: published } as const] : []),
      ...(modified ? [{ source: 'json-ld', kind: 'updated', raw: modified } as const] : []),
    ];
  });
}

function timeElementCandidates(doc: Document): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  const times = doc.getElementsByTagName('time');
  for (let index = 0; index < MAX_TIME_ELEMENTS_CHECKED && candidates.length < MAX_TIME_ELEMENTS; index++) {
    const time = times[index];
    if (!time) break;
    const raw = time.getAttribute('datetime');
    if (!raw || !time.closest(DATE_ELEMENT_CONTEXT)) continue;
    const itemprop = time.closest('[itemprop]')?.getAttribute('itemprop');
    const isUpdate = itemprop === 'dateModified' || /updat|modif/i.test(time.getAttribute('class') ?? '');
    candidates.push({ source: 'time-element', kind: isUpdate ? 'updated' : 'published', raw });
  }
  return candidates;
}

function visibleLineCandidates(doc: Document): DateCandidate[] {
  const root = doc.querySelector('main, [role="main"], article') ?? doc.body;
  if (!root) return [];
  return findVisibleDateLine(leadingText(root)).map(({ kind, date }) => ({
    source: 'visible-line',
    kind,
    raw: date,
  }));
}

/**
 * About the first VISIBLE_TEXT_CHARS of text in root, one space between text nodes so that
 * "<span>Published</span><span>24 May 2018</span>" reads as two words. A walk that stops early,
 * because the textContent of a news page's first block is often the whole article.
 */
function leadingText(root: Element): string {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      UNREAD_TAGS.has(node.nodeName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < VISIBLE_TEXT_CHARS; node = walker.nextNode()) {
    const text = node.nodeType === Node.TEXT_NODE ? (node.nodeValue ?? '').trim() : '';
    if (text === '') continue;
    parts.push(text.slice(0, VISIBLE_TEXT_CHARS - length));
    length += text.length;
  }
  return parts.join(' ');
}

function urlCandidates(url: string): DateCandidate[] {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return [];
  }
  const date = dateFromUrlPath(pathname);
  return date ? [{ source: 'url', kind: 'published', raw: date }] : [];
}
