// Finds the parts of a document near the viewport that have not been scanned yet, by reading
// element boxes top-down and binary-searching long lists of children. The cost follows what
// is on screen, not the page's length: a 10 MB report costs what its first screens cost.

import { isSkippedElement } from './skip-rules';

// A container with more element children than this is searched, not read child by child,
// assuming its children stack vertically (true of articles, lists, tables and feeds).
const SEARCHABLE_CHILDREN = 16;
// A child this tall with this many children is opened up rather than scanned whole.
const SPLITTABLE_CHILDREN = 16;
const SPLITTABLE_SCREENS = 2;
// How far around the viewport to annotate, in screens. Every batch of changes costs the browser
// a style and layout pass over the page, so work is done in few, larger batches well ahead of
// the reader: see RECHECK_SCREENS in annotator.ts.
export const SCREENS_ABOVE = 2;
export const SCREENS_BELOW = 6;

interface Band {
  top: number;
  bottom: number;
}

export class ViewportRegions {
  /** Elements whose whole subtree has been handed out for scanning. */
  private readonly handedOut = new WeakSet<Element>();
  /** Containers opened up: their own text nodes have been handed out. */
  private readonly opened = new WeakSet<Element>();

  constructor(private readonly view: Window) {}

  /**
   * Subtrees and loose text nodes under `root` near the viewport that nobody has scanned yet.
   * The body is always opened up; any other root (content the page added) may be handed out whole.
   */
  collect(root: Element, alwaysOpen: boolean): Node[] {
    const height = this.view.innerHeight;
    const band = { top: -SCREENS_ABOVE * height, bottom: (1 + SCREENS_BELOW) * height };
    const found: Node[] = [];
    if (alwaysOpen) this.open(root, band, found);
    else this.visit(root, root.getBoundingClientRect(), band, found);
    return found;
  }

  /** True once `root` has been handed out whole: nothing under it needs looking at again. */
  isDone(root: Element): boolean {
    return this.handedOut.has(root);
  }

  /** True when `node` lies inside a subtree already handed out, so a scan from the top won't reach it. */
  isInsideDone(node: Node): boolean {
    for (let element = node.parentElement; element; element = element.parentElement) {
      if (this.handedOut.has(element)) return true;
    }
    return false;
  }

  private open(container: Element, band: Band, found: Node[]): void {
    if (!this.opened.has(container)) {
      this.opened.add(container);
      for (const child of container.childNodes) if (child.nodeType === Node.TEXT_NODE) found.push(child);
    }
    const children = container.children;
    const searchable = children.length > SEARCHABLE_CHILDREN;
    for (let index = searchable ? this.firstNear(children, band) : 0; index < children.length; index++) {
      const child = children[index] as Element;
      const box = child.getBoundingClientRect();
      if (searchable && box.top > band.bottom && box.height > 0) break;
      this.visit(child, box, band, found);
    }
  }

  private visit(element: Element, box: DOMRect, band: Band, found: Node[]): void {
    if (box.bottom < band.top || box.top > band.bottom || this.handedOut.has(element)) return;
    if (isSkippedElement(element)) return;
    const tall = box.height > SPLITTABLE_SCREENS * this.view.innerHeight;
    if (tall && element.childElementCount > SPLITTABLE_CHILDREN) {
      this.open(element, band, found);
    } else {
      this.handedOut.add(element);
      found.push(element);
    }
  }

  /** Index of the first child whose box reaches the band, by binary search on box bottoms. */
  private firstNear(children: HTMLCollection, band: Band): number {
    let low = 0;
    let high = children.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      const box = (children[middle] as Element).getBoundingClientRect();
      if (box.bottom < band.top) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
