// Which tab the popup reports on and switches: the active tab, or the one named by
// `?tab=<id>` when the popup page is opened in a tab of its own (tests, "open in tab" views).

export interface TargetTab {
  id: number;
  url: string | undefined;
}

function requestedTabId(search: string): number | undefined {
  const id = Number(new URLSearchParams(search).get('tab') ?? Number.NaN);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

export async function findTargetTab(search: string): Promise<TargetTab | undefined> {
  try {
    const requested = requestedTabId(search);
    if (requested === undefined) {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      return active?.id === undefined ? undefined : { id: active.id, url: active.url };
    }
    // Without the "tabs" permission the browser shows a tab's address only to the toolbar
    // popup (activeTab), not to this page opened in another tab: then the page's report says.
    const tab = await browser.tabs.get(requested);
    return { id: requested, url: tab.url };
  } catch {
    return undefined; // the named tab has closed
  }
}
