import { describe, expect, it } from 'vitest';
import { type Definition, findDefinitions } from '../../glossary/context';
import { GLOSSARY } from '../../glossary/index';
import { type Block, judge } from './judge-blocks';

const { entries } = GLOSSARY;

const meaningOf = (text: string, term: string): Definition['meaning'] | undefined =>
  findDefinitions(text, entries).find((definition) => definition.term === term)?.meaning;

describe('findDefinitions', () => {
  it('reads an expansion before the acronym in brackets, plural or not', () => {
    expect(meaningOf('Practices have joined primary care networks (PCNs) across the area.', 'PCN')).toEqual({
      kind: 'sense',
      senseId: 'main',
    });
    expect(meaningOf('Each area has integrated care partnerships (ICPs) too.', 'ICP')).toEqual({
      kind: 'sense',
      senseId: 'partnership',
    });
    expect(meaningOf('You may get a Penalty Charge Notice (PCN) if you park here.', 'PCN')).toEqual({
      kind: 'false-friend',
      notABody: true,
    });
  });

  it('reads a product name that joins its words as a spelling of the letters', () => {
    expect(meaningOf('Researchers plot every result in GraphPad (GP) before review.', 'GP')).toEqual({
      kind: 'other',
      expansion: 'Graph Pad',
    });
  });

  it('reads letters in quotes before "means"', () => {
    expect(meaningOf('In our village, "CCG" means the county cricket group.', 'CCG')).toMatchObject({
      kind: 'other',
    });
  });

  it('finds the letters in order inside the words after "=" and "stands for"', () => {
    expect(meaningOf('ICP = intercompany partner: the code for the other body.', 'ICP')).toEqual({
      kind: 'other',
      expansion: 'intercompany partner',
    });
    expect(meaningOf('Here ICP stands for intercompany partner.', 'ICP')).toMatchObject({ kind: 'other' });
  });

  it('does not read letters in order after "is", a colon or brackets, which may describe', () => {
    expect(meaningOf('Our ICS is in crisis this winter.', 'ICS')).toBeUndefined();
    expect(meaningOf('ICP: in conversation with the chair.', 'ICP')).toBeUndefined();
    expect(meaningOf('ICB (including primary care prescribing) spend rose.', 'ICB')).toBeUndefined();
  });

  it('does not take a description in our own words for another meaning', () => {
    expect(meaningOf('ICP = partners in care, working as one.', 'ICP')).toBeUndefined();
  });

  it('reads a name in capitals in the same sentence that spells the letters and is not ours', () => {
    expect(
      meaningOf('Everyone called it ICS, partly because "Ice Cream Sandwich" is a lot to type.', 'ICS'),
    ).toEqual({ kind: 'other', expansion: 'Ice Cream Sandwich' });
  });

  it('takes no other acronyms for a name that spells the letters', () => {
    expect(meaningOf('We can teach you how GP and PCN funding works.', 'GP')).toBeUndefined();
    expect(meaningOf('Dr Joe Lam, GP and PCN clinical director', 'GP')).toBeUndefined();
  });

  it('leaves a meaning the glossary knows, named in the sentence, to be weighed as a word', () => {
    expect(meaningOf('The GP chasing a Grand Prix dream', 'GP')).toBeUndefined();
    expect(meaningOf('Our ICS and the Integrated Care System team met.', 'ICS')).toBeUndefined();
  });

  it('reads an expansion after the acronym: brackets, dash, "or"', () => {
    expect(meaningOf('A PCN (Penalty Charge Notice) is issued by the council.', 'PCN')).toEqual({
      kind: 'false-friend',
      notABody: true,
    });
    expect(meaningOf('PCN – Penalty Charge Notice', 'PCN')).toEqual({ kind: 'false-friend', notABody: true });
    expect(meaningOf('The ICS, or integrated care system, brings partners together.', 'ICS')).toEqual({
      kind: 'sense',
      senseId: 'main',
    });
    expect(
      meaningOf('Under the ICP (Integrated Care Provider) contract, one body holds the budget.', 'ICP'),
    ).toEqual({
      kind: 'sense',
      senseId: 'provider',
    });
  });

  it('tells the STP plan from the STP partnership by the expansion', () => {
    expect(
      meaningOf('Each Sustainability and Transformation Plan (STP) was submitted in 2016.', 'STP'),
    ).toEqual({
      kind: 'sense',
      senseId: 'plan',
    });
    expect(meaningOf('Our Sustainability and Transformation Partnership (STP) met today.', 'STP')).toEqual({
      kind: 'sense',
      senseId: 'partnership',
    });
  });

  it('reads a glossary list, "is the", and an expansion without its leading "NHS"', () => {
    expect(meaningOf('ICS Integrated care system: the NHS and councils working together.', 'ICS')).toEqual({
      kind: 'sense',
      senseId: 'main',
    });
    expect(
      meaningOf('In radiology, PACS is the picture archiving and communication system.', 'PACS'),
    ).toEqual({
      kind: 'false-friend',
      clinical: true,
    });
    expect(meaningOf('The Long Term Plan (LTP) was published in January.', 'LTP')).toEqual({
      kind: 'sense',
      senseId: 'main',
    });
  });

  it('counts an unknown expansion that spells the letters as someone else’s meaning', () => {
    expect(meaningOf('Ask our Patient Care Navigator (PCN) for help.', 'PCN')).toEqual({
      kind: 'other',
      expansion: 'Patient Care Navigator',
    });
  });

  it('ignores brackets that do not expand the letters, and points at the acronym itself', () => {
    expect(findDefinitions('Your PCN (see the map below) covers four practices.', entries)).toEqual([]);
    expect(findDefinitions('GP practices (PCN members) meet monthly.', entries)).toEqual([]);
    const text = 'Locally, primary care networks (PCNs) now employ pharmacists.';
    expect(findDefinitions(text, entries)).toEqual([
      { term: 'PCN', meaning: { kind: 'sense', senseId: 'main' }, index: text.indexOf('PCNs') },
    ]);
  });
});

