// The context model on pages that give one set of letters two meanings: a definition holds in its
// own section, a clinical false friend is not overruled by everyday health words, an acronym the
// page spells out as something else vouches for no other acronym, and each occurrence is read by
// its own words (its half of a sentence, words not denied, no page-wide words for either sense).

import { describe, expect, it } from 'vitest';
import { type Block, judge } from './judge-blocks';

describe('a page that defines ICP both ways, section by section', () => {
  const guide: Block[] = [
    {
      section: 1,
      text: 'The integrated care partnership (ICP) brings the ICB together with the councils in its area.',
    },
    {
      section: 2,
      text: 'Between 2018 and 2019 NHS England drafted a contract under which an integrated care provider (ICP) would hold a single contract for most services. Practices could join the ICP as subcontractors.',
    },
    { section: 3, text: 'We want places for GPs on the ICB and in each ICP.' },
  ];

  it('holds the provider definition within its own section', () => {
    expect(judge('A guide for doctors', guide, 'ICP', 'Practices could join', '2023-07-13')).toMatchObject({
      annotate: true,
      sense: 'provider',
    });
  });

  it('judges an occurrence in a later section on its own words and the page date', () => {
    expect(judge('A guide for doctors', guide, 'ICP', 'We want places', '2023-07-13')).toMatchObject({
      annotate: true,
      sense: 'partnership',
    });
  });

  it('keeps a definition page-wide on a page that gives only one meaning', () => {
    const oneMeaning = [
      guide[1],
      { ...(guide[2] as Block), text: 'Few areas ever signed an ICP.' },
    ] as Block[];
    expect(judge('The old contract', oneMeaning, 'ICP', 'Few areas ever signed', '2023-07-13')).toMatchObject(
      {
        annotate: true,
        sense: 'provider',
      },
    );
  });
});

describe('a trust news page with the partnership and intracranial pressure', () => {
  const news: Block[] = [
    { section: 1, text: 'The Dale Integrated Care Partnership (ICP) backed our diagnostics plan.' },
    {
      section: 2,
      text: 'The team inserted a small monitor to measure his intracranial pressure (ICP) after the accident.',
    },
    {
      section: 2,
      text: '"The nurses explained everything, even the ICP numbers on the screen," said his mother.',
    },
  ];

  it('does not let a nurse in the sentence overrule the intracranial definition above it', () => {
    expect(
      judge('News roundup | Dale Hospitals NHS Trust', news, 'ICP', '"The nurses explained'),
    ).toMatchObject({
      annotate: false,
    });
  });
});

describe('acronyms that vouch for each other', () => {
  const parking: Block[] = [
    {
      section: 1,
      text: 'A Penalty Charge Notice (PCN) is issued when a vehicle is parked in breach of the restrictions outside the surgery.',
    },
    { section: 1, text: 'Pay your PCN within 14 days.' },
    {
      section: 2,
      text: 'Temporary restrictions apply on roads near the circuit during the British GP weekend. Officers issue a high number of PCNs at these times.',
    },
    {
      section: 2,
      text: "We do not run the car parks at Riverside General Hospital: contact the hospital's contractor. Blue badge holders visiting patients may park for free. On-street bays outside GP surgeries are enforced in the normal way.",
    },
  ];

  it('leaves the Grand Prix alone on a parking page that spells PCN out as a fine', () => {
    expect(
      judge('Parking fines | Northshire Council', parking, 'GP', 'Temporary restrictions'),
    ).toMatchObject({
      annotate: false,
    });
  });
});

describe('reading the occurrence’s own words', () => {
  it('gives two PCNs in one sentence the meanings of their own halves', () => {
    const centre: Block[] = [
      { section: 1, text: 'The practices of Riverside Primary Care Network (PCN) share this building.' },
      {
        section: 2,
        text: 'The council issues Penalty Charge Notices (PCNs) on the road outside. The car park is run by a private operator.',
      },
      {
        section: 3,
        text: 'Patients with appointments at the practices may park free for two hours. Staff at the PCN reception cannot cancel a PCN or contact the operator for you.',
      },
    ];
    const title = 'Visiting us | Riverside Health Centre';
    expect(judge(title, centre, 'PCN', 'Staff at the PCN').annotate).toBe(true);
    expect(judge(title, centre, 'PCN', 'Staff at the PCN', undefined, 1).annotate).toBe(false);
  });

  it('does not count a sense’s word that the sentence denies', () => {
    const minutes: Block[] = [
      {
        section: 1,
        text: 'Members asked about the 2019 integrated care provider (ICP) contract. The council set up the integrated care partnership (ICP) with the ICB in July.',
      },
      {
        section: 1,
        text: 'The new ICP would hold no budget and let no contracts; decisions stay with the ICB.',
      },
    ];
    expect(judge('Scrutiny minutes', minutes, 'ICP', 'The new ICP', '2022-09-20')).toMatchObject({
      annotate: true,
      sense: 'partnership',
    });
  });

  it('keeps a defined sense that the page’s date agrees with over a name in the paragraph', () => {
    const news: Block[] = [
      {
        section: 1,
        text: 'NHS England is consulting on the integrated care provider (ICP) contract, under which one body would hold a single contract.',
      },
      {
        section: 2,
        text: '“Our trusts already work as an alliance called the Westbrook Integrated Care Partnership. People ask me whether the ICP has already arrived.”',
      },
    ];
    expect(judge('Consultation opens', news, 'ICP', 'People ask me', '2018-08-06')).toMatchObject({
      annotate: true,
      sense: 'provider',
    });
  });

  it('leaves the sense open where a page that spells out both senses gives no clue nearby', () => {
    const blog: Block[] = [
      {
        section: 1,
        text: 'Each integrated care partnership (ICP) is a joint committee that writes the integrated care strategy with the councils and the VCSE sector.',
      },
      {
        section: 2,
        text: 'Some years ago an integrated care provider (ICP) was a contract for one organisation.',
      },
      { section: 3, text: 'Not the same ICP' },
    ];
    const decision = judge('What the white paper means', blog, 'ICP', 'Not the same ICP');
    expect(decision.annotate).toBe(true);
    expect(decision).not.toHaveProperty('sense');
  });
});

