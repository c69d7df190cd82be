// @vitest-environment happy-dom
// The popup's search: results as you type, keyboard navigation, entries opened in place, and
// Escape stepping back.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../../components/popup/PopupApp';
import { click, mount, pressKey, texts, typeInto } from '../render';
import { openTab } from './fake-tab';

const search = (view: HTMLElement) => view.querySelector('#search-input') as HTMLInputElement;
const selected = (view: HTMLElement) =>
  texts(view, '[role="option"][aria-selected="true"] .result-expansion');

beforeEach(async () => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/popup.html');
  await openTab('https://example.org/');
});
afterEach(() => vi.restoreAllMocks());

describe('popup search', () => {
  it('focuses the search field and lists results as the reader types', async () => {
    const view = await mount(<PopupApp />);
    expect(document.activeElement).toBe(search(view));
    await typeInto(search(view), 'ic');
    expect(view.querySelectorAll('[role="option"]').length).toBeGreaterThan(2);
    await typeInto(search(view), 'icb');
    expect(texts(view, '[role="option"] .result-term')[0]).toBe('ICB');
    await typeInto(search(view), 'clinical commissioning');
    expect(texts(view, '[role="option"] .result-term')[0]).toBe('CCG');
  });

  it('says so when nothing matches', async () => {
    const view = await mount(<PopupApp />);
    await typeInto(search(view), 'zzqx');
    expect(view.querySelectorAll('[role="option"]')).toHaveLength(0);
    expect(view.querySelector('.empty-state')?.textContent).toContain(
      'Nothing in the glossary matches “zzqx”',
    );
    expect(search(view).getAttribute('aria-expanded')).toBe('false');
  });

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    const view = await mount(<PopupApp />);
    await typeInto(search(view), 'icp');
    expect(selected(view)).toEqual(['Integrated Care Partnership']);
    await pressKey(search(view), 'ArrowDown');
    expect(selected(view)).toEqual(['Integrated Care Provider']);
    expect(search(view).getAttribute('aria-activedescendant')).toBe('result-1');
    await pressKey(search(view), 'ArrowUp');
    await pressKey(search(view), 'ArrowUp'); // stays on the first
    expect(selected(view)).toEqual(['Integrated Care Partnership']);
    await pressKey(search(view), 'ArrowDown');
    await pressKey(search(view), 'Enter');
    expect(texts(view, '.sense h3')[0]).toBe('Integrated Care Provider');
    expect(location.hash).toBe('#entry=ICP&sense=provider');
    expect(document.activeElement?.id).toBe('entry-title');
  });

  it('steps back with Escape: entry to results, results to an empty search', async () => {
    const view = await mount(<PopupApp />);
    await typeInto(search(view), 'stp');
    await click(view.querySelector('[role="option"]'));
    expect(view.querySelector('#entry-title')?.textContent).toContain('STP');
    await pressKey(document, 'Escape');
    expect(view.querySelector('#entry-title')).toBeNull();
    expect(search(view).value).toBe('stp');
    expect(document.activeElement).toBe(search(view));
    await pressKey(document, 'Escape');
    expect(search(view).value).toBe('');
    expect(view.querySelector('.on-this-page')).not.toBeNull();
  });

  it('opens related entries in place and goes back through them', async () => {
    const view = await mount(<PopupApp />);
    await typeInto(search(view), 'ccg');
    await pressKey(search(view), 'Enter');
    await click(view.querySelector('.related-list a[href="#entry=ICB"]'));
    expect(view.querySelector('#entry-title')?.textContent).toBe('ICB');
    await click(view.querySelector('.back-button'));
    expect(view.querySelector('#entry-title')?.textContent).toBe('CCG');
  });
});

describe('popup addresses and the comparison', () => {
  it('shows the entry named in the address at once, and goes home with Escape', async () => {
    history.replaceState(null, '', '/popup.html#entry=ICP&sense=provider');
    const view = await mount(<PopupApp />);
    expect(texts(view, '.sense h3')).toEqual(['Integrated Care Provider', 'Integrated Care Partnership']);
    await pressKey(document, 'Escape');
    expect(view.querySelector('.on-this-page')).not.toBeNull();
    expect(location.hash).toBe('');
  });

  it('opens the ICS/ICP comparison from the first screen', async () => {
    const view = await mount(<PopupApp />);
    await click(view.querySelector('.comparison-teaser button'));
    expect(view.querySelectorAll('.comparison-row').length).toBeGreaterThan(3);
    expect(location.hash).toBe('#comparison');
    await click(view.querySelector('.back-button'));
    expect(view.querySelector('.comparison-row')).toBeNull();
  });

  it('shows the glossary version, review date and privacy promise', async () => {
    const view = await mount(<PopupApp />);
    expect(view.querySelector('.glossary-version')?.textContent).toMatch(
      /^Glossary \S+ · last reviewed \d+ \w+ \d{4}$/,
    );
    expect(view.querySelector('.about details')?.textContent).toContain('makes no network requests');
  });
});
