// The text nodes the extension has split, its own inserted nodes, and the per-term counts:
// everything needed to tell our nodes from the page's and to undo exactly.

import { dropPieces, type SplitText, unsplitText } from './split-text';

export class WrappedTexts {
  private readonly splits = new Map<Text, SplitText>();
  private readonly ownNodes = new WeakSet<Node>();
  readonly counts = new Map<string, number>();

  isOwn = (node: Node): boolean => this.ownNodes.has(node);

  has(node: Text): boolean {
    return this.splits.has(node);
  }

  add(split: SplitText, terms: string[]): void {
    this.splits.set(split.original, split);
    for (const piece of split.pieces) this.ownNodes.add(piece);
    for (const term of terms) this.count(term, +1);
  }

  /** The page changed or removed a node we split: our pieces show stale text, take them back. */
  release(node: Text): boolean {
    const split = this.splits.get(node);
    if (!split) return false;
    this.splits.delete(node);
    dropPieces(split);
    for (const piece of split.pieces) {
      const term =
        piece.nodeType === Node.ELEMENT_NODE ? (piece as Element).getAttribute('data-nhs-term') : null;
      if (term) this.count(term, -1);
    }
    return true;
  }

  /** Puts one split text node back as it was, pieces removed; true if it was split. */
  restore(node: Text): boolean {
    const split = this.splits.get(node);
    if (!split) return false;
    this.release(node);
    node.data = split.originalData;
    return true;
  }

  /**
   * The page's text node whose pieces surround `node`, when the page put `node` among them
   * (`textNode.after(x)`, or appending after our last piece), or undefined.
   */
  splitAround(node: Node): Text | undefined {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (sibling.nodeType === Node.TEXT_NODE && this.splits.has(sibling as Text)) return sibling as Text;
      if (!this.ownNodes.has(sibling)) return undefined;
    }
    return undefined;
  }

  /** Puts every split text node back as it was. */
  restoreAll(): void {
    for (const split of this.splits.values()) unsplitText(split);
    this.splits.clear();
    this.counts.clear();
  }

  private count(term: string, change: number): void {
    const next = (this.counts.get(term) ?? 0) + change;
    if (next > 0) this.counts.set(term, next);
    else this.counts.delete(term);
  }
}
