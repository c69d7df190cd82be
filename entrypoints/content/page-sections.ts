// Tells which section of the page (the stretch under one heading) a block belongs to, so that a
// definition can be held to its own section. Looks only at nearby siblings and ancestors, never
// at layout, and remembers each answer.

const HEADING = /^H[1-6]$/;
const SECTIONING = new Set(['ARTICLE', 'SECTION']);
// Enough for a long run of paragraphs under one heading; past it the block shares the parent's section.
const SIBLINGS_LOOKED_AT = 60;

export class PageSections {
  private readonly ids = new WeakMap<Element, number>();
  private readonly sectionOfBlock = new WeakMap<Element, number>();
  private sectionsSeen = 0;

  /** A number that two blocks share exactly when they sit under the same heading. */
  idOf(block: Element): number {
    const known = this.sectionOfBlock.get(block);
    if (known !== undefined) return known;
    const id = this.idOfElement(sectionStart(block));
    this.sectionOfBlock.set(block, id);
    return id;
  }

  private idOfElement(element: Element): number {
    let id = this.ids.get(element);
    if (id === undefined) {
      id = ++this.sectionsSeen;
      this.ids.set(element, id);
    }
    return id;
  }
}

/** The heading the block comes under, or the article or section holding it, or the body. */
function sectionStart(block: Element): Element {
  let node: Element | null = block;
  for (; node?.parentElement; node = node.parentElement) {
    if (HEADING.test(node.tagName)) return node;
    const heading = headingBefore(node);
    if (heading) return heading;
    if (SECTIONING.has(node.parentElement.tagName)) return node.parentElement;
  }
  return node ?? block;
}

function headingBefore(node: Element): Element | undefined {
  let sibling = node.previousElementSibling;
  for (let looked = 0; sibling && looked < SIBLINGS_LOOKED_AT; looked++) {
    // A heading in a wrapper of its own (<header><h2>…</h2></header>) still starts the section.
    const heading = HEADING.test(sibling.tagName) ? sibling : sibling.firstElementChild;
    if (heading && HEADING.test(heading.tagName)) return heading;
    sibling = sibling.previousElementSibling;
  }
  return undefined;
}
