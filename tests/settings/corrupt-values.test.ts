// Junk in sync storage (wrong types, nulls, versions from a newer extension), read the way every
// extension context reads it: each bad item falls back to its default, good items are kept, and
// nothing throws. Complements migrations.test.ts, which covers the appearance item's versions.

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_APPEARANCE, DEFAULT_READING, DEFAULT_SITE_RULES } from '../../settings/schema';

/** Loads the settings modules afresh over the current storage, as a new extension context would. */
async function startExtension() {
  vi.resetModules();
  const items = await import('../../settings/items');
  await items.appearanceItem.getMeta(); // resolves once the item's migrations have run
  return { ...(await import('../../settings/read')), ...(await import('../../settings/write')) };
}

const VALID = {
  enabled: false,
  siteRules: { mode: 'only', sites: [{ host: 'england.nhs.uk', includeSubdomains: true }] },
  appearance: { underline: 'highlight', theme: 'dark', hoverDelayMs: 600 },
  reading: { firstOccurrenceOnly: true, hiddenTerms: ['CCG'] },
} as const;

type Key = keyof typeof VALID;

/** Junk per item, and what reading it must give. */
const JUNK: [Key, unknown, unknown][] = [
  ['enabled', 'yes', true],
  ['enabled', 0, true],
  ['enabled', null, true],
  ['siteRules', 42, DEFAULT_SITE_RULES],
  ['siteRules', [], DEFAULT_SITE_RULES],
  ['siteRules', { mode: 'sometimes', sites: 'everywhere' }, DEFAULT_SITE_RULES],
  [
    'siteRules',
    { mode: 'only', sites: [{ host: 42 }, { host: 'nhs.uk' }] },
    { mode: 'only', sites: [{ host: 'nhs.uk', includeSubdomains: false }] },
  ],
  ['appearance', null, DEFAULT_APPEARANCE],
  ['appearance', 'dotted please', DEFAULT_APPEARANCE],
  [
    'appearance',
    { underline: 'wavy', hoverDelayMs: -5 },
    { underline: 'dotted', theme: 'auto', hoverDelayMs: 0 },
  ],
  ['reading', 'all', DEFAULT_READING],
  [
    'reading',
    { firstOccurrenceOnly: 'yes', hiddenTerms: [7, null, 'PCN'] },
    { firstOccurrenceOnly: false, hiddenTerms: ['PCN'] },
  ],
];

const DEFAULTS = {
  enabled: true,
  siteRules: DEFAULT_SITE_RULES,
  appearance: DEFAULT_APPEARANCE,
  reading: DEFAULT_READING,
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('corrupt stored settings', () => {
  it.each(JUNK)('%s = %j reads as %j, the other settings kept', async (key, junk, expected) => {
    await fakeBrowser.storage.sync.set({ ...VALID, [key]: junk });
    const { readSettings } = await startExtension();
    const settings = await readSettings();
    expect(settings).toEqual({ ...VALID, [key]: expected });
  });

  it('reads defaults from an empty store', async () => {
    const { readSettings } = await startExtension();
    expect(await readSettings()).toEqual(DEFAULTS);
  });

  it('reads items stored by a newer version without throwing, repaired, and can still write', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({
      ...VALID,
      reading: { ...VALID.reading, laterField: [1, 2] },
      enabled$: { v: 99 },
      siteRules$: { v: 99 },
      appearance$: { v: 99 },
      reading$: { v: 99 },
    });
    const { readSettings, updateReading } = await startExtension();
    expect(await readSettings()).toEqual(VALID);
    await updateReading({ hiddenTerms: ['CCG', 'STP'] });
    expect((await readSettings()).reading.hiddenTerms).toEqual(['CCG', 'STP']);
  });

  it('hands watchers repaired settings when junk is written later', async () => {
    const { watchSettings } = await startExtension();
    const seen = new Promise((resolve) => watchSettings(resolve));
    await fakeBrowser.storage.sync.set({ siteRules: 42 });
    expect(await seen).toEqual(DEFAULTS);
  });

  it('edits the site list over a corrupt stored list', async () => {
    await fakeBrowser.storage.sync.set({ siteRules: 'everything' });
    const { readSettings, updateSiteRules } = await startExtension();
    await updateSiteRules((rules) => ({ ...rules, sites: [{ host: 'nhs.uk', includeSubdomains: false }] }));
    expect((await readSettings()).siteRules).toEqual({
      mode: 'all-except',
      sites: [{ host: 'nhs.uk', includeSubdomains: false }],
    });
  });
});
