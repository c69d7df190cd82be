// A page that spells out one sense of ICP or STP by name, and never the other, has said which it
// writes about: where nothing nearby decides, that outweighs the page's date.

import { describe, expect, it } from 'vitest';
import { type Block, judge } from './judge-blocks';

describe('a 2018 page about a local integrated care partnership', () => {
  const newsletter: Block[] = [
    {
      section: 1,
      text: 'The Hallam Integrated Care Partnership brings together the city’s GP practices, the hospital and the council.',
    },
    { section: 2, text: 'The ICP is governed by a locality board that includes two local councillors.' },
    { section: 2, text: 'What does the ICP do?' },
  ];

  it('gives the partnership sense where the 2018 date alone would leave it open', () => {
    const title = 'Working together in Hallam';
    expect(judge(title, newsletter, 'ICP', 'The ICP is governed', '2018-09-01')).toMatchObject({
      annotate: true,
      sense: 'partnership',
    });
    expect(judge(title, newsletter, 'ICP', 'What does', '2018-09-01')).toMatchObject({
      annotate: true,
      sense: 'partnership',
    });
  });
});

describe('a page that spells out both senses', () => {
  const explainer: Block[] = [
    {
      section: 1,
      text: 'An Integrated Care Provider was a contract model consulted on in 2018. An Integrated Care Partnership is a statutory committee.',
    },
    { section: 2, text: 'What does the ICP do?' },
  ];

  it('still leaves the sense open on an undated page where nothing nearby decides', () => {
    const decision = judge('Two kinds of ICP', explainer, 'ICP', 'What does');
    expect(decision).toMatchObject({ annotate: true });
    expect(decision).not.toHaveProperty('sense');
  });
});
