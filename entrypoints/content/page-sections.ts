// Tells which section of the page (the stretch under one heading) a block belongs to, so that a
// definition can be held to its own section and the heading read as context. Looks only at nearby
// siblings and ancestors, never at layout, and remembers each answer.

const HEADING = /^H[1-6]$/;
const SECTIONING = new Set(['ARTICLE', 'SECTION']);
// Enough for a long run of paragraphs under one heading; past it the block shares the parent's section.
const SIBLINGS_LOOKED_AT = 60;
// A heading is a line; anything longer is not one a reader takes as a title.
const HEADING_CHARS = 200;

export interface PageSection {
  /** A number that two blocks share exactly when they sit under the same heading. */
  id: number;
  /** That heading's text, for a block that is not the heading itself. */
  heading?: string;
}

export class PageSections {
  private readonly ids = new WeakMap<Element, number>();
  private readonly sectionOfBlock = new WeakMap<Element, PageSection>();
  private sectionsSeen = 0;

  of(block: Element): PageSection {
    const known = this.sectionOfBlock.get(block);
    if (known) return known;
    const start = sectionStart(block);
    const heading = HEADING.test(start.tagName) && start !== block ? start.textContent?.trim() : undefined;
    const section: PageSection = {
      id: this.idOfElement(start),
      ...(heading && heading.length <= HEADING_CHARS ? { heading } : {}),
    };
    this.sectionOfBlock.set(block, section);
    return section;
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
