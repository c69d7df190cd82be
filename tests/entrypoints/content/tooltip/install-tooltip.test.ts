// @vitest-environment happy-dom
// The tooltip driven through the document, as a reader's pointer, keyboard and finger would.
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { type InstalledTooltip, installTooltip } from '../../../../entrypoints/content/tooltip/index';
import { HIDE_GRACE_MS } from '../../../../entrypoints/content/tooltip/tooltip-controller';
import { findSense } from '../../../../glossary/index';
import { DEFAULT_APPEARANCE, type Theme } from '../../../../settings/schema';

const PAGE = `
  <p>Four more areas joined, bringing the total to 14 <nhs-term data-nhs-term="ICS" aria-description="Integrated Care System">ICS</nhs-term>s in England.</p>
  <p>The local <nhs-term data-nhs-term="CCG" aria-description="Clinical Commissioning Group">CCG</nhs-term> buys most hospital care.</p>
  <p><a id="link" href="#partnership">Read about the <nhs-term data-nhs-term="ICP" data-nhs-sense="partnership" aria-description="Integrated Care Partnership">ICP</nhs-term></a></p>
  <p id="plain">Nothing to explain here.</p>`;

let tooltip: InstalledTooltip;
let hoverDelayMs: number;
let theme: Theme;
let openEntry: Mock<(term: string, sense?: string) => void>;
let attachShadow: Mock<(init: ShadowRootInit) => ShadowRoot>;

const term = (id: string) => document.querySelector(`[data-nhs-term="${id}"]`) as HTMLElement;
const host = () => document.querySelector('nhs-glossary-tooltip') as HTMLElement | null;
// The closed shadow root, caught as the tooltip creates it.
const shadow = () => attachShadow.mock.results.at(-1)?.value as ShadowRoot | undefined;
const card = () => {
  const frame = shadow()?.querySelector('.frame') as HTMLElement | null;
  return frame && !frame.hidden ? frame.querySelector('[role="tooltip"]') : null;
};
const expansion = (id: string, sense?: string) => findSense(id, sense)?.expansion ?? 'missing';

function pointer(
  type: string,
  target: EventTarget,
  relatedTarget?: EventTarget | null,
  pointerType = 'mouse',
) {
  target.dispatchEvent(
    new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, pointerType, relatedTarget }),
  );
}

function key(init: KeyboardEventInit, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

function tap(target: EventTarget): MouseEvent {
  pointer('pointerdown', target, null, 'touch');
  const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1 });
  target.dispatchEvent(click);
  return click;
}

function hoverFor(element: Element, ms: number) {
  pointer('pointerover', element);
  vi.advanceTimersByTime(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = PAGE;
  hoverDelayMs = DEFAULT_APPEARANCE.hoverDelayMs;
  theme = DEFAULT_APPEARANCE.theme;
  openEntry = vi.fn();
  attachShadow = vi.spyOn(Element.prototype, 'attachShadow');
  tooltip = installTooltip({
    doc: document,
    appearance: () => ({ ...DEFAULT_APPEARANCE, hoverDelayMs, theme }),
    pageDates: { published: '2018-05-24' },
    openEntry,
    isReaderInput: (event) => !(event as Event & { fromScript?: boolean }).fromScript,
  });
});

afterEach(() => {
  tooltip.destroy();
  attachShadow.mockRestore();
  vi.useRealTimers();
});

