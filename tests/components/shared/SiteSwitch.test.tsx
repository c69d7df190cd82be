// @vitest-environment happy-dom
// The site and global switches: what they say, what clicking them asks for.
import { describe, expect, it, vi } from 'vitest';
import { SiteSwitch } from '../../../components/shared/SiteSwitch';
import { click, mount } from '../render';

const switches = (view: HTMLElement) => [...view.querySelectorAll<HTMLButtonElement>('[role="switch"]')];

describe('SiteSwitch', () => {
  it('names the site and its state, and asks to flip it', async () => {
    const onSiteChange = vi.fn();
    const view = await mount(
      <SiteSwitch
        host="news.example.org"
        siteOn
        globallyOn
        onSiteChange={onSiteChange}
        onGlobalChange={vi.fn()}
      />,
    );
    const [site] = switches(view);
    expect(site?.textContent).toBe('On for news.example.org');
    expect(site?.getAttribute('aria-checked')).toBe('true');
    await click(site);
    expect(onSiteChange).toHaveBeenCalledWith(false);
  });

  it('disables the site switch and says why while the glossary is off everywhere', async () => {
    const onGlobalChange = vi.fn();
    const view = await mount(
      <SiteSwitch
        host="news.example.org"
        siteOn={false}
        globallyOn={false}
        onSiteChange={vi.fn()}
        onGlobalChange={onGlobalChange}
      />,
    );
    const [site, global] = switches(view);
    expect(site?.textContent).toBe('Off for news.example.org');
    expect(site?.disabled).toBe(true);
    expect(view.textContent).toContain('Switched off everywhere');
    expect(global?.getAttribute('aria-checked')).toBe('false');
    await click(global);
    expect(onGlobalChange).toHaveBeenCalledWith(true);
  });

  it('shows only the global switch for a page that is not a web site', async () => {
    const view = await mount(
      <SiteSwitch
        host={undefined}
        siteOn={false}
        globallyOn
        onSiteChange={vi.fn()}
        onGlobalChange={vi.fn()}
      />,
    );
    expect(switches(view).map((element) => element.textContent)).toEqual(['Glossary switched on']);
  });
});
