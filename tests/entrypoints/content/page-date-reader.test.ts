// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPageDates } from '../../../entrypoints/content/page-date-reader';

const plainUrl = 'https://example.org/news/nhs-reorganisation';

function page(head: string, body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

function jsonLd(data: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
}

describe('readPageDates', () => {
  it('reads article meta tags', () => {
    const doc = page(
      '<meta property="article:published_time" content="2018-05-24T10:00:00+01:00">',
      '<p>Text</p>',
    );
    expect(readPageDates(doc, plainUrl)).toEqual({
      published: '2018-05-24',
      publishedSource: 'article-meta',
    });
  });

  it('reads meta names in any case, and other meta below article meta', () => {
    const doc = page(
      '<meta name="DC.Date.Issued" content="2017-01-09"><meta name="Article:Published_Time" content="2018-05-24">',
      '',
    );
    expect(readPageDates(doc, plainUrl)).toEqual({
      published: '2018-05-24',
      publishedSource: 'article-meta',
    });
    const citationOnly = page('<meta name="citation_publication_date" content="2016/03/01">', '');
    expect(readPageDates(citationOnly, plainUrl)).toEqual({
      published: '2016-03-01',
      publishedSource: 'other-meta',
    });
  });

  it('reads JSON-LD in a single object', () => {
    const doc = page(jsonLd({ '@type': 'NewsArticle', datePublished: '2019-03-12T08:00:00Z' }), '');
    expect(readPageDates(doc, plainUrl)).toEqual({ published: '2019-03-12', publishedSource: 'json-ld' });
  });

  it('reads JSON-LD in a @graph and in a top-level array, past a broken script', () => {
    const graph = page(
      `<script type="application/ld+json">{ broken</script>${jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Example' },
          { '@type': 'Article', datePublished: '2019-03-12', dateModified: '2022-10-01' },
        ],
      })}`,
      '',
    );
    expect(readPageDates(graph, plainUrl)).toEqual({
      published: '2019-03-12',
      publishedSource: 'json-ld',
      updated: '2022-10-01',
      updatedSource: 'json-ld',
    });
    const array = page(
      jsonLd([{ '@type': 'Organization' }, { '@type': 'BlogPosting', datePublished: '2020-02-02' }]),
      '',
    );
    expect(readPageDates(array, plainUrl)).toEqual({ published: '2020-02-02', publishedSource: 'json-ld' });
  });

  it('reads a time element in the byline', () => {
    const doc = page(
      '',
      '<article><h1>Title</h1><div class="article-byline">By Sam <time datetime="2019-03-12T09:00:00Z">12 March</time></div><p>Text</p></article>',
    );
    expect(readPageDates(doc, plainUrl)).toEqual({
      published: '2019-03-12',
      publishedSource: 'time-element',
    });
  });

  it('reads a visible "Published" line near the top of the main content', () => {
    const doc = page(
      '',
      '<nav>Home News</nav><main><h1>ICBs explained</h1><p class="meta"><span>Published</span><span>24 May 2018</span></p><p>Body text.</p></main>',
    );
    expect(readPageDates(doc, plainUrl)).toEqual({
      published: '2018-05-24',
      publishedSource: 'visible-line',
    });
  });

  it('reads a "Page last reviewed" line as an update', () => {
    const doc = page(
      '',
      '<div role="main"><h1>Your GP</h1><p>Text.</p><p>Page last reviewed: 13 March 2023</p></div>',
    );
    expect(readPageDates(doc, plainUrl)).toEqual({ updated: '2023-03-13', updatedSource: 'visible-line' });
  });

  it('does not read a date line far below the top of the content', () => {
    const doc = page(
      '',
      `<main><h1>Title</h1><p>${'Words about ICSs. '.repeat(200)}</p><p>Posted 3 April 2020</p></main>`,
    );
    expect(readPageDates(doc, plainUrl)).toBeUndefined();
  });

  it('does not read a date line from a script', () => {
    const doc = page('', '<main><script>var label = "Published 24 May 2018";</script><p>Text</p></main>');
    expect(readPageDates(doc, plainUrl)).toBeUndefined();
  });

  it('reads the URL path when nothing else dates the page', () => {
    const doc = page('', '<p>Text</p>');
    expect(readPageDates(doc, 'https://example.org/2018/05/24/nhs-reorganisation')).toEqual({
      published: '2018-05-24',
      publishedSource: 'url',
    });
  });

  it('gives undefined for a page with no date anywhere', () => {
    const doc = page('<meta name="description" content="2018">', '<main><h1>Title</h1><p>Text</p></main>');
    expect(readPageDates(doc, plainUrl)).toBeUndefined();
    expect(readPageDates(doc, 'not a url')).toBeUndefined();
  });

  it('keeps a 2018 publication apart from a 2025 modification', () => {
    const doc = page(
      '<meta property="article:published_time" content="2018-05-24T10:00:00Z"><meta property="article:modified_time" content="2025-02-11T16:20:00Z">',
      '<main><p>Published 24 May 2018</p></main>',
    );
    expect(readPageDates(doc, 'https://example.org/2018/05/24/story')).toEqual({
      published: '2018-05-24',
      publishedSource: 'article-meta',
      updated: '2025-02-11',
      updatedSource: 'article-meta',
    });
  });

  it('prefers meta over JSON-LD over a time element over the URL', () => {
    const head = '<meta property="article:published_time" content="2018-01-01">';
    const ld = jsonLd({ '@type': 'Article', datePublished: '2018-02-02' });
    const body = '<header><time datetime="2018-03-03">3 March</time></header>';
    const url = 'https://example.org/2018/04/04/story';
    expect(readPageDates(page(head + ld, body), url)?.published).toBe('2018-01-01');
    expect(readPageDates(page(ld, body), url)?.published).toBe('2018-02-02');
    expect(readPageDates(page('', body), url)?.published).toBe('2018-03-03');
    expect(readPageDates(page('', ''), url)?.published).toBe('2018-04-04');
  });

  it('ignores the time elements of a comment thread and falls back to the URL', () => {
    const comments = ['2018-05-24', '2018-05-25', '2018-06-02', '2019-01-14', '2020-08-30']
      .map((date) => `<li><header>Reader <time datetime="${date}">${date}</time></header><p>Comment</p></li>`)
      .join('');
    const doc = page('', `<main><h1>Title</h1><p>Text</p><ol class="comments">${comments}</ol></main>`);
    expect(readPageDates(doc, 'https://example.org/2018/05/story')).toEqual({
      published: '2018-05',
      publishedSource: 'url',
    });
  });

  it('reads time elements marked up as the page dates, outside any header', () => {
    const doc = page(
      '',
      '<main><p><time itemprop="datePublished" datetime="2019-03-12">12 March</time> <span itemprop="dateModified"><time datetime="2021-06-30">30 June</time></span></p></main>',
    );
    expect(readPageDates(doc, plainUrl)).toEqual({
      published: '2019-03-12',
      publishedSource: 'time-element',
      updated: '2021-06-30',
      updatedSource: 'time-element',
    });
  });

  it('ignores time elements outside headers and bylines, such as a related-stories list', () => {
    const doc = page('', '<main><p>Text</p><aside><time datetime="2024-01-09">9 Jan</time></aside></main>');
    expect(readPageDates(doc, 'https://example.org/2018/05/story')).toEqual({
      published: '2018-05',
      publishedSource: 'url',
    });
  });

  it('reads a visible line from the body when there is no main content element, skipping the nav', () => {
    const doc = page(
      '',
      '<nav>Posted 1 January 2001</nav><div><h1>Title</h1><p>Updated on May 24, 2018</p></div>',
    );
    expect(readPageDates(doc, plainUrl)).toEqual({ updated: '2018-05-24', updatedSource: 'visible-line' });
  });
});
