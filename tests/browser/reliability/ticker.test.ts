// A text node rewritten 60 times a second for five seconds: the extension keeps up without
// looping, its work stops with the page's, and the page always shows its own text. The minute-long
// version is tests/soak/ticker.test.ts (npm run soak).

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser, launch, waitForTerms } from '../harness.ts';
import { startServer, type TestServer } from '../server.ts';
import { type ErrorLog, watchErrors } from './page-probe.ts';
import { serveEmptyFavicon } from './pages.ts';
import { recordPage } from './summary-log.ts';
import { describeTicker, expectWellBehavedTicker, runTicker, TICKER_PAGE } from './ticker-run.ts';

const TICKER_MS = 5_000;

describe.each(BROWSERS)('a 60-per-second ticker in %s', (browserName) => {
  let server: TestServer;
  let extension: ExtensionBrowser;
  let page: Page;
  let log: ErrorLog;

  beforeAll(async () => {
    server = await startServer();
    serveEmptyFavicon(server);
    server.route('/hostile/ticker.html', TICKER_PAGE);
    extension = await launch(browserName);
    page = await extension.browser.newPage();
    log = watchErrors(page);
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('keeps up for five seconds without looping, and the page shows what it wrote', async () => {
    await page.goto(`${server.origin}/hostile/ticker.html`);
    await waitForTerms(page, 4);
    const report = await runTicker(page, browserName, TICKER_MS);
    recordPage({
      browser: browserName,
      page: 'ticker 60/s for 5 s',
      faults: report.writes,
      errors: log.errors.length,
      restored: null,
      note: describeTicker(report),
    });
    expectWellBehavedTicker(report);
    expect(log.errors).toEqual([]);
  }, 30_000);
});
