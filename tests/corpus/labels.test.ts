// Tests the marker parser, then holds every corpus page to the labelling rules: each acronym in the
// body labelled, senses that exist, realistic self-contained pages, and a manifest that splits them fairly.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORPUS_ACRONYMS, findAcronymOccurrences, type Label, parseLabelledPage } from './labels';

const corpusDir = fileURLToPath(new URL('.', import.meta.url));
const pageFiles = readdirSync(`${corpusDir}pages`)
  .filter((name) => name.endsWith('.html'))
  .sort();
const pages = pageFiles.map((name) => {
  const source = readFileSync(`${corpusDir}pages/${name}`, 'utf8');
  return { file: `pages/${name}`, source, ...parseLabelledPage(source) };
});

const SENSES_BY_TERM: Record<string, string[]> = {
  ICP: ['partnership', 'provider'],
  STP: ['plan', 'partnership'],
};
const KINDS = ['NHS', 'false friend', 'mixed'] as const;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', middot: '·' };
function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_entity, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_entity, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(lt|gt|quot|apos|nbsp|middot);/g, (_entity, name: string) => ENTITIES[name] ?? '')
    .replaceAll('&amp;', '&');
}

/** The text a reader sees in `<body>`; tags become spaces so table cells and list items stay separate words. */
function bodyText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  return decodeEntities(body.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, ' '));
}

const head = (html: string) => /<head>([\s\S]*)<\/head>/i.exec(html)?.[1] ?? '';
const publishedTime = (html: string) =>
  /<meta property="article:published_time" content="([^"]+)">/.exec(html)?.[1];

describe('parseLabelledPage', () => {
  it('replaces each marker with its text and returns labels in document order', () => {
    const { html, labels } = parseLabelledPage(
      '<p>The {{ICB}} and the {{STP:plan}} met; {{PCN:no}} paid.</p>',
    );
    expect(html).toBe('<p>The ICB and the STP met; PCN paid.</p>');
    expect(labels).toEqual([
      { term: 'ICB', annotate: true },
      { term: 'STP', annotate: true, sense: 'plan' },
      { term: 'PCN', annotate: false },
    ]);
  });

  it('keeps plurals and possessives in the text but labels the acronym', () => {
    const { html, labels } = parseLabelledPage("{{ICSs}}, {{CCGs'}} and the {{ICB's}} {{PCNs:no}}");
    expect(html).toBe("ICSs, CCGs' and the ICB's PCNs");
    expect(labels.map((label) => label.term)).toEqual(['ICS', 'CCG', 'ICB', 'PCN']);
    expect(labels[3]?.annotate).toBe(false);
  });

  it('reads an HTML-escaped A&E as the A&E term and leaves the escape in the HTML', () => {
    const { html, labels } = parseLabelledPage('<li>Go to {{A&amp;E}}</li>');
    expect(html).toBe('<li>Go to A&amp;E</li>');
    expect(labels).toEqual([{ term: 'A&E', annotate: true }]);
  });

  it('marks an undecidable occurrence as annotated with no sense', () => {
    expect(parseLabelledPage('the {{ICP:?}} workshop').labels).toEqual([
      { term: 'ICP', annotate: true, undecided: true },
    ]);
  });

  it('does not mistake an acronym ending in S for a plural', () => {
    expect(parseLabelledPage('{{PACS}} and {{ACSs}}').labels.map((label) => label.term)).toEqual([
      'PACS',
      'ACS',
    ]);
  });

  it('leaves a page without markers untouched', () => {
    expect(parseLabelledPage('<p>No acronyms here.</p>')).toEqual({
      html: '<p>No acronyms here.</p>',
      labels: [],
    });
  });

  it.each([
    ['an acronym outside the list', 'the {{LMC}} met'],
    ['an unclosed marker', 'the {{ICS met'],
    ['a stray closing brace pair', 'the ICS}} met'],
    ['an empty sense', 'the {{ICP:}} met'],
  ])('rejects %s', (_case, source) => {
    expect(() => parseLabelledPage(source)).toThrow();
  });
});

describe('findAcronymOccurrences', () => {
  it('matches whole words case-sensitively, with plural and possessive endings', () => {
    const text = "ICSs, ics, ICSE, RSTP, GPS, PACS, A&E, NHSE/I, CCGs' and the ICB's";
    expect(findAcronymOccurrences(text).map((occurrence) => occurrence.text)).toEqual([
      'ICSs',
      'PACS',
      'A&E',
      'NHSE',
      "CCGs'",
      "ICB's",
    ]);
  });
});

function checkLabel(label: Label): string | undefined {
  const senses = SENSES_BY_TERM[label.term];
  if (!(CORPUS_ACRONYMS as readonly string[]).includes(label.term))
    return `${label.term} is not a corpus acronym`;
  if (label.sense !== undefined && !senses?.includes(label.sense))
    return `${label.term} has no sense ${label.sense}`;
  if (label.undecided && senses === undefined) return `${label.term} has one sense, so cannot be undecided`;
  return undefined;
}

