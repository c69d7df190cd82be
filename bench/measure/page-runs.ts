// One run of one page: a visit with the extension, one without, and each one-shot engine on a
// fresh load without it.

import type { ExtensionBrowser } from '../../tests/browser/harness.ts';
import type { BenchPage } from '../pages/index.ts';
import type { EngineName } from './engines.ts';
import { measureOneShot } from './one-shot.ts';
import { type LoadResult, measureLoad } from './page-load.ts';
import type { PageRun } from './summary.ts';

export const ENGINES: EngineName[] = ['minimal', 'readOnly', 'markJs', 'findAndReplace'];

export interface BenchBrowsers {
  withExtension: ExtensionBrowser;
  without: ExtensionBrowser;
}

export async function runPage(
  page: BenchPage,
  run: number,
  browsers: BenchBrowsers,
  origin: string,
  patternSource: string,
): Promise<PageRun> {
  const path = `/${page.id}.html`;
  const visit = (side: keyof BenchBrowsers): Promise<LoadResult> =>
    measureLoad(browsers[side].browser, {
      origin,
      path,
      patternSource,
      timeFirstViewport: side === 'withExtension' && page.nhs,
    });
  // Alternate which side goes first, so a slow drift of the machine favours neither.
  let withExtension: LoadResult;
  let without: LoadResult;
  if (run % 2) {
    withExtension = await visit('withExtension');
    without = await visit('without');
  } else {
    without = await visit('without');
    withExtension = await visit('withExtension');
  }
  const oneShot = {} as PageRun['oneShot'];
  for (const engine of ENGINES) {
    oneShot[engine] = await measureOneShot(
      browsers.without.browser,
      `${origin}${path}`,
      engine,
      patternSource,
    );
  }
  return { withExtension, without, oneShot };
}
