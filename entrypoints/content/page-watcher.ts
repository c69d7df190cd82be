// Tells the annotator what the page changed (new content, rewritten or removed text) and
// keeps the extension's own DOM changes out of that stream, so annotating never loops.

export interface PageChanges {
  onAdded(node: Node): void;
  onTextChanged(node: Text): void;
  onRemoved(node: Node): void;
}

const OPTIONS: MutationObserverInit = { childList: true, characterData: true, subtree: true };

export class PageWatcher {
  private readonly observer: MutationObserver;
  private readonly roots = new Set<Node>();
  /** How deep in `quietly` calls we are: only the outermost stops and restarts watching. */
  private quietDepth = 0;

  constructor(
    private readonly changes: PageChanges,
    private readonly isOwnNode: (node: Node) => boolean,
  ) {
    this.observer = new MutationObserver((records) => this.handle(records));
  }

  watch(root: Node): void {
    this.roots.add(root);
    this.observer.observe(root, OPTIONS);
  }

  /**
   * Runs our own DOM changes unwatched: the page's pending records are handled first, and ours are
   * never made. Taking records of our own changes and dropping them cost a script object for each
   * record and node, and on a long page making those objects was the longest pause in a batch.
   */
  quietly(change: () => void): void {
    this.handle(this.observer.takeRecords());
    if (this.quietDepth++ === 0) this.observer.disconnect();
    try {
      change();
    } finally {
      if (--this.quietDepth === 0) for (const root of this.roots) this.observer.observe(root, OPTIONS);
    }
  }

  disconnect(): void {
    this.observer.disconnect();
    this.roots.clear();
  }

  private handle(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        this.changes.onTextChanged(record.target as Text);
        continue;
      }
      for (const node of record.removedNodes) if (!this.isOwnNode(node)) this.changes.onRemoved(node);
      for (const node of record.addedNodes) if (!this.isOwnNode(node)) this.changes.onAdded(node);
    }
  }
}
