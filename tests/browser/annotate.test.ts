// The built extension, loaded into real Chromium and Firefox, annotates a served page.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  annotatedTerms,
  BROWSERS,
  type ExtensionBrowser,
  launch,
  setViewport,
  waitForTerms,
  waitUntil,
} from './harness.ts';
import { startServer, type TestServer } from './server.ts';

describe.each(BROWSERS)('annotation in %s', (browserName) => {
  let server: TestServer;
  let extension: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    extension = await launch(browserName);
    page = await extension.browser.newPage();
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('wraps NHS acronyms in the demo article with data-nhs-term', async () => {
    await page.goto(`${server.origin}/demo-article.html`);
    await waitForTerms(page, 10);
    const terms = await annotatedTerms(page);
    expect(terms).toEqual(expect.arrayContaining(['ICS', 'CCG', 'GP', 'A&E', 'PCN', 'ACO', 'BMA']));
    expect(terms).toContain('ICP:provider');
  });

  it('wraps only the acronym in plurals and possessives', async () => {
    const wrapped = await page.evaluate(() =>
      [...document.querySelectorAll('[data-nhs-term="CCG"]')].map((element) => ({
        text: element.textContent,
        after: element.nextSibling?.textContent?.slice(0, 2),
      })),
    );
    expect(wrapped).toContainEqual({ text: 'CCG', after: "s'" });
  });

  it('leaves a page with no NHS context exactly as it was, <html> included', async () => {
    const html = (body: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Spanning tree basics</title></head><body>${body}</body></html>`;
    server.route(
      '/networking.html',
      html(
        '<h1>Spanning tree basics</h1><p>STP stops loops between switches. Each STP bridge sends BPDUs, and RSTP converges faster than STP.</p>',
      ),
    );
    await page.goto(`${server.origin}/networking.html`);
    // The content script records its first look at every page it reads, NHS or not.
    await waitUntil(page, (name) => performance.getEntriesByName(name).length > 0, 'nhs-glossary:annotate');
    const after = await page.evaluate(() => ({
      htmlAttributes: document.documentElement.getAttributeNames(),
      wrappers: document.querySelectorAll('[data-nhs-term]').length,
    }));
    expect(after).toEqual({ htmlAttributes: ['lang'], wrappers: 0 });
  });
});

describe.each(BROWSERS)('annotation following the reader in %s', (browserName) => {
  let server: TestServer;
  let extension: ExtensionBrowser;
  let page: Page;

  const paragraphs = (count: number, text: (index: number) => string) =>
    Array.from({ length: count }, (_, index) => `<p>${text(index)}</p>`).join('\n');

  beforeAll(async () => {
    server = await startServer();
    server.route(
      '/long.html',
      `<!doctype html><title>NHS board papers</title><h1>Integrated care board papers</h1>
      ${paragraphs(400, (index) => `Item ${index}: the ICB board noted the NHS trust's report on GP access and hospital care.`)}`,
    );
    server.route(
      '/live.html',
      `<!doctype html><title>NHS live updates</title><h1>Live: NHS integrated care news</h1>
      <p>Updates from the ICB and local NHS trusts will appear below.</p><div id="feed"></div>
      <script>
        let n = 0;
        setInterval(() => {
          if (n++ < 3) document.getElementById('feed').insertAdjacentHTML('beforeend', '<p>Update ' + n + ': the CCG legacy funds move to the ICS.</p>');
        }, 200);
      </script>`,
    );
    server.route(
      '/app.html',
      `<!doctype html><title>NHS app</title><h1>NHS services directory</h1><main id="view"><p>Find your GP and hospital.</p></main>
      <a id="next" href="/app/icb">Next</a>
      <script>
        document.getElementById('next').addEventListener('click', (event) => {
          event.preventDefault();
          history.pushState({}, '', '/app/icb');
          document.getElementById('view').innerHTML = '<h2>Your integrated care board</h2><p>The ICB plans NHS services with the PCN in your area.</p>';
        });
      </script>`,
    );
    extension = await launch(browserName);
    page = await extension.browser.newPage();
    await setViewport(page, { width: 1000, height: 700 });
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('annotates what is on screen first and the rest as the reader scrolls', async () => {
    await page.goto(`${server.origin}/long.html`);
    await waitForTerms(page, 5);
    const atLoad = await page.evaluate(() => document.querySelectorAll('[data-nhs-term="ICB"]').length);
    expect(atLoad).toBeLessThan(400);
    const lastIsWrapped = () =>
      page.evaluate(() => document.querySelector('p:last-of-type [data-nhs-term="ICB"]') !== null);
    expect(await lastIsWrapped()).toBe(false);
    for (let step = 0; step < 60 && !(await lastIsWrapped()); step++) {
      await page.evaluate(() => window.scrollBy(0, 600));
      await new Promise((done) => setTimeout(done, 50));
    }
    await page.waitForFunction(() => document.querySelectorAll('[data-nhs-term="ICB"]').length === 400);
  });

  it('annotates content the page adds after load', async () => {
    await page.goto(`${server.origin}/live.html`);
    await page.waitForFunction(() => document.querySelectorAll('#feed [data-nhs-term]').length === 6);
    expect(await annotatedTerms(page)).toEqual(['ICB', 'CCG', 'ICS', 'CCG', 'ICS', 'CCG', 'ICS']);
  });

  it('annotates the new view of a single-page app after pushState navigation', async () => {
    await page.goto(`${server.origin}/app.html`);
    await waitForTerms(page, 1);
    await page.click('#next');
    await page.waitForFunction(() => location.pathname === '/app/icb');
    await page.waitForFunction(() => document.querySelectorAll('#view [data-nhs-term]').length === 2);
    expect(await annotatedTerms(page)).toEqual(['ICB', 'PCN']);
  });
});
