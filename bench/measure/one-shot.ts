// Times one engine's single pass over a loaded page (no extension in this browser): the
// synchronous call, the style and layout it leaves behind, and the wait for the next frame.

import type { Browser } from 'puppeteer-core';
import { type EngineName, engineScript } from './engines.ts';
import { VIEWPORT } from './page-load.ts';

export interface OneShotResult {
  callMs: number;
  /** Forced by reading `document.body.offsetHeight` right after the call. */
  layoutMs: number;
  /** From the forced layout to the next animation frame callback (includes waiting for vsync). */
  toFrameMs: number;
  /** `mark` elements on the page afterwards (0 for the read-only walk). */
  marks: number;
}

/** Runs in the page: the timed call. */
async function timeEngine(patternSource: string): Promise<OneShotResult> {
  const run = (window as unknown as { nhsBenchEngine: (pattern: RegExp) => unknown }).nhsBenchEngine;
  const pattern = new RegExp(patternSource, 'gu');
  const before = performance.now();
  run(pattern);
  const called = performance.now();
  void document.body.offsetHeight;
  const laidOut = performance.now();
  await new Promise((frame) => requestAnimationFrame(frame));
  const framed = performance.now();
  return {
    callMs: called - before,
    layoutMs: laidOut - called,
    toFrameMs: framed - laidOut,
    marks: document.getElementsByTagName('mark').length,
  };
}

export async function measureOneShot(
  browser: Browser,
  url: string,
  engine: EngineName,
  patternSource: string,
): Promise<OneShotResult> {
  const page = await browser.newPage();
  try {
    await page.setViewport(VIEWPORT);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.addScriptTag({ content: engineScript(engine) });
    // Let the page finish its own first frames so they are not counted against the engine.
    await new Promise((done) => setTimeout(done, 300));
    return await page.evaluate(timeEngine, patternSource);
  } finally {
    await page.close();
  }
}
