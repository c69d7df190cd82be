// The hover tooltip: one card for the whole page, opened by hovering, focusing or tapping an
// annotated term, or by the Alt+Shift+N shortcut. Install once per document; destroy undoes all.

import { browser } from 'wxt/browser';
import type { PageDates } from '../../../glossary/page-date';
import type { Appearance } from '../../../settings/schema';
import { TermKeyboard } from './next-term';
import { listenToPage } from './page-listeners';
import { TooltipController } from './tooltip-controller';

export interface TooltipOptions {
  doc: Document;
  /** The reader's current appearance settings (hover delay, theme). */
  appearance(): Appearance;
  pageDates?: PageDates;
  /** Opens the full entry; by default asks the background to open it in a tab. */
  openEntry?(term: string, sense?: string): void;
  /**
   * Which events the reader made; by default the trusted ones, so page scripts cannot drive the
   * tooltip. Unit tests, which can only make untrusted events, stand in for the reader here.
   */
  isReaderInput?(event: Event): boolean;
}

export interface InstalledTooltip {
  /** Moves focus to the next term on screen and opens its tooltip, as the shortcut does. */
  focusNextTerm(): void;
  destroy(): void;
}

const askBackgroundToOpen = (term: string, sense?: string): void => {
  // Once the extension is updated or removed this throws or rejects; there is nothing to do then.
  try {
    browser.runtime.sendMessage({ type: 'open-entry', term, ...(sense ? { sense } : {}) }).catch(() => {});
  } catch {}
};

const isTrusted = (event: Event): boolean => event.isTrusted;

export function installTooltip(options: TooltipOptions): InstalledTooltip {
  const { doc, appearance, pageDates, openEntry = askBackgroundToOpen, isReaderInput = isTrusted } = options;
  const tooltip = new TooltipController({ doc, appearance, pageDates, openEntry });
  const keyboard = new TermKeyboard(doc, tooltip);
  const stopListening = listenToPage(doc, tooltip, keyboard, isReaderInput);
  return {
    focusNextTerm: () => keyboard.focusNext(),
    destroy() {
      stopListening();
      keyboard.release();
      tooltip.destroy();
    },
  };
}
