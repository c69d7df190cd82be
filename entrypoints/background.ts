// The background: keeps the toolbar badge, opens full entries in a tab, and serves the
// context-menu item and the keyboard command. Holds no state that matters across restarts.

import { defineBackground } from 'wxt/utils/define-background';
import { findEntry } from '../glossary/index';
import { asBackgroundRequest, entryHash } from '../messaging/protocol';
import { toggleSiteForTab } from '../settings/toggle-site';

const MENU_ID = 'explain-selection';

const openEntry = (term: string, sense?: string) =>
  browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${entryHash(term, sense)}`) });

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    const request = asBackgroundRequest(message);
    const tabId = sender.tab?.id;
    if (request?.type === 'counts' && tabId !== undefined && sender.frameId === 0) {
      const text = request.total > 0 ? String(request.total) : '';
      void browser.action.setBadgeText({ tabId, text });
      void browser.action.setBadgeBackgroundColor({ tabId, color: '#005eb8' });
    }
    if (request?.type === 'open-entry' && findEntry(request.term)) {
      void openEntry(request.term, request.sense);
    }
    return undefined;
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: "Explain '%s'",
      contexts: ['selection'],
    });
  });

  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID) return;
    const selected = (info.selectionText ?? '').trim().replace(/(?:'s|s'|s)$/, '');
    void openEntry(findEntry(selected.toUpperCase())?.id ?? selected);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-site' && tab?.url) void toggleSiteForTab(tab.url);
  });
});
