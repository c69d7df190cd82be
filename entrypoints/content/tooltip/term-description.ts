// Lets screen readers hear the open tooltip. The card lives in a closed shadow root, which ID
// references such as aria-describedby cannot cross, so the term's own aria-description carries
// the card's text while it is open and gets its short expansion back when it closes.

const ENDS_A_SENTENCE = /[.!?:]$/;

// The title repeats the acronym, which the reader has just heard as the term itself.
const spokenPart = (element: Element): string =>
  (element.matches('.title') ? element.querySelector('.expansion') : element)?.textContent ?? '';

/** The card's text as one description: every paragraph and list item, each ending as a sentence. */
export function cardText(card: ParentNode): string {
  return [...card.querySelectorAll('p, li')]
    .map((element) => spokenPart(element).replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '')
    .map((text) => (ENDS_A_SENTENCE.test(text) ? text : `${text}.`))
    .join(' ');
}

/** Gives `term` the card's text as its description; returns the function that puts the old one back. */
export function describeWhileOpen(term: Element, card: ParentNode): () => void {
  const previous = term.getAttribute('aria-description');
  term.setAttribute('aria-description', cardText(card));
  return () => {
    if (previous === null) term.removeAttribute('aria-description');
    else term.setAttribute('aria-description', previous);
  };
}
