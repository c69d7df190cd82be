// The content script: wires a PageSession to the page, the settings and the other contexts.
// The work itself lives in the modules beside this file.

import { defineContentScript } from 'wxt/utils/define-content-script';
import { asContentRequest, type PageReport } from '../../messaging/protocol';
import { readPageDates } from './page-date-reader';
import { PageSession } from './session';
import './style.css';

// Tell the badge at most this often: counts change with every batch while the reader scrolls.
const COUNT_REPORT_DELAY_MS = 250;

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    const dates = readPageDates(document, location.href);
    let reportTimer: ReturnType<typeof setTimeout> | undefined;
    const session = new PageSession(
      document,
      () => dates?.published ?? dates?.updated,
      (counts) => {
        clearTimeout(reportTimer);
        reportTimer = setTimeout(() => {
          const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
          browser.runtime.sendMessage({ type: 'counts', total }).catch(() => {});
        }, COUNT_REPORT_DELAY_MS);
      },
    );

    const onMessage = (message: unknown): Promise<PageReport> | undefined => {
      const request = asContentRequest(message);
      if (request?.type !== 'page-report') return undefined;
      const terms = [...session.counts].map(([term, count]) => ({ term, count }));
      return Promise.resolve({ state: session.state, terms, dates });
    };
    // Only the top frame answers the popup, so it gets one report.
    if (window === window.top) browser.runtime.onMessage.addListener(onMessage);

    const unwatch = await session.begin();
    ctx.addEventListener(window, 'wxt:locationchange', () => session.restart());
    ctx.onInvalidated(() => {
      unwatch();
      session.stop();
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});
