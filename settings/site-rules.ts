// Whether the extension runs on a given site, and how a "switch this site" flips the rules.
// Pure, so the popup, options page, command and content script all agree.

import type { SiteRule, SiteRules } from './schema';

/** Lower-cased host without a leading `www.`, the key sites are stored under. */
export const siteKey = (hostname: string): string => hostname.toLowerCase().replace(/^www\./, '');

const ruleCovers = (rule: SiteRule, host: string): boolean =>
  host === rule.host || (rule.includeSubdomains && host.endsWith(`.${rule.host}`));

export const findRule = (rules: SiteRules, hostname: string): SiteRule | undefined => {
  const host = siteKey(hostname);
  return rules.sites.find((rule) => ruleCovers(rule, host));
};

export function isEnabledOn(hostname: string, rules: SiteRules, globallyEnabled: boolean): boolean {
  if (!globallyEnabled) return false;
  const listed = findRule(rules, hostname) !== undefined;
  return rules.mode === 'all-except' ? !listed : listed;
}

/** New rules with the site switched to `on`, whatever the mode. */
export function switchSite(rules: SiteRules, hostname: string, on: boolean): SiteRules {
  const host = siteKey(hostname);
  const wantListed = rules.mode === 'all-except' ? !on : on;
  const others = rules.sites.filter((rule) => !ruleCovers(rule, host));
  const existing = findRule(rules, hostname);
  if (!wantListed) return { ...rules, sites: others };
  return { ...rules, sites: [...others, existing ?? { host, includeSubdomains: false }] };
}

/** The site key for what a reader types into "Add a site": a host or a whole address. */
export function siteFromInput(input: string): string | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).hostname;
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$|^\[[0-9a-f:]+\]$/.test(host) ? siteKey(host) : undefined;
  } catch {
    return undefined;
  }
}

/** Adds a listed site (already listed: unchanged). */
export function addSite(rules: SiteRules, host: string, includeSubdomains = false): SiteRules {
  if (rules.sites.some((rule) => rule.host === host)) return rules;
  return { ...rules, sites: [...rules.sites, { host, includeSubdomains }] };
}

export const removeSite = (rules: SiteRules, host: string): SiteRules => ({
  ...rules,
  sites: rules.sites.filter((rule) => rule.host !== host),
});

export const setSubdomains = (rules: SiteRules, host: string, includeSubdomains: boolean): SiteRules => ({
  ...rules,
  sites: rules.sites.map((rule) => (rule.host === host ? { ...rule, includeSubdomains } : rule)),
});

/** The list is kept when the mode changes; what it means flips ("except these" / "only these"). */
export const setMode = (rules: SiteRules, mode: SiteRules['mode']): SiteRules => ({ ...rules, mode });
