import { describe, expect, it } from 'vitest';
import {
  choosePageDates,
  type DateCandidate,
  dateFromUrlPath,
  findVisibleDateLine,
  parseDateString,
  parseJsonLdDates,
} from '../../glossary/page-date';

const now = new Date('2026-01-15T12:00:00Z');

describe('parseDateString', () => {
  it.each([
    ['2018-05-24', '2018-05-24'],
    ['2018-05-24T10:00:00Z', '2018-05-24'],
    ['2018-05-24T10:00:00.000Z', '2018-05-24'],
    // Kept in the page's own offset: in UTC these would be the 23rd and the 25th.
    ['2018-05-24T00:30:00+01:00', '2018-05-24'],
    ['2018-05-24T23:30:00-0500', '2018-05-24'],
    ['2018-05-24 10:00', '2018-05-24'],
    ['20180524', '2018-05-24'],
    ['2018-05', '2018-05'],
  ])('reads ISO 8601 %s', (text, expected) => {
    expect(parseDateString(text, { now })).toBe(expected);
  });

  it.each([
    ['24 May 2018', '2018-05-24'],
    ['24th May 2018', '2018-05-24'],
    ['1st Jan 2020', '2020-01-01'],
    ['May 24, 2018', '2018-05-24'],
    ['Sept. 3rd, 2019', '2019-09-03'],
    ['Thursday 24 May 2018', '2018-05-24'],
    ['Thu, 24 May 2018', '2018-05-24'],
    ['24 May 2018 at 10:30', '2018-05-24'],
    ['10:30 BST, 24 May 2018', '2018-05-24'],
    ['May 24, 2018 at 3:15 pm', '2018-05-24'],
    ['May 2018', '2018-05'],
    ['  December 2019 ', '2019-12'],
  ])('reads the English date %s', (text, expected) => {
    expect(parseDateString(text, { now })).toBe(expected);
  });

  it.each([
    ['24/05/2018', '2018-05-24'],
    ['05/06/2018', '2018-06-05'],
    ['24.05.2018', '2018-05-24'],
    ['24-05-2018', '2018-05-24'],
    ['2018/05/24', '2018-05-24'],
    ['24/05/2018 10:30', '2018-05-24'],
  ])('reads the numeric date %s day first', (text, expected) => {
    expect(parseDateString(text, { now })).toBe(expected);
  });

  it('reads numeric dates month first when asked, unless only day first makes sense', () => {
    expect(parseDateString('05/06/2018', { now, dayFirst: false })).toBe('2018-05-06');
    expect(parseDateString('24/05/2018', { now, dayFirst: false })).toBe('2018-05-24');
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['far future', '2099-01-01'],
    ['zeros', '0000-00-00'],
    ['before 1990', '1989-12-31'],
    ['English before 1990', 'March 1985'],
    ['bare time', '10:30'],
    ['31 February', '31 February 2018'],
    ['30 February in ISO', '2018-02-30'],
    ['month 13', '2018-13-01'],
    ['two-digit year', '12/05/18'],
    ['bare year', '2018'],
    ['random text', 'hello world'],
    ['byline', 'Posted by Jane Smith'],
    ['not a month', '24 Octopus 2018'],
    ['long prose', `24 May 2018 ${'and more words '.repeat(10)}`],
  ])('gives undefined for rubbish (%s)', (_label, text) => {
    expect(parseDateString(text, { now })).toBeUndefined();
  });

  it('rejects dates after now, allowing a day for time zones', () => {
    expect(parseDateString('2026-01-16', { now })).toBe('2026-01-16');
    expect(parseDateString('2026-01-22', { now })).toBeUndefined();
    expect(parseDateString('February 2026', { now })).toBeUndefined();
    expect(parseDateString('January 2026', { now })).toBe('2026-01');
  });

  it('uses the real clock when no now is given', () => {
    expect(parseDateString('2099-01-01')).toBeUndefined();
    expect(parseDateString('2018-05-24')).toBe('2018-05-24');
  });
});

