// The ticker for a whole minute (npm run soak): the same expectations as the five-second test in
// tests/browser/reliability, long enough for slow leaks and creeping main-thread time to show.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser, launch, waitForTerms } from '../browser/harness.ts';
import { type ErrorLog, watchErrors } from '../browser/reliability/page-probe.ts';
import { serveEmptyFavicon } from '../browser/reliability/pages.ts';
import {
  describeTicker,
  expectWellBehavedTicker,
  runTicker,
  TICKER_PAGE,
} from '../browser/reliability/ticker-run.ts';
import { startServer, type TestServer } from '../browser/server.ts';

const TICKER_MS = 60_000;

describe.each(BROWSERS)('a 60-per-second ticker for a minute in %s', (browserName) => {
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

  it('keeps up for a minute without looping or growing', async () => {
    await page.goto(`${server.origin}/hostile/ticker.html`);
    await waitForTerms(page, 4);
    const report = await runTicker(page, browserName, TICKER_MS);
    console.log(`${browserName}: ${describeTicker(report)}`);
    expectWellBehavedTicker(report);
    expect(log.errors).toEqual([]);
  }, 120_000);
});
