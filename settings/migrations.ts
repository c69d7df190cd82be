// How each stored setting moves from one version to the next. WXT's storage runs these when any
// extension context starts. Every step repairs as it goes, so a corrupt value becomes the defaults
// instead of a failed migration that would leave the item stuck at its old version.

import { type Appearance, repairAppearance } from './schema';

/** The stored version of each item. To change a shape: bump it here and add the step below. */
export const SETTING_VERSIONS = { enabled: 1, siteRules: 1, appearance: 2, reading: 1 } as const;

/**
 * v2: the hover delay is one of the steps the options page offers (HOVER_DELAY_STEPS). A v1 delay
 * could be any whole number of ms up to 2000; it moves to the nearest step.
 */
export const APPEARANCE_MIGRATIONS = {
  2: (stored: unknown): Appearance => repairAppearance(stored),
};
