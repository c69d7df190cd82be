// The keyboard way to the terms without a tab stop for each: a shortcut moves focus to the next
// annotated term on screen, then the next below. Only the focused term gets a tabindex.

import { TERM_SELECTOR } from './term-details';

/** Alt+Shift+N, read from the key's position so that layouts and Option-key characters agree. */
export const isNextTermShortcut = (event: KeyboardEvent): boolean =>
  Boolean(event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN');

interface VerticalExtent {
  bottom: number;
}

/**
 * The term after `current` in reading order that is on screen or below it; past the last one, the
 * first on screen again. Terms with no box (hidden, collapsed) are skipped; `extentOf` gives none.
 */
export function chooseNextTerm<T>(
  terms: readonly T[],
  current: T | undefined,
  extentOf: (term: T) => VerticalExtent | undefined,
): T | undefined {
  const shown = terms.flatMap((term) => {
    const extent = extentOf(term);
    return extent ? [{ term, extent }] : [];
  });
  const notAbove = ({ extent }: { extent: VerticalExtent }) => extent.bottom > 0;
  const after = current === undefined ? 0 : shown.findIndex(({ term }) => term === current) + 1;
  return (shown.slice(after).find(notAbove) ?? shown.find(notAbove) ?? shown[0])?.term;
}

const extentOf = (term: Element): VerticalExtent | undefined =>
  term.getClientRects().length > 0 ? term.getBoundingClientRect() : undefined;

export class TermKeyboard {
  private focused: HTMLElement | undefined;

  constructor(
    private readonly doc: Document,
    private readonly tooltip: { readonly openTerm: HTMLElement | undefined; show(term: HTMLElement): void },
  ) {}

  focusNext(): void {
    const active = this.doc.activeElement;
    // From the focused term, else from the term whose tooltip is open.
    const current = active?.matches(TERM_SELECTOR) ? (active as HTMLElement) : this.tooltip.openTerm;
    const terms = [...this.doc.querySelectorAll<HTMLElement>(TERM_SELECTOR)];
    const next = chooseNextTerm(terms, current, extentOf);
    if (!next) return;
    // The only term on screen, already focused: bring back its tooltip if Escape closed it.
    if (next === active) {
      this.tooltip.show(next);
      return;
    }
    next.setAttribute('tabindex', '-1');
    // Focus scrolls a term below the screen into view, and the focus listener opens its tooltip;
    // the term losing focus gives back its tabindex first, so this is the only one with one.
    next.focus();
    this.focused = next;
  }

  /** Takes the tabindex back from a term that lost focus (or from any, with no argument). */
  release(target?: EventTarget | null): void {
    if (!this.focused || (target !== undefined && target !== this.focused)) return;
    this.focused.removeAttribute('tabindex');
    this.focused = undefined;
  }
}
