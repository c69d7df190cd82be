// Reads and watches all settings at once, repaired. The one way the rest of the code sees them.
// Reads the stored values as they are, without the items' versions: migrating is the
// background's job, and a content script must not log or fail on every page when storage
// holds a version from a newer build.

import { storage } from '@wxt-dev/storage';
import { SETTING_KEYS } from './keys';
import {
  type Appearance,
  type Reading,
  repairAppearance,
  repairEnabled,
  repairReading,
  repairSiteRules,
  type SiteRules,
} from './schema';

export interface Settings {
  enabled: boolean;
  siteRules: SiteRules;
  appearance: Appearance;
  reading: Reading;
}

// A failed read (storage unavailable, extension context gone) falls back to the defaults.
const safely = async (read: () => Promise<unknown>): Promise<unknown> => {
  try {
    return await read();
  } catch {
    return undefined;
  }
};

export async function readSettings(): Promise<Settings> {
  const [enabled, siteRules, appearance, reading] = await Promise.all(
    Object.values(SETTING_KEYS).map((key) => safely(() => storage.getItem(key))),
  );
  return {
    enabled: repairEnabled(enabled),
    siteRules: repairSiteRules(siteRules),
    appearance: repairAppearance(appearance),
    reading: repairReading(reading),
  };
}

/** Calls `onChange` with fresh settings whenever any of them changes; returns an unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const refresh = () => void readSettings().then(onChange);
  const unwatchers = Object.values(SETTING_KEYS).map((key) => storage.watch(key, refresh));
  return () => {
    for (const unwatch of unwatchers) unwatch();
  };
}
