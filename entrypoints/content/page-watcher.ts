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

  constructor(
    private readonly changes: PageChanges,
    private readonly isOwnNode: (node: Node) => boolean,
  ) {
    this.observer = new MutationObserver((records) => this.handle(records));
  }

  watch(root: Node): void {
    this.observer.observe(root, OPTIONS);
  }

  /** Runs our own DOM changes: the page's pending records are handled, ours are dropped. */
  quietly(change: () => void): void {
    this.handle(this.observer.takeRecords());
    change();
    this.observer.takeRecords();
  }

  disconnect(): void {
    this.observer.disconnect();
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
