// Pages whose CSS is hostile to injected markup, and a page with the strictest CSP: the terms are
// still wrapped and explained, the text lays out exactly as without the extension, and switching
// off gives the page back its DOM unchanged.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setEnabled } from '../extension-storage.ts';
import { BROWSERS, type ExtensionBrowser, launch } from '../harness.ts';
import { startServer, type TestServer } from '../server.ts';
import {
  compareWithParse,
  countTerms,
  type ErrorLog,
  type Layout,
  layoutOf,
  recordDomAtParse,
  restoredExactly,
  waitForNoTerms,
  waitForSettledTerms,
  watchErrors,
} from './page-probe.ts';
import { buildPage, NHS_PROSE, type PageParts, serveEmptyFavicon } from './pages.ts';
import { recordPage } from './summary-log.ts';
import { hoverFirstTerm } from './tooltip-probe.ts';

const style = (css: string) => `<style>${css}</style>`;

/** Each page measures the element `#probe`. */
const HOSTILE_PAGES: Record<string, PageParts> = {
  'root-font-62-5': { head: style('html { font-size: 62.5% } body { font-size: 1.6rem; max-width: 40rem }') },
  'tooltip-hiders': {
    head: style('[role=tooltip], .tooltip, [class*=tooltip], [id*=tooltip] { display: none !important }'),
  },
  'inline-elements-unset': { head: style('span, abbr, mark, dfn { all: unset }') },
  'everything-unset': { head: style('* { all: unset }') },
  'everything-unset-important': {
    head: style('* { all: unset !important } p { display: block !important }'),
  },
  'overflow-hidden': {
    head: style('#probe { overflow: hidden; height: 3.2em; width: 24em; line-height: 1.6 }'),
  },
  'fixed-header-top-z': {
    head: style(
      'header { position: fixed; inset: 0 0 auto 0; height: 6rem; z-index: 2147483647; background: #fff }' +
        ' body { margin: 0; padding-top: 5rem }',
    ),
    body: `<header>Local health news</header><p id="probe">${NHS_PROSE}</p>`,
  },
  'white-space-pre': {
    head: style('#probe { white-space: pre }'),
    body: `<p id="probe">${NHS_PROSE.replace(/\. /g, '.\n   ')}</p>`,
  },
  rtl: { htmlAttributes: 'dir="rtl"', head: style('body { direction: rtl; max-width: 30rem }') },
};

const CSP_PAGE: PageParts = {
  body: `<p id="probe">${NHS_PROSE}</p><p>The integrated care board meets in public each month.</p>`,
};

function expectSameLayout(withExtension: Layout, without: Layout): void {
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    expect(Math.abs(withExtension.box[key] - without.box[key]), `paragraph ${key}`).toBeLessThan(0.5);
  }
  expect(withExtension.lines.length, 'line count').toBe(without.lines.length);
  withExtension.lines.forEach((line, index) => {
    const before = without.lines[index] as Layout['lines'][number];
    expect(Math.abs(line.top - before.top), `line ${index} top`).toBeLessThan(1);
    expect(Math.abs(line.left - before.left), `line ${index} start`).toBeLessThan(1);
    expect(Math.abs(line.right - before.right), `line ${index} end`).toBeLessThan(1);
  });
}

describe.each(BROWSERS)('hostile pages in %s', (browserName) => {
  let server: TestServer;
  let extension: ExtensionBrowser;
  let page: Page;
  let log: ErrorLog;

  beforeAll(async () => {
    server = await startServer();
    serveEmptyFavicon(server);
    for (const [name, parts] of Object.entries(HOSTILE_PAGES))
      server.route(`/hostile/${name}.html`, buildPage(parts));
    server.route('/hostile/strict-csp.html', {
      body: buildPage(CSP_PAGE),
      headers: { 'content-security-policy': "default-src 'none'" },
    });
    extension = await launch(browserName);
    page = await extension.browser.newPage();
    log = watchErrors(page);
    await recordDomAtParse(page);
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it.each(Object.keys(HOSTILE_PAGES))(
    '%s: wraps, explains, keeps the layout and restores the DOM',
    async (name) => {
      log.errors.length = 0;
      await setEnabled(extension, false, page);
      await page.goto(`${server.origin}/hostile/${name}.html`);
      expect(await countTerms(page)).toBe(0);
      const without = await layoutOf(page, '#probe');

      await setEnabled(extension, true, page);
      await waitForSettledTerms(page, 4);
      expectSameLayout(await layoutOf(page, '#probe'), without);
      const tooltip = await hoverFirstTerm(page, '#probe');

      await setEnabled(extension, false, page);
      await waitForNoTerms(page);
      const restore = await compareWithParse(page);
      recordPage({
        browser: browserName,
        page: `hostile CSS: ${name}`,
        errors: log.errors.length,
        restored: restoredExactly(restore),
      });
      expect(tooltip.visiblePoints, 'tooltip drawn on top of the page').toBeGreaterThan(0);
      expect(restore).toEqual({ snapshotClean: true, innerHtmlSame: true, fingerprintSame: true });
      expect(log.errors).toEqual([]);
    },
  );

  it("annotates under `default-src 'none'` and causes no CSP violation", async () => {
    log.errors.length = 0;
    await page.evaluateOnNewDocument(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        // Firefox reports its own favicon request under img-src; that is the browser's, not ours.
        if (event.blockedURI.endsWith('/favicon.ico')) return;
        seen.push(`${event.effectiveDirective} blocked ${event.blockedURI} from ${event.sourceFile}`);
      });
    });
    await setEnabled(extension, true, page);
    await page.goto(`${server.origin}/hostile/strict-csp.html`);
    const wrapped = await waitForSettledTerms(page, 4);
    const tooltip = await hoverFirstTerm(page, '#probe');
    await setEnabled(extension, false, page);
    await waitForNoTerms(page);
    const violations = await page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
    const restore = await compareWithParse(page);
    recordPage({
      browser: browserName,
      page: "strict CSP default-src 'none'",
      errors: log.errors.length + violations.length,
      restored: restoredExactly(restore),
    });
    expect(wrapped).toBeGreaterThanOrEqual(4);
    expect(violations).toEqual([]);
    expect(tooltip.visiblePoints, 'tooltip drawn under the CSP').toBeGreaterThan(0);
    expect(restoredExactly(restore)).toBe(true);
    expect(log.errors).toEqual([]);
  });
});
