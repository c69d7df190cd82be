// Notices when a single-page app changes address and when the extension goes away (updated,
// disabled or removed). Polls instead of relying on events, because a page can dispatch any
// event it likes, including the ones WXT's context listens for; it cannot fake either of these.

const POLL_MS = 1000;

export interface PageLifecycle {
  onNavigated(): void;
  /** The extension's context is gone: clean up the page, then nothing more will run. */
  onExtensionGone(): void;
}

/** True while this content script can still talk to its extension. */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export function watchPageLifecycle(view: Window, lifecycle: PageLifecycle): () => void {
  let address = view.location.href;
  const timer = view.setInterval(() => {
    if (!extensionAlive()) {
      view.clearInterval(timer);
      lifecycle.onExtensionGone();
      return;
    }
    if (view.location.href !== address) {
      address = view.location.href;
      lifecycle.onNavigated();
    }
  }, POLL_MS);
  return () => view.clearInterval(timer);
}
