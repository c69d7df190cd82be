// @vitest-environment happy-dom
// The options page: the site list and its mode, appearance, and which terms to explain, each
// saved to settings as soon as it changes.

import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { readSettings } from '../../../settings/read';
import { updateSiteRules } from '../../../settings/write';
import { click, mount, texts, typeInto } from '../render';

const settled = (check: () => unknown) => vi.waitFor(check);

async function openOptions(): Promise<HTMLElement> {
  const view = await mount(<OptionsApp />);
  await settled(() => expect(view.querySelector('#sites-title')).not.toBeNull());
  return view;
}

const labelled = (view: HTMLElement, text: string) =>
  [...view.querySelectorAll('label')]
    .find((label) => label.textContent?.trim() === text)
    ?.querySelector('input');

beforeEach(async () => {
  fakeBrowser.reset();
  await updateSiteRules(() => ({
    mode: 'all-except',
    sites: [
      { host: 'example.org', includeSubdomains: false },
      { host: 'news.example.com', includeSubdomains: true },
    ],
  }));
});

describe('sites', () => {
  it('lists the sites, removes one and covers subdomains of another', async () => {
    const view = await openOptions();
    expect(texts(view, '.site-host')).toEqual(['example.org', 'news.example.com']);
    await click(view.querySelector('[aria-label="Remove news.example.com"]'));
    await settled(() => expect(texts(view, '.site-host')).toEqual(['example.org']));
    await click(view.querySelector('.site-list input[type="checkbox"]'));
    await settled(async () =>
      expect((await readSettings()).siteRules.sites).toEqual([
        { host: 'example.org', includeSubdomains: true },
      ]),
    );
  });

  it('switches between "everywhere except" and "only on these sites", keeping the list', async () => {
    const view = await openOptions();
    await click(labelled(view, 'Only on the sites listed'));
    await settled(async () => expect((await readSettings()).siteRules.mode).toBe('only'));
    expect(view.querySelector('#sites-title ~ h3')?.textContent).toBe('Switched on for');
    expect(texts(view, '.site-host')).toHaveLength(2);
  });

  it('adds a site from a pasted address, and refuses something that is not one', async () => {
    const view = await openOptions();
    const input = view.querySelector('#add-site-input') as HTMLInputElement;
    await typeInto(input, 'not a site');
    await act(() => {
      view.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(view.querySelector('[role="alert"]')?.textContent).toContain('Enter a site such as example.org');

    await typeInto(input, 'https://www.bbc.co.uk/news/health');
    await act(() => {
      view.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    await settled(() => expect(texts(view, '.site-host')).toContain('bbc.co.uk'));
    expect((await readSettings()).siteRules.sites.at(-1)).toEqual({
      host: 'bbc.co.uk',
      includeSubdomains: true,
    });
    expect(view.querySelector('[role="alert"]')).toBeNull();
  });
});

describe('appearance and reading', () => {
  it('saves underline style, hover delay, theme and first-occurrence-only', async () => {
    const view = await openOptions();
    await click(labelled(view, 'Highlight'));
    await click(labelled(view, 'Dark'));
    await click(labelled(view, 'Explain only the first time each term appears on a page'));
    const delay = view.querySelector('#hover-delay') as HTMLSelectElement;
    await act(() => {
      delay.value = '1000';
      delay.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settled(async () =>
      expect(await readSettings()).toMatchObject({
        appearance: { underline: 'highlight', theme: 'dark', hoverDelayMs: 1000 },
        reading: { firstOccurrenceOnly: true },
      }),
    );
    await settled(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });
});

describe('terms to explain', () => {
  it('hides a whole term or one sense, and greys out the senses of a hidden term', async () => {
    const view = await openOptions();
    await click(labelled(view, 'Integrated Care Provider'));
    await settled(async () => expect((await readSettings()).reading.hiddenTerms).toEqual(['ICP:provider']));
    await click(labelled(view, 'CCG Clinical Commissioning Group'));
    await settled(async () =>
      expect((await readSettings()).reading.hiddenTerms).toEqual(['ICP:provider', 'CCG']),
    );

    await click(labelled(view, 'ICP'));
    await settled(() => expect(labelled(view, 'Integrated Care Partnership')?.disabled).toBe(true));
    expect((await readSettings()).reading.hiddenTerms).toContain('ICP');
  });
});
