// The built extension, loaded into real Chromium and Firefox, annotates a served page.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotatedTerms, BROWSERS, type ExtensionBrowser, launch, waitForTerms } from './harness.ts';
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
});
