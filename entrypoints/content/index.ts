// The content script: wires a PageSession to the page, the settings and the other contexts.
// The work itself lives in the modules beside this file.

import { defineContentScript } from 'wxt/utils/define-content-script';
import { asContentRequest, type PageReport } from '../../messaging/protocol';
import { DEFAULT_APPEARANCE } from '../../settings/schema';
import { readPageDates } from './page-date-reader';
import { extensionAlive, watchPageLifecycle } from './page-lifecycle';
import { PageSession } from './session';
import { type InstalledTooltip, installTooltip } from './tooltip/index';
import './style.css';

// Tell the badge at most this often: counts change with every batch while the reader scrolls.
const COUNT_REPORT_DELAY_MS = 250;

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main() {
    const dates = readPageDates(document, location.href);
    let reportTimer: ReturnType<typeof setTimeout> | undefined;
    // The tooltip lives exactly as long as the annotations it explains.
    let tooltip: InstalledTooltip | undefined;
    const setTooltip = (annotating: boolean) => {
      if (annotating) {
        tooltip ??= installTooltip({
          doc: document,
          pageDates: dates,
          appearance: () => session.currentSettings?.appearance ?? DEFAULT_APPEARANCE,
        });
      } else {
        tooltip?.destroy();
        tooltip = undefined;
      }
    };
    const session = new PageSession(
      document,
      () => dates?.published ?? dates?.updated,
      (counts) => {
        clearTimeout(reportTimer);
        reportTimer = setTimeout(() => {
          const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
          // After the extension is removed this throws at once rather than rejecting.
          if (extensionAlive()) browser.runtime.sendMessage({ type: 'counts', total }).catch(() => {});
        }, COUNT_REPORT_DELAY_MS);
      },
      setTooltip,
    );

    const onMessage = (message: unknown): Promise<PageReport> | undefined => {
      const request = asContentRequest(message);
      if (request?.type === 'next-term') tooltip?.focusNextTerm();
      if (request?.type !== 'page-report') return undefined;
      const terms = [...session.counts].map(([term, count]) => ({ term, count }));
      return Promise.resolve({ host: location.hostname, state: session.state, terms, dates });
    };
    // Only the top frame answers the popup, so it gets one report.
    if (window === window.top) browser.runtime.onMessage.addListener(onMessage);

    const unwatch = await session.begin();
    watchPageLifecycle(window, {
      onNavigated: () => session.restart(),
      onExtensionGone: () => {
        // The extension's APIs now throw; only the page's own DOM can still be put right.
        clearTimeout(reportTimer);
        session.stop();
        try {
          unwatch();
        } catch {}
      },
    });
  },
});
