// The popup's view of its target tab: found once, and asked again whenever a setting changes,
// since switching a site on or off changes what the page reports.
import { useEffect, useState } from 'preact/hooks';
import { watchSettings } from '../../settings/read';
import { loadPageInfo, type PageInfo } from './page-info';
import { findTargetTab, type TargetTab } from './target-tab';

// The content script undoes or redoes its work after a change; give it a moment before asking.
const REPORT_DELAY_MS = 400;

/** What the target tab reports, or undefined until it has answered (or failed to). */
export function usePageInfo(search: string): PageInfo | undefined {
  const [target, setTarget] = useState<{ found: boolean; tab?: TargetTab }>({ found: false });
  const [info, setInfo] = useState<PageInfo | undefined>();

  useEffect(() => {
    void findTargetTab(search).then((tab) => setTarget({ found: true, tab }));
  }, [search]);

  useEffect(() => {
    if (!target.found) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => void loadPageInfo(target.tab).then((next) => live && setInfo(next));
    ask();
    const unwatch = watchSettings(() => {
      clearTimeout(timer);
      timer = setTimeout(ask, REPORT_DELAY_MS);
    });
    return () => {
      live = false;
      clearTimeout(timer);
      unwatch();
    };
  }, [target]);

  return info;
}
