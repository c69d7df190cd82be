// A sentence that sets the letters apart from one sense's full name is about the other sense; a
// name right beside the letters, or before them with the cue after, is theirs. So is a sentence that
// denies the letters one sense's marks ("our ICP holds no contracts").

import { describe, expect, it } from 'vitest';
import { type Block, judge } from './judge-blocks';

const judgeSentence = (text: string, pageDate: string) =>
  judge(
    'Council briefing on the health partnership',
    [{ section: 1, text }],
    'ICP',
    text.slice(0, 12),
    pageDate,
  );

describe('a sentence that sets the ICP apart from one sense by name', () => {
  it('means the partnership when asked whether it is the provider contract', () => {
    const text =
      'Some members have asked whether the ICP is the same as the "integrated care provider" contract of 2018.';
    expect(judgeSentence(text, '2021-11-02')).toMatchObject({ annotate: true, sense: 'partnership' });
  });

  it('means the partnership when readers confuse it with the provider', () => {
    const text =
      'Do not confuse the statutory ICP with the integrated care provider contract NHS England drafted.';
    expect(judgeSentence(text, '2023-03-01')).toMatchObject({ annotate: true, sense: 'partnership' });
  });

  it('means the provider when set against the partnership, even on a partnership-era page', () => {
    const text =
      'Residents were confused by the term ICP, which they took to be the Westbrook Integrated Care Partnership alliance.';
    expect(judgeSentence(text, '2018-10-04')).toMatchObject({ annotate: true, sense: 'provider' });
  });

  it('keeps the sense whose name stands beside the letters', () => {
    const text =
      'The ICP, an integrated care partnership, is nothing like the old contracts and holds no budget.';
    expect(judgeSentence(text, '2023-03-01')).toMatchObject({ annotate: true, sense: 'partnership' });
  });

  it('keeps the sense named before the letters when the cue comes after them', () => {
    const blocks: Block[] = [
      {
        section: 1,
        text: 'We also look at the integrated care provider contract of 2018, which was also shortened to ICP and still causes confusion.',
      },
    ];
    expect(judge('Module guide', blocks, 'ICP', 'We also look', '2023-03-01')).toMatchObject({
      annotate: true,
      sense: 'provider',
    });
  });
});

describe('letters that are everyday NHS words, on a health page with no other meaning in sight', () => {
  const leaflet: Block[] = [
    { section: 1, text: 'Your preventer inhaler keeps the swelling in your airways down.' },
    {
      section: 2,
      text: 'If you are having an asthma attack, call 999 or go to A&E. Please do not stop your inhaler without speaking to your nurse or GP.',
    },
  ];

  it('explains GP and A&E', () => {
    expect(judge('Living with asthma | Breathe Easy forum', leaflet, 'GP', 'If you are').annotate).toBe(true);
    expect(judge('Living with asthma | Breathe Easy forum', leaflet, 'A&E', 'If you are').annotate).toBe(
      true,
    );
  });

  it('still leaves them alone where another meaning has words nearby', () => {
    const racing: Block[] = [
      { section: 1, text: 'The hospital charity team finished third in the karting GP, two laps down.' },
    ];
    expect(judge('Charity karting day', racing, 'GP', 'The hospital').annotate).toBe(false);
  });
});

describe('a sentence that denies the letters one sense’s marks', () => {
  const faq: Block[] = [
    {
      section: 1,
      text: 'In 2018 NHS England consulted on the integrated care provider contract, under which one provider would hold a single budget.',
    },
    { section: 2, text: 'Our ICP holds no contracts and employs no staff: it is a committee.' },
    { section: 2, text: 'The ICP will not seek to become a single provider.' },
    { section: 3, text: 'The shadow ICP board was wound up in 2019, and no such contract was ever signed.' },
    {
      section: 3,
      text: 'Our new hub is separate from any ICP and does not change practices’ own contracts.',
    },
  ];

  it('means the other sense: "our ICP holds no contracts", "will not seek to become a single provider"', () => {
    expect(judge('What is the ICP?', faq, 'ICP', 'Our ICP holds')).toMatchObject({ sense: 'partnership' });
    expect(judge('What is the ICP?', faq, 'ICP', 'The ICP will not')).toMatchObject({ sense: 'partnership' });
  });

  it('does not reach a denial far from the letters, about something else', () => {
    expect(judge('What is the ICP?', faq, 'ICP', 'The shadow ICP')).not.toMatchObject({
      sense: 'partnership',
    });
  });

  it('does not read a denial in a clause of its own as the letters’: "separate from any ICP and does not change contracts"', () => {
    expect(judge('What is the ICP?', faq, 'ICP', 'Our new hub')).not.toMatchObject({ sense: 'partnership' });
  });
});
