import { describe, expect, it } from 'vitest';
import { chooseNextTerm, isNextTermShortcut } from '../../../../entrypoints/content/tooltip/next-term';

// Terms as names with where their bottom edge sits relative to the top of the screen.
const layout: Record<string, number | undefined> = {
  above: -40,
  first: 30,
  hidden: undefined,
  second: 300,
  below: 1400,
};
const terms = Object.keys(layout);
const extentOf = (term: string) =>
  layout[term] === undefined ? undefined : { bottom: layout[term] as number };

describe('chooseNextTerm', () => {
  it('starts at the first term on screen, skipping those scrolled above it', () => {
    expect(chooseNextTerm(terms, undefined, extentOf)).toBe('first');
  });

  it('goes on in reading order, skipping terms with no box', () => {
    expect(chooseNextTerm(terms, 'first', extentOf)).toBe('second');
  });

  it('goes to the next term below the screen after the last one on it', () => {
    expect(chooseNextTerm(terms, 'second', extentOf)).toBe('below');
  });

  it('comes back to the first term on screen after the last term of the page', () => {
    expect(chooseNextTerm(terms, 'below', extentOf)).toBe('first');
  });

  it('starts from the screen when the current term has been scrolled far above it', () => {
    expect(chooseNextTerm(terms, 'above', extentOf)).toBe('first');
  });

  it('goes to the top of the page when every term is above the screen', () => {
    expect(chooseNextTerm(['a', 'b'], 'b', () => ({ bottom: -10 }))).toBe('a');
  });

  it('finds nothing on a page with no visible term', () => {
    expect(chooseNextTerm(['hidden'], undefined, () => undefined)).toBeUndefined();
  });
});

describe('isNextTermShortcut', () => {
  const press = (init: KeyboardEventInit) => isNextTermShortcut(init as KeyboardEvent);

  it('is Alt+Shift+N by key position, whatever character the layout gives', () => {
    expect(press({ code: 'KeyN', key: 'N', altKey: true, shiftKey: true })).toBe(true);
    expect(press({ code: 'KeyN', key: '˜', altKey: true, shiftKey: true })).toBe(true);
  });

  it('is not N with other modifiers', () => {
    expect(press({ code: 'KeyN', key: 'N', shiftKey: true })).toBe(false);
    expect(press({ code: 'KeyN', key: 'n', altKey: true })).toBe(false);
    expect(press({ code: 'KeyN', key: 'N', altKey: true, shiftKey: true, ctrlKey: true })).toBe(false);
  });
});