describe.each(pages)('corpus page $file', ({ source, html, labels }) => {
  it('labels every acronym occurrence in the body, in order, and nothing else', () => {
    expect(findAcronymOccurrences(bodyText(html)).map((occurrence) => occurrence.term)).toEqual(
      labels.map((label) => label.term),
    );
  });

  it('puts markers only in body text, never in the head or inside a tag', () => {
    expect(head(source)).not.toContain('{{');
    expect((source.match(/<[^>]*>/g) ?? []).filter((tag) => tag.includes('{{'))).toEqual([]);
  });

  it('uses only acronyms and senses the glossary has', () => {
    expect(labels.map(checkLabel).filter(Boolean)).toEqual([]);
  });

  it('is a self-contained page of realistic length with a title and heading', () => {
    const words = bodyText(html)
      .split(/\s+/)
      .filter((word) => /[A-Za-z0-9]/.test(word)).length;
    expect(words).toBeGreaterThanOrEqual(150);
    expect(words).toBeLessThanOrEqual(900);
    expect(head(html)).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<h1>[^<]+/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import|href="(https?:)?\/\//i);
  });
});

describe('the corpus as a whole', () => {
  const allLabels = pages.flatMap((page) => page.labels);

  it('is large enough to measure precision, recall and ICP sense accuracy', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
    expect(pages.length).toBeLessThanOrEqual(40000);
    expect(allLabels.length).toBeGreaterThanOrEqual(500);
    expect(allLabels.filter((label) => !label.annotate).length).toBeGreaterThanOrEqual(120);
    const icp = allLabels.filter((label) => label.term === 'ICP');
    expect(icp.length).toBeGreaterThanOrEqual(40);
    for (const sense of ['partnership', 'provider'])
      expect(icp.some((label) => label.sense === sense)).toBe(true);
    expect(icp.some((label) => label.undecided)).toBe(true);
  });

  it('dates about half the pages, within 2016 to 2026', () => {
    const dates = pages.map((page) => publishedTime(page.html)).filter((date) => date !== undefined);
    expect(dates.length).toBeGreaterThanOrEqual(pages.length / 3);
    expect(dates.length).toBeLessThanOrEqual((pages.length * 2) / 3);
    for (const date of dates) {
      const year = new Date(date).getUTCFullYear();
      expect(year, date).toBeGreaterThanOrEqual(2016);
      expect(year, date).toBeLessThanOrEqual(2026);
    }
  });
});

interface ManifestRow {
  file: string;
  split: string;
  topic: string;
}
const manifest: ManifestRow[] = JSON.parse(readFileSync(`${corpusDir}manifest.json`, 'utf8'));

/** A page's kind, from the start of its topic: `NHS: …`, `false friend: …` or `mixed: …`. */
const kindOf = (row: ManifestRow) => KINDS.find((kind) => row.topic.startsWith(`${kind}: `));

function labelsMatchKind(kind: (typeof KINDS)[number], labels: Label[]): boolean {
  const annotated = new Set(labels.filter((label) => label.annotate).map((label) => label.term));
  const notAnnotated = new Set(labels.filter((label) => !label.annotate).map((label) => label.term));
  if (kind === 'NHS') return labels.length > 0 && notAnnotated.size === 0;
  if (kind === 'mixed') return [...notAnnotated].some((term) => annotated.has(term));
  return [...notAnnotated].some((term) => !annotated.has(term));
}

describe('manifest.json', () => {
  it('lists every page exactly once, and only pages that exist', () => {
    expect(manifest.map((row) => row.file).sort()).toEqual(pages.map((page) => page.file));
  });

  // The issue asks for at least a third; each new held-out set is written to that size, so it
  // is a third or a little over once the set before it has been folded into tune. Two sets may be
  // held out together while the next is written (the seventeenth and eighteenth: 51%), but the
  // tuned pages stay the larger part.
  it('holds out at least a third of the pages', () => {
    expect(manifest.every((row) => row.split === 'tune' || row.split === 'heldout')).toBe(true);
    const heldOut = manifest.filter((row) => row.split === 'heldout').length;
    expect(heldOut).toBeGreaterThanOrEqual(Math.ceil(manifest.length / 3));
    expect(heldOut).toBeLessThan(manifest.length * 0.6);
  });

  it('gives each page a kind that its labels bear out', () => {
    const pageByFile = new Map(pages.map((page) => [page.file, page]));
    for (const row of manifest) {
      const kind = kindOf(row);
      const page = pageByFile.get(row.file);
      expect(kind, row.file).toBeDefined();
      if (kind && page) expect(labelsMatchKind(kind, page.labels), row.file).toBe(true);
    }
  });

  it('puts NHS, false-friend and mixed pages in both splits', () => {
    for (const split of ['tune', 'heldout']) {
      const kinds = new Set(manifest.filter((row) => row.split === split).map(kindOf));
      expect([...kinds].sort(), split).toEqual([...KINDS].sort());
    }
  });
});
