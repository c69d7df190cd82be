// @vitest-environment happy-dom
// "On this page": the tab's terms, its dates and what has changed since, why nothing is listed
// when nothing is, and the switches that turn the glossary off and on.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../../components/popup/PopupApp';
import type { PageReport } from '../../../messaging/protocol';
import { readSettings } from '../../../settings/read';
import { click, mount, texts } from '../render';
import { openTab } from './fake-tab';

const ARTICLE = 'https://news.example.org/2018/icss';
const REPORT: PageReport = {
  host: 'news.example.org',
  state: 'on',
  terms: [
    { term: 'ICS', count: 2 },
    { term: 'GP', count: 3 },
    { term: 'CCG', count: 2 },
  ],
  dates: { published: '2018-05-24', updated: '2020-04-03' },
};

async function popupFor(url: string, report?: PageReport): Promise<HTMLElement> {
  await openTab(url, report);
  const view = await mount(<PopupApp />);
  await vi.waitFor(() =>
    expect(view.querySelector('.on-this-page p:not(.muted), .page-terms')).not.toBeNull(),
  );
  return view;
}

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/popup.html');
});
afterEach(() => vi.restoreAllMocks());

describe('on this page', () => {
  it('lists the terms by count with their expansions, and the page’s dates', async () => {
    const view = await popupFor(ARTICLE, REPORT);
    expect(texts(view, '.page-term strong')).toEqual(['GP', 'CCG', 'ICS']);
    expect(texts(view, '.page-term-count .visually-hidden')).toEqual([
      '3 on the page',
      '2 on the page',
      '2 on the page',
    ]);
    expect(texts(view, '.page-term-expansion')[1]).toBe('Clinical Commissioning Group');
    expect(view.querySelector('.page-dates')?.textContent).toBe(
      'Page written 24 May 2018, updated 3 April 2020',
    );
  });

  it('counts the terms that have changed since the page was written', async () => {
    const view = await popupFor(ARTICLE, REPORT);
    // CCGs were abolished and ICSs became statutory after 2018; GP has no dated events.
    expect(view.querySelector('.changed-summary')?.textContent).toBe(
      '2 of these 3 terms have changed since the page was written.',
    );
    const flagged = [...view.querySelectorAll('.page-terms li')]
      .filter((item) => item.querySelector('.changed-badge'))
      .map((item) => item.querySelector('strong')?.textContent);
    expect(flagged).toEqual(['CCG', 'ICS']);
  });

  it('opens a term’s entry with the page’s date marked on its timeline', async () => {
    const view = await popupFor(ARTICLE, REPORT);
    await click(view.querySelector('.page-term[href="#entry=CCG"]'));
    expect(view.querySelector('#entry-title')?.textContent).toBe('CCG');
    expect(view.querySelector('.timeline-page')?.textContent).toBe('24 May 2018This page was written');
  });

  it.each([
    ['site-off', 'The glossary is switched off for news.example.org.'],
    ['global-off', 'The glossary is switched off everywhere.'],
    ['no-context', 'This page doesn’t look like it is about the NHS, so its acronyms are left alone.'],
    ['on', 'No NHS terms found on this page so far.'],
  ] as const)('explains an empty list when the page reports %s', async (state, message) => {
    const view = await popupFor(ARTICLE, { host: 'news.example.org', state, terms: [] });
    expect(view.querySelector('.empty-state')?.textContent).toBe(message);
    expect(view.querySelector('.page-terms')).toBeNull();
  });

  it.each([
    ['a browser page', 'chrome://settings/'],
    ['a local file', 'file:///home/reader/report.html'],
  ])('says it cannot read %s', async (_, url) => {
    const view = await popupFor(url);
    expect(view.querySelector('.empty-state')?.textContent).toContain('The glossary can’t read this page');
    expect(texts(view, '[role="switch"]')).toEqual(['Glossary switched on']);
  });

  it('says it cannot read a web page whose content script does not answer', async () => {
    const view = await popupFor('https://addons.mozilla.org/en-GB/firefox/');
    expect(view.querySelector('.empty-state')?.textContent).toContain('reload it');
  });
});

describe('switches', () => {
  it('switches the site off and on, remembered in settings', async () => {
    const view = await popupFor(ARTICLE, REPORT);
    await click(
      [...view.querySelectorAll('[role="switch"]')].find((s) => s.textContent === 'On for news.example.org'),
    );
    await vi.waitFor(async () => expect((await readSettings()).siteRules.sites).toHaveLength(1));
    expect((await readSettings()).siteRules.sites[0]?.host).toBe('news.example.org');
    await vi.waitFor(() => expect(texts(view, '[role="switch"]')[0]).toBe('Off for news.example.org'));

    await click(view.querySelector('[role="switch"]'));
    await vi.waitFor(async () => expect((await readSettings()).siteRules.sites).toEqual([]));
    await vi.waitFor(() => expect(texts(view, '[role="switch"]')[0]).toBe('On for news.example.org'));
  });

  it('switches the glossary off everywhere, and the page is asked again', async () => {
    const view = await popupFor(ARTICLE, REPORT);
    const asked = vi.mocked(fakeBrowser.tabs.sendMessage).mock.calls.length;
    await click(
      [...view.querySelectorAll('[role="switch"]')].find((s) => s.textContent === 'Glossary switched on'),
    );
    await vi.waitFor(async () => expect((await readSettings()).enabled).toBe(false));
    await vi.waitFor(() =>
      expect(texts(view, '[role="switch"]')).toContain('Glossary switched off everywhere'),
    );
    await vi.waitFor(() =>
      expect(vi.mocked(fakeBrowser.tabs.sendMessage).mock.calls.length).toBeGreaterThan(asked),
    );
    expect(view.querySelector<HTMLButtonElement>('[role="switch"]')?.disabled).toBe(true);
  });
});
