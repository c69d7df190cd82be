// Decides which term the one tooltip shows and when it opens and closes; renders the card into
// the host (created on first use) and keeps it beside the term. The page listeners drive it.

import { h, render } from 'preact';
import { TooltipCard } from '../../../components/tooltip/TooltipCard';
import type { PageDates } from '../../../glossary/page-date';
import type { Appearance } from '../../../settings/schema';
import { describeWhileOpen } from './term-description';
import { readTermDetails } from './term-details';
import { createTooltipHost, type TooltipHost } from './tooltip-host';
import { followTerm } from './tooltip-position';

export const TOOLTIP_ID = 'nhs-glossary-tooltip';
/** How long the tooltip waits for the pointer to come back to the term or onto the card. */
export const HIDE_GRACE_MS = 200;
/** Marks the term whose tooltip is open; the injected style sheet outlines it. */
const ACTIVE_ATTRIBUTE = 'data-nhs-active';

export interface TooltipSetup {
  doc: Document;
  /** Read at each opening, so changed settings apply without reinstalling. */
  appearance(): Appearance;
  pageDates?: PageDates;
  openEntry(term: string, sense?: string): void;
}

export class TooltipController {
  private host: TooltipHost | undefined;
  private anchor: HTMLElement | undefined;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private undoOpen: (() => void) | undefined;
  private more: (() => void) | undefined;

  constructor(private readonly setup: TooltipSetup) {}

  /** The term whose tooltip is open. */
  get openTerm(): HTMLElement | undefined {
    return this.anchor;
  }

  /** Whether an event target (retargeted out of the closed shadow root) is the tooltip. */
  isTooltip(target: EventTarget | null | undefined): boolean {
    return this.host !== undefined && target === this.host.host;
  }

  showAfterDelay(term: HTMLElement): void {
    this.cancelHide();
    clearTimeout(this.showTimer);
    if (term === this.anchor) return;
    this.showTimer = setTimeout(() => this.show(term), this.setup.appearance().hoverDelayMs);
  }

  show(term: HTMLElement): void {
    clearTimeout(this.showTimer);
    this.cancelHide();
    if (term === this.anchor) return;
    const details = readTermDetails(term);
    if (!details) return;
    this.close();
    const host = this.host ?? createTooltipHost(this.setup.doc);
    this.host = host;
    const { entry, senseId, pageCounts } = details;
    this.more = () => {
      this.setup.openEntry(entry.id, senseId);
      this.hide();
    };
    host.frame.setAttribute('data-theme', this.setup.appearance().theme);
    // Hidden until first placed, so it never flashes in the corner where it starts.
    host.frame.style.visibility = 'hidden';
    render(
      h(TooltipCard, {
        id: TOOLTIP_ID,
        entry,
        senseId,
        pageDates: this.setup.pageDates,
        pageCounts,
        onMore: this.more,
      }),
      host.frame,
    );
    host.show();
    this.anchor = term;
    term.setAttribute(ACTIVE_ATTRIBUTE, '');
    const restoreDescription = describeWhileOpen(term, host.frame);
    const stopFollowing = followTerm(term, host.frame, () => this.hide());
    this.undoOpen = () => {
      stopFollowing();
      restoreDescription();
      term.removeAttribute(ACTIVE_ATTRIBUTE);
    };
  }

  /** Forgets a pending opening, for when the pointer left before the delay ran out. */
  cancelShow(): void {
    clearTimeout(this.showTimer);
  }

  hideAfterGrace(): void {
    clearTimeout(this.showTimer);
    if (!this.anchor) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), HIDE_GRACE_MS);
  }

  cancelHide(): void {
    clearTimeout(this.hideTimer);
  }

  /** What the card's "More" button does, for the keyboard. */
  openMore(): void {
    this.more?.();
  }

  hide(): void {
    clearTimeout(this.showTimer);
    this.cancelHide();
    this.close();
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = undefined;
  }

  private close(): void {
    this.undoOpen?.();
    this.undoOpen = undefined;
    this.more = undefined;
    this.anchor = undefined;
    if (!this.host) return;
    this.host.hide();
    render(null, this.host.frame);
  }
}
