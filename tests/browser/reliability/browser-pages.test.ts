// Pages no content script may run on (browser pages, add-on managers, blank tabs): the popup,
// aimed at such a tab, says the glossary cannot read it, and nothing throws.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyReason } from '../../../components/popup/page-summary.ts';
import { extensionPage, openExtensionPage } from '../extension-storage.ts';
import { BROWSERS, type BrowserName, type ExtensionBrowser, launch, sleep } from '../harness.ts';
import { type ErrorLog, watchErrors } from './page-probe.ts';
import { recordPage } from './summary-log.ts';

// Firefox does run content scripts in a top-level about:blank (match_about_blank), so there the
// page answers for itself; Chromium does not.
const CLOSED_PAGES: Record<BrowserName, string[]> = {
  chromium: ['chrome://newtab/', 'chrome://version/', 'about:blank'],
  firefox: ['about:addons', 'about:preferences'],
};

const UNREADABLE = emptyReason({ kind: 'unreadable', host: undefined }) as string;

type TabsApi = { tabs: { query(filter: object): Promise<{ id?: number }[]> } };

/** The browser's id for the tab `page` shows, asked of the extension while that tab is in front. */
async function tabIdOf(extension: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const helper = await extensionPage(extension);
  const id = await helper.evaluate(async () => {
    const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
    const [tab] =
      (await (scope.browser ?? scope.chrome)?.tabs.query({ active: true, lastFocusedWindow: true })) ?? [];
    return tab?.id;
  });
  if (id === undefined) throw new Error(`No tab id for ${page.url()}`);
  return id;
}

describe.each(BROWSERS)('browser pages in %s', (browserName) => {
  let extension: ExtensionBrowser;

  beforeAll(async () => {
    extension = await launch(browserName);
    await extensionPage(extension);
  });

  afterAll(async () => {
    await extension?.close();
  });

  it.each(CLOSED_PAGES[browserName])(
    'the popup aimed at %s says it cannot read the page',
    async (address) => {
      const closed = await extension.browser.newPage();
      // Firefox's protocol never reports these loads as finished; the tab shows them all the same.
      await closed.goto(address, { timeout: 2_000 }).catch(() => {});
      await sleep(300);
      const tabId = await tabIdOf(extension, closed);
      let log: ErrorLog = { errors: [] };
      const popup = await openExtensionPage(extension, `/popup.html?tab=${tabId}`, (page) => {
        log = watchErrors(page);
      });
      const said = await popup
        .waitForSelector('.empty-state', { timeout: 5_000 })
        .then((element) => element?.evaluate((node) => node.textContent))
        .catch(() => undefined);
      recordPage({
        browser: browserName,
        page: `popup on ${address}`,
        errors: log.errors.length,
        restored: null,
      });
      expect(said).toBe(UNREADABLE);
      expect(log.errors).toEqual([]);
      await Promise.all([popup.close(), closed.close()]);
    },
  );
});
