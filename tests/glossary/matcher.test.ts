import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../glossary/matcher';

const matcher = createMatcher(['ICS', 'ICB', 'ICP', 'PCN', 'CCG', 'GP', 'A&E', 'NHSE', 'NHSI']);
const terms = (text: string) => matcher.find(text).map((match) => text.slice(match.start, match.end));

describe('createMatcher', () => {
  it('finds acronyms as whole words and reports their offsets', () => {
    expect(matcher.find('The ICS and the ICB.')).toEqual([
      { term: 'ICS', start: 4, end: 7 },
      { term: 'ICB', start: 16, end: 19 },
    ]);
  });

  it('accepts plurals and possessives but wraps only the acronym', () => {
    expect(terms("ICSs, CCGs' budgets, the ICB's board, PCNs and GP’s")).toEqual([
      'ICS',
      'CCG',
      'ICB',
      'PCN',
      'GP',
    ]);
  });

  it('is case-sensitive and respects word boundaries', () => {
    expect(terms('ics, Ics, ICSE, ICSS, XICS, ICS2, GPS, PCNx')).toEqual([]);
  });

  it('ignores file names, addresses and hashtags', () => {
    expect(terms('calendar.ICS, download ICS.pdf, ops@ICS, #ICS')).toEqual([]);
  });

  it('finds A&E and acronyms next to hyphens, slashes and brackets', () => {
    expect(terms('A&E waits, ICS-wide plans, non-ICB money, (PCN) and NHSE/I, ICS/ICB')).toEqual([
      'A&E',
      'ICS',
      'ICB',
      'PCN',
      'NHSE',
      'ICS',
      'ICB',
    ]);
  });

  it('leaves letters joined by a hyphen to other capitals, which name something else', () => {
    expect(terms('ICP-MS and ICP-OES results, D-ICS, ICS-CERT advisories')).toEqual([]);
    expect(terms('ICS-wide, STP-backed, the ICB-funded post, non-PCN practices')).toEqual([
      'ICS',
      'ICB',
      'PCN',
    ]);
  });

  it('prefers the longest acronym where one starts another', () => {
    expect(createMatcher(['NHS', 'NHSE']).find('NHSE said')).toEqual([{ term: 'NHSE', start: 0, end: 4 }]);
  });

  it('answers test() without allocating matches', () => {
    expect(matcher.test('nothing here')).toBe(false);
    expect(matcher.test('the ICB')).toBe(true);
  });
});
