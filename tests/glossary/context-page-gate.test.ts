// Whether a page is about the NHS at all: the profile's gate before any occurrence is judged. A
// page that spells out an NHS body's name in its own words, names an NHS fund, network or board in
// full, or names NHS England by its short name, is about the NHS even with no other strong NHS
// word in its opening.

import { describe, expect, it } from 'vitest';
import { buildPageProfile, findDefinitions, hasNhsContext } from '../../glossary/context';
import { GLOSSARY } from '../../glossary/index';
import { type Block, judge } from './judge-blocks';

const { entries } = GLOSSARY;

function gateOpens(title: string, blocks: Block[]): boolean {
  const sample = blocks.map((block) => block.text).join('\n');
  return hasNhsContext(
    buildPageProfile({ title, headings: '', sample, definitions: findDefinitions(sample, entries) }),
    entries,
  );
}

describe('a page that names an NHS fund, network or board in full', () => {
  const cabinet: Block[] = [
    {
      section: 1,
      text: 'That cabinet notes the BCF plan for 2017-19, approved by the Lindenshire HWB, and agrees the council’s share of the pooled budget.',
    },
    { section: 2, text: 'Performance is reported to the HWB quarterly.' },
  ];

  it('is about the NHS, and its letters are explained: "Better Care Fund plan 2017-19"', () => {
    expect(gateOpens('Better Care Fund plan 2017-19', cabinet)).toBe(true);
    expect(judge('Better Care Fund plan 2017-19', cabinet, 'BCF', 'That cabinet notes').annotate).toBe(true);
  });
});

describe('a page that names an NHS body in its own words', () => {
  const campaign: Block[] = [
    {
      section: 1,
      text: 'In August we learned that the draft sustainability and transformation plan for Fellgate includes an option to end consultant-led births at the community hospital.',
    },
    { section: 2, text: 'The STP has not been tested with the women it affects.' },
  ];

  it('is about the NHS, and its STP is explained', () => {
    expect(gateOpens('Keep Dales Births Local', campaign)).toBe(true);
    expect(judge('Keep Dales Births Local', campaign, 'STP', 'The STP has not')).toMatchObject({
      annotate: true,
      sense: 'plan',
    });
  });

  const financeBlog: Block[] = [
    {
      section: 1,
      text: 'For 2018/19, the organisations in our STP have agreed a single control total. Transformation funding from NHSE will be allocated by the partnership board.',
    },
  ];

  it('is about the NHS when it names NHS England by its short name', () => {
    expect(gateOpens('Finance director’s blog', financeBlog)).toBe(true);
  });

  const factory: Block[] = [
    {
      section: 1,
      text: 'Our sustainability report sets out the transformation of the plant. The STP runs at night.',
    },
  ];

  it('is not about the NHS for saying "sustainability" and "transformation" apart', () => {
    expect(gateOpens('Plant sustainability report', factory)).toBe(false);
  });
});

describe('a page with two everyday NHS words', () => {
  const friends: Block[] = [
    {
      section: 1,
      text: 'The Friends bought two reclining chairs for the children’s ward at Mossley Hospital this year.',
    },
    {
      section: 2,
      text: 'Members raised worries about the Mossley and Dene STP, which proposes fewer community beds.',
    },
  ];

  it('is about the NHS: a hospital’s friends ask about the STP', () => {
    expect(gateOpens('Friends of Mossley Hospital: annual report', friends)).toBe(true);
    expect(
      judge('Friends of Mossley Hospital: annual report', friends, 'STP', 'Members raised').annotate,
    ).toBe(true);
  });

  const notice: Block[] = [
    { section: 1, text: 'Park in bay 4 near the hospital. A PCN is issued for overstaying.' },
  ];

  it('is not, with one', () => {
    expect(gateOpens('Car park rules', notice)).toBe(false);
  });
});

describe('a page with one everyday NHS word that uses the letters as ours', () => {
  const homes: Block[] = [
    {
      section: 1,
      text: 'Eleven adults who have spent years in hospital units will move into their own homes this year.',
    },
    { section: 2, text: 'The STP will fund four new supported living homes in Millbrook.' },
  ];

  it('is about the NHS: the STP funds homes', () => {
    expect(gateOpens('Moving home at last', homes)).toBe(true);
  });

  const switches: Block[] = [
    { section: 1, text: 'The hospital’s network team runs spanning tree protocol on every switch.' },
    { section: 2, text: 'The STP will send a topology change when a port flaps.' },
  ];

  it('is not, where it names another meaning of the letters', () => {
    expect(gateOpens('Network notes', switches)).toBe(false);
  });
});
