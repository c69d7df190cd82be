// Switches the extension on or off for the site of a page address; shared by the popup's
// switch and the keyboard command.

import { enabledItem, siteRulesItem } from './items';
import { repairEnabled, repairSiteRules } from './schema';
import { isEnabledOn, switchSite } from './site-rules';

/** Hostname of a page the extension can run on, or undefined (browser pages, files). */
export function scriptableHost(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

/** Sets the site of `url` on or off; with no `on`, flips it. Returns the new state. */
export async function toggleSiteForTab(url: string, on?: boolean): Promise<boolean | undefined> {
  const host = scriptableHost(url);
  if (!host) return undefined;
  const rules = repairSiteRules(await siteRulesItem.getValue());
  const enabled = repairEnabled(await enabledItem.getValue());
  const next = on ?? !isEnabledOn(host, rules, enabled);
  await siteRulesItem.setValue(switchSite(rules, host, next));
  return next;
}
