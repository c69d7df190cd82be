// The tooltip in Chromium only, for what Firefox under puppeteer cannot do: read the accessibility
// tree, and emulate a dark colour scheme. Also saves the screenshots in docs/screenshots.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launch } from './harness.ts';
import { startServer, type TestServer } from './server.ts';
import { open, rectOf, serveTooltipPages } from './tooltip-pages.ts';
import { isOpen, showing, waitForTooltip } from './tooltip-shadow.ts';

describe('tooltip in chromium: accessibility tree and screenshots', () => {
  let server: TestServer;
  let extension: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    serveTooltipPages(server);
    extension = await launch('chromium');
    page = await extension.browser.newPage();
    await page.setViewport({ width: 800, height: 600 });
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('exposes the open tooltip, and gives its text to the term as a description', async () => {
    await open(page, `${server.origin}/meta-2018.html`);
    await page.hover('[data-nhs-term="CCG"]');
    await waitForTooltip(page, 'chromium', showing('Clinical Commissioning Group'));
    const tree = await page.accessibility.snapshot({ interestingOnly: false });
    const nodes = flatten(tree);
    const tooltip = nodes.find((node) => node.role === 'tooltip');
    expect(
      flatten(tooltip)
        .map((node) => node.name ?? '')
        .join(' '),
    ).toMatch(/GP-led NHS bodies/);
    // The term's own node: its text is a child, its description the card's text.
    const described = nodes.map((node) => node.description ?? '').filter((text) => text.includes('GP-led'));
    expect(described).toEqual([
      expect.stringMatching(/^Clinical Commissioning Group\. Abolished 1 July 2022.*Written May 2018/),
    ]);
  });

  it.each([
    ['light', '/undated.html', 'CCG', 'tooltip-light.png', 'rgb(255, 255, 255)'],
    ['dark', '/undated.html', 'ICS', 'tooltip-dark.png', 'rgb(29, 37, 44)'],
    ['light', '/meta-2018.html', 'CCG', 'tooltip-dated.png', 'rgb(255, 255, 255)'],
  ] as const)(
    'follows a %s colour scheme (%s, %s) and saves %s',
    async (scheme, path, term, file, background) => {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await open(page, `${server.origin}${path}`);
      const selector = `[data-nhs-term="${term}"]`;
      await page.hover(selector);
      const view = await waitForTooltip(page, 'chromium', isOpen);
      expect(view?.background).toBe(background);
      const termBox = await rectOf(page, selector);
      const box = view?.rect ?? termBox;
      const left = Math.max(0, Math.min(box.left, termBox.left) - 16);
      const top = Math.max(0, Math.min(box.top, termBox.top) - 16);
      const right = Math.min(800, Math.max(box.right, termBox.right) + 16);
      const bottom = Math.min(600, Math.max(box.bottom, termBox.bottom) + 16);
      await page.screenshot({
        path: `docs/screenshots/${file}`,
        clip: { x: left, y: top, width: right - left, height: bottom - top },
      });
    },
  );
});

interface AxNode {
  role?: string;
  name?: string;
  description?: string;
  children?: AxNode[];
}

const flatten = (node: AxNode | null | undefined): AxNode[] =>
  node ? [node, ...(node.children ?? []).flatMap(flatten)] : [];
