// Changes settings from the popup and options page: each write starts from the repaired stored
// value, so a change to one field never writes back another field's corrupt value. Writes run
// one after another, so two quick changes cannot both start from the same old value.

import { appearanceItem, enabledItem, readingItem, siteRulesItem } from './items';
import {
  type Appearance,
  type Reading,
  repairAppearance,
  repairReading,
  repairSiteRules,
  type SiteRules,
} from './schema';

let queue: Promise<unknown> = Promise.resolve();

/** Runs `write` after every write queued before it; a failed write does not block later ones. */
function inTurn(write: () => Promise<void>): Promise<void> {
  const next = queue.then(write, write);
  queue = next.catch(() => {});
  return next;
}

export async function setEnabled(on: boolean): Promise<void> {
  await inTurn(() => enabledItem.setValue(on));
}

export async function updateSiteRules(change: (rules: SiteRules) => SiteRules): Promise<void> {
  await inTurn(async () => {
    const rules = repairSiteRules(await siteRulesItem.getValue());
    await siteRulesItem.setValue(repairSiteRules(change(rules)));
  });
}

export async function updateAppearance(change: Partial<Appearance>): Promise<void> {
  await inTurn(async () => {
    const appearance = repairAppearance(await appearanceItem.getValue());
    await appearanceItem.setValue(repairAppearance({ ...appearance, ...change }));
  });
}

/** `change` may be a function of the stored value, for edits such as "add this to the list". */
export async function updateReading(
  change: Partial<Reading> | ((reading: Reading) => Partial<Reading>),
): Promise<void> {
  await inTurn(async () => {
    const reading = repairReading(await readingItem.getValue());
    const changes = typeof change === 'function' ? change(reading) : change;
    await readingItem.setValue(repairReading({ ...reading, ...changes }));
  });
}
