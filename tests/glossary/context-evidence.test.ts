// The context model's weighing of evidence: which words may speak for a meaning, and how much.

import { describe, expect, it } from 'vitest';
import { type Block, judge } from './judge-blocks';

describe('a false friend’s own words', () => {
  it('outweigh a definition of ours made elsewhere on the page', () => {
    const board: Block[] = [
      { section: 1, text: 'The Integrated Care Partnership (ICP) met in January to agree its strategy.' },
      {
        section: 2,
        text: 'Critical care was full on nine days. The board approved two further ICP monitors for patients with head injuries.',
      },
    ];
    expect(
      judge('Board summary | Marsh NHS Trust', board, 'ICP', 'The board approved', '2025-02-13'),
    ).toMatchObject({ annotate: false });
  });

  it('are not the letters themselves: SNPs on a page about neighbourhood providers are ours', () => {
    const briefing: Block[] = [
      {
        section: 1,
        text: 'Each ICB must commission a single neighbourhood provider (SNP) for populations of about 50,000, working with GP practices.',
      },
      { section: 1, text: 'Two SNPs went live in April.' },
    ];
    expect(
      judge('Neighbourhood contracts', briefing, 'SNP', 'Two SNPs went live', '2026-06-01').annotate,
    ).toBe(true);
  });
});

describe('everyday health words', () => {
  it('do not overturn a meaning the page defines that the glossary does not know', () => {
    const guide: Block[] = [
      {
        section: 1,
        text: 'All new laptops for the trust’s nurses are built with the Microsoft Deployment Toolkit (MDT), using the network.',
      },
      { section: 1, text: 'Ask the service desk if the MDT wizard fails on a ward laptop.' },
      { section: 1, text: 'Multidisciplinary team meetings on the wards use these laptops too.' },
    ];
    expect(judge('Building laptops | IT service desk', guide, 'MDT', 'Ask the service desk').annotate).toBe(
      false,
    );
  });

  it('do not speak for our sense against a clinical false friend', () => {
    const cardiology: Block[] = [
      {
        section: 1,
        text: 'Patients with acute coronary syndrome (chest pain from a heart attack or unstable angina) now reach the catheter lab a day sooner, the hospital’s nurses and consultants report.',
      },
      {
        section: 2,
        text: 'Under the new ACS pathway, patients are seen each morning by a nurse specialist.',
      },
      {
        section: 3,
        text: 'In 2017 our area was one of the first accountable care systems, with the STP and the integrated care system that followed.',
      },
    ];
    expect(
      judge(
        'Cardiology news | Marlbury Hospitals NHS Trust',
        cardiology,
        'ACS',
        'Under the new ACS',
        '2019-11-14',
      ),
    ).toMatchObject({ annotate: false });
  });
});

describe('a page that spells out only one meaning', () => {
  it('means that one where nothing nearby says otherwise', () => {
    const news: Block[] = [
      {
        section: 1,
        text: 'The Information Commissioner’s Office has reprimanded a GP practice after patient letters were sent to the wrong addresses, breaching data protection law.',
      },
      { section: 1, text: 'The NHS practice has 9,000 patients.' },
      { section: 1, text: 'A spokesperson for the ICO said that people should be able to trust their GP.' },
    ];
    expect(
      judge('GP practice reprimanded | Local news', news, 'ICO', 'A spokesperson', '2022-03-16').annotate,
    ).toBe(false);
  });
});

describe('years in the sentence', () => {
  it('count for the era they name only up to the page’s own date', () => {
    const report: Block[] = [
      {
        section: 1,
        text: 'NHS leaders and the councils presented the draft Sustainability and Transformation Plan to a packed public meeting.',
      },
      {
        section: 1,
        text: 'Our local STP says the area will be £312 million a year short by 2020/21 unless care changes.',
      },
    ];
    expect(
      judge('Public meeting on health plan', report, 'STP', 'Our local STP', '2016-11-17'),
    ).toMatchObject({
      annotate: true,
      sense: 'plan',
    });
  });
});

