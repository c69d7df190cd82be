import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../glossary/index';
import { searchGlossary } from '../../glossary/search';
import { FIXTURE_ENTRIES } from '../fixtures/glossary-fixture';

const search = (query: string, limit?: number) => searchGlossary(FIXTURE_ENTRIES, query, limit);
const labels = (query: string) => search(query).map((r) => `${r.entry.id}/${r.sense.id}`);
const first = (query: string) => search(query)[0];

describe('searchGlossary on fixture entries', () => {
  it('gives nothing for an empty query', () => {
    expect(search('')).toEqual([]);
    expect(search('   ')).toEqual([]);
  });

  it('puts the exact acronym first, with the status a UI needs', () => {
    const result = first('ccg');
    expect(result?.entry.id).toBe('CCG');
    expect(result?.field).toBe('acronym');
    expect(result?.sense.status.status).toBe('abolished');
  });

  it('forgives case, plurals and possessives', () => {
    expect(first('ICSs')?.entry.id).toBe('ICS');
    expect(first('ccgs')?.entry.id).toBe('CCG');
    expect(first("ICB's")?.entry.id).toBe('ICB');
    expect(first('icb’s')?.entry.id).toBe('ICB');
  });

  it('reads "and", "&" and spacing alike', () => {
    for (const query of ['a and e', 'a&e', 'A & E', 'ae']) expect(first(query)?.entry.id).toBe('A&E');
  });

  it('lists every sense of a many-sense acronym, current first', () => {
    expect(labels('icp').slice(0, 2)).toEqual(['ICP/partnership', 'ICP/provider']);
  });

  it('ranks an acronym prefix below an exact acronym', () => {
    const results = search('ic');
    expect(
      results
        .slice(0, 4)
        .map((r) => r.entry.id)
        .sort(),
    ).toEqual(['ICB', 'ICP', 'ICP', 'ICS']);
    expect(results[0]?.score).toBeLessThan(first('ics')?.score ?? 0);
  });

  it('finds aliases', () => {
    const result = first('nhs england');
    expect(result?.entry.id).toBe('NHSE');
    expect(result?.field).toBe('alias');
    expect(first('commissioning board')?.entry.id).toBe('NHSE');
  });

  it('ranks a word from inside an alias below an expansion that has it', () => {
    expect(labels('commissioning').slice(0, 2)).toEqual(['CCG/main', 'NHSE/main']);
  });

  it('finds expansions, with both ICP senses near the top for "integrated care"', () => {
    const top = labels('integrated care').slice(0, 4);
    expect(top.sort()).toEqual(['ICB/main', 'ICP/partnership', 'ICP/provider', 'ICS/main']);
    expect(first('integrated care')?.field).toBe('expansion');
  });

  it('ranks an expansion phrase above scattered expansion words', () => {
    const phrase = first('care partnership');
    const scattered = first('partnership integrated');
    expect(phrase?.entry.id).toBe('ICP');
    expect(scattered?.entry.id).toBe('ICP');
    expect(phrase?.score).toBeGreaterThan(scattered?.score ?? 0);
  });

  it('finds term entries by their name', () => {
    expect(first('place-based partnerships')?.entry.id).toBe('place-based partnership');
  });

  it('forgives small typos', () => {
    expect(first('clinical comissioning')?.entry.id).toBe('CCG');
    expect(first('sustainabilty')?.entry.id).toBe('STP');
    expect(first('intergrated care sytem')?.entry.id).toBe('ICS');
  });

  it('does not stretch short words into typos', () => {
    expect(search('gpx')).toEqual([]);
  });

  it('finds the last word while it is still being typed', () => {
    expect(first('clinical commiss')?.entry.id).toBe('CCG');
  });

  it('finds words of a definition, below names that match', () => {
    const results = search('budget');
    expect(results.map((r) => r.entry.id)).toEqual(['ICB']);
    expect(results[0]?.field).toBe('definition');
    // ICB's definition mentions CCGs, but the CCG entry itself comes first.
    expect(labels('ccg')).toEqual(['CCG/main', 'ICB/main']);
  });

  it('needs every meaningful query word', () => {
    expect(search('budget contract')).toEqual([]);
    expect(first('the budget')?.entry.id).toBe('ICB');
  });

  it('respects the limit', () => {
    expect(search('i', 2)).toHaveLength(2);
  });
});

describe('searchGlossary on the bundled glossary', () => {
  const searchReal = (query: string) => searchGlossary(GLOSSARY.entries, query);

  it('finds ICS, ICB and both ICP senses near the top for "integrated care"', () => {
    const top = searchReal('integrated care')
      .slice(0, 6)
      .map((r) => `${r.entry.id}/${r.sense.id}`);
    expect(top).toEqual(expect.arrayContaining(['ICS/main', 'ICB/main', 'ICP/partnership', 'ICP/provider']));
  });

  it('finds CCG first for "ccg" and shows it was abolished', () => {
    const [result] = searchReal('ccg');
    expect(result?.entry.id).toBe('CCG');
    expect(result?.sense.status.status).toBe('abolished');
    expect(result?.sense.status.summary).toMatch(/abolished/i);
  });

  it('finds CCG despite a typo', () => {
    expect(searchReal('clinical comissioning')[0]?.entry.id).toBe('CCG');
  });

  it('finds each acronym first by its plural or possessive', () => {
    for (const entry of GLOSSARY.entries.filter((e) => e.kind === 'acronym')) {
      expect(searchReal(`${entry.id}s`)[0]?.entry.id).toBe(entry.id);
      expect(searchReal(`${entry.id.toLowerCase()}'s`)[0]?.entry.id).toBe(entry.id);
    }
  });

  it('finds A&E however "and" is written', () => {
    for (const query of ['a and e', 'a&e', 'A & E']) expect(searchReal(query)[0]?.entry.id).toBe('A&E');
  });
});
