// Asking the target tab what the glossary did there, and every way that can fail.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { asPageReport, loadPageInfo } from '../../../components/popup/page-info';
import { findTargetTab } from '../../../components/popup/target-tab';
import { answerMessages } from './fake-tab';

const REPORT = {
  host: 'www.news.example.org',
  state: 'on',
  terms: [{ term: 'ICS', count: 2 }],
  dates: { published: '2018-05-24' },
};

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('loadPageInfo', () => {
  it('returns the report and the site of a web page, asking the top frame only', async () => {
    const send = answerMessages().mockResolvedValue(REPORT);
    const info = await loadPageInfo({ id: 7, url: 'https://www.news.example.org/a' });
    expect(info).toEqual({ kind: 'report', host: 'www.news.example.org', report: REPORT });
    expect(send).toHaveBeenCalledWith(7, { type: 'page-report' }, { frameId: 0 });
  });

  it.each(['chrome://extensions/', 'about:addons', 'file:///home/reader/notes.html'])(
    'calls %s unreadable without asking',
    async (url) => {
      const send = answerMessages();
      expect(await loadPageInfo({ id: 7, url })).toEqual({ kind: 'unreadable', host: undefined });
      expect(send).not.toHaveBeenCalled();
    },
  );

  it('calls a page unreadable when its content script does not answer (store pages, old tabs)', async () => {
    answerMessages().mockRejectedValue(new Error('Receiving end does not exist.'));
    const info = await loadPageInfo({ id: 7, url: 'https://chromewebstore.google.com/detail/x' });
    expect(info).toEqual({ kind: 'unreadable', host: 'chromewebstore.google.com' });
  });

  it('takes the site from the page when the browser hides the tab’s address', async () => {
    answerMessages().mockResolvedValue({ ...REPORT, host: '127.0.0.1' });
    const info = await loadPageInfo({ id: 7, url: undefined });
    expect(info).toMatchObject({ kind: 'report', host: '127.0.0.1' });
  });

  it('calls a garbled answer unreadable', async () => {
    answerMessages().mockResolvedValue({ state: 'dancing', terms: [] });
    expect((await loadPageInfo({ id: 7, url: 'https://example.org/' })).kind).toBe('unreadable');
    expect(await loadPageInfo(undefined)).toEqual({ kind: 'unreadable', host: undefined });
  });

  it('drops malformed terms from an answer', () => {
    expect(
      asPageReport({ state: 'on', terms: [{ term: 'ICS', count: 1 }, { term: 3 }, null] })?.terms,
    ).toEqual([{ term: 'ICS', count: 1 }]);
  });
});

describe('findTargetTab', () => {
  it('uses the active tab of the window by default', async () => {
    const window = await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({
      url: 'https://example.org/a',
      active: true,
      windowId: window?.id,
    });
    expect(await findTargetTab('')).toEqual({ id: tab.id, url: 'https://example.org/a' });
  });

  it('uses ?tab=<id> when given, even when the browser hides the address', async () => {
    const tab = await fakeBrowser.tabs.create({ url: undefined });
    expect(await findTargetTab(`?tab=${tab.id}`)).toEqual({ id: tab.id, url: undefined });
  });

  it('finds nothing for a tab that has closed', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 99'));
    expect(await findTargetTab('?tab=99')).toBeUndefined();
  });
});
