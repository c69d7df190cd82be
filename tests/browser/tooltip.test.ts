// The hover tooltip in the built extension, in real Chromium and Firefox: what it says, how it
// opens and closes, where it sits, and that hostile pages can neither hide nor unstyle it.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  type BrowserName,
  type ExtensionBrowser,
  launch,
  setViewport,
  sleep,
  waitForTerms,
} from './harness.ts';
import { startServer, type TestServer } from './server.ts';
import { CORNERS, open, rectOf, serveTooltipPages } from './tooltip-pages.ts';
import {
  evaluateInTooltip,
  isClosed,
  isOpen,
  readTooltip,
  showing,
  waitForTooltip,
} from './tooltip-shadow.ts';

// Longer than the default hover delay (300 ms) and hide grace (200 ms) together.
const SETTLE_MS = 700;

describe.each(BROWSERS)('tooltip in %s', (browserName) => {
  let server: TestServer;
  let extension: ExtensionBrowser;
  let page: Page;
  const at = (path: string) => `${server.origin}${path}`;
  const tooltipShowing = (text: string) => waitForTooltip(page, browserName, showing(text));

  beforeAll(async () => {
    server = await startServer();
    serveTooltipPages(server);
    extension = await launch(browserName);
    page = await extension.browser.newPage();
    await setViewport(page, { width: 800, height: 600 });
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('shows the definition of the hovered term', async () => {
    await open(page, at('/undated.html'));
    await page.hover('[data-nhs-term="CCG"]');
    const view = await tooltipShowing('Clinical Commissioning Group');
    expect(view?.text).toMatch(/Abolished 1 July 2022/);
    expect(view?.text).toContain('More about CCG');
    expect(
      await page.$$eval('nhs-glossary-tooltip', (hosts) =>
        hosts.map((host) => host.parentElement?.localName),
      ),
    ).toEqual(['html']);
  });

  it('stays open while the pointer moves into the tooltip, and closes when it leaves both', async () => {
    await open(page, at('/undated.html'));
    await page.hover('[data-nhs-term="CCG"]');
    const view = await tooltipShowing('Clinical Commissioning Group');
    const { left, right, top, bottom } = view?.rect ?? { left: 0, right: 0, top: 0, bottom: 0 };
    await page.mouse.move((left + right) / 2, (top + bottom) / 2, { steps: 8 });
    await sleep(SETTLE_MS);
    expect(await readTooltip(page, browserName)).toMatchObject({ open: true });
    await page.mouse.move(790, 590, { steps: 4 });
    await waitForTooltip(page, browserName, isClosed);
  });

  it('closes on Escape', async () => {
    await open(page, at('/undated.html'));
    await page.hover('[data-nhs-term="CCG"]');
    await tooltipShowing('Clinical Commissioning Group');
    await page.keyboard.press('Escape');
    await waitForTooltip(page, browserName, isClosed);
  });

  it('moves through the terms with Alt+Shift+N, focusing each and opening its tooltip', async () => {
    await open(page, at('/undated.html'));
    const shortcut = async () => {
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('KeyN');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
    };
    const focused = () =>
      page.evaluate(() => ({
        term: document.activeElement?.getAttribute('data-nhs-term'),
        withTabindex: [...document.querySelectorAll('[tabindex]')].map((element) =>
          element.getAttribute('data-nhs-term'),
        ),
      }));
    await shortcut();
    expect(await focused()).toEqual({ term: 'CCG', withTabindex: ['CCG'] });
    await tooltipShowing('Clinical Commissioning Group');
    await shortcut();
    expect((await focused()).term).not.toBe('CCG');
    expect((await focused()).withTabindex).toHaveLength(1);
    await waitForTooltip(
      page,
      browserName,
      (view) => isOpen(view) && !view?.text.includes('Clinical Commissioning'),
    );
    await page.keyboard.press('Escape');
    await waitForTooltip(page, browserName, isClosed);
  });

  it('opens the full entry in a tab from the More button', async () => {
    await open(page, at('/undated.html'));
    await page.hover('[data-nhs-term="CCG"]');
    await tooltipShowing('More about CCG');
    const button = await readButtonCentre(page, browserName);
    await page.mouse.move(button.x, button.y, { steps: 6 });
    await page.mouse.click(button.x, button.y);
    // Polled: Firefox's protocol does not report the tab's address changing to the entry page.
    const entryPage = await waitForPage(extension, (url) => url.includes('popup.html#entry=CCG'));
    await entryPage.close();
    await page.bringToFront();
  });

  it('opens on the first tap on a term in a link, follows the link on the second, closes on a tap elsewhere', async () => {
    const touchPage = await extension.browser.newPage();
    try {
      await setViewport(touchPage, { width: 800, height: 600, hasTouch: true });
      await touchPage.goto(at('/undated.html'));
      await waitForTerms(touchPage, 3);
      const tapOn = async (selector: string) => {
        const box = await rectOf(touchPage, selector);
        await touchPage.touchscreen.tap((box.left + box.right) / 2, (box.top + box.bottom) / 2);
      };
      await tapOn('#guide [data-nhs-term="ICS"]');
      await waitForTooltip(touchPage, browserName, showing('Integrated Care System'));
      await sleep(SETTLE_MS);
      expect(touchPage.url()).toBe(at('/undated.html'));
      await tapOn('h1');
      await waitForTooltip(touchPage, browserName, isClosed);
      await tapOn('#guide [data-nhs-term="ICS"]');
      await waitForTooltip(touchPage, browserName, isOpen);
      await Promise.all([touchPage.waitForNavigation(), tapOn('#guide [data-nhs-term="ICS"]')]);
      expect(touchPage.url()).toBe(at('/guide.html'));
    } finally {
      await touchPage.close();
      await page.bringToFront();
    }
  });

  it.each([
    ['a meta tag', '/meta-2018.html', 'Written May 2018.'],
    ['JSON-LD only', '/jsonld-2018.html', 'Written March 2018.'],
    ['published and updated dates', '/updated-2025.html', 'Written May 2018, updated March 2025.'],
  ])('dates a page from %s against the 2022 abolition of CCGs', async (_how, path, written) => {
    await open(page, at(path));
    await page.hover('[data-nhs-term="CCG"]');
    const view = await tooltipShowing('Clinical Commissioning Group');
    expect(view?.text).toContain(written);
    expect(view?.text).toMatch(/1 July 2022: abolished/);
  });

  it('has no written or since line on a page with no date', async () => {
    await open(page, at('/undated.html'));
    await page.hover('[data-nhs-term="CCG"]');
    const view = await tooltipShowing('Clinical Commissioning Group');
    expect(view?.text).not.toMatch(/Written|Since then/);
  });

  it('sets the glossary’s figures beside the count the page states', async () => {
    await open(page, at('/meta-2018.html'));
    await page.hover('[data-nhs-term="ICS"]');
    const view = await tooltipShowing('Integrated Care System');
    expect(view?.text).toMatch(/Page says 14\. Glossary: .*\d+ ICSs from/);
  });

  it('shows a styled tooltip on a page whose CSP forbids all styles', async () => {
    await open(page, at('/strict-csp.html'));
    await page.hover('[data-nhs-term="CCG"]');
    const view = await tooltipShowing('Clinical Commissioning Group');
    // Unstyled, the card would be transparent in the page's font: white, 14 px and our ink mean the
    // constructed sheet applied (whether the page's realm can see it adopted differs by Firefox version).
    expect(view).toMatchObject({
      background: 'rgb(255, 255, 255)',
      color: 'rgb(33, 43, 50)',
      fontSize: '14px',
    });
    expect(view?.rect.width).toBeGreaterThan(200);
  });

  it('shows a styled tooltip on top of everything on a page with hostile CSS', async () => {
    await open(page, at('/hostile.html'));
    await page.hover('[data-nhs-term="CCG"]');
    const view = await tooltipShowing('Clinical Commissioning Group');
    // The page shrinks rem to 10px; the tooltip follows the reader's font size instead.
    expect(view).toMatchObject({
      background: 'rgb(255, 255, 255)',
      color: 'rgb(33, 43, 50)',
      fontSize: '14px',
    });
    const rect = view?.rect ?? { left: 0, right: 0, bottom: 0 };
    const topmost = await page.evaluate(
      (x, y) => document.elementFromPoint(x, y)?.localName,
      (rect.left + rect.right) / 2,
      rect.bottom - 8,
    );
    expect(topmost).toBe('nhs-glossary-tooltip');
  });

  it.each(CORNERS)('stays inside the viewport for the $term in a corner', async ({ term }) => {
    await open(page, at('/corners.html'), 6);
    const selector = `p[style*="fixed"] [data-nhs-term="${term}"]`;
    await page.hover(selector);
    const expansion = await page.$eval(selector, (element) => element.getAttribute('aria-description') ?? '');
    const view = await tooltipShowing(expansion);
    const box = view?.rect ?? { left: -1, top: -1, right: 0, bottom: 0 };
    const termBox = await rectOf(page, selector);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(800);
    expect(box.bottom).toBeLessThanOrEqual(600);
    // Beside the term, never over it.
    expect(box.top >= termBox.bottom || box.bottom <= termBox.top).toBe(true);
  });

  it('follows its term when the page and a scrolled box inside it scroll', async () => {
    await open(page, at('/scrolled.html'));
    const selector = '#box [data-nhs-term="CCG"]';
    await page.$eval('#box', (box) => box.scrollIntoView({ block: 'start' }));
    await page.waitForSelector(selector);
    await page.hover(selector);
    const gap = async () => {
      const view = await tooltipShowing('Clinical Commissioning Group');
      return Math.round((view?.rect.top ?? 0) - (await rectOf(page, selector)).bottom);
    };
    const before = await gap();
    await page.$eval('#box', (box) => box.scrollBy(0, 40));
    await page.evaluate(() => window.scrollBy(0, 30));
    await sleep(200);
    expect(await gap()).toBe(before);
  });

  it('sits by its term on a right-to-left page', async () => {
    await open(page, at('/rtl.html'));
    await page.hover('[data-nhs-term="CCG"]');
    const view = await tooltipShowing('Clinical Commissioning Group');
    const term = await rectOf(page, '[data-nhs-term="CCG"]');
    const box = view?.rect ?? { left: 0, right: 0 };
    expect(box.left).toBeLessThanOrEqual(term.right);
    expect(box.right).toBeGreaterThanOrEqual(term.left);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(800);
  });
});

async function waitForPage(extension: ExtensionBrowser, test: (url: string) => boolean): Promise<Page> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(100)) {
    const found = (await extension.browser.pages()).find((candidate) => test(candidate.url()));
    if (found) return found;
  }
  throw new Error('no tab with the entry opened');
}

async function readButtonCentre(page: Page, browserName: BrowserName): Promise<{ x: number; y: number }> {
  const centre = await evaluateInTooltip(
    page,
    browserName,
    (root) => {
      const box = root.querySelector('button')?.getBoundingClientRect();
      return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : undefined;
    },
    undefined,
  );
  if (!centre) throw new Error('no More button');
  return centre;
}
