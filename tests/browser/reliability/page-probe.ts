// What the reliability tests watch on a page: its errors, its DOM as the page built it (taken
// before the extension can touch it), and how a paragraph is laid out.

import type { Frame, Page } from 'puppeteer-core';

export interface ErrorLog {
  /** Uncaught exceptions and console errors, as text. */
  errors: string[];
}

// The browser's own favicon request is not the page's or the extension's: under a strict CSP
// Firefox reports its blocking as an uncaught page error.
const isBrowserNoise = (text: string) => text.includes('/favicon.ico');

/** Collects the page's uncaught exceptions and console errors from now on. */
export function watchErrors(page: Page): ErrorLog {
  const log: ErrorLog = { errors: [] };
  const note = (text: string) => {
    if (!isBrowserNoise(text)) log.errors.push(text);
  };
  page.on('pageerror', (error) => note(`uncaught: ${(error as Error).stack ?? String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') note(`console: ${message.text()}`);
  });
  return log;
}

interface SnapshotWindow {
  __nhsFingerprint(root: Node): string;
  __nhsSnapshot?: string;
  __nhsSnapshotHtml?: string;
}

/**
 * Records the body as the page's parser left it, when the document turns `interactive` (just
 * before DOMContentLoaded). The content script runs at `document_idle`, after that, and wraps
 * asynchronously later still, so the snapshot cannot contain the extension's changes; each test
 * also checks that it holds no wrapper. The fingerprint marks every text-node boundary and walks
 * open shadow roots, which `innerHTML` does not show: a split left behind would pass innerHTML.
 * Runs inside the page, so it uses nothing from this module.
 */
export function installSnapshotRecorder(): void {
  const fingerprint = (root: Node): string => {
    const parts: string[] = [];
    const visit = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(JSON.stringify((node as Text).data));
      else if (node.nodeType === Node.COMMENT_NODE) parts.push(`<!--${(node as Comment).data}-->`);
      else if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        const attributes = [...element.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`);
        parts.push(`<${element.localName} ${attributes.join(' ')}>`);
        if (element.shadowRoot) {
          parts.push('#shadow(');
          element.shadowRoot.childNodes.forEach(visit);
          parts.push(')');
        }
        element.childNodes.forEach(visit);
        parts.push(`</${element.localName}>`);
      }
    };
    root.childNodes.forEach(visit);
    return parts.join('');
  };
  const scope = window as unknown as SnapshotWindow;
  scope.__nhsFingerprint = fingerprint;
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive' || !document.body) return;
    scope.__nhsSnapshot = fingerprint(document.body);
    scope.__nhsSnapshotHtml = document.body.innerHTML;
  });
}

/** Snapshots every document the page loads from now on. */
export async function recordDomAtParse(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(installSnapshotRecorder);
}

/**
 * The same recorder as an inline script for a page's <head>. Needed for same-origin frames in
 * Firefox: the frame's first about:blank window is reused for the page it loads, and the
 * preload script does not run again for the new document.
 */
export const SNAPSHOT_SCRIPT = `<script>(${installSnapshotRecorder.toString()})()</script>`;

export interface RestoreCheck {
  /** The snapshot was taken and held no wrapper, so the comparison means something. */
  snapshotClean: boolean;
  innerHtmlSame: boolean;
  /** Same nodes: every text node boundary and open shadow root as the page made them. */
  fingerprintSame: boolean;
}

/** Compares the body now with the body at parse time, inside the page (big pages stay there). */
export function compareWithParse(target: Page | Frame): Promise<RestoreCheck> {
  return target.evaluate(() => {
    const scope = window as unknown as SnapshotWindow;
    const snapshot = scope.__nhsSnapshot;
    return {
      snapshotClean: snapshot !== undefined && !snapshot.includes('<nhs-term'),
      innerHtmlSame: document.body.innerHTML === scope.__nhsSnapshotHtml,
      fingerprintSame: scope.__nhsFingerprint(document.body) === snapshot,
    };
  });
}

export const restoredExactly = (check: RestoreCheck) =>
  check.snapshotClean && check.innerHtmlSame && check.fingerprintSame;

export interface Layout {
  box: { x: number; y: number; width: number; height: number };
  /** One entry per line box: where it starts and ends across the page. */
  lines: { top: number; left: number; right: number }[];
}

/** The element's box and its lines, from the client rects of a range over its contents. */
export function layoutOf(page: Page, selector: string): Promise<Layout> {
  return page.evaluate((query) => {
    const element = document.querySelector(query) as Element;
    const { x, y, width, height } = element.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(element);
    const lines: { top: number; left: number; right: number }[] = [];
    for (const rect of range.getClientRects()) {
      if (rect.width === 0 && rect.height === 0) continue;
      // Rects of one line share a top within a pixel (inline boxes may differ by rounding).
      const line = lines.find((candidate) => Math.abs(candidate.top - rect.top) < 1);
      if (line) {
        line.left = Math.min(line.left, rect.left);
        line.right = Math.max(line.right, rect.right);
      } else lines.push({ top: rect.top, left: rect.left, right: rect.right });
    }
    return { box: { x, y, width, height }, lines };
  }, selector);
}

/** Waits until no wrapper is left, open shadow roots included (after switching off). */
export async function waitForNoTerms(target: Page | Frame, timeout = 5_000): Promise<void> {
  const started = Date.now();
  while ((await countTerms(target)) > 0) {
    if (Date.now() - started > timeout) throw new Error(`Wrappers still on the page after ${timeout} ms.`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Wrapper count, including those inside open shadow roots. */
export function countTerms(target: Page | Frame): Promise<number> {
  return target.evaluate(() => {
    let count = document.querySelectorAll('[data-nhs-term]').length;
    for (const element of document.querySelectorAll('*')) {
      if (element.shadowRoot) count += element.shadowRoot.querySelectorAll('[data-nhs-term]').length;
    }
    return count;
  });
}

/** Waits for at least `min` wrappers, then until their number holds still for `quietMs`. */
export async function waitForSettledTerms(
  page: Page | Frame,
  min = 1,
  quietMs = 400,
  timeout = 10_000,
): Promise<number> {
  const started = Date.now();
  let last = -1;
  let since = Date.now();
  while (Date.now() - started < timeout) {
    const count = await countTerms(page);
    if (count !== last) {
      last = count;
      since = Date.now();
    } else if (count >= min && Date.now() - since >= quietMs) return count;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`Expected at least ${min} settled wrappers; saw ${last}.`);
}
