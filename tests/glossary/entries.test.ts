// Checks the bundled glossary data is complete and self-consistent: every id, source and date a
// tooltip or the popup relies on must resolve, and the tricky entries must say what users need.
import { describe, expect, it } from 'vitest';
import { ICS_ICP_COMPARISON } from '../../glossary/comparison';
import { ENTRIES } from '../../glossary/entries';
import { ACRONYM_IDS, findEntry, findSense, GLOSSARY } from '../../glossary/index';
import { SOURCES } from '../../glossary/sources';
import type { Entry, Status } from '../../glossary/types';

const KNOWN_STATUSES: Status[] = ['current', 'abolished', 'renamed', 'proposed', 'dormant'];
const CORE_ACRONYMS = ['ICS', 'ICB', 'ICP', 'STP', 'ACO', 'PCN', 'CCG'];
const REQUIRED_ACRONYMS = [
  ...CORE_ACRONYMS,
  ...['ACS', 'ICO', 'MDT', 'AHSN', 'NAPC', 'BMA', 'GP', 'A&E', 'NHSE', 'NHSI', 'CQC', 'DHSC'],
  ...['VCSE', 'PHM', 'HWB', 'BCF', 'JSNA', 'LTP', 'FYFV', 'MCP', 'PACS', 'IHO'],
  ...['MNP', 'SNP', 'HIN'],
];
const REQUIRED_TERMS = [
  'neighbourhood health',
  'strategic commissioner',
  'place-based partnership',
  'provider collaborative',
  'integrated care strategy',
];

const entryIds = new Set(ENTRIES.map((entry) => entry.id));
const sourceIds = new Set(SOURCES.map((source) => source.id));

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

/** `yyyy`, `yyyy-mm` or `yyyy-mm-dd`, and a day that exists in that month. */
function isIsoDate(date: string): boolean {
  if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(date)) return false;
  if (date.length < 10) return true;
  return new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
}

/** Every source id an entry cites, wherever it cites it. */
function citedSources(entry: Entry): string[] {
  return [
    ...entry.senses.flatMap((sense) => [...sense.sources, ...sense.events.flatMap((event) => event.sources)]),
    ...entry.falseFriends.flatMap((friend) => friend.sources),
  ];
}

const comparisonSources = ICS_ICP_COMPARISON.rows.flatMap((row) =>
  row.answers.flatMap((answer) => answer.sources),
);

describe('glossary registry', () => {
  it('has unique entry ids, even ignoring case', () => {
    const lowerIds = ENTRIES.map((entry) => entry.id.toLowerCase());
    expect(new Set(lowerIds).size).toBe(ENTRIES.length);
  });

  it('has unique source ids', () => {
    expect(sourceIds.size).toBe(SOURCES.length);
  });

  it('registers every entry file, each named after its id', () => {
    const files = import.meta.glob<Entry>('../../glossary/entries/*.ts', {
      eager: true,
      import: 'default',
    });
    const byFile = Object.entries(files).filter(([path]) => !path.endsWith('/index.ts'));
    expect(byFile.length).toBe(ENTRIES.length);
    for (const [path, entry] of byFile) {
      const slug = entry.id.toLowerCase().replace('&', '-and-').replaceAll(' ', '-');
      expect(path.endsWith(`/${slug}.ts`), `${entry.id} lives in ${path}`).toBe(true);
      expect(ENTRIES).toContain(entry);
    }
  });

  it('includes every required acronym and term', () => {
    for (const id of REQUIRED_ACRONYMS) expect(findEntry(id)?.kind, id).toBe('acronym');
    for (const id of REQUIRED_TERMS) expect(findEntry(id)?.kind, id).toBe('term');
  });

  it('cites only sources that exist, and lists no source it never cites', () => {
    const cited = new Set([...ENTRIES.flatMap(citedSources), ...comparisonSources]);
    expect([...cited].filter((id) => !sourceIds.has(id))).toEqual([]);
    expect([...sourceIds].filter((id) => !cited.has(id))).toEqual([]);
  });

  it('gives every source a publisher, a title and a date, and only secure links', () => {
    for (const source of SOURCES) {
      expect(source.publisher && source.title && source.date, source.id).toBeTruthy();
      if (source.url !== undefined) expect(source.url, source.id).toMatch(/^https:\/\/\S+$/);
    }
  });
});

