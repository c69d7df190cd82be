// The background with fake extension APIs: the badge, the context menu and the keyboard command.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { siteRulesItem } from '../../settings/items';

// The fake browser has no context menus or commands: these stand-ins keep the listener to call.
type Listener = (...args: unknown[]) => void;
const listeners: { menu?: Listener; command?: Listener } = {};
const keep = (key: keyof typeof listeners) => (listener: unknown) => {
  listeners[key] = listener as Listener;
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 0);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(keep('menu'));
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(keep('command'));
  background.main();
});

/** Addresses of the tabs the background opened (the fake browser starts with one blank tab). */
/** A message's sender: a page's content script in tab `tabId`, frame `frameId` (0: the top). */
type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
const fromTab = (tabId: number, frameId: number) => ({ tab: { id: tabId }, frameId }) as unknown as Sender;

/** onMessage listeners also receive sendResponse, which the background never uses. */
const noResponse = () => {};

const openedAddresses = async () =>
  (await fakeBrowser.tabs.query({})).map((tab) => tab.url ?? '').filter((url) => url !== '');

describe('background', () => {
  it('shows the number of terms on the badge of the tab whose page reported it', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'counts', total: 7 }, fromTab(3, 0), noResponse);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('7');
    await fakeBrowser.runtime.onMessage.trigger({ type: 'counts', total: 0 }, fromTab(3, 0), noResponse);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });

  it('ignores counts from frames inside a page and malformed messages', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'counts', total: 5 }, fromTab(4, 2), noResponse);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'counts', total: 'many' }, fromTab(4, 0), noResponse);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });

  it('opens the entry for text selected and explained from the context menu', async () => {
    listeners.menu?.({ menuItemId: 'explain-selection', selectionText: ' ICSs ' });
    await vi.waitFor(async () => expect(await openedAddresses()).toHaveLength(1));
    expect(await openedAddresses()).toEqual([expect.stringMatching(/\/popup\.html#entry=ICS$/)]);
  });

  it('opens the entry that "More" in a tooltip asks for', async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'open-entry', term: 'ICP', sense: 'provider' },
      {},
      noResponse,
    );
    await vi.waitFor(async () => expect(await openedAddresses()).toHaveLength(1));
    expect(await openedAddresses()).toEqual([expect.stringMatching(/#entry=ICP&sense=provider$/)]);
  });

  it('switches the current site off and on again with the keyboard command', async () => {
    const tab = { id: 1, url: 'https://www.news.example.org/story' };
    listeners.command?.('toggle-site', tab);
    await vi.waitFor(async () =>
      expect((await siteRulesItem.getValue()).sites.map((site) => site.host)).toEqual(['news.example.org']),
    );
    listeners.command?.('toggle-site', tab);
    await vi.waitFor(async () => expect((await siteRulesItem.getValue()).sites).toEqual([]));
  });
});
