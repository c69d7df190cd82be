// "On this page": the switches for the page's site, its dates, and the terms the glossary
// explained there, each opening its entry; or, when there are none, why not.
import { findEntry } from '../../glossary/index';
import type { Settings } from '../../settings/read';
import { isEnabledOn, switchSite } from '../../settings/site-rules';
import { setEnabled, updateSiteRules } from '../../settings/write';
import { EntryLink, type OpenEntry } from '../shared/EntryLink';
import { SiteSwitch } from '../shared/SiteSwitch';
import { changedSince, pageDateOf } from './changed-since';
import type { PageInfo } from './page-info';
import { changedText, emptyReason, pageDatesText } from './page-summary';

interface OnThisPageProps {
  info: PageInfo | undefined;
  settings: Settings | undefined;
  onOpenEntry: OpenEntry;
}

export function OnThisPage({ info, settings, onOpenEntry }: OnThisPageProps) {
  const host = info?.host;
  return (
    <section class="on-this-page" aria-labelledby="on-this-page-title">
      <h2 id="on-this-page-title">On this page</h2>
      {settings && (
        <SiteSwitch
          host={host}
          siteOn={host !== undefined && isEnabledOn(host, settings.siteRules, true)}
          globallyOn={settings.enabled}
          onSiteChange={(on) => host && void updateSiteRules((rules) => switchSite(rules, host, on))}
          onGlobalChange={(on) => void setEnabled(on)}
        />
      )}
      {info ? <PageTerms info={info} onOpenEntry={onOpenEntry} /> : <p class="muted">Reading the page…</p>}
    </section>
  );
}

function PageTerms({ info, onOpenEntry }: { info: PageInfo; onOpenEntry: OpenEntry }) {
  const report = info.kind === 'report' ? info.report : undefined;
  const datesText = pageDatesText(report?.dates);
  const empty = emptyReason(info);
  const terms = [...(report?.terms ?? [])].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
  const pageDate = pageDateOf(report?.dates);
  const changed = changedSince(
    terms.map((term) => term.term),
    pageDate,
  );
  return (
    <>
      {datesText && <p class="page-dates">{datesText}</p>}
      {empty ? (
        <p class="empty-state">{empty}</p>
      ) : (
        <>
          {pageDate && <p class="changed-summary">{changedText(changed.length, terms.length)}</p>}
          <ul class="page-terms">
            {terms.map(({ term, count }) => (
              <li key={term}>
                <EntryLink id={term} onOpen={onOpenEntry} class="page-term">
                  <strong>{term}</strong>{' '}
                  <span class="page-term-expansion">
                    {findEntry(term)
                      ?.senses.map((sense) => sense.expansion)
                      .join(' or ')}
                  </span>
                </EntryLink>
                <span class="page-term-meta">
                  <span class="page-term-count">
                    <span aria-hidden="true">×{count}</span>
                    <span class="visually-hidden">{count} on the page</span>
                  </span>
                  {changed.includes(term) && <span class="changed-badge">changed since</span>}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
