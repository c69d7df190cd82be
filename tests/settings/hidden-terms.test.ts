// The options page's "explain these terms" list, stored as hidden terms and senses.
import { describe, expect, it } from 'vitest';
import { hiddenKey, isExplained, setExplained } from '../../settings/hidden-terms';

describe('hidden terms', () => {
  it('hides a whole term, or one sense of it', () => {
    expect(isExplained(['CCG'], 'CCG')).toBe(false);
    expect(isExplained(['CCG'], 'ICP')).toBe(true);
    expect(isExplained(['ICP:provider'], 'ICP', 'provider')).toBe(false);
    expect(isExplained(['ICP:provider'], 'ICP', 'partnership')).toBe(true);
    expect(isExplained(['ICP'], 'ICP', 'partnership')).toBe(false);
  });

  it('adds and removes keys without duplicates', () => {
    const hidden = setExplained(setExplained([], hiddenKey('ICP', 'provider'), false), 'ICP:provider', false);
    expect(hidden).toEqual(['ICP:provider']);
    expect(setExplained(hidden, 'ICP:provider', true)).toEqual([]);
  });
});
