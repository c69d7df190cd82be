// Reads the tooltip inside its closed shadow root from the test driver. Pages cannot do this; the
// automation protocols can: Chromium's DevTools protocol resolves closed shadow roots when asked to
// pierce, and Firefox's WebDriver BiDi lists a host's shadow root, closed or not, when it
// serialises the host. So the extension ships no test hook at all.

import type { ElementHandle, Page } from 'puppeteer-core';
import { BidiElementHandle } from 'puppeteer-core/internal/bidi/ElementHandle.js';
import { type BrowserName, sleep } from './harness.ts';

const HOST_TAG = 'nhs-glossary-tooltip';

type InShadow<A, R> = (root: ShadowRoot, arg: A) => R;

async function inChromium<A, R>(page: Page, fn: InShadow<A, R>, arg: A): Promise<R | undefined> {
  const cdp = await page.createCDPSession();
  try {
    const { result: host } = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector('${HOST_TAG}')`,
    });
    if (!host.objectId) return undefined;
    const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, pierce: true, depth: 0 });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { object: root } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: root.objectId,
      functionDeclaration: fn.toString(),
      arguments: [{ objectId: root.objectId }, { value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as R;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

interface SerialisedHost {
  value?: { shadowRoot?: { sharedId?: string } | null };
}

async function inFirefox<A, R>(page: Page, fn: InShadow<A, R>, arg: A): Promise<R | undefined> {
  const host = await page.$(HOST_TAG);
  if (!host) return undefined;
  // puppeteer's BiDi handles keep the serialised node, which names the closed shadow root.
  const bidiHost = host as unknown as BidiElementHandle;
  const sharedId = (bidiHost.remoteValue() as SerialisedHost).value?.shadowRoot?.sharedId;
  if (!sharedId) return undefined;
  const root = BidiElementHandle.from({ type: 'node', sharedId } as never, bidiHost.realm);
  const evaluate = (root as unknown as ElementHandle<Node>).evaluate as unknown as (
    fn: (root: ShadowRoot, arg: A) => R,
    arg: A,
  ) => Promise<R>;
  return evaluate.call(root, fn, arg);
}

/** Runs `fn` on the tooltip's shadow root in the page; undefined when there is no tooltip host. */
export function evaluateInTooltip<A, R>(
  page: Page,
  browserName: BrowserName,
  fn: InShadow<A, R>,
  arg: A,
): Promise<R | undefined> {
  return browserName === 'chromium' ? inChromium(page, fn, arg) : inFirefox(page, fn, arg);
}

export interface TooltipView {
  open: boolean;
  text: string;
  rect: { left: number; top: number; right: number; bottom: number; width: number; height: number };
  background: string;
  color: string;
  fontSize: string;
}

/** What the reader sees of the tooltip: whether it is open, its text, where it is and how it looks. */
export async function readTooltip(page: Page, browserName: BrowserName): Promise<TooltipView | undefined> {
  return evaluateInTooltip(
    page,
    browserName,
    (root) => {
      const frame = root.querySelector('.frame') as HTMLElement | null;
      const card = root.querySelector('[role="tooltip"]') as HTMLElement | null;
      const open =
        !!frame &&
        !!card &&
        (frame.matches(':popover-open') || !frame.hidden) &&
        frame.style.visibility !== 'hidden';
      const box = (card ?? frame)?.getBoundingClientRect();
      const style = card ? getComputedStyle(card) : undefined;
      return {
        open,
        text: card?.textContent ?? '',
        rect: box
          ? {
              left: box.left,
              top: box.top,
              right: box.right,
              bottom: box.bottom,
              width: box.width,
              height: box.height,
            }
          : { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 },
        background: style?.backgroundColor ?? '',
        color: style?.color ?? '',
        fontSize: style?.fontSize ?? '',
      };
    },
    undefined,
  );
}

/** Polls the tooltip until `test` holds; throws with what it last saw. */
export async function waitForTooltip(
  page: Page,
  browserName: BrowserName,
  test: (view: TooltipView | undefined) => boolean,
  timeout = 5000,
): Promise<TooltipView | undefined> {
  const deadline = Date.now() + timeout;
  let view = await readTooltip(page, browserName);
  while (!test(view) && Date.now() < deadline) {
    await sleep(100);
    view = await readTooltip(page, browserName);
  }
  if (!test(view)) throw new Error(`tooltip never as expected; last seen: ${JSON.stringify(view)}`);
  return view;
}

export const isOpen = (view: TooltipView | undefined) => view?.open === true;
export const isClosed = (view: TooltipView | undefined) => !view?.open;
/** Open and showing `text`. */
export const showing = (text: string) => (view: TooltipView | undefined) =>
  isOpen(view) && !!view?.text.includes(text);
