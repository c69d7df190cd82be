// Records every network request the extension's contexts make while a test uses it. Chromium:
// the DevTools protocol's Network domain on every page, frame and the service worker as they
// appear. Firefox: puppeteer's request events on the pages the test opens (its protocol does not
// reach the background page).

import type { CDPSession, Page, Target } from 'puppeteer-core';
import type { ExtensionBrowser } from '../harness.ts';

export interface RequestSeen {
  /** Where it came from: a page's address or `service worker`. */
  context: string;
  url: string;
}

export class NetworkLog {
  readonly requests: RequestSeen[] = [];
  private readonly sessions: CDPSession[] = [];
  private readonly watchedPages = new WeakSet<Page>();

  constructor(private readonly extension: ExtensionBrowser) {}

  /** Chromium: listens on all targets now open and every one opened later. */
  async watchAllTargets(): Promise<void> {
    const { browser } = this.extension;
    browser.on('targetcreated', (target: Target) => void this.attach(target));
    await Promise.all(browser.targets().map((target) => this.attach(target)));
  }

  /** Firefox: listens on one page. */
  watchPage(page: Page): void {
    if (this.watchedPages.has(page)) return;
    this.watchedPages.add(page);
    page.on('request', (request) => this.requests.push({ context: page.url(), url: request.url() }));
  }

  async stop(): Promise<void> {
    await Promise.all(this.sessions.map((session) => session.detach().catch(() => {})));
  }

  private async attach(target: Target): Promise<void> {
    const kind = target.type();
    if (kind !== 'page' && kind !== 'service_worker' && kind !== 'other') return;
    try {
      const session = await target.createCDPSession();
      this.sessions.push(session);
      const context = kind === 'service_worker' ? 'service worker' : target.url();
      session.on('Network.requestWillBeSent', (event) =>
        this.requests.push({ context, url: event.request.url }),
      );
      await session.send('Network.enable');
    } catch {
      // Targets that close while being attached (about:blank, prerenders) have nothing to say.
    }
  }
}
