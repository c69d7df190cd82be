// Walks a subtree once, in document order and in time slices, reporting text nodes that hold
// an acronym and open shadow roots met on the way. Never walks the same node twice.

import type { AcronymMatcher } from '../../glossary/matcher';
import { isInsideSkippedSubtree, isSkippedElement } from './skip-rules';

export interface ScanCallbacks {
  onCandidate(node: Text): void;
  onShadowRoot(root: ShadowRoot): void;
}

// Reading the clock costs; checking it every few hundred nodes keeps slices close to budget.
const NODES_BETWEEN_CLOCK_CHECKS = 64;

export class SubtreeScanner {
  private readonly walker: TreeWalker;
  /** The next node to visit; undefined before the first slice, null when done. */
  private next: Node | null | undefined;

  constructor(
    root: Node,
    private readonly matcher: AcronymMatcher,
    private readonly callbacks: ScanCallbacks,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    // No filter function: a native walk with the skipping done here is much faster than a
    // JavaScript callback for every node.
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    if (root.nodeType === Node.TEXT_NODE) this.visitText(root as Text);
    // The walker reports shadow roots of the nodes it steps onto, never of the root itself.
    const ownShadow = root.nodeType === Node.ELEMENT_NODE ? (root as Element).shadowRoot : null;
    if (ownShadow) callbacks.onShadowRoot(ownShadow);
  }

  get done(): boolean {
    return this.next === null;
  }

  /** Scans until `deadline` (a performance.now() time); returns true once the subtree is done. */
  scanUntil(deadline: number): boolean {
    let node = this.next === undefined ? this.walker.nextNode() : this.next;
    for (let visited = 1; node; visited++) {
      if (node.nodeType === Node.TEXT_NODE) {
        this.visitText(node as Text);
        node = this.walker.nextNode();
      } else if (isSkippedElement(node as Element)) {
        node = this.skipSubtree();
      } else {
        const shadow = (node as Element).shadowRoot;
        if (shadow) this.callbacks.onShadowRoot(shadow);
        node = this.walker.nextNode();
      }
      if (visited % NODES_BETWEEN_CLOCK_CHECKS === 0 && node && performance.now() >= deadline) {
        this.next = node;
        return false;
      }
    }
    this.next = null;
    return true;
  }

  private visitText(node: Text): void {
    if (this.matcher.test(node.data) && !isInsideSkippedSubtree(node)) {
      this.callbacks.onCandidate(node);
    }
  }

  private skipSubtree(): Node | null {
    let next = this.walker.nextSibling();
    while (!next) {
      if (!this.walker.parentNode()) return null;
      next = this.walker.nextSibling();
    }
    return next;
  }
}