describe('a definition of the sense the page’s date has left behind', () => {
  const minutes: Block[] = [
    {
      section: 1,
      text: 'Cllr Lindqvist said residents sometimes confused the partnership with the integrated care provider (ICP) contract that NHS England consulted on in 2018.',
    },
    { section: 2, text: 'Papers for future ICP meetings will be published a week in advance.' },
  ];
  const title = 'Minutes of the first meeting of the Vale Integrated Care Partnership';

  it('explains history where it stands', () => {
    expect(judge(title, minutes, 'ICP', 'Cllr Lindqvist', '2022-10-04')).toMatchObject({
      annotate: true,
      sense: 'provider',
    });
  });

  it('does not decide the sense elsewhere on a page of the later era', () => {
    expect(judge(title, minutes, 'ICP', 'Papers for future', '2022-10-04')).toMatchObject({
      annotate: true,
      sense: 'partnership',
    });
  });
});

describe('a definition of a sense whose era the page’s date has not yet reached', () => {
  // Local alliances took the partnership's name years before the statutory partnerships of 2022.
  const newsletter: Block[] = [
    {
      section: 1,
      text: 'From April, our surgery is part of the Ambleford Integrated Care Partnership (ICP), an alliance of the town’s practices, the community nurses and the council.',
    },
    { section: 2, text: 'What will the ICP do first?' },
    {
      section: 3,
      text: 'Some patients have seen news about "integrated care provider" contracts. Our alliance holds no contract.',
    },
  ];

  it('still decides the sense elsewhere on the page', () => {
    expect(
      judge('Spring 2018 newsletter', newsletter, 'ICP', 'What will the ICP', '2018-04-05'),
    ).toMatchObject({
      annotate: true,
      sense: 'partnership',
    });
  });
});

describe('a title that spells out one sense', () => {
  const release: Block[] = [
    {
      section: 1,
      text: 'Northbury Integrated Care Partnership (ICP) brings together the council, the hospital trust, GP practices and the hospice.',
    },
    {
      section: 2,
      text: 'It is not an integrated care provider (ICP): NHS England consulted on that contract this summer, and no contract is planned here.',
    },
    { section: 3, text: 'In its first year the ICP will focus on three priorities.' },
  ];

  it('outweighs the page’s date where nothing nearby decides', () => {
    expect(
      judge(
        'Northbury Integrated Care Partnership launches',
        release,
        'ICP',
        'In its first year',
        '2018-09-12',
      ),
    ).toMatchObject({ annotate: true, sense: 'partnership' });
  });

  it('does not outweigh the sense written out beside the letters', () => {
    expect(
      judge('Northbury Integrated Care Partnership launches', release, 'ICP', 'It is not', '2018-09-12'),
    ).toMatchObject({ annotate: true, sense: 'provider' });
  });
});

describe('a medicine the page defines, and a body that has a plan', () => {
  const boardPaper: Block[] = [
    {
      section: 1,
      text: 'Most inhaler emissions come from metered-dose inhalers. Patients on an inhaled corticosteroid (ICS) can often switch to a dry powder device.',
    },
    {
      section: 1,
      text: 'To update the board on progress towards the ICS green plan target for inhaler emissions.',
    },
    { section: 1, text: 'Check that each ICS dose is right before switching.' },
  ];

  it('leaves the medicine where it is one, and explains the system that has a green plan', () => {
    const title = 'Medicines and net zero | Board paper';
    expect(judge(title, boardPaper, 'ICS', 'To update the board')).toMatchObject({ annotate: true });
    expect(judge(title, boardPaper, 'ICS', 'Check that each').annotate).toBe(false);
  });

  const society: Block[] = [
    {
      section: 1,
      text: 'The Intensive Care Society (ICS) has published new staffing standards for critical care units.',
    },
    { section: 1, text: 'What the ICS said about nurse ratios will shape our workforce plan for the unit.' },
  ];

  it('leaves a society the page defines alone where it speaks, as a body does', () => {
    const title = 'New critical care standards | Trust news';
    expect(judge(title, society, 'ICS', 'What the ICS said').annotate).toBe(false);
  });
});

describe('a reading list that defines the old ICP and asks about the new one', () => {
  const list: Block[] = [
    {
      section: 1,
      text: 'Start with the 2018 consultation on the integrated care provider (ICP) contract and its critics.',
    },
    { section: 1, text: 'Is a statutory ICP more than a renamed STP board?' },
  ];

  it('reads "statutory ICP" as the partnership, whatever the definition before it', () => {
    expect(judge('Reading list: integration', list, 'ICP', 'Is a statutory ICP')).toMatchObject({
      annotate: true,
      sense: 'partnership',
    });
  });
});
