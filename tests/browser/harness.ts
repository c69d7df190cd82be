// Launches Debian's Chromium and Firefox ESR with the built extension installed, and serves
// test pages from 127.0.0.1. Every browser test goes through here.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type Viewport } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config.ts';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

const OUT_DIR = resolve(process.env.NHS_GLOSSARY_OUT_DIR ?? '.output');
const EXECUTABLES: Record<BrowserName, { path: string; apt: string }> = {
  chromium: { path: '/usr/bin/chromium', apt: 'apt-get install -y chromium' },
  firefox: { path: '/usr/bin/firefox-esr', apt: 'apt-get install -y firefox-esr' },
};
/** Fixed so that tests can open moz-extension:// pages at a known address. */
export const FIREFOX_EXTENSION_UUID = '0b7c4a5e-2d61-4c1f-9a3e-6f1d2c8b9a70';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  extensionId: string;
  /** Base URL of the extension's pages: chrome-extension://id or moz-extension://uuid. */
  extensionOrigin: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Firefox only, set at launch; in Chromium use page.emulateMediaFeatures. */
  colorScheme?: 'light' | 'dark';
  /** Reuse a profile directory (to test that settings survive a restart). */
  profileDir?: string;
  /** Launch without installing the extension (benchmark baselines). */
  withoutExtension?: boolean;
  /** `false` opens a window (npm start); tests run headless. */
  headless?: boolean;
}

export function extensionDir(name: BrowserName): string {
  const dir = join(OUT_DIR, name === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}: run \`npm run build\` first.`);
  }
  return dir;
}

function requireBrowser(name: BrowserName): string {
  const { path, apt } = EXECUTABLES[name];
  if (!existsSync(path)) {
    throw new Error(`${name} is not installed (${path} is missing). Install it with: ${apt}`);
  }
  return path;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = requireBrowser(name);
  const ownProfile = options.profileDir ? undefined : mkdtempSync(join(tmpdir(), `nhs-${name}-`));
  const userDataDir = options.profileDir ?? (ownProfile as string);
  const browser =
    name === 'chromium'
      ? await puppeteer.launch({
          executablePath,
          headless: options.headless ?? true,
          defaultViewport: options.headless === false ? null : undefined,
          pipe: true,
          enableExtensions: !options.withoutExtension,
          userDataDir,
          args: CHROMIUM_FLAGS,
        })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath,
          headless: options.headless ?? true,
          defaultViewport: options.headless === false ? null : undefined,
          userDataDir,
          args: ['--remote-allow-system-access'],
          extraPrefsFirefox: {
            'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
            // 0 = dark, 1 = light; puppeteer's Firefox has no media emulation.
            ...(options.colorScheme
              ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 }
              : {}),
          },
        });
  const extensionId = options.withoutExtension ? '' : await browser.installExtension(extensionDir(name));
  const extensionOrigin =
    name === 'chromium' ? `chrome-extension://${extensionId}` : `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  return {
    name,
    browser,
    extensionId,
    extensionOrigin,
    async close() {
      await browser.close().catch(() => {});
      if (ownProfile) rmSync(ownProfile, { recursive: true, force: true });
    },
  };
}

/** Waits until the page has at least `count` annotated terms (or throws with what it saw). */
export async function waitForTerms(page: Page, count = 1, timeout = 10_000): Promise<void> {
  await waitUntil(
    page,
    (n) => document.querySelectorAll('[data-nhs-term]').length >= Number(n),
    String(count),
    timeout,
  );
}

/** The annotated terms on the page, in document order, as `TERM` or `TERM:sense`. */
export function annotatedTerms(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-nhs-term]')].map((element) => {
      const sense = element.getAttribute('data-nhs-sense');
      return `${element.getAttribute('data-nhs-term')}${sense ? `:${sense}` : ''}`;
    }),
  );
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const WAIT_MS = 30_000;
const POLL_MS = 100;

/**
 * Waits until `predicate(arg)` is true in the page, asking with `evaluate`. Puppeteer's own
 * waitForFunction and waitForSelector build their poller with Function(), which Firefox ESR 140
 * refuses on pages whose CSP forbids it (extension pages, strict test pages), so those are
 * waited on this way.
 */
export async function waitUntil(
  page: Page,
  predicate: (arg: string) => unknown,
  arg: string,
  timeout = WAIT_MS,
): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(predicate, arg))) {
    if (Date.now() > deadline)
      throw new Error(`Waited ${timeout} ms for ${predicate.toString().slice(0, 80)}`);
    await sleep(POLL_MS);
  }
}

/**
 * Sets the viewport. Firefox ESR 140 does not know the screen-orientation command puppeteer
 * sends alongside (the size itself is set), so that one refusal is let through.
 */
export async function setViewport(page: Page, viewport: Viewport): Promise<void> {
  try {
    await page.setViewport(viewport);
  } catch (error) {
    if (!String(error).includes('unknown command emulation.setScreenOrientationOverride')) throw error;
  }
}

/**
 * Opens one of the extension's own pages and waits until `ready` matches in it. Firefox's
 * page.goto never settles for moz-extension:// pages, and a wait that starts while the page is
 * still being replaced can fail inside the protocol: so wait for the content, and retry such
 * a failure a few times.
 */
export async function openExtensionPage(page: Page, url: string, ready: string): Promise<void> {
  const navigation = page.goto(url).catch(() => {});
  if (!url.startsWith('moz-extension:')) await navigation;
  for (let attempt = 1; ; attempt++) {
    try {
      await waitUntil(
        page,
        (wantedThenSelector) => {
          const [wanted, selector = ''] = wantedThenSelector.split('\n');
          return location.href === wanted && document.querySelector(selector) !== null;
        },
        `${url}\n${ready}`,
      );
      return;
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('Protocol error')) throw error;
      await sleep(200);
    }
  }
}
