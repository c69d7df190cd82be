// The reader's settings: their types, defaults, and repair of whatever storage hands back.
// Pure: no browser APIs, so it is tested on plain values.

export type UnderlineStyle = 'dotted' | 'highlight' | 'none';
export type Theme = 'auto' | 'light' | 'dark';

export interface SiteRule {
  host: string;
  /** Also covers every subdomain of `host` (news.example.org for example.org). */
  includeSubdomains: boolean;
}

/** `all-except`: on everywhere but the listed sites. `only`: on just the listed sites. */
export interface SiteRules {
  mode: 'all-except' | 'only';
  sites: SiteRule[];
}

export interface Appearance {
  underline: UnderlineStyle;
  theme: Theme;
  hoverDelayMs: number;
}

export interface Reading {
  firstOccurrenceOnly: boolean;
  /** Terms or senses the reader does not want explained: `CCG`, or `ICP:provider`. */
  hiddenTerms: string[];
}

export const DEFAULT_SITE_RULES: SiteRules = { mode: 'all-except', sites: [] };
export const DEFAULT_APPEARANCE: Appearance = { underline: 'dotted', theme: 'auto', hoverDelayMs: 300 };
export const DEFAULT_READING: Reading = { firstOccurrenceOnly: false, hiddenTerms: [] };

/** The hover delays the options page offers, in ms. Stored delays are always one of these. */
export const HOVER_DELAY_STEPS = [0, 150, 300, 600, 1000] as const;

const nearestStep = (ms: number): number =>
  HOVER_DELAY_STEPS.reduce((best, step) => (Math.abs(step - ms) < Math.abs(best - ms) ? step : best));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

const HOST_PATTERN = /^[a-z0-9.-]{1,253}$|^\[[0-9a-f:]+\]$/;

export function repairSiteRules(value: unknown): SiteRules {
  if (!isRecord(value)) return DEFAULT_SITE_RULES;
  const sites = Array.isArray(value.sites) ? value.sites : [];
  return {
    mode: oneOf(value.mode, ['all-except', 'only'], DEFAULT_SITE_RULES.mode),
    sites: sites.flatMap((site): SiteRule[] =>
      isRecord(site) && typeof site.host === 'string' && HOST_PATTERN.test(site.host)
        ? [{ host: site.host, includeSubdomains: site.includeSubdomains === true }]
        : [],
    ),
  };
}

export function repairAppearance(value: unknown): Appearance {
  if (!isRecord(value)) return DEFAULT_APPEARANCE;
  const delay = value.hoverDelayMs;
  return {
    underline: oneOf(value.underline, ['dotted', 'highlight', 'none'], DEFAULT_APPEARANCE.underline),
    theme: oneOf(value.theme, ['auto', 'light', 'dark'], DEFAULT_APPEARANCE.theme),
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? nearestStep(delay)
        : DEFAULT_APPEARANCE.hoverDelayMs,
  };
}

export function repairReading(value: unknown): Reading {
  if (!isRecord(value)) return DEFAULT_READING;
  const hidden = Array.isArray(value.hiddenTerms) ? value.hiddenTerms : [];
  return {
    firstOccurrenceOnly: value.firstOccurrenceOnly === true,
    hiddenTerms: hidden.filter((term): term is string => typeof term === 'string' && term.length < 64),
  };
}

export const repairEnabled = (value: unknown): boolean => value !== false;
