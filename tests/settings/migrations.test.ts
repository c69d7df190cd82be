// Stored settings from older, broken or newer versions of the extension, read the way the
// extension reads them when it starts: the storage items are loaded fresh over that storage.

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_APPEARANCE } from '../../settings/schema';

/** Loads the settings modules afresh, as a new extension context would, and lets migrations run. */
async function startExtension() {
  vi.resetModules();
  const items = await import('../../settings/items');
  const read = await import('../../settings/read');
  await items.appearanceItem.getMeta(); // resolves once the item's migrations have run
  return { ...items, ...read };
}

const stored = async (key: string) => (await fakeBrowser.storage.sync.get(key))[key];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('appearance v1 → v2', () => {
  it('moves a v1 hover delay to the nearest step the options page offers and records v2', async () => {
    await fakeBrowser.storage.sync.set({
      appearance: { underline: 'highlight', theme: 'dark', hoverDelayMs: 420 },
    });
    const { readSettings } = await startExtension();
    expect(await stored('appearance')).toEqual({ underline: 'highlight', theme: 'dark', hoverDelayMs: 300 });
    expect(await stored('appearance$')).toEqual({ v: 2 });
    expect((await readSettings()).appearance).toEqual({
      underline: 'highlight',
      theme: 'dark',
      hoverDelayMs: 300,
    });
  });

  it('leaves a value that is already v2 alone', async () => {
    const value = { underline: 'none', theme: 'light', hoverDelayMs: 1000 };
    await fakeBrowser.storage.sync.set({ appearance: value, appearance$: { v: 2 } });
    await startExtension();
    expect(await stored('appearance')).toEqual(value);
  });

  it('gives a corrupt v1 value the defaults and keeps the other settings', async () => {
    const siteRules = { mode: 'only', sites: [{ host: 'example.org', includeSubdomains: true }] };
    const reading = { firstOccurrenceOnly: true, hiddenTerms: ['CCG', 'ICP:provider'] };
    await fakeBrowser.storage.sync.set({ appearance: 'dotted please', siteRules, reading, enabled: false });
    const { readSettings } = await startExtension();
    expect(await stored('appearance')).toEqual(DEFAULT_APPEARANCE);
    expect(await stored('appearance$')).toEqual({ v: 2 });
    expect(await readSettings()).toEqual({
      enabled: false,
      siteRules,
      reading,
      appearance: DEFAULT_APPEARANCE,
    });
  });

  it('reads a value written by a newer version as repaired, without crashing, and can still save', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({
      appearance: { underline: 'wavy', theme: 'dark', hoverDelayMs: 150, sparkles: true },
      appearance$: { v: 3 },
      reading: { firstOccurrenceOnly: true, hiddenTerms: [] },
    });
    const { readSettings, appearanceItem } = await startExtension();
    const settings = await readSettings();
    expect(settings.appearance).toEqual({ underline: 'dotted', theme: 'dark', hoverDelayMs: 150 });
    expect(settings.reading.firstOccurrenceOnly).toBe(true);
    expect(errors).toHaveBeenCalled(); // the downgrade is logged, not thrown

    await appearanceItem.setValue({ ...settings.appearance, theme: 'light' });
    expect((await readSettings()).appearance.theme).toBe('light');
  });

  it('records v2 on the first save after a fresh install, so no migration runs later', async () => {
    const { appearanceItem } = await startExtension();
    await appearanceItem.setValue({ underline: 'none', theme: 'auto', hoverDelayMs: 0 });
    expect(await stored('appearance$')).toEqual({ v: 2 });
  });
});