describe.each(ENTRIES.map((entry) => [entry.id, entry] as const))('entry %s', (_id, entry) => {
  it('has at least one sense, with unique ids, and `main` when it has only one', () => {
    expect(entry.senses.length).toBeGreaterThan(0);
    const senseIds = entry.senses.map((sense) => sense.id);
    expect(new Set(senseIds).size).toBe(senseIds.length);
    if (senseIds.length === 1) expect(senseIds).toEqual(['main']);
  });

  it('links only to other entries that exist', () => {
    for (const id of entry.related) expect(entryIds.has(id), id).toBe(true);
    expect(entry.related).not.toContain(entry.id);
  });

  it('spells term ids in lower case', () => {
    if (entry.kind === 'term') expect(entry.id).toBe(entry.id.toLowerCase());
  });

  it.each(entry.senses.map((sense) => [sense.id, sense] as const))('sense %s', (_sense, sense) => {
    expect(sense.sources.length).toBeGreaterThan(0);
    expect(sense.expansion.trim()).not.toBe('');
    expect(sense.short.trim()).not.toBe('');
    expect(wordCount(sense.short)).toBeLessThanOrEqual(45);
    const paragraphs = sense.long.split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(2);
    expect(paragraphs.length).toBeLessThanOrEqual(4);
    for (const paragraph of paragraphs) expect(paragraph.trim()).not.toBe('');
  });

  it('has a known status, dated and explained unless current, with valid successors', () => {
    for (const { status } of entry.senses) {
      expect(KNOWN_STATUSES).toContain(status.status);
      if (status.since !== undefined) expect(isIsoDate(status.since), status.since).toBe(true);
      if (status.status !== 'current') {
        expect(status.since).toBeDefined();
        expect(status.summary?.trim()).toBeTruthy();
      }
      if (status.status === 'abolished' || status.status === 'renamed') {
        expect(status.replacedBy?.length).toBeGreaterThan(0);
      }
      for (const id of status.replacedBy ?? []) expect(entryIds.has(id), id).toBe(true);
    }
  });

  it('dates every event in ISO form, and gives every count event its count', () => {
    for (const event of entry.senses.flatMap((sense) => sense.events)) {
      expect(isIsoDate(event.date), event.date).toBe(true);
      expect(event.sources.length, event.text).toBeGreaterThan(0);
      expect(event.text.trim()).not.toBe('');
      if (event.kind === 'count') expect(Number.isInteger(event.count), event.text).toBe(true);
    }
  });

  // An everyday word such as GP comes in many set phrases ("GP surgery", "locum GP"), hence up to 40.
  it('has 8–40 lower-case context words per sense, none shared with a false friend', () => {
    const signals = new Set(entry.falseFriends.flatMap((friend) => friend.signals));
    for (const sense of entry.senses) {
      expect(sense.contextWords.length).toBeGreaterThanOrEqual(8);
      expect(sense.contextWords.length).toBeLessThanOrEqual(40);
      for (const word of sense.contextWords) {
        expect(word).toBe(word.toLowerCase());
        expect(signals.has(word), `${sense.id}: ${word}`).toBe(false);
      }
    }
  });

  it('gives every false friend lower-case signals and a source', () => {
    for (const friend of entry.falseFriends) {
      expect(friend.signals.length, friend.expansion).toBeGreaterThan(0);
      expect(friend.sources.length, friend.expansion).toBeGreaterThan(0);
      for (const signal of friend.signals) expect(signal).toBe(signal.toLowerCase());
    }
  });
});

