// Names around the letters: a place's name before ICP names a local partnership, and a ward's
// one-word shorthand in brackets ("gastroparesis (GP)") is another meaning the page gives them.

import { describe, expect, it } from 'vitest';
import { type Block, judge } from './judge-blocks';

describe('a place name before ICP', () => {
  const podcast: Block[] = [
    {
      section: 1,
      text: 'This week: what the integrated care provider contract consultation means for practices, and what it does not.',
    },
    {
      section: 2,
      text: 'And you run something called the Westmoor ICP.',
    },
    { section: 2, text: 'Most areas will never sign an ICP contract at all.' },
  ];

  it('names the local partnership, even on a page of the provider era', () => {
    expect(
      judge('Primary care podcast, episode 12', podcast, 'ICP', 'And you run', '2018-09-20'),
    ).toMatchObject({ annotate: true, sense: 'partnership' });
  });

  it('is not read into a sentence that speaks of ICPs in general', () => {
    expect(
      judge('Primary care podcast, episode 12', podcast, 'ICP', 'Most areas', '2018-09-20'),
    ).toMatchObject({
      annotate: true,
      sense: 'provider',
    });
  });
});

describe('a one-word meaning in brackets', () => {
  const forum: Block[] = [
    { section: 1, text: 'Newly diagnosed with gastroparesis (GP): any tips for eating out?' },
    { section: 2, text: 'Everyone on here calls it GP so I will do the same.' },
  ];

  it('is the meaning of the letters on that page', () => {
    expect(judge('Digestive health forum', forum, 'GP', 'Everyone on here').annotate).toBe(false);
  });
});
