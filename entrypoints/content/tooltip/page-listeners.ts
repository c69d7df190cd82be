// One set of listeners on the document for every term, present and future: pointer hover with
// its delay and grace, focus, the keyboard shortcut and Escape, and taps on touch screens.

import type { TermKeyboard } from './next-term';
import { isNextTermShortcut } from './next-term';
import { TERM_SELECTOR, termAt } from './term-details';
import type { TooltipController } from './tooltip-controller';

const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** The innermost target, seen through open shadow roots (where the annotator also wraps terms). */
const innermost = (event: Event): EventTarget | undefined =>
  event.composedPath()[0] ?? event.target ?? undefined;

const asElement = (target: EventTarget | undefined): Element | undefined =>
  (target as Node | undefined)?.nodeType === 1 ? (target as Element) : undefined;

// Mouse focus on a link should not pop a tooltip; keyboard focus should. Test DOMs without the
// selector count as keyboard.
function hasKeyboardFocus(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

/** The pointer type behind a click: from the event where the browser says, else the last press. */
function clickPointerType(event: MouseEvent, lastPress: string): string {
  const type = (event as Partial<PointerEvent>).pointerType;
  if (type) return type;
  // detail 0 means a click made by the keyboard (Enter on a link), not by a finger.
  return event.detail > 0 ? lastPress : 'keyboard';
}

/**
 * Listens until the returned function is called. `isReaderInput` screens pointer, click and key
 * events: in browsers only the reader's own (`isTrusted`), so page scripts cannot drive the
 * tooltip with made-up events. Focus events always count: focus is where the reader is.
 */
export function listenToPage(
  doc: Document,
  tooltip: TooltipController,
  keyboard: TermKeyboard,
  isReaderInput: (event: Event) => boolean,
): () => void {
  let lastPressType = 'mouse';
  let pressedInTooltip = false;

  // Whether focus (on the term, or a link around it) is what holds the tooltip open.
  const focusHolds = (term: HTMLElement): boolean => {
    const active = doc.activeElement;
    return !!active && active !== doc.body && active !== doc.documentElement && active.contains(term);
  };

  const onPointerOver = (event: PointerEvent) => {
    // Touch opens on tap instead: its hover events come and go with the finger.
    if (event.pointerType === 'touch') return;
    if (tooltip.isTooltip(event.target)) return tooltip.cancelHide();
    const term = termAt(innermost(event));
    if (term) tooltip.showAfterDelay(term);
  };

  // Every leave starts the grace period; arriving on the card or back on the term cancels it.
  const onPointerOut = (event: PointerEvent) => {
    if (event.pointerType === 'touch' || pressedInTooltip) return;
    const fromTerm = termAt(innermost(event));
    if (!fromTerm && !tooltip.isTooltip(event.target)) return;
    tooltip.cancelShow();
    const open = tooltip.openTerm;
    if (open && !focusHolds(open)) tooltip.hideAfterGrace();
  };

  const onPointerDown = (event: PointerEvent) => {
    lastPressType = event.pointerType;
    // A selection started in the card may end outside it; the card stays until dismissed.
    pressedInTooltip = tooltip.isTooltip(event.target);
  };

  const onClick = (event: MouseEvent) => {
    const selecting = pressedInTooltip;
    pressedInTooltip = false;
    if (selecting || tooltip.isTooltip(event.target)) return;
    const term = termAt(innermost(event));
    if (!term) return tooltip.hide();
    if (clickPointerType(event, lastPressType) !== 'touch' || tooltip.openTerm === term) return;
    // The first tap explains the term; only a second tap follows the link around it.
    tooltip.show(term);
    if (term.closest('a[href], area[href]')) event.preventDefault();
  };

  const onFocusIn = (event: FocusEvent) => {
    const target = asElement(innermost(event));
    if (!target) return;
    const term = termAt(target) ?? (hasKeyboardFocus(target) ? termInside(target) : undefined);
    if (term) tooltip.show(term);
  };

  const onFocusOut = (event: FocusEvent) => {
    const target = asElement(innermost(event));
    keyboard.release(target);
    const open = tooltip.openTerm;
    if (!target || !open || !target.contains(open) || tooltip.isTooltip(event.relatedTarget)) return;
    tooltip.hideAfterGrace();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const open = tooltip.openTerm;
    if (event.key === 'Escape' && open) return tooltip.hide();
    if (isNextTermShortcut(event) && !asElement(innermost(event))?.closest(EDITABLE)) {
      event.preventDefault();
      return keyboard.focusNext();
    }
    // Enter on a term focused by the shortcut does what the card's button does.
    if (event.key === 'Enter' && open && innermost(event) === open) {
      event.preventDefault();
      tooltip.openMore();
    }
  };

  const fromReader =
    <E extends Event>(listener: (event: E) => void) =>
    (event: E) => {
      if (isReaderInput(event)) listener(event);
    };
  // Capture, so that page handlers that stop propagation cannot hide terms from the tooltip.
  const listeners: [string, (event: never) => void][] = [
    ['pointerover', fromReader(onPointerOver)],
    ['pointerout', fromReader(onPointerOut)],
    ['pointerdown', fromReader(onPointerDown)],
    ['click', fromReader(onClick)],
    ['focusin', onFocusIn],
    ['focusout', onFocusOut],
    ['keydown', fromReader(onKeyDown)],
  ];
  for (const [type, listener] of listeners) doc.addEventListener(type, listener as EventListener, true);
  return () => {
    for (const [type, listener] of listeners) doc.removeEventListener(type, listener as EventListener, true);
  };
}

// Controls whose focus stands for the term inside them; a focused section or main does not.
const CONTROLS = 'a[href], area[href], button, summary, [role="link"], [role="button"]';

const termInside = (element: Element): HTMLElement | undefined =>
  element.matches(CONTROLS)
    ? ((element.querySelector(TERM_SELECTOR) as HTMLElement | null) ?? undefined)
    : undefined;
