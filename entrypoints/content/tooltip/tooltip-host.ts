// The tooltip's one element on the page: a host on <html> (the body's markup stays exactly the
// page's), a closed shadow root the page cannot read or restyle, and a frame shown in the top layer.

import { TOOLTIP_CSS } from './tooltip-styles';

export const HOST_TAG = 'nhs-glossary-tooltip';

export interface TooltipHost {
  readonly host: HTMLElement;
  /** The positioned element the card is rendered into. */
  readonly frame: HTMLElement;
  show(): void;
  hide(): void;
  remove(): void;
}

/**
 * Styles the shadow root. A constructed sheet is not subject to the page's CSP; Firefox content
 * scripts must build it from the page's own window, so it shares the shadow root's compartment.
 * Where adopting still fails, a <style> element is the fallback (which a strict CSP may block).
 */
function applyStyles(root: ShadowRoot, doc: Document): void {
  try {
    const view = (doc.defaultView ?? window) as Window & typeof globalThis;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(TOOLTIP_CSS);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Falls through to the <style> element.
  }
  const style = doc.createElement('style');
  style.textContent = TOOLTIP_CSS;
  root.append(style);
}

const supportsPopover = (element: HTMLElement) => typeof element.showPopover === 'function';

export function createTooltipHost(doc: Document): TooltipHost {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  applyStyles(root, doc);
  const frame = doc.createElement('div');
  frame.className = 'frame';
  const popover = supportsPopover(frame);
  // The top layer puts the tooltip above every page overlay whatever their z-index; without the
  // popover API, the host's maximum z-index is the next best thing.
  if (popover) frame.setAttribute('popover', 'manual');
  else frame.hidden = true;
  root.append(frame);
  doc.documentElement.append(host);

  const isOpen = () => (popover ? frame.matches(':popover-open') : !frame.hidden);
  return {
    host,
    frame,
    show() {
      if (!host.isConnected) doc.documentElement.append(host);
      if (isOpen()) return;
      if (popover) frame.showPopover();
      else frame.hidden = false;
    },
    hide() {
      if (!isOpen()) return;
      if (popover) frame.hidePopover();
      else frame.hidden = true;
    },
    remove() {
      host.remove();
    },
  };
}
