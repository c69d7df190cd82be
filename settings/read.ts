// Reads and watches all settings at once, repaired. The one way the rest of the code sees them.

import { appearanceItem, enabledItem, readingItem, siteRulesItem } from './items';
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
  const [enabled, siteRules, appearance, reading] = await Promise.all([
    safely(() => enabledItem.getValue()),
    safely(() => siteRulesItem.getValue()),
    safely(() => appearanceItem.getValue()),
    safely(() => readingItem.getValue()),
  ]);
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
  const unwatchers = [enabledItem, siteRulesItem, appearanceItem, readingItem].map((item) =>
    item.watch(refresh),
  );
  return () => {
    for (const unwatch of unwatchers) unwatch();
  };
}
