// Reads and writes the extension's sync storage from a test, the way the popup would: from an
// extension page kept open in its own tab. Raw values go in as given, so tests can store junk.

import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './harness.ts';

const storagePages = new WeakMap<ExtensionBrowser, Promise<Page>>();

type StorageArea = { set(items: object): Promise<void>; get(): Promise<object>; clear(): Promise<void> };
type ExtensionGlobal = {
  browser?: { storage: { sync: StorageArea } };
  chrome?: { storage: { sync: StorageArea } };
};

/**
 * Opens one of the extension's own pages (`/popup.html`, `/options.html`) in a new tab. Firefox
 * loads moz-extension pages without puppeteer seeing the navigation end, so this waits until the
 * page itself has the extension's storage API instead.
 */
export async function openExtensionPage(
  extension: ExtensionBrowser,
  path: string,
  /** Runs on the new tab before it loads, e.g. to start listening to its requests. */
  beforeLoad?: (page: Page) => void,
): Promise<Page> {
  const page = await extension.browser.newPage();
  beforeLoad?.(page);
  page.goto(`${extension.extensionOrigin}${path}`).catch(() => {});
  await waitForExtensionApi(page);
  return page;
}

/** The extension page the storage calls run in; opened once per browser, then reused. */
export function extensionPage(extension: ExtensionBrowser): Promise<Page> {
  let page = storagePages.get(extension);
  if (!page) {
    page = openExtensionPage(extension, '/popup.html');
    storagePages.set(extension, page);
  }
  return page;
}

async function waitForExtensionApi(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const ready = await page
      .evaluate(() => {
        const scope = globalThis as ExtensionGlobal;
        return typeof (scope.browser ?? scope.chrome)?.storage?.sync?.set === 'function';
      })
      .catch(() => false);
    if (ready) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`The extension page ${page.url()} never got the storage API.`);
}

type Operation = 'set' | 'get' | 'clear';

async function inStorage(
  extension: ExtensionBrowser,
  operation: Operation,
  items: object | undefined,
  returnTo: Page | undefined,
): Promise<Record<string, unknown>> {
  const page = await extensionPage(extension);
  const result = await page.evaluate(
    async (name, values) => {
      const scope = globalThis as ExtensionGlobal;
      const sync = (scope.browser ?? scope.chrome)?.storage.sync as StorageArea;
      if (name === 'set') await sync.set(values ?? {});
      if (name === 'clear') await sync.clear();
      return name === 'get' ? sync.get() : {};
    },
    operation,
    items,
  );
  // Using the extension tab moved focus there; a hidden page neither lays out nor annotates.
  await returnTo?.bringToFront();
  return result as Record<string, unknown>;
}

/** Stores `items` as they are (no repair), e.g. `{ enabled: false }` or `{ siteRules: 42 }`. */
export async function setSyncStorage(
  extension: ExtensionBrowser,
  items: object,
  returnTo?: Page,
): Promise<void> {
  await inStorage(extension, 'set', items, returnTo);
}

/** Everything in sync storage, raw. */
export function getSyncStorage(extension: ExtensionBrowser): Promise<Record<string, unknown>> {
  return inStorage(extension, 'get', undefined, undefined);
}

/** Back to a fresh install: no stored settings, so every item reads its default. */
export async function clearSyncStorage(extension: ExtensionBrowser, returnTo?: Page): Promise<void> {
  await inStorage(extension, 'clear', undefined, returnTo);
}

/** Switches the whole extension on or off, as the popup's main switch does. */
export const setEnabled = (extension: ExtensionBrowser, enabled: boolean, returnTo?: Page): Promise<void> =>
  setSyncStorage(extension, { enabled }, returnTo);