describe('findVisibleDateLine', () => {
  it.each([
    ['Published 24 May 2018', 'published', '2018-05-24'],
    ['Last updated: 3 April 2020', 'updated', '2020-04-03'],
    ['Updated on May 24, 2018', 'updated', '2018-05-24'],
    ['First published: 1 March 2019', 'published', '2019-03-01'],
    ['Posted 12/03/2019 by Sam', 'published', '2019-03-12'],
    ['Page last reviewed: 13 March 2023', 'updated', '2023-03-13'],
    ['Last modified — 2021-07-01.', 'updated', '2021-07-01'],
    ['Published\n      24 May 2018\n  Share', 'published', '2018-05-24'],
  ])('finds %j', (text, kind, date) => {
    expect(findVisibleDateLine(text, { now })).toEqual([{ kind, date }]);
  });

  it('finds both lines of a government page and ignores the future review date', () => {
    const text = 'Guidance Published 24 May 2018 Last updated 3 April 2020 — see all updates';
    expect(findVisibleDateLine(text, { now })).toEqual([
      { kind: 'published', date: '2018-05-24' },
      { kind: 'updated', date: '2020-04-03' },
    ]);
    expect(
      findVisibleDateLine('Page last reviewed: 13 March 2023 Next review due: 13 March 2026', { now }),
    ).toEqual([{ kind: 'updated', date: '2023-03-13' }]);
  });

  it('reads labels that textContent has run into the previous word', () => {
    expect(findVisibleDateLine('Share this pagePublished24 May 2018', { now })).toEqual([
      { kind: 'published', date: '2018-05-24' },
    ]);
  });

  it.each([
    ['Published by the Health Service Journal'],
    ['Updated 3 hours ago'],
    ['This draft stays unpublished 24 May 2018'],
    ['The route is signposted 24 May 2018'],
    ['Updated 1 March 2030'],
    ['Nothing to see here'],
  ])('finds nothing in %j', (text) => {
    expect(findVisibleDateLine(text, { now })).toEqual([]);
  });
});

describe('dateFromUrlPath', () => {
  it.each([
    ['/2018/05/24/nhs-reorganisation', '2018-05-24'],
    ['/news/2018/5/4/', '2018-05-04'],
    ['/2018/05/nhs-reorganisation', '2018-05'],
    ['/blog/2018/05/', '2018-05'],
    ['/news/2018-05-24-nhs-reorganisation', '2018-05-24'],
    ['/2018-05-24/story.html', '2018-05-24'],
  ])('reads %s', (path, expected) => {
    expect(dateFromUrlPath(path, { now })).toBe(expected);
  });

  it.each([
    ['a year alone', '/2018/'],
    ['a year then a slug', '/archive/2018/nhs-reorganisation'],
    ['ids', '/products/123456/789'],
    ['a month then an id', '/2018/05/1234'],
    ['an impossible day', '/archive/2018/05/35/x'],
    ['month 13', '/item/2018/13/slug'],
    ['a year before 1990', '/p/1234/05/24/x'],
    ['a long number', '/id/20180524123/x'],
    ['the future', '/2099/01/01/story'],
    ['the root', '/'],
  ])('gives undefined for %s', (_label, path) => {
    expect(dateFromUrlPath(path, { now })).toBeUndefined();
  });
});

describe('parseJsonLdDates', () => {
  it('reads a single Article', () => {
    const json =
      '{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2018-05-24T10:00:00Z","dateModified":"2020-04-03"}';
    expect(parseJsonLdDates(json)).toEqual({ published: '2018-05-24T10:00:00Z', modified: '2020-04-03' });
  });

  it('prefers the article in a @graph over the site and page', () => {
    const json = JSON.stringify({
      '@graph': [
        { '@type': 'WebSite', datePublished: '2010-01-01' },
        { '@type': 'WebPage', datePublished: '2015-01-01', dateModified: '2021-06-01' },
        { '@type': ['Article', 'BlogPosting'], datePublished: '2018-05-24' },
      ],
    });
    // The article has no modified date, so the page's is the best there is.
    expect(parseJsonLdDates(json)).toEqual({ published: '2018-05-24', modified: '2021-06-01' });
  });

  it('reads a top-level array and nested main entities', () => {
    const array = JSON.stringify([
      { '@type': 'Organization', name: 'NHS' },
      { '@type': 'BlogPosting', datePublished: '2019-03-12' },
    ]);
    expect(parseJsonLdDates(array)).toEqual({ published: '2019-03-12' });
    const nested = JSON.stringify({
      '@type': 'WebPage',
      mainEntity: { '@type': 'Article', dateCreated: '2017-02-01' },
    });
    expect(parseJsonLdDates(nested)).toEqual({ published: '2017-02-01' });
  });

  it('ignores comments and reads wrapped values', () => {
    const json = JSON.stringify({
      '@type': 'http://schema.org/Article',
      datePublished: [{ '@value': '2018-05-24' }],
      comment: [{ '@type': 'Comment', dateCreated: '2024-01-01', dateModified: '2024-01-02' }],
    });
    expect(parseJsonLdDates(json)).toEqual({ published: '2018-05-24' });
  });

  it.each([['{not json'], [''], ['null'], ['42'], ['{"@type":"Article","headline":"No dates"}']])(
    'gives {} for %j',
    (json) => {
      expect(parseJsonLdDates(json)).toEqual({});
    },
  );
});

