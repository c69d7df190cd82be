// Per-site rules: which sites the extension runs on, subdomains, the two modes, and the edits
// the popup and options page make.
import { describe, expect, it } from 'vitest';
import type { SiteRules } from '../../settings/schema';
import {
  addSite,
  isEnabledOn,
  removeSite,
  setMode,
  setSubdomains,
  siteFromInput,
  switchSite,
} from '../../settings/site-rules';

const except = (...hosts: string[]): SiteRules => ({
  mode: 'all-except',
  sites: hosts.map((host) => ({ host, includeSubdomains: false })),
});

describe('subdomains', () => {
  it('covers subdomains only when the rule says so', () => {
    const rules = except('example.org');
    expect(isEnabledOn('news.example.org', rules, true)).toBe(true);
    const covering = setSubdomains(rules, 'example.org', true);
    expect(isEnabledOn('news.example.org', covering, true)).toBe(false);
    expect(isEnabledOn('example.org', covering, true)).toBe(false);
    expect(isEnabledOn('notexample.org', covering, true)).toBe(true);
  });

  it('treats www. as the site itself', () => {
    expect(isEnabledOn('www.example.org', except('example.org'), true)).toBe(false);
  });
});

describe('modes', () => {
  it('keeps the list when the mode changes and flips what it means', () => {
    const only = setMode(except('nhs.uk'), 'only');
    expect(only.sites).toEqual([{ host: 'nhs.uk', includeSubdomains: false }]);
    expect(isEnabledOn('nhs.uk', only, true)).toBe(true);
    expect(isEnabledOn('bbc.co.uk', only, true)).toBe(false);
  });

  it('is off everywhere when switched off globally', () => {
    expect(
      isEnabledOn('nhs.uk', { mode: 'only', sites: [{ host: 'nhs.uk', includeSubdomains: false }] }, false),
    ).toBe(false);
  });

  it('switches a site in either mode', () => {
    const off = switchSite(except(), 'news.example.org', false);
    expect(isEnabledOn('news.example.org', off, true)).toBe(false);
    const only = switchSite({ mode: 'only', sites: [] }, '127.0.0.1', true);
    expect(isEnabledOn('127.0.0.1', only, true)).toBe(true);
  });
});

describe('editing the list', () => {
  it('adds a site once and removes it', () => {
    const added = addSite(addSite(except(), 'example.org', true), 'example.org');
    expect(added.sites).toEqual([{ host: 'example.org', includeSubdomains: true }]);
    expect(removeSite(added, 'example.org').sites).toEqual([]);
  });

  it('reads a host from what a reader types', () => {
    expect(siteFromInput('https://www.Example.org/news?x=1')).toBe('example.org');
    expect(siteFromInput(' news.example.org ')).toBe('news.example.org');
    expect(siteFromInput('127.0.0.1:8080')).toBe('127.0.0.1');
    expect(siteFromInput('not a site')).toBeUndefined();
    expect(siteFromInput('localhost')).toBeUndefined();
    expect(siteFromInput('')).toBeUndefined();
  });
});
