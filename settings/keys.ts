// Where each setting is stored. Shared by the versioned items (which migrate) and the plain
// reader that content scripts use (which only repairs), so both always name the same keys.

export const SETTING_KEYS = {
  enabled: 'sync:enabled',
  siteRules: 'sync:siteRules',
  appearance: 'sync:appearance',
  reading: 'sync:reading',
} as const;
