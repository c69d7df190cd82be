// Faults from outside the page: stored settings that are corrupt, missing or written by a newer
// version, and the extension being removed while a page is open. Pages still get annotated with
// defaults, valid settings survive, and nothing throws.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearSyncStorage, getSyncStorage, setSyncStorage } from '../extension-storage.ts';
import { annotatedTerms, BROWSERS, type ExtensionBrowser, launch, sleep } from '../harness.ts';
import { startServer, type TestServer } from '../server.ts';
import { countTerms, type ErrorLog, waitForSettledTerms, watchErrors } from './page-probe.ts';
import { buildPage, serveEmptyFavicon } from './pages.ts';
import { recordPage } from './summary-log.ts';

interface BadSettings {
  name: string;
  stored: Record<string, unknown>;
  /** What the page must show: the underline style and which terms are (not) wrapped. */
  underline: string;
  onlyOnce?: boolean;
  notWrapped?: string[];
  /** Stored values the extension must leave exactly as they were. */
  kept?: string[];
}

const BAD_SETTINGS: BadSettings[] = [
  { name: 'missing (fresh install)', stored: {}, underline: 'dotted' },
  {
    name: 'wrong types everywhere',
    stored: {
      enabled: 'yes',
      siteRules: 42,
      appearance: { underline: 'wavy', hoverDelayMs: -5 },
      reading: 'all',
    },
    underline: 'dotted',
  },
  {
    name: 'corrupt rules and appearance, valid reading kept',
    stored: {
      siteRules: { mode: 'sometimes', sites: 'everywhere' },
      appearance: null,
      reading: { firstOccurrenceOnly: true, hiddenTerms: ['PCN', 17] },
    },
    underline: 'dotted',
    onlyOnce: true,
    notWrapped: ['PCN'],
  },
  {
    name: 'versions from the future',
    stored: {
      enabled$: { v: 99 },
      siteRules$: { v: 99 },
      appearance$: { v: 99 },
      reading$: { v: 99 },
      appearance: { underline: 'highlight', theme: 'dark', hoverDelayMs: 150, sparkles: true },
      reading: { firstOccurrenceOnly: false, hiddenTerms: ['GP'], nextFeature: [1, 2] },
    },
    underline: 'highlight',
    notWrapped: ['GP'],
    kept: ['appearance', 'reading'],
  },
  {
    name: 'meta records of the wrong shape',
    stored: {
      appearance$: 'v2',
      siteRules$: { v: 'two' },
      appearance: { underline: 'none', theme: 'light' },
    },
    underline: 'none',
  },
];

const termName = (term: string) => term.split(':')[0] as string;

describe.each(BROWSERS)('settings faults and removal in %s', (browserName) => {
  let server: TestServer;
  let extension: ExtensionBrowser;
  let page: Page;
  let log: ErrorLog;

  beforeAll(async () => {
    server = await startServer();
    serveEmptyFavicon(server);
    server.route('/faults/article.html', buildPage({}));
    extension = await launch(browserName);
    page = await extension.browser.newPage();
    log = watchErrors(page);
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it.each(BAD_SETTINGS)('stored settings $name: annotated, valid values kept, no errors', async (bad) => {
    log.errors.length = 0;
    await clearSyncStorage(extension);
    await setSyncStorage(extension, bad.stored, page);
    await page.goto(`${server.origin}/faults/article.html`);
    await waitForSettledTerms(page, 2);
    const terms = (await annotatedTerms(page)).map(termName);
    const underline = await page.evaluate(() =>
      document.documentElement.getAttribute('data-nhs-glossary-underline'),
    );
    const stored = await getSyncStorage(extension);
    recordPage({
      browser: browserName,
      page: `stored settings: ${bad.name}`,
      badInputs: Object.keys(bad.stored).length,
      errors: log.errors.length,
      restored: null,
    });
    expect(terms).toEqual(expect.arrayContaining(['ICB', 'ICS']));
    expect(underline).toBe(bad.underline);
    if (bad.onlyOnce) expect(terms.length).toBe(new Set(terms).size);
    for (const hidden of bad.notWrapped ?? []) expect(terms).not.toContain(hidden);
    for (const key of bad.kept ?? []) expect(stored[key], `stored ${key}`).toEqual(bad.stored[key]);
    expect(log.errors).toEqual([]);
  });

  // Last: the extension is gone for the rest of this browser's life.
  it('survives being removed while a page is open: text intact, no errors', async () => {
    log.errors.length = 0;
    await clearSyncStorage(extension, page);
    await page.goto(`${server.origin}/faults/article.html`);
    await waitForSettledTerms(page, 4);
    const text = await page.evaluate(() => document.body.textContent);
    await extension.browser.uninstallExtension(extension.extensionId);
    await sleep(1_500);
    // The page goes on living: the reader hovers, the page adds and rewrites text.
    await page.hover('[data-nhs-term]').catch(() => {});
    await page.evaluate(() => {
      document.body.append(
        Object.assign(document.createElement('p'), { textContent: 'Later the ICS replied.' }),
      );
      window.scrollBy(0, 50);
    });
    await sleep(1_000);
    const after = await page.evaluate(() => ({
      text: document.body.textContent,
      underline: document.documentElement.getAttribute('data-nhs-glossary-underline'),
    }));
    const wrappersLeft = await countTerms(page);
    const decoration = await page.evaluate(() => {
      const wrapper = document.querySelector('[data-nhs-term]');
      return wrapper ? getComputedStyle(wrapper).textDecorationLine : 'none left';
    });
    recordPage({
      browser: browserName,
      page: 'extension removed while open',
      faults: 1,
      errors: log.errors.length,
      restored: wrappersLeft === 0,
      note: `${wrappersLeft} wrappers left (decoration ${decoration}), underline attribute ${after.underline ?? 'removed'}`,
    });
    expect(after.text).toBe(`${text}Later the ICS replied.`);
    expect(log.errors).toEqual([]);
    if (browserName === 'chromium') {
      // Chromium keeps a removed extension's content script running, so it can and should clean up.
      expect(wrappersLeft, 'wrappers taken back when the extension goes').toBe(0);
    } else {
      // Firefox unloads the content script at once, leaving nothing to clean up with; what stays
      // must be inert: our style sheet goes with the extension, so no wrapper may be styled inline.
      expect(['none', 'none left']).toContain(decoration);
    }
  });
});
