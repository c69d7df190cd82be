// Turns a labelled corpus page into what the content script would hand the context model: title,
// headings, date and prose blocks, each labelled occurrence placed at its offset in its block.
// Plain regex work, so the context model's feedback loop needs no DOM.

import { choosePageDates, type DateCandidate, findVisibleDateLine } from '../../glossary/page-date';
import { type Label, parseLabelledPage } from '../corpus/labels';

export interface LabelledOccurrence {
  label: Label;
  /** Offset of the acronym in its block's text. */
  offset: number;
}

export interface CorpusBlock {
  text: string;
  occurrences: LabelledOccurrence[];
  /** Counts up at each heading, article and section: blocks under one heading share it. */
  section: number;
  /** The heading the block comes under, for blocks other than the heading itself. */
  heading?: string;
}

export interface CorpusPage {
  title: string;
  headings: string;
  date?: string;
  blocks: CorpusBlock[];
  /** Labels of occurrences inside code, pre or textarea, which the content script never reads. */
  skipped: Label[];
}

// The same marker syntax labels.ts parses; each marker is swapped for a numbered placeholder so
// that its occurrence can be found again after the tags are gone.
const MARKER = /\{\{([^{}:]+)(?::[^{}]*)?\}\}/g;
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const SKIPPED = /<(code|pre|textarea|script|style|kbd|samp)\b[^>]*>[\s\S]*?<\/\1>/gi;
const SECTION_START = /^<(?:h[1-6]|article|section)\b/i;
const BLOCK_TAG =
  /<\/?(?:p|li|td|th|dd|dt|h[1-6]|figcaption|caption|blockquote|summary|tr|div|section|article|ul|ol|table|header|footer|main|nav)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  pound: '£',
  hellip: '…',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const textOf = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

export function readCorpusPage(source: string): CorpusPage {
  const { labels } = parseLabelledPage(source);
  let count = 0;
  const numbered = source.replace(MARKER, (_marker, surface: string) => `\uE000${count++}\uE001${surface}`);
  if (count !== labels.length) throw new Error(`found ${count} markers for ${labels.length} labels`);
  const head = /<head\b[\s\S]*?<\/head>/i.exec(numbered)?.[0] ?? '';
  const body = numbered.slice(numbered.indexOf(head) + head.length);
  const seen = new Set<number>();
  const blocks = blocksOf(body.replace(SKIPPED, ' '), labels, seen);
  const title = textOf(/<title>([\s\S]*?)<\/title>/i.exec(head)?.[1] ?? '');
  const description = /<meta\s+name="description"\s+content="([^"]*)"/i.exec(head)?.[1] ?? '';
  const headings = [...body.matchAll(/<h[1-3]\b[^>]*>([\s\S]*?)<\/h[1-3]>/gi)].map((match) =>
    textOf(match[1] ?? ''),
  );
  const date = pageDate(head, blocks.map((block) => block.text).join('\n'));
  return {
    title: `${title}\n${decodeEntities(description)}`,
    headings: headings.join('\n').replace(PLACEHOLDER, ''),
    ...(date ? { date } : {}),
    blocks,
    skipped: labels.filter((_label, index) => !seen.has(index)),
  };
}

function blocksOf(body: string, labels: Label[], seen: Set<number>): CorpusBlock[] {
  const blocks: CorpusBlock[] = [];
  let section = 0;
  let heading: string | undefined;
  let inHeading = false;
  let from = 0;
  const add = (html: string) => {
    const block = placeOccurrences(textOf(html), labels, seen, section);
    if (block.text === '') return;
    if (inHeading) heading = block.text;
    else if (heading !== undefined) block.heading = heading;
    blocks.push(block);
  };
  for (const tag of body.matchAll(BLOCK_TAG)) {
    add(body.slice(from, tag.index));
    if (SECTION_START.test(tag[0])) {
      section++;
      heading = undefined;
    }
    inHeading = /^<h[1-6]\b/i.test(tag[0]);
    from = tag.index + tag[0].length;
  }
  add(body.slice(from));
  return blocks;
}

function placeOccurrences(text: string, labels: Label[], seen: Set<number>, section: number): CorpusBlock {
  const occurrences: LabelledOccurrence[] = [];
  let removed = 0;
  const clean = text.replace(PLACEHOLDER, (placeholder, number: string, at: number) => {
    const label = labels[Number(number)];
    if (label) occurrences.push({ label, offset: at - removed });
    seen.add(Number(number));
    removed += placeholder.length;
    return '';
  });
  return { text: clean, occurrences, section };
}

function pageDate(head: string, visibleText: string): string | undefined {
  const candidates: DateCandidate[] = [];
  for (const match of head.matchAll(
    /<meta\s+property="article:(published|modified)_time"\s+content="([^"]*)"/gi,
  )) {
    candidates.push({
      source: 'article-meta',
      kind: match[1] === 'published' ? 'published' : 'updated',
      raw: match[2] ?? '',
    });
  }
  for (const line of findVisibleDateLine(visibleText.slice(0, 2000))) {
    candidates.push({ source: 'visible-line', kind: line.kind, raw: line.date });
  }
  const dates = choosePageDates(candidates);
  return dates?.published ?? dates?.updated;
}