describe('choosePageDates', () => {
  const trustOrder = [
    'article-meta',
    'json-ld',
    'time-element',
    'other-meta',
    'visible-line',
    'url',
  ] as const;
  const everySource: DateCandidate[] = trustOrder.map((source, index) => ({
    source,
    kind: 'published',
    raw: `201${index}-01-01`,
  }));

  it('prefers meta, then JSON-LD, then time, then other meta, then the visible line, then the URL', () => {
    for (const [index, source] of trustOrder.entries()) {
      // Shuffled so that position in the list cannot decide between sources.
      const remaining = everySource.slice(index).reverse();
      expect(choosePageDates(remaining, { now })).toEqual({
        published: `201${index}-01-01`,
        publishedSource: source,
      });
    }
  });

  it('keeps updated apart from published, each from its own best source', () => {
    const dates = choosePageDates(
      [
        { source: 'url', kind: 'published', raw: '2018-05-24' },
        { source: 'other-meta', kind: 'updated', raw: '2021-02-03' },
        { source: 'json-ld', kind: 'published', raw: '2018-05-24T09:00:00Z' },
        { source: 'visible-line', kind: 'updated', raw: '2019-01-01' },
      ],
      { now },
    );
    expect(dates).toEqual({
      published: '2018-05-24',
      publishedSource: 'json-ld',
      updated: '2021-02-03',
      updatedSource: 'other-meta',
    });
  });

  it('drops an updated date that is not after the published one', () => {
    const earlier = choosePageDates(
      [
        { source: 'article-meta', kind: 'published', raw: '2018-05-24' },
        { source: 'article-meta', kind: 'updated', raw: '2017-01-01' },
      ],
      { now },
    );
    expect(earlier).toEqual({ published: '2018-05-24', publishedSource: 'article-meta' });
    const sameDay = choosePageDates(
      [
        { source: 'article-meta', kind: 'published', raw: '2018-05-24T09:00:00Z' },
        { source: 'article-meta', kind: 'updated', raw: '2018-05-24T17:00:00Z' },
      ],
      { now },
    );
    expect(sameDay).toEqual({ published: '2018-05-24', publishedSource: 'article-meta' });
  });

  it('keeps an updated date with no published date', () => {
    expect(
      choosePageDates([{ source: 'visible-line', kind: 'updated', raw: '2023-03-13' }], { now }),
    ).toEqual({
      updated: '2023-03-13',
      updatedSource: 'visible-line',
    });
  });

  it('skips a trusted source whose date is rubbish', () => {
    const dates = choosePageDates(
      [
        { source: 'article-meta', kind: 'published', raw: '0000-00-00' },
        { source: 'json-ld', kind: 'published', raw: 'not a date' },
        { source: 'url', kind: 'published', raw: '2018-05' },
      ],
      { now },
    );
    expect(dates).toEqual({ published: '2018-05', publishedSource: 'url' });
  });

  it('takes the first date in the document from a source that gives several', () => {
    const times: DateCandidate[] = ['2018-05-24', '2018-06-01', '2018-07-09'].map((raw) => ({
      source: 'time-element',
      kind: 'published',
      raw,
    }));
    expect(choosePageDates(times, { now })?.published).toBe('2018-05-24');
  });

  it('ignores time elements on a page whose headers hold a comment thread', () => {
    const commentTimes: DateCandidate[] = [
      '2018-05-24',
      '2018-05-25',
      '2018-06-02',
      '2019-01-14',
      '2020-08-30',
    ].map((raw) => ({ source: 'time-element', kind: 'published', raw }));
    const dates = choosePageDates(
      [...commentTimes, { source: 'url', kind: 'published', raw: '2018-05-23' }],
      { now },
    );
    expect(dates).toEqual({ published: '2018-05-23', publishedSource: 'url' });
    expect(choosePageDates(commentTimes, { now })).toBeUndefined();
  });

  it('keeps time elements that repeat one date many times', () => {
    const repeated: DateCandidate[] = Array.from({ length: 6 }, () => ({
      source: 'time-element',
      kind: 'published',
      raw: '2018-05-24T10:00:00Z',
    }));
    expect(choosePageDates(repeated, { now })).toEqual({
      published: '2018-05-24',
      publishedSource: 'time-element',
    });
  });

  it('gives undefined when nothing is usable', () => {
    expect(choosePageDates([], { now })).toBeUndefined();
    expect(
      choosePageDates(
        [
          { source: 'article-meta', kind: 'published', raw: '2099-01-01' },
          { source: 'other-meta', kind: 'updated', raw: '' },
        ],
        { now },
      ),
    ).toBeUndefined();
  });
});
