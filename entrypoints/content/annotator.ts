// Finds, decides and wraps acronyms on one document and undoes it exactly. Scanning runs in
// idle slices over the whole page; wrapping waits until the text comes near the viewport.

import type { PageProfile } from '../../glossary/context';
import type { AcronymMatcher } from '../../glossary/matcher';
import type { Entry } from '../../glossary/types';
import type { Reading } from '../../settings/schema';
import { Decider } from './decider';
import { NearViewport } from './near-viewport';
import { PageWatcher } from './page-watcher';
import { SubtreeScanner } from './scanner';
import { dropPieces, type SplitText, splitText, unsplitText, type WrapRequest } from './split-text';
import { WorkQueue } from './work-queue';

interface PendingText {
  node: Text;
  /** The text the requests were decided on; if the page changed it since, decide again. */
  data: string;
  requests: WrapRequest[];
}

export interface AnnotatorSetup {
  entries: Entry[];
  matcher: AcronymMatcher;
  profile: PageProfile;
  reading: Reading;
  /** Called after annotations change, for the badge and the popup's "on this page". */
  onCountsChanged(counts: ReadonlyMap<string, number>): void;
  /** How to learn that text is near the viewport; tests without layout pass their own. */
  watchVisibility?: (onNear: (element: Element) => void) => VisibilityWatcher;
}

export interface VisibilityWatcher {
  watch(element: Element): void;
  disconnect(): void;
}

export class Annotator {
  private readonly queue = new WorkQueue();
  private readonly decider: Decider;
  private readonly splits = new Map<Text, SplitText>();
  private readonly ownNodes = new WeakSet<Node>();
  private readonly pending = new Map<Element, PendingText[]>();
  private readonly nearQueue: Element[] = [];
  private readonly counts = new Map<string, number>();
  private readonly viewport: VisibilityWatcher;
  private readonly watcher: PageWatcher;

  constructor(private readonly setup: AnnotatorSetup) {
    this.decider = new Decider(setup.entries, setup.matcher, setup.profile, setup.reading);
    const onNear = (element: Element) => this.onNearViewport(element);
    this.viewport = setup.watchVisibility?.(onNear) ?? new NearViewport(onNear);
    this.watcher = new PageWatcher(
      {
        onAdded: (node) => this.scan(node),
        onTextChanged: (node) => this.onTextChanged(node),
        onRemoved: (node) => this.onRemoved(node),
      },
      (node) => this.ownNodes.has(node),
    );
  }

  start(root: Node): void {
    this.watcher.watch(root);
    this.scan(root);
  }

  /** Removes every wrapper and restores the page's text nodes exactly as they were. */
  stop(): void {
    this.queue.stop();
    this.viewport.disconnect();
    this.watcher.quietly(() => {
      for (const split of this.splits.values()) unsplitText(split);
    });
    this.watcher.disconnect();
    this.splits.clear();
    this.pending.clear();
    this.counts.clear();
  }

  private scan(root: Node): void {
    const scanner = new SubtreeScanner(root, this.setup.matcher, {
      onCandidate: (node) => this.onCandidate(node),
      onShadowRoot: (shadow) => this.start(shadow),
    });
    this.queue.pushIdle((deadline) => (scanner.scanUntil(deadline) ? 'done' : 'more'));
  }

  private onCandidate(node: Text): void {
    const requests = this.decider.requestsFor(node);
    const parent = node.parentElement;
    if (requests.length === 0 || !parent) return;
    for (const request of requests) this.count(request.label.term, +1);
    const waiting = this.pending.get(parent);
    if (waiting) waiting.push({ node, data: node.data, requests });
    else {
      this.pending.set(parent, [{ node, data: node.data, requests }]);
      this.viewport.watch(parent);
    }
  }

  private onNearViewport(element: Element): void {
    this.nearQueue.push(element);
    if (this.nearQueue.length === 1) this.queue.pushUrgent((deadline) => this.wrapNear(deadline));
  }

  private wrapNear(deadline: number): 'more' | 'done' {
    this.watcher.quietly(() => {
      while (this.nearQueue.length > 0 && performance.now() < deadline) {
        const element = this.nearQueue.shift() as Element;
        for (const text of this.pending.get(element) ?? []) this.wrap(text);
        this.pending.delete(element);
      }
    });
    return this.nearQueue.length > 0 ? 'more' : 'done';
  }

  private wrap({ node, data, requests }: PendingText): void {
    // A node whose text changed since it was decided has been queued again by the watcher;
    // one already wrapped was found twice. Either way these requests are void.
    if (!node.isConnected || this.splits.has(node) || node.data !== data) {
      this.forget(requests);
      return;
    }
    const split = splitText(node, requests);
    for (const piece of split.pieces) this.ownNodes.add(piece);
    this.splits.set(node, split);
    this.setup.onCountsChanged(this.counts);
  }

  private onTextChanged(node: Text): void {
    const split = this.splits.get(node);
    if (split) {
      // The page rewrote its own node: our pieces now show stale text, so take them back.
      this.splits.delete(node);
      this.watcher.quietly(() => dropPieces(split));
      this.forget(split.pieces.flatMap((piece) => termOf(piece)).map(asRequest));
    }
    if (node.isConnected) this.scan(node);
  }

  private onRemoved(node: Node): void {
    const split = node.nodeType === Node.TEXT_NODE ? this.splits.get(node as Text) : undefined;
    if (!split) return;
    this.splits.delete(node as Text);
    this.watcher.quietly(() => dropPieces(split));
    this.forget(split.pieces.flatMap((piece) => termOf(piece)).map(asRequest));
  }

  private forget(requests: { label: { term: string } }[]): void {
    for (const request of requests) this.count(request.label.term, -1);
    this.setup.onCountsChanged(this.counts);
  }

  private count(term: string, change: number): void {
    const next = (this.counts.get(term) ?? 0) + change;
    if (next > 0) this.counts.set(term, next);
    else this.counts.delete(term);
  }
}

const termOf = (piece: Node): string[] => {
  const term = piece.nodeType === Node.ELEMENT_NODE ? (piece as Element).getAttribute('data-nhs-term') : null;
  return term ? [term] : [];
};
const asRequest = (term: string) => ({ label: { term } });
