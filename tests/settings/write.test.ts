// Writes from the popup and options page: each lands in sync storage, repaired, and leaves the
// other settings alone.

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings } from '../../settings/read';
import { removeSite } from '../../settings/site-rules';
import { toggleSiteForTab } from '../../settings/toggle-site';
import { setEnabled, updateAppearance, updateReading, updateSiteRules } from '../../settings/write';

beforeEach(() => fakeBrowser.reset());

describe('writing settings', () => {
  it('changes one appearance field and keeps the others', async () => {
    await updateAppearance({ theme: 'dark' });
    await updateAppearance({ underline: 'highlight', hoverDelayMs: 640 });
    expect((await readSettings()).appearance).toEqual({
      underline: 'highlight',
      theme: 'dark',
      hoverDelayMs: 600,
    });
  });

  it('replaces a corrupt stored field instead of writing it back', async () => {
    await fakeBrowser.storage.sync.set({ reading: { firstOccurrenceOnly: 'yes', hiddenTerms: [42, 'CCG'] } });
    await updateReading({ firstOccurrenceOnly: true });
    expect((await fakeBrowser.storage.sync.get('reading')).reading).toEqual({
      firstOccurrenceOnly: true,
      hiddenTerms: ['CCG'],
    });
  });

  it('switches a site off and on again, and the switch is global-aware', async () => {
    expect(await toggleSiteForTab('https://news.example.org/a')).toBe(false);
    expect((await readSettings()).siteRules.sites).toEqual([
      { host: 'news.example.org', includeSubdomains: false },
    ]);
    await updateSiteRules((rules) => removeSite(rules, 'news.example.org'));
    expect((await readSettings()).siteRules.sites).toEqual([]);
    await setEnabled(false);
    expect((await readSettings()).enabled).toBe(false);
    expect(await toggleSiteForTab('chrome://extensions')).toBeUndefined();
  });
});

describe('quick successive writes', () => {
  it('keeps every change when several are made before the first is saved', async () => {
    await Promise.all([
      updateAppearance({ underline: 'highlight' }),
      updateAppearance({ theme: 'dark' }),
      updateAppearance({ hoverDelayMs: 0 }),
    ]);
    expect((await readSettings()).appearance).toEqual({
      underline: 'highlight',
      theme: 'dark',
      hoverDelayMs: 0,
    });
  });
});
