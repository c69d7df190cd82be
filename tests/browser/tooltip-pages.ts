// Test pages for the tooltip: the same short NHS article dated in different ways, and pages that
// make the tooltip's life hard (strict CSP, hostile CSS, corners, scrolled boxes, right-to-left).

import type { Page } from 'puppeteer-core';
import { waitForTerms } from './harness.ts';
import type { TestServer } from './server.ts';

const ARTICLE = `
<main><article>
<h1>Who plans local health services</h1>
<p>In each area the CCG decides which hospital and community services the NHS should pay for, with local GP practices helping to lead it.</p>
<p>Across England there are now 14 ICSs, where the local NHS and councils plan care together for everyone who lives there.</p>
<p>Patients can read the <a id="guide" href="/guide.html">guide to the ICS changes</a> before they see their GP.</p>
</article></main>`;

function page(head: string, body: string, attributes = 'lang="en-GB"'): string {
  return `<!doctype html><html ${attributes}><head><meta charset="utf-8"><title>Local NHS news</title>${head}</head><body>${body}</body></html>`;
}

const PLAIN_STYLE =
  '<style>body { font: 18px/1.6 Georgia, serif; max-width: 40rem; margin: 1rem auto; }</style>';
const publishedMeta = (date: string) => `<meta property="article:published_time" content="${date}">`;
const modifiedMeta = (date: string) => `<meta property="article:modified_time" content="${date}">`;
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

const HOSTILE_STYLE = `<style>
  html { font-size: 62.5%; }
  * { all: unset; }
  head, style, script, title, meta { display: none; }
  span { display: none; }
  [role=tooltip], .tooltip, [class*=tooltip], [popover] { display: none !important; }
  body { display: block; font: 1.8rem/1.5 serif; margin: 8px; }
  p { display: block; margin: 0 0 1em; }
  #cover { position: fixed; left: 0; right: 0; top: 45vh; bottom: 0; z-index: 2147483647; background: rgb(200 0 0 / 0.25); }
</style>`;

// Each corner holds a different term, so each tooltip can be told apart by its expansion.
export const CORNERS = [
  { term: 'CCG', where: 'top: 0; left: 0' },
  { term: 'ICB', where: 'top: 0; right: 0' },
  { term: 'PCN', where: 'bottom: 0; left: 0' },
  { term: 'ICS', where: 'bottom: 0; right: 0' },
] as const;

const cornerBoxes = CORNERS.map(
  ({ term, where }) =>
    `<p style="position: fixed; ${where}; margin: 0; padding: 2px; background: #eee">The ${term}</p>`,
).join('\n');

const scrolledBox = `
<div id="box" style="height: 220px; overflow: auto; border: 1px solid #999; margin-top: 20px">
  <div style="height: 160px"></div>
  <p>Inside this box, the local CCG buys hospital care for the NHS in the area.</p>
  <div style="height: 900px"></div>
</div>
<div style="height: 1500px"></div>`;

/** Serves every tooltip test page; returns nothing, the paths are fixed. */
export function serveTooltipPages(server: TestServer): void {
  server.route('/meta-2018.html', page(publishedMeta('2018-05-24T09:00:00+01:00') + PLAIN_STYLE, ARTICLE));
  server.route(
    '/jsonld-2018.html',
    page(
      jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2018-03-12' }) +
        PLAIN_STYLE,
      ARTICLE,
    ),
  );
  server.route('/undated.html', page(PLAIN_STYLE, ARTICLE));
  server.route(
    '/updated-2025.html',
    page(publishedMeta('2018-05-24') + modifiedMeta('2025-03-04') + PLAIN_STYLE, ARTICLE),
  );
  server.route('/guide.html', page(PLAIN_STYLE, '<h1>The guide</h1>'));
  server.route('/strict-csp.html', {
    body: page(publishedMeta('2018-05-24') + PLAIN_STYLE, ARTICLE),
    headers: { 'content-security-policy': "default-src 'none'" },
  });
  server.route('/hostile.html', page(HOSTILE_STYLE, `${ARTICLE}<div id="cover"></div>`));
  server.route('/corners.html', page(PLAIN_STYLE, `${ARTICLE}${cornerBoxes}`));
  server.route('/scrolled.html', page(PLAIN_STYLE, `${ARTICLE}${scrolledBox}`));
  server.route('/rtl.html', page(PLAIN_STYLE, ARTICLE, 'lang="en-GB" dir="rtl"'));
}

/** Loads a page with the mouse out of the way and waits for its terms. */
export async function open(page: Page, url: string, terms = 3): Promise<void> {
  await page.mouse.move(1, 1);
  await page.goto(url);
  await waitForTerms(page, terms);
}

/** Where an element is in the viewport. */
export const rectOf = (page: Page, selector: string) =>
  page.$eval(selector, (element) => {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return { left, top, right, bottom };
  });
