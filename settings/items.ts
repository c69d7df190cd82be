// The settings as storage items, declared once. Sync storage, so choices follow the reader
// across machines; every read is repaired, so a corrupt or future value never crashes a page.
// Versions and migrations live in ./migrations.

import { storage } from '@wxt-dev/storage';
import { APPEARANCE_MIGRATIONS, SETTING_VERSIONS } from './migrations';
import {
  type Appearance,
  DEFAULT_APPEARANCE,
  DEFAULT_READING,
  DEFAULT_SITE_RULES,
  type Reading,
  type SiteRules,
} from './schema';

export const enabledItem = storage.defineItem<boolean>('sync:enabled', {
  fallback: true,
  version: SETTING_VERSIONS.enabled,
});

export const siteRulesItem = storage.defineItem<SiteRules>('sync:siteRules', {
  fallback: DEFAULT_SITE_RULES,
  version: SETTING_VERSIONS.siteRules,
});

export const appearanceItem = storage.defineItem<Appearance>('sync:appearance', {
  fallback: DEFAULT_APPEARANCE,
  version: SETTING_VERSIONS.appearance,
  migrations: APPEARANCE_MIGRATIONS,
});

export const readingItem = storage.defineItem<Reading>('sync:reading', {
  fallback: DEFAULT_READING,
  version: SETTING_VERSIONS.reading,
});
