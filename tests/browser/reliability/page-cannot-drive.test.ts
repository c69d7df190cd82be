// The page is not trusted: it cannot read the tooltip (closed shadow root, even with patched DOM
// methods), and its messages, custom events and script-made input events do not drive the
// extension: wrappers stay as they are, no tab opens, no setting changes, no card opens.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_TAG } from '../../../entrypoints/content/tooltip/tooltip-host.ts';
import { GECKO_ID } from '../../../wxt.config.ts';
import { getSyncStorage } from '../extension-storage.ts';
import { BROWSERS, type ExtensionBrowser, launch, sleep, waitForTerms } from '../harness.ts';
import { startServer, type TestServer } from '../server.ts';
import { FORGERIES, SCRIPT_INPUTS } from './forgeries.ts';
import { countTerms, type ErrorLog, watchErrors } from './page-probe.ts';
import { serveEmptyFavicon } from './pages.ts';
import { recordPage } from './summary-log.ts';
import { hoverFirstTerm, lookForTooltip } from './tooltip-probe.ts';

const ARTICLE = '/demo-article.html';

/** Marks every wrapper from the page's side, so a removed-and-rewrapped term shows as new. */
const markWrappers = (page: Page) =>
  page.evaluate(() => {
    for (const element of document.querySelectorAll('[data-nhs-term]')) {
      (element as unknown as { pageMark: boolean }).pageMark = true;
    }
  });

const unmarkedOrMissing = (page: Page, expected: number) =>
  page.evaluate((count) => {
    const wrappers = [...document.querySelectorAll('[data-nhs-term]')];
    const unmarked = wrappers.filter((element) => !(element as unknown as { pageMark?: boolean }).pageMark);
    return unmarked.length + Math.max(0, count - wrappers.length);
  }, expected);

describe.each(BROWSERS)('what the page can do to the extension in %s', (browserName) => {
  let server: TestServer;
  let extension: ExtensionBrowser;
  let page: Page;
  let log: ErrorLog;

  beforeAll(async () => {
    server = await startServer();
    serveEmptyFavicon(server);
    extension = await launch(browserName);
    page = await extension.browser.newPage();
    log = watchErrors(page);
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('cannot read the tooltip, even with attachShadow patched before the extension runs', async () => {
    await page.evaluateOnNewDocument(() => {
      const original = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
        const root = original.call(this, init);
        (window as unknown as { stolenRoots: ShadowRoot[] }).stolenRoots.push(root);
        return root;
      };
      (window as unknown as { stolenRoots: ShadowRoot[] }).stolenRoots = [];
    });
    await page.goto(`${server.origin}${ARTICLE}`);
    await waitForTerms(page, 10);
    const sighting = await hoverFirstTerm(page);
    const seen = await page.evaluate((tag) => {
      const host = document.documentElement.lastElementChild as Element;
      return {
        lastChild: host.localName === tag,
        shadowRoot: host.shadowRoot === null ? null : 'readable',
        lightChildren: host.childNodes.length,
        stolen: (window as unknown as { stolenRoots: ShadowRoot[] }).stolenRoots.length,
      };
    }, HOST_TAG);
    recordPage({
      browser: browserName,
      page: 'tooltip isolation',
      badInputs: 1,
      errors: log.errors.length,
      restored: null,
    });
    expect(sighting.visiblePoints, 'the tooltip is showing').toBeGreaterThan(0);
    expect(seen).toEqual({ lastChild: true, shadowRoot: null, lightChildren: 0, stolen: 0 });
    expect(log.errors).toEqual([]);
  });

  it.each(FORGERIES)('is not driven by $name', async ({ name, forge }) => {
    log.errors.length = 0;
    await page.goto(`${server.origin}${ARTICLE}`);
    await waitForTerms(page, 10);
    await sleep(500);
    const wrappers = await countTerms(page);
    await markWrappers(page);
    const storedBefore = await getSyncStorage(extension);
    await page.bringToFront();
    const tabsBefore = (await extension.browser.pages()).length;
    // Extension ids are public (store listings, Firefox's gecko id in the manifest).
    const runtimeId = browserName === 'chromium' ? extension.extensionId : GECKO_ID;
    const forged = await page.evaluate(forge, runtimeId);
    await sleep(1_000);
    const changedWrappers = await unmarkedOrMissing(page, wrappers);
    const tabsAfter = (await extension.browser.pages()).length;
    const focusedTerm = await page.evaluate(
      () => document.activeElement?.hasAttribute('data-nhs-term') ?? false,
    );
    recordPage({
      browser: browserName,
      page: `forged: ${name}`,
      badInputs: forged,
      errors: log.errors.length,
      restored: null,
      note: changedWrappers ? `${changedWrappers} of ${wrappers} wrappers removed or replaced` : undefined,
    });
    expect(changedWrappers, 'wrappers removed or replaced').toBe(0);
    expect(tabsAfter, 'tabs opened').toBe(tabsBefore);
    expect(focusedTerm, 'focus moved to a term').toBe(false);
    expect(await getSyncStorage(extension)).toEqual(storedBefore);
    expect(log.errors).toEqual([]);
  });

  it.each(SCRIPT_INPUTS)('ignores script-made input: $name', async ({ name, dispatch }) => {
    log.errors.length = 0;
    await page.goto(`${server.origin}${ARTICLE}`);
    await waitForTerms(page, 10);
    await page.mouse.move(0, 0);
    await page.evaluate(dispatch);
    await sleep(1_000);
    const sighting = await lookForTooltip(page);
    const focusedTerm = await page.evaluate(
      () => document.activeElement?.hasAttribute('data-nhs-term') ?? false,
    );
    recordPage({
      browser: browserName,
      page: `script-made ${name}`,
      badInputs: 1,
      errors: log.errors.length,
      restored: null,
      note: sighting.visiblePoints > 0 ? 'opened the card' : undefined,
    });
    expect(sighting.visiblePoints, 'card opened by a script').toBe(0);
    expect(focusedTerm, 'focus moved by a script').toBe(false);
    expect(log.errors).toEqual([]);
  });
});