describe('the section’s heading', () => {
  it('tells a partnership from intracranial pressure where the page speaks of both', () => {
    const charity: Block[] = [
      {
        section: 1,
        heading: 'Research news',
        text: 'Our study of intracranial pressure (ICP) monitoring after head injury has reported: a bolt placed early shortens time in intensive care.',
      },
      {
        section: 2,
        heading: 'We take our seat on the ICP',
        text: 'This month the charity joined the Thornbury Integrated Care Partnership, alongside the councils and the ICB.',
      },
      {
        section: 2,
        heading: 'We take our seat on the ICP',
        text: '“Having a voice on the ICP matters to our members,” said Fiona.',
      },
    ];
    expect(judge('News | Headway Thornbury', charity, 'ICP', '“Having a voice', '2024-05-16')).toMatchObject({
      annotate: true,
      sense: 'partnership',
    });
  });
});

describe('A&E', () => {
  it('leaves the American TV channel alone on a listings page', () => {
    const listings: Block[] = [
      {
        section: 1,
        text: 'New arrivals from the UK see A&E in the guide and wonder why a hospital emergency department has a channel. A&E began life as Arts & Entertainment, one of the big American cable networks.',
      },
      {
        section: 2,
        heading: 'Tonight',
        text: 'A&E is running back-to-back episodes of its true crime series all evening.',
      },
    ];
    expect(judge('What’s on A&E this week | TV listings', listings, 'A&E', 'A&E is running').annotate).toBe(
      false,
    );
  });

  it('still explains the emergency department on a hospital page', () => {
    const hospital: Block[] = [
      {
        section: 1,
        text: 'If you are seriously ill or injured, go to A&E or call 999. For anything else, call NHS 111.',
      },
    ];
    expect(
      judge('Urgent care | Riverside Hospitals NHS Trust', hospital, 'A&E', 'If you are seriously').annotate,
    ).toBe(true);
  });
});

describe('a meaning the page defines that the glossary does not know', () => {
  it('is weighed like a false friend, by its own words', () => {
    const blog: Block[] = [
      { section: 1, text: 'We build in-car payments (ICP) for drivers who charge electric vehicles.' },
      {
        section: 2,
        text: 'In NHS meetings the integrated care partnership (ICP) means something else entirely.',
      },
      { section: 3, text: 'Our ICP now takes payments at every rapid charger on the motorway.' },
    ];
    expect(judge('Product news | Chargely', blog, 'ICP', 'Our ICP now takes', '2024-10-08').annotate).toBe(
      false,
    );
  });
});

describe('a page only a little about health', () => {
  const blog: Block[] = [
    {
      section: 1,
      text: 'A GP is a distribution over functions: give it a kernel and some data and it returns a posterior.',
    },
    { section: 1, text: 'Fitting a GP to hospital admissions data is a common first project.' },
    { section: 2, text: 'Our second GP used a periodic kernel.' },
  ];

  it('needs a word for the NHS meaning before it explains the letters', () => {
    expect(
      judge('Gaussian process regression, gently | ML notes', blog, 'GP', 'Our second GP').annotate,
    ).toBe(false);
  });

  it('still explains them where the page is steeped in the NHS', () => {
    const surgery: Block[] = [
      {
        section: 1,
        text: 'The NHS practice, the ICB and the integrated care board’s primary care team run the health centre; NHS trust staff, the CQC and social care visit weekly.',
      },
      { section: 2, text: 'Our second GP starts in May.' },
    ];
    expect(judge('Riverside Health Centre', surgery, 'GP', 'Our second GP').annotate).toBe(true);
  });
});

describe('a page that is somewhat about the NHS', () => {
  it('explains letters that no other meaning claims there: "Your CCG may have updated its list"', () => {
    const leaflet: Block[] = [
      {
        section: 1,
        text: 'If your preventer inhaler runs out, ask your pharmacy or call NHS 111; in an emergency, go to hospital.',
      },
      { section: 2, text: 'Your CCG may have updated its list of preferred inhalers.' },
    ];
    expect(judge('Living well with asthma', leaflet, 'CCG', 'Your CCG may').annotate).toBe(true);
  });
});

