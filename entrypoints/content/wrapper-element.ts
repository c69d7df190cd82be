// The element that wraps an annotated acronym. A custom tag name, so that page rules aimed
// at spans or abbrs (`span { display: none }`) do not reach it; styled by the injected sheet.

export const WRAPPER_TAG = 'nhs-term';

export interface WrapperLabel {
  term: string;
  /** Set only when the entry has several NHS senses and the context chose one. */
  sense?: string;
  /** What a screen reader hears with the term: the expansion, or both expansions when undecided. */
  description: string;
}

export function createWrapper(doc: Document, text: string, label: WrapperLabel): HTMLElement {
  const wrapper = doc.createElement(WRAPPER_TAG);
  wrapper.setAttribute('data-nhs-term', label.term);
  if (label.sense) wrapper.setAttribute('data-nhs-sense', label.sense);
  wrapper.setAttribute('aria-description', label.description);
  wrapper.textContent = text;
  return wrapper;
}

export const isWrapper = (node: Node | null): node is HTMLElement =>
  node?.nodeType === 1 && (node as Element).localName === WRAPPER_TAG;
