// Keeps the tooltip beside its term: below it, or above when there is no room, shifted to stay in
// the viewport, following scrolling (also of inner scrolled containers) and resizes until stopped.

import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size } from '@floating-ui/dom';

const GAP_PX = 6;
const VIEWPORT_MARGIN_PX = 8;
// Below this the card scrolls inside itself rather than shrinking further.
const MIN_HEIGHT_PX = 96;

async function place(term: Element, frame: HTMLElement): Promise<void> {
  const { x, y, middlewareData } = await computePosition(term, frame, {
    strategy: 'fixed',
    // Centred under the term: the same on left-to-right and right-to-left pages.
    placement: 'bottom',
    middleware: [
      inline(),
      offset(GAP_PX),
      flip({ padding: VIEWPORT_MARGIN_PX }),
      shift({ padding: VIEWPORT_MARGIN_PX }),
      size({
        padding: VIEWPORT_MARGIN_PX,
        apply({ availableHeight }) {
          frame.style.setProperty('--available-height', `${Math.max(MIN_HEIGHT_PX, availableHeight)}px`);
        },
      }),
      hide(),
    ],
  });
  // CSSOM writes, not style attributes: a strict CSP blocks the latter but not these.
  frame.style.left = `${x}px`;
  frame.style.top = `${y}px`;
  // A term scrolled out of its container takes its tooltip with it.
  frame.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
}

/** Positions `frame` by `term` now and whenever either moves; returns the function that stops it. */
export function followTerm(term: Element, frame: HTMLElement, onLost: () => void): () => void {
  const update = () => {
    if (!term.isConnected) onLost();
    else void place(term, frame);
  };
  return autoUpdate(term, frame, update, {
    // Pages and test DOMs without these observers still get scroll and resize updates.
    elementResize: typeof ResizeObserver === 'function',
    layoutShift: typeof IntersectionObserver === 'function',
  });
}