describe('ICB beside words it shares with the pressure in the skull', () => {
  it('is the board on a page about intracranial pressure or bleeding ears: those words are not an intracranial bleed’s', () => {
    const earwax: Block[] = [
      {
        section: 1,
        text: 'Our GP practice no longer offers ear irrigation on the NHS: it can cause bleeding and infection.',
      },
      { section: 2, text: 'The ICB decided to fund a specialist community audiology service.' },
    ];
    expect(judge('Earwax: why we no longer syringe ears', earwax, 'ICB', 'The ICB decided').annotate).toBe(
      true,
    );
    const letter: Block[] = [
      { section: 1, text: 'Raised intracranial pressure after a head injury needs specialist care.' },
      { section: 2, text: 'Support the ICB to commission specialist nurses for neurological conditions.' },
    ];
    expect(
      judge('Open letter from the neurological alliance', letter, 'ICB', 'Support the ICB').annotate,
    ).toBe(true);
  });

  it('is still the bleed where the page speaks of one', () => {
    const scan: Block[] = [
      { section: 1, text: 'The CT head showed a small ICB, and her warfarin was stopped.' },
    ];
    expect(judge('Case notes: anticoagulation and falls', scan, 'ICB', 'The CT head').annotate).toBe(false);
  });
});

describe('general NHS words on the page', () => {
  it('do not speak for one acronym on a page only a little about health', () => {
    const shop: Block[] = [
      { section: 1, text: 'Our range runs from rally cars to an NHS ambulance in 1:43 scale.' },
      { section: 2, text: 'Few sponsors are as easy to spot from the grandstand as STP.' },
    ];
    expect(judge('STP livery models | Diecast Depot', shop, 'STP', 'Few sponsors').annotate).toBe(false);
  });
});

describe('a meaning the page spells out that the glossary does not know', () => {
  const intranet: Block[] = [
    {
      section: 1,
      text: 'Both organisations use Palo Alto GlobalProtect (GP) to connect laptops to the network.',
    },
    { section: 1, text: 'Each ICB has its own GP portal and its own set of gateways.' },
    { section: 2, text: 'Staff who work in GP practices should use the practice Wi-Fi.' },
  ];

  it('holds for the letters where nothing of ours is said', () => {
    expect(judge('Remote access | NHS Vale ICB', intranet, 'GP', 'Each ICB has').annotate).toBe(false);
  });

  it('gives way to a phrase of ours in the sentence', () => {
    expect(judge('Remote access | NHS Vale ICB', intranet, 'GP', 'Staff who work').annotate).toBe(true);
  });
});

describe('someone’s own GP', () => {
  const thread: Block[] = [
    {
      section: 1,
      text: 'Twenty of us are going to the Manchester GP next month; side events run all weekend.',
    },
    { section: 2, text: 'Sprained my wrist. Seeing my GP on Monday before I decide.' },
  ];

  it('is the family doctor, even on a page about something else', () => {
    expect(judge('Card game forum', thread, 'GP', 'Sprained my wrist').annotate).toBe(true);
  });

  it('says nothing about the page’s other GPs', () => {
    expect(judge('Card game forum', thread, 'GP', 'Twenty of us').annotate).toBe(false);
  });
});

describe('an Assistant Chief Officer', () => {
  it('is a fire, probation or police rank, not an accountable care organisation', () => {
    const launch: Block[] = [
      {
        section: 1,
        text: 'The serious violence partnership brings together NHS Kestrel ICB, the NHS trust, GP practices, public health, the police and the fire and rescue service.',
      },
      { section: 2, text: 'ACO Jo Whitford, of the fire and rescue service, said home safety visits help.' },
    ];
    expect(
      judge('Serious violence duty: partners launch plan', launch, 'ACO', 'ACO Jo Whitford').annotate,
    ).toBe(false);
  });
});
