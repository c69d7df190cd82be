// Whether the tooltip really shows on a page, seen from outside its closed shadow root: the
// page can only hit-test it, and a hit means the card is drawn on top, whatever the page's CSS.

import type { Page } from 'puppeteer-core';
import { HOST_TAG } from '../../../entrypoints/content/tooltip/tooltip-host.ts';

export interface TooltipSighting {
  /** The host element exists on the page. */
  hostExists: boolean;
  /** Viewport points where the topmost element is the host: the card is visible there. */
  visiblePoints: number;
}

/** Moves the mouse onto the first annotated term inside `within` and waits for the tooltip. */
export async function hoverFirstTerm(page: Page, within = 'body', timeout = 3_000): Promise<TooltipSighting> {
  const term = await page.waitForSelector(`${within} [data-nhs-term]`, { timeout });
  await page.mouse.move(0, 0);
  await term?.hover();
  let sighting = await lookForTooltip(page);
  for (const started = Date.now(); sighting.visiblePoints === 0 && Date.now() - started < timeout; ) {
    await new Promise((done) => setTimeout(done, 100));
    sighting = await lookForTooltip(page);
  }
  return sighting;
}

export function lookForTooltip(page: Page): Promise<TooltipSighting> {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag);
    if (!host) return { hostExists: false, visiblePoints: 0 };
    let visiblePoints = 0;
    for (let y = 4; y < innerHeight; y += 16) {
      for (let x = 4; x < innerWidth; x += 16) if (document.elementFromPoint(x, y) === host) visiblePoints++;
    }
    return { hostExists: true, visiblePoints };
  }, HOST_TAG);
}