describe('findDefinitions, for meanings the glossary does not know', () => {
  it('reads "always means" as a definition', () => {
    expect(meaningOf('In this guideline ACS always means abdominal compartment syndrome.', 'ACS')).toEqual({
      kind: 'other',
      expansion: 'abdominal compartment syndrome',
    });
  });

  it('reads a bracketed abbreviation whose letters sit inside the words', () => {
    expect(meaningOf('Open the Pocket Navigator (PCN) app on your phone.', 'PCN')).toEqual({
      kind: 'other',
      expansion: 'pocket navigator',
    });
  });

  it('does not take a description of ours in brackets for another meaning', () => {
    expect(meaningOf('Local GP practices working together (PCN) share staff.', 'PCN')).toBeUndefined();
  });

  it('reads a name in capitals that ends as our expansion does as a body of ours: "Uppworth Health Network (PCN)"', () => {
    const ours = { kind: 'sense', senseId: 'main' };
    expect(meaningOf('Employer: Uppworth Health Network (PCN).', 'PCN')).toEqual(ours);
    expect(meaningOf('Welcome to your placement with Cosstead Health Network (PCN).', 'PCN')).toEqual(ours);
    expect(meaningOf('Our practice joined Draycombe Neighbourhood Network (PCN) in 2019.', 'PCN')).toEqual(
      ours,
    );
  });

  it('needs a word of ours or of the NHS in such a name where another meaning ends in the same word', () => {
    // "personal communications network" also ends in "network".
    expect(meaningOf('Handsets sold by Vodaphonic Mobile Network (PCN) in 1994.', 'PCN')).not.toEqual({
      kind: 'sense',
      senseId: 'main',
    });
  });

  it('does not take a name that starts as ours does for another meaning: "Health Innovation Kestrel and Downs (HIN)"', () => {
    expect(
      meaningOf('Run with Health Innovation Kestrel and Downs (HIN) since 2023.', 'HIN'),
    ).toBeUndefined();
  });

  it('reads another meaning in brackets that shares one word with ours: "peri-acute COVID-19 sequelae (PACS)"', () => {
    expect(meaningOf('We studied peri-acute COVID-19 sequelae (PACS) in older adults.', 'PACS')).toEqual({
      kind: 'other',
      expansion: 'peri acute covid 19 sequelae',
    });
  });

  it('reads "here stands for" as a definition', () => {
    expect(meaningOf('PHM here stands for pulse height modulation.', 'PHM')).toMatchObject({
      kind: 'other',
    });
  });

  it('reads "usually shortened to", "known as" and "your …" as definitions', () => {
    expect(
      meaningOf(
        'a course from the learning technology partnership, usually shortened to LTP. It is free.',
        'LTP',
      ),
    ).toEqual({ kind: 'other', expansion: 'learning technology partnership' });
    expect(meaningOf('Meet our customer operations executive, your COE, on day one.', 'ICO')).toBeUndefined();
    expect(meaningOf('the investor coin offering, known as ICO, opens today', 'ICO')).toEqual({
      kind: 'other',
      expansion: 'investor coin offering',
    });
  });
});

describe('letters spelled out where they stand', () => {
  const asthmaBlog: Block[] = [
    {
      section: 1,
      text: 'Inhaled corticosteroid (ICS) preventers calm the airways, and your ICS inhaler works best every day.',
    },
    {
      section: 2,
      text: 'So I was delighted when our local integrated care system (ICS) made asthma a priority this year.',
    },
  ];

  it('mean what the spelling says, whatever the sentence and the page speak of', () => {
    expect(judge('My asthma clinic year', asthmaBlog, 'ICS', 'So I was delighted').annotate).toBe(true);
    expect(judge('My asthma clinic year', asthmaBlog, 'ICS', 'Inhaled corticosteroid').annotate).toBe(false);
  });
});
