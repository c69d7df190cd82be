// Waits until the extension has stopped working on a page: no annotate slice for a while.
// Pages without the extension are quiet at once, so both sides wait the same minimum.

import type { Page } from 'puppeteer-core';
import { lastSliceEnd } from './probe.ts';

const POLL_MS = 250;
/** The extension may take longer than this to finish a page; the bench then moves on. */
export const QUIET_CAP_MS = 60_000;

/**
 * Waits at least `minimumMs`, then until no slice has ended for `quietMs`; returns ms waited.
 * Needs the probe (probe.ts) installed in the page.
 */
export async function waitUntilQuiet(page: Page, minimumMs: number, quietMs: number) {
  const began = Date.now();
  for (;;) {
    await new Promise((done) => setTimeout(done, POLL_MS));
    const waited = Date.now() - began;
    if (waited < minimumMs) continue;
    const { now, lastEnd } = await page.evaluate(lastSliceEnd);
    if (now - lastEnd >= quietMs || waited >= QUIET_CAP_MS) return waited;
  }
}
