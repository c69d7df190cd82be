import { describe, expect, it } from 'vitest';
import { datedFigures, findCountClaims } from '../../glossary/counts';
import { findSense } from '../../glossary/index';
import { icsSense } from '../fixtures/glossary-fixture';

const values = (sentence: string, acronym: string) => findCountClaims(sentence, acronym).map((c) => c.value);

describe('findCountClaims', () => {
  it('finds a number stated for the acronym and where it is', () => {
    const sentence = 'There are currently 14 ICSs in England.';
    expect(findCountClaims(sentence, 'ICS')).toEqual([{ value: 14, index: 20, text: '14 ICSs' }]);
  });

  it('reads counts with words between, in full, with commas or in words', () => {
    expect(values('The 44 STPs were drawn up in 2016.', 'STP')).toEqual([44]);
    expect(values('England now has 42 statutory ICSs.', 'ICS')).toEqual([42]);
    expect(findCountClaims('Across the 42 integrated care systems, budgets vary.', 'ICS')[0]?.text).toBe(
      '42 integrated care systems',
    );
    expect(values('About 1,259 PCNs went live.', 'PCN')).toEqual([1259]);
    expect(values('Forty-two ICBs took over.', 'ICB')).toEqual([42]);
    expect(values('There were forty two ICBs.', 'ICB')).toEqual([42]);
    expect(values('Some 44 sustainability and transformation plans were written.', 'STP')).toEqual([44]);
  });

  it('accepts plurals and possessives of the acronym', () => {
    expect(values("All 42 ICB's budgets were cut.", 'ICB')).toEqual([42]);
    expect(values('Its 42 ICS boards met.', 'ICS')).toEqual([42]);
    expect(values("All 42 ICSs' leaders met.", 'ICS')).toEqual([42]);
    expect(values('Some 14 ‘ICS’ areas were named.', 'ICS')).toEqual([14]);
  });

  it('ignores years, percentages, money and ordinals', () => {
    expect(values('In 2022 ICSs became statutory.', 'ICS')).toEqual([]);
    expect(values('In 2021/22 ICBs were set up.', 'ICB')).toEqual([]);
    expect(values('Some 35% of PCNs were larger.', 'PCN')).toEqual([]);
    expect(values('The BCF began with £3.8bn for ICSs.', 'ICS')).toEqual([]);
    expect(values('It was the 42nd ICS to form.', 'ICS')).toEqual([]);
  });

  it('ignores numbers that are not counts of the named bodies', () => {
    expect(values('14 of the 42 ICSs agreed.', 'ICS')).toEqual([42]);
    expect(values('They spend £18.76 per head in 42 areas.', 'ICB')).toEqual([]);
    expect(values('There is one ICB for each area.', 'ICB')).toEqual([]);
    expect(values('Section 14. ICSs are partnerships.', 'ICS')).toEqual([]);
    expect(values('Up to 42 people from many councils and partners joined ICSs.', 'ICS')).toEqual([]);
  });

  it('does not take one acronym for another', () => {
    expect(values('There are 42 ICBs.', 'ICS')).toEqual([]);
  });
});

describe('datedFigures', () => {
  it('gives the count events oldest first, with their figures and sources', () => {
    const figures = datedFigures(icsSense);
    expect(figures.map((e) => [e.date, e.count])).toEqual([
      ['2018', 10],
      ['2020-04', 18],
      ['2021-04-01', 42],
    ]);
    expect(figures.every((e) => e.sources.length > 0)).toBe(true);
  });
});

describe('counts in the bundled glossary', () => {
  it('date the figure a page states, with the ICS count reaching 42 in April 2021', () => {
    const ics = findSense('ICS');
    if (!ics) throw new Error('ICS missing from the glossary');
    const [claim] = findCountClaims('There are currently 14 ICSs.', 'ICS');
    const figures = datedFigures(ics);
    expect(figures.map((e) => e.count)).toContain(claim?.value);
    expect(figures.find((e) => e.count === 42)?.date).toBe('2021-04-01');
    expect(figures.every((e) => e.sources.length > 0)).toBe(true);
  });
});