describe('entries people most often get wrong', () => {
  it('gives ICP both NHS senses: the partnership and the provider', () => {
    expect(findEntry('ICP')?.senses.map((sense) => sense.id)).toEqual(['partnership', 'provider']);
    expect(findSense('ICP', 'partnership')?.expansion).toBe('Integrated Care Partnership');
    expect(findSense('ICP', 'provider')?.expansion).toBe('Integrated Care Provider');
    expect(findSense('ICP', 'provider')?.status.status).toBe('dormant');
  });

  it('gives STP both the plan and the partnership, both superseded by ICSs', () => {
    for (const senseId of ['plan', 'partnership']) {
      expect(findSense('STP', senseId)?.status.replacedBy).toEqual(['ICS']);
    }
  });

  it('shows CCGs as abolished on 1 July 2022 and replaced by ICBs', () => {
    expect(findSense('CCG')?.status).toMatchObject({
      status: 'abolished',
      since: '2022-07-01',
      replacedBy: ['ICB'],
    });
  });

  it('keeps NHS England current while saying its abolition is not yet law', () => {
    const nhse = findSense('NHSE');
    expect(nhse?.status.status).toBe('current');
    expect(nhse?.status.summary).toMatch(/not yet law/);
    expect(nhse?.events.map((event) => event.date)).toEqual(
      expect.arrayContaining(['2025-03-13', '2026-05-14']),
    );
  });
});

describe('ICS and ICP comparison', () => {
  it('has one column each for the ICS and the two ICP senses, all resolvable', () => {
    const columns = ICS_ICP_COMPARISON.columns.map(({ entry, sense }) => `${entry}/${sense}`);
    expect(columns).toEqual(['ICS/main', 'ICP/partnership', 'ICP/provider']);
    for (const { entry, sense } of ICS_ICP_COMPARISON.columns) {
      expect(findSense(entry, sense)).toBeDefined();
    }
  });

  it('answers every question for every column, with sources', () => {
    expect(ICS_ICP_COMPARISON.rows.length).toBeGreaterThanOrEqual(7);
    for (const row of ICS_ICP_COMPARISON.rows) {
      expect(row.answers.length, row.question).toBe(ICS_ICP_COMPARISON.columns.length);
      for (const answer of row.answers) {
        expect(answer.text.trim(), row.question).not.toBe('');
        expect(answer.sources.length, row.question).toBeGreaterThan(0);
      }
    }
  });
});

describe('glossary look-ups', () => {
  it('bundles the entries, sources and comparison under one version', () => {
    expect(GLOSSARY).toMatchObject({ version: '2026.11.0', reviewed: '2026-11-23' });
    expect(GLOSSARY.entries).toBe(ENTRIES);
    expect(GLOSSARY.sources).toBe(SOURCES);
    expect(GLOSSARY.comparison).toBe(ICS_ICP_COMPARISON);
  });

  it('finds entries by id whatever the case, and nothing for unknown ids', () => {
    expect(findEntry('ics')?.id).toBe('ICS');
    expect(findEntry('a&e')?.id).toBe('A&E');
    expect(findEntry('XYZ')).toBeUndefined();
  });

  it('finds the first sense when no sense id is given, and nothing for unknown senses', () => {
    expect(findSense('ICP')?.id).toBe('partnership');
    expect(findSense('ICB')?.id).toBe('main');
    expect(findSense('ICB', 'provider')).toBeUndefined();
    expect(findSense('XYZ')).toBeUndefined();
  });

  it('lists exactly the acronym entries as annotatable', () => {
    expect(ACRONYM_IDS).toEqual(expect.arrayContaining(REQUIRED_ACRONYMS));
    expect(ACRONYM_IDS).toHaveLength(ENTRIES.filter((entry) => entry.kind === 'acronym').length);
    for (const id of REQUIRED_TERMS) expect(ACRONYM_IDS).not.toContain(id);
  });
});