describe('installTooltip', () => {
  it('adds nothing to the page until the first hover, then one host on <html>, not in the body', () => {
    const body = document.body.innerHTML;
    expect(host()).toBeNull();
    hoverFor(term('CCG'), hoverDelayMs);
    expect(host()?.parentElement).toBe(document.documentElement);
    expect(document.body.contains(host())).toBe(false);
    key({ key: 'Escape' });
    expect(document.body.innerHTML).toBe(body);
  });

  it('opens only after the reader’s hover delay', () => {
    hoverFor(term('CCG'), hoverDelayMs - 1);
    expect(card()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(card()?.textContent).toContain(expansion('CCG'));
  });

  it('reads the delay from the settings at each hover', () => {
    hoverDelayMs = 800;
    hoverFor(term('CCG'), 500);
    expect(card()).toBeNull();
    vi.advanceTimersByTime(300);
    expect(card()).not.toBeNull();
  });

  it('follows the page’s colour scheme unless the reader chose a theme', () => {
    const themeShown = () => shadow()?.querySelector('.frame')?.getAttribute('data-theme');
    hoverFor(term('CCG'), hoverDelayMs);
    expect(themeShown()).toBe('auto');
    key({ key: 'Escape' });
    theme = 'dark';
    pointer('pointerout', term('CCG'), null);
    hoverFor(term('CCG'), hoverDelayMs);
    expect(themeShown()).toBe('dark');
  });

  it('does not open when the pointer passes over a term faster than the delay', () => {
    pointer('pointerover', term('CCG'));
    vi.advanceTimersByTime(100);
    pointer('pointerout', term('CCG'), document.getElementById('plain'));
    vi.advanceTimersByTime(1000);
    expect(card()).toBeNull();
  });

  it('uses one tooltip for the whole page, also for terms added after it was installed', () => {
    hoverFor(term('CCG'), hoverDelayMs);
    const added = document.createElement('p');
    added.innerHTML = 'Later: <nhs-term data-nhs-term="PCN">PCN</nhs-term>';
    document.body.append(added);
    hoverFor(term('PCN'), hoverDelayMs);
    expect(card()?.textContent).toContain(expansion('PCN'));
    expect(card()?.textContent).not.toContain(expansion('CCG'));
    expect(document.querySelectorAll('nhs-glossary-tooltip')).toHaveLength(1);
  });

  it('hides a short grace period after the pointer leaves the term', () => {
    hoverFor(term('CCG'), hoverDelayMs);
    pointer('pointerout', term('CCG'), document.getElementById('plain'));
    vi.advanceTimersByTime(HIDE_GRACE_MS - 1);
    expect(card()).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(card()).toBeNull();
  });

  it('stays open while the pointer moves from the term into the tooltip, and hides when it leaves both', () => {
    hoverFor(term('CCG'), hoverDelayMs);
    const tooltipHost = host() as HTMLElement;
    pointer('pointerout', term('CCG'), tooltipHost);
    pointer('pointerover', tooltipHost, term('CCG'));
    vi.advanceTimersByTime(HIDE_GRACE_MS * 5);
    expect(card()).not.toBeNull();
    pointer('pointerout', tooltipHost, document.getElementById('plain'));
    vi.advanceTimersByTime(HIDE_GRACE_MS);
    expect(card()).toBeNull();
  });

  it('closes on Escape', () => {
    hoverFor(term('CCG'), hoverDelayMs);
    key({ key: 'Escape' });
    expect(card()).toBeNull();
  });

  it('shows the page’s date against the term’s history and the count the sentence states', () => {
    hoverFor(term('CCG'), hoverDelayMs);
    expect(card()?.querySelector('.since')?.textContent).toContain('Written May 2018');
    pointer('pointerout', term('CCG'), null);
    hoverFor(term('ICS'), hoverDelayMs);
    expect(card()?.querySelector('.count')?.textContent).toMatch(/^Page says 14\. Glossary: /);
  });

  it('gives the term the tooltip’s text as its description while open, and its own back after', () => {
    hoverFor(term('CCG'), hoverDelayMs);
    const description = term('CCG').getAttribute('aria-description') ?? '';
    expect(description.startsWith(`${expansion('CCG')}. `)).toBe(true);
    expect(description).toContain(findSense('CCG')?.short);
    expect(description).toContain('Written May 2018');
    key({ key: 'Escape' });
    expect(term('CCG').getAttribute('aria-description')).toBe('Clinical Commissioning Group');
  });

  it('asks for the full entry, with the chosen sense, from the More button', () => {
    hoverFor(term('ICP'), hoverDelayMs);
    card()?.querySelector('button')?.click();
    expect(openEntry).toHaveBeenCalledWith('ICP', 'partnership');
    expect(card()).toBeNull();
  });

  it('opens on the first tap without following the link, follows it on the second', () => {
    const first = tap(term('ICP'));
    expect(first.defaultPrevented).toBe(true);
    expect(card()?.textContent).toContain(expansion('ICP', 'partnership'));
    const second = tap(term('ICP'));
    expect(second.defaultPrevented).toBe(false);
  });

  it('ignores the hover events a finger makes and closes on a tap elsewhere', () => {
    pointer('pointerover', term('CCG'), null, 'touch');
    vi.advanceTimersByTime(hoverDelayMs * 2);
    expect(card()).toBeNull();
    tap(term('CCG'));
    pointer('pointerout', term('CCG'), null, 'touch');
    vi.advanceTimersByTime(HIDE_GRACE_MS * 2);
    expect(card()).not.toBeNull();
    tap(document.getElementById('plain') as HTMLElement);
    expect(card()).toBeNull();
  });

  it('opens the tooltip of a term inside a link that gets keyboard focus, and closes when it leaves', () => {
    const link = document.getElementById('link') as HTMLAnchorElement;
    link.focus();
    expect(card()?.textContent).toContain(expansion('ICP', 'partnership'));
    link.blur();
    vi.advanceTimersByTime(HIDE_GRACE_MS);
    expect(card()).toBeNull();
  });

  it('moves focus from term to term on Alt+Shift+N, with a tabindex only on the focused one', () => {
    // happy-dom has no layout: give every term a line of its own on screen.
    for (const [index, element] of [...document.querySelectorAll('nhs-term')].entries()) {
      const top = 20 + index * 30;
      element.getBoundingClientRect = () => ({ top, bottom: top + 20 }) as DOMRect;
    }
    const shortcut = { key: 'N', code: 'KeyN', altKey: true, shiftKey: true };
    expect(key(shortcut).defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(term('ICS'));
    expect(term('ICS').getAttribute('tabindex')).toBe('-1');
    expect(card()?.textContent).toContain(expansion('ICS'));
    key(shortcut, term('ICS'));
    expect(document.activeElement).toBe(term('CCG'));
    expect(term('ICS').hasAttribute('tabindex')).toBe(false);
    expect(document.querySelectorAll('[tabindex]')).toHaveLength(1);
    expect(card()?.textContent).toContain(expansion('CCG'));
    key({ key: 'Enter' }, term('CCG'));
    expect(openEntry).toHaveBeenCalledWith('CCG', undefined);
  });

  it('leaves the shortcut to text fields', () => {
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    const event = key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true }, field);
    expect(event.defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(field);
  });

  it('ignores events that are not the reader’s', () => {
    const forged = Object.assign(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }), {
      fromScript: true,
    });
    term('CCG').dispatchEvent(forged);
    vi.advanceTimersByTime(hoverDelayMs * 2);
    expect(card()).toBeNull();
  });

  it('removes its host and stops listening on destroy', () => {
    hoverFor(term('CCG'), hoverDelayMs);
    tooltip.destroy();
    expect(host()).toBeNull();
    expect(term('CCG').hasAttribute('data-nhs-active')).toBe(false);
    hoverFor(term('ICS'), hoverDelayMs);
    expect(host()).toBeNull();
    expect(tap(term('ICP')).defaultPrevented).toBe(false);
  });
});
