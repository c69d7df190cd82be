// Asks the target tab's content script what it did on the page. Any failure means the page is
// one the extension cannot read: a browser page, the add-on store, a local file, or a tab that
// was open before the extension was installed.
import type { PageReport } from '../../messaging/protocol';
import { scriptableHost } from '../../settings/toggle-site';
import type { TargetTab } from './target-tab';

export type PageInfo =
  | { kind: 'report'; host: string | undefined; report: PageReport }
  | { kind: 'unreadable'; host: string | undefined };

const STATES: readonly string[] = ['on', 'site-off', 'global-off', 'no-context'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The report, if the answer is one: a content script from an older build may answer otherwise. */
export function asPageReport(value: unknown): PageReport | undefined {
  if (!isRecord(value) || typeof value.state !== 'string' || !STATES.includes(value.state)) return undefined;
  if (!Array.isArray(value.terms)) return undefined;
  const terms = value.terms.filter(
    (term): term is PageReport['terms'][number] =>
      isRecord(term) && typeof term.term === 'string' && typeof term.count === 'number',
  );
  const dates = isRecord(value.dates) ? (value.dates as PageReport['dates']) : undefined;
  const host = typeof value.host === 'string' ? value.host : '';
  return { host, state: value.state as PageReport['state'], terms, dates };
}

export async function loadPageInfo(tab: TargetTab | undefined): Promise<PageInfo> {
  const host = tab?.url ? scriptableHost(tab.url) : undefined;
  // A known address that is not http(s) never has the content script: no need to ask.
  if (!tab || (tab.url !== undefined && host === undefined)) return { kind: 'unreadable', host };
  try {
    const answer = await browser.tabs.sendMessage(tab.id, { type: 'page-report' }, { frameId: 0 });
    const report = asPageReport(answer);
    // Opened in a tab of its own, the popup may not see the page's address; the page knows it.
    return report
      ? { kind: 'report', host: host ?? (report.host || undefined), report }
      : { kind: 'unreadable', host };
  } catch {
    return { kind: 'unreadable', host };
  }
}
