// The settings as storage items, declared once. Sync storage, so choices follow the reader
// across machines; every read is repaired, so a corrupt or future value never crashes a page.
// Versions and migrations live in ./migrations; they run in the contexts that import this module
// (background, popup, options), never in content scripts, which read through ./read.

import { storage } from '@wxt-dev/storage';
import { SETTING_KEYS } from './keys';
import { APPEARANCE_MIGRATIONS, SETTING_VERSIONS } from './migrations';
import {
  type Appearance,
  DEFAULT_APPEARANCE,
  DEFAULT_READING,
  DEFAULT_SITE_RULES,
  type Reading,
  type SiteRules,
} from './schema';

export const enabledItem = storage.defineItem<boolean>(SETTING_KEYS.enabled, {
  fallback: true,
  version: SETTING_VERSIONS.enabled,
});

export const siteRulesItem = storage.defineItem<SiteRules>(SETTING_KEYS.siteRules, {
  fallback: DEFAULT_SITE_RULES,
  version: SETTING_VERSIONS.siteRules,
});

export const appearanceItem = storage.defineItem<Appearance>(SETTING_KEYS.appearance, {
  fallback: DEFAULT_APPEARANCE,
  version: SETTING_VERSIONS.appearance,
  migrations: APPEARANCE_MIGRATIONS,
});

export const readingItem = storage.defineItem<Reading>(SETTING_KEYS.reading, {
  fallback: DEFAULT_READING,
  version: SETTING_VERSIONS.reading,
});
