// Privacy in use: while the extension annotates a page, shows a tooltip, opens a full entry and
// its own pages, and has its settings changed, no context of it requests anything beyond the
// test's own page and the extension's own files.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtensionPage, setSyncStorage } from '../extension-storage.ts';
import { BROWSERS, type ExtensionBrowser, launch, sleep, waitForTerms } from '../harness.ts';
import { startServer, type TestServer } from '../server.ts';
import { NetworkLog } from './network-log.ts';
import { type ErrorLog, watchErrors } from './page-probe.ts';
import { serveEmptyFavicon } from './pages.ts';
import { recordPage } from './summary-log.ts';
import { hoverFirstTerm } from './tooltip-probe.ts';

const ARTICLE = '/demo-article.html';

/** Whether a tab showing a full entry opened. Its address is read from inside the tab: Firefox's
 * protocol does not report navigations to moz-extension pages. */
async function waitForEntryTab(extension: ExtensionBrowser, timeout = 5_000): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < timeout; await sleep(200)) {
    for (const tab of await extension.browser.pages()) {
      const address = await tab.evaluate(() => location.href).catch(() => '');
      if (address.includes('#entry=')) return true;
    }
  }
  return false;
}

describe.each(BROWSERS)('network use in %s', (browserName) => {
  let server: TestServer;
  let extension: ExtensionBrowser;
  let network: NetworkLog;
  let page: Page;
  let log: ErrorLog;

  beforeAll(async () => {
    server = await startServer();
    serveEmptyFavicon(server);
    extension = await launch(browserName);
    network = new NetworkLog(extension);
    if (browserName === 'chromium') await network.watchAllTargets();
    page = await extension.browser.newPage();
    network.watchPage(page);
    log = watchErrors(page);
  });

  afterAll(async () => {
    await network?.stop();
    await extension?.close();
    await server?.close();
  });

  it('requests nothing but the page it was shown and its own files', async () => {
    await page.goto(`${server.origin}${ARTICLE}`);
    await waitForTerms(page, 10);
    const tooltip = await hoverFirstTerm(page);

    // The shortcut focuses a term and opens its card; Enter asks the background for the full entry.
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyN');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await page.keyboard.press('Enter');
    const openedEntry = await waitForEntryTab(extension);

    for (const path of ['/popup.html', '/options.html']) {
      await openExtensionPage(extension, path, (opened) => network.watchPage(opened));
    }
    await setSyncStorage(
      extension,
      { siteRules: { mode: 'all-except', sites: [{ host: '127.0.0.1' }] } },
      page,
    );
    await setSyncStorage(extension, { siteRules: { mode: 'all-except', sites: [] }, enabled: true }, page);
    await page.reload();
    await waitForTerms(page, 10);
    await sleep(1_500);

    const allowed = (url: string) =>
      url.startsWith(`${extension.extensionOrigin}/`) ||
      url === `${server.origin}${ARTICLE}` ||
      url === `${server.origin}/favicon.ico` ||
      /^(data|blob|about):/.test(url);
    const elsewhere = network.requests.filter((request) => !allowed(request.url));
    const serverSaw = [...new Set(server.requests)].filter(
      (path) => path !== ARTICLE && path !== '/favicon.ico',
    );
    recordPage({
      browser: browserName,
      page: 'network use while in use',
      errors: elsewhere.length + serverSaw.length + log.errors.length,
      restored: null,
      note: `${network.requests.length} requests seen`,
    });
    expect(tooltip.visiblePoints, 'tooltip shown').toBeGreaterThan(0);
    expect(openedEntry, 'full entry opened from the card').toBe(true);
    expect(network.requests.length, 'the recorder saw the page load').toBeGreaterThan(0);
    expect(elsewhere).toEqual([]);
    expect(serverSaw).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
