import { describe, expect, it } from 'vitest';
import {
  buildPageProfile,
  type Decision,
  decideOccurrence,
  findDefinitions,
  hasNhsContext,
} from '../../glossary/context';
import { GLOSSARY } from '../../glossary/index';

const { entries } = GLOSSARY;

interface TestPage {
  title: string;
  url?: string;
  pageDate?: string;
  headings?: string;
  paragraphs: string[];
}

function profileOf(page: TestPage) {
  const sample = page.paragraphs.join('\n');
  return buildPageProfile({
    title: page.title,
    headings: page.headings ?? '',
    sample,
    ...(page.url ? { url: page.url } : {}),
    ...(page.pageDate ? { pageDate: page.pageDate } : {}),
    definitions: findDefinitions(`${page.title}\n${sample}`, entries),
  });
}

/** Judges the first occurrence of `term` in the sentence that contains `sentenceStart`. */
function judge(page: TestPage, term: string, sentenceStart: string): Decision {
  const profile = profileOf(page);
  const paragraph = page.paragraphs.find((text) => text.includes(sentenceStart));
  if (!paragraph) throw new Error(`no paragraph holds "${sentenceStart}"`);
  const from = paragraph.indexOf(sentenceStart);
  const end = paragraph.slice(from).search(/[.!?](\s|$)/);
  const sentence = paragraph.slice(from, end < 0 ? undefined : from + end + 1);
  return judgeAt(page, profile, paragraph, sentence, sentence.indexOf(term), term);
}

function judgeAt(
  page: TestPage,
  profile: ReturnType<typeof profileOf>,
  paragraph: string,
  sentence: string,
  sentenceOffset: number,
  term: string,
): Decision {
  const text = `${page.title}\n${page.paragraphs.join('\n')}`;
  const at = text.indexOf(sentence) + sentenceOffset;
  const definitionsBefore = profile.definitions.filter(
    (definition) => definition.term === term && definition.index <= at,
  );
  return decideOccurrence(term, { sentence, sentenceOffset, paragraph, definitionsBefore }, profile, entries);
}

const asthmaLeaflet: TestPage = {
  title: 'Using your asthma inhalers | Riverside Hospitals NHS Foundation Trust',
  url: 'https://www.riversidehospitals.nhs.uk/leaflets/asthma-inhalers',
  paragraphs: [
    'This leaflet is for patients seen in our respiratory clinic. Speak to your GP or asthma nurse if you have questions.',
    'Your ICS inhaler is a preventer. Use it every morning and evening, even when you feel well.',
    'If your preventer ICS makes your mouth sore, rinse after each dose.',
  ],
};

describe('false friends on NHS pages', () => {
  it('leaves the inhaled corticosteroid alone on an NHS trust asthma leaflet', () => {
    expect(hasNhsContext(profileOf(asthmaLeaflet))).toBe(true);
    expect(judge(asthmaLeaflet, 'ICS', 'Your ICS inhaler').annotate).toBe(false);
    expect(judge(asthmaLeaflet, 'ICS', 'If your preventer ICS').annotate).toBe(false);
  });

  it('leaves intracranial pressure alone on an intensive-care leaflet', () => {
    const leaflet: TestPage = {
      title: 'Your relative in intensive care | Northgate NHS Trust',
      paragraphs: [
        'After a serious head injury, the team watch the pressure inside the skull closely.',
        'A small probe measures ICP continuously. If the ICP is raised above 20 mmHg, the nurses will act quickly.',
      ],
    };
    expect(hasNhsContext(profileOf(leaflet))).toBe(true);
    expect(judge(leaflet, 'ICP', 'A small probe measures ICP').annotate).toBe(false);
    expect(judge(leaflet, 'ICP', 'If the ICP is raised').annotate).toBe(false);
  });
});

describe('PCN: parking ticket or primary care network', () => {
  const parking: TestPage = {
    title: 'Parking fines | Westshire Council',
    url: 'https://www.westshire.gov.uk/parking/fines',
    paragraphs: [
      'If you park where you should not, a civil enforcement officer may give you a PCN.',
      'Pay your PCN within 14 days for a 50% discount, or appeal if you think the contravention did not happen.',
    ],
  };
  const gpPage: TestPage = {
    title: 'About us | Elm Road Surgery',
    paragraphs: [
      'Elm Road Surgery is a GP practice caring for 9,000 patients.',
      'We are part of the Riverside PCN, which brings together four GP practices to offer clinics for our patients.',
    ],
  };

  it('does not annotate a council parking page’s PCN', () => {
    expect(judge(parking, 'PCN', 'Pay your PCN').annotate).toBe(false);
    expect(judge(parking, 'PCN', 'If you park').annotate).toBe(false);
  });

  it('annotates a GP practice page’s PCN', () => {
    expect(judge(gpPage, 'PCN', 'We are part of').annotate).toBe(true);
  });

  it('judges each occurrence by its own sentence when a page uses both', () => {
    const both: TestPage = {
      title: 'Your council services | Westshire Council',
      paragraphs: [
        'Health and social care: your GP practice now works with others in a PCN to offer longer opening hours for patients.',
        'Parking: pay a PCN online within 14 days to get the discount, or appeal it.',
      ],
    };
    expect(judge(both, 'PCN', 'Health and social care').annotate).toBe(true);
    expect(judge(both, 'PCN', 'Parking: pay a PCN').annotate).toBe(false);
  });

  it('lets a sentence about the practice outweigh the nearest definition on a page that defines PCN both ways', () => {
    const page: TestPage = {
      title: 'About us | Elm Road Surgery',
      paragraphs: [
        'We are part of Riverside Primary Care Network (PCN) with four other practices.',
        'If you got a Penalty Charge Notice (PCN) in the hospital car park, contact the council.',
        'Elm Road Surgery is a member of Riverside PCN.',
      ],
    };
    expect(judge(page, 'PCN', 'Elm Road Surgery is a member').annotate).toBe(true);
  });

  it('keeps a page’s own definition as Penalty Charge Notice for later bare uses', () => {
    const defined: TestPage = {
      title: 'Help with your ticket',
      paragraphs: [
        'This page explains what to do if you receive a Penalty Charge Notice (PCN).',
        'Keep the PCN somewhere safe and note its number.',
      ],
    };
    expect(judge(defined, 'PCN', 'Keep the PCN').annotate).toBe(false);
  });
});

describe('an ICB formulary page', () => {
  const formulary: TestPage = {
    title: 'Adult asthma inhaler guide | Northshire ICB',
    paragraphs: [
      'This guide from Northshire ICB helps prescribers choose inhalers for adults with asthma.',
      'Start with a low-dose ICS for most adults. If symptoms continue, step up to an ICS/LABA combination inhaler.',
      'The ICB medicines team reviews this guide every year with the ICS respiratory network.',
    ],
  };

  it('is worth reading, though it never says "NHS"', () => {
    expect(hasNhsContext(profileOf(formulary))).toBe(true);
  });

  it('leaves the inhaler ICS alone but annotates the ICS beside the ICB', () => {
    expect(judge(formulary, 'ICS', 'Start with a low-dose ICS').annotate).toBe(false);
    expect(judge(formulary, 'ICS', 'If symptoms continue').annotate).toBe(false);
    expect(judge(formulary, 'ICS', 'The ICB medicines team').annotate).toBe(true);
  });
});

describe('STP', () => {
  it('gives up at once on a networking article', () => {
    const networking: TestPage = {
      title: 'Configuring STP on your switches',
      paragraphs: [
        'STP stops loops when you connect switches together. Each bridge sends BPDU frames to elect a root bridge.',
      ],
    };
    expect(hasNhsContext(profileOf(networking))).toBe(false);
    expect(judge(networking, 'STP', 'STP stops loops').annotate).toBe(false);
  });

  it('reads a 2016 STP as the plan and a 2019 STP as the partnership', () => {
    const plan: TestPage = {
      title: 'Our local NHS plan for the next five years',
      pageDate: '2016-10-21',
      paragraphs: ['The NHS and the council have submitted the STP for our footprint to NHS England.'],
    };
    const partnership: TestPage = {
      title: 'Joining up health and care',
      pageDate: '2019-05-02',
      paragraphs: ['The STP brings together the NHS and the council to improve health and care.'],
    };
    expect(judge(plan, 'STP', 'The NHS and the council')).toMatchObject({ annotate: true, sense: 'plan' });
    expect(judge(partnership, 'STP', 'The STP brings')).toMatchObject({
      annotate: true,
      sense: 'partnership',
    });
  });

  it('takes the partnership, the usual reading, where nothing on an undated page decides', () => {
    const page: TestPage = {
      title: 'Community hospital beds: your questions',
      paragraphs: ['Residents asked what the STP means for Wendle community hospital and its NHS beds.'],
    };
    expect(judge(page, 'STP', 'Residents asked')).toMatchObject({ annotate: true, sense: 'partnership' });
  });

  it('reads each clause of a sentence that contrasts the two eras by its own year', () => {
    const sentence = 'An STP in a 2016 paper is a plan; an STP in a 2019 paper is a standing partnership.';
    const page: TestPage = { title: 'NHS acronyms through the years', paragraphs: [sentence] };
    const profile = profileOf(page);
    const first = judgeAt(page, profile, sentence, sentence, sentence.indexOf('STP'), 'STP');
    const second = judgeAt(page, profile, sentence, sentence, sentence.lastIndexOf('STP'), 'STP');
    expect(first).toMatchObject({ annotate: true, sense: 'plan' });
    expect(second).toMatchObject({ annotate: true, sense: 'partnership' });
  });
});

describe('ICP: partnership, provider or undecided', () => {
  it('reads the partnership from strategy words on a 2023 page', () => {
    const page: TestPage = {
      title: 'Integrated care in Northshire',
      pageDate: '2023-03-14',
      paragraphs: [
        'The ICP, a joint committee of the ICB and the councils, has agreed its strategy for 2023 to 2028.',
      ],
    };
    expect(judge(page, 'ICP', 'The ICP')).toMatchObject({ annotate: true, sense: 'partnership' });
  });

  it('reads the provider from contract words on a 2018 page', () => {
    const page: TestPage = {
      title: 'New models of care in the NHS',
      pageDate: '2018-08-03',
      paragraphs: ['Under the ICP contract a lead provider would hold one budget for GP and hospital care.'],
    };
    expect(judge(page, 'ICP', 'Under the ICP')).toMatchObject({ annotate: true, sense: 'provider' });
  });

  it('annotates without a sense when neither words nor date decide', () => {
    const page: TestPage = {
      title: 'Health and care in your area',
      paragraphs: ['People at the NHS open day asked about the ICP.'],
    };
    const decision = judge(page, 'ICP', 'People at the NHS');
    expect(decision.annotate).toBe(true);
    expect(decision.annotate && decision.sense).toBeUndefined();
  });

  it('follows the nearest definition on a page that defines ICP both ways', () => {
    const page: TestPage = {
      title: 'Integrated care systems | the union',
      paragraphs: [
        'Since 2022 each area has an integrated care partnership (ICP) alongside its ICB.',
        'Some areas once planned an integrated care provider (ICP). We opposed the ICP because GPs would lose their contracts.',
      ],
    };
    expect(judge(page, 'ICP', 'We opposed the ICP')).toMatchObject({ annotate: true, sense: 'provider' });
  });
});

describe('hasNhsContext', () => {
  it('is false for a card-game page', () => {
    const cards: TestPage = {
      title: 'Best CCG decks of the season',
      paragraphs: ['Every CCG player needs a good deck. Open a booster and build around your rarest cards.'],
    };
    expect(hasNhsContext(profileOf(cards))).toBe(false);
  });

  // "A&E" is the NHS's own front door: a page that sends someone there speaks of the NHS, whatever
  // else it is about, so its A&E is explained.
  it('is true for a holiday blog that mentions A&E, which is then annotated', () => {
    const blog: TestPage = {
      title: 'Ten days in the Rockies',
      paragraphs: [
        'The clinic in town saw us within the hour. Back home, she would have sat in A&E for most of the night.',
      ],
    };
    expect(hasNhsContext(profileOf(blog))).toBe(true);
    expect(judge(blog, 'A&E', 'Back home')).toMatchObject({ annotate: true });
  });
});

describe('everyday words are not false-friend signals', () => {
  const boardPage: TestPage = {
    title: 'Board meetings | NHS Northshire Integrated Care Board',
    paragraphs: [
      'The ICS board meets in public every other month; download the papers and the event listing below.',
      'Our ICP brings together the council, NHS trusts and the voluntary sector, and raised the issue of monitoring waiting times.',
      'Each PCN covers practices across the council area; patients do not pay for the service.',
    ],
  };

  it.each([
    ['ICS', 'The ICS board meets'],
    ['ICP', 'Our ICP brings'],
    ['PCN', 'Each PCN covers'],
  ])('%s in an NHS board paper is annotated', (term, sentence) => {
    expect(judge(boardPage, term, sentence).annotate).toBe(true);
  });
});

// Two meanings of STP that turn up on NHS pages themselves: a trust's healthcare science trainees
// and a site's own sewage works.
describe('STP meanings met on NHS pages', () => {
  const pathology: TestPage = {
    title: 'Healthcare science careers | Northshire Hospitals NHS Trust',
    pageDate: '2018-03-01',
    paragraphs: [
      'The Sustainability and Transformation Partnership has agreed a shared pathology network for the three trusts.',
      'Applications for STP trainee posts open nationally in January; trainees become clinical scientists.',
    ],
  };
  const estates: TestPage = {
    title: 'Estates update | Westbury Community Hospital NHS Trust',
    pageDate: '2020-10-15',
    paragraphs: [
      'The hospital is not on mains drainage. The old STP, installed in 1978, failed twice last winter and will be replaced.',
      'The new plant treats sewage on site to a standard agreed with the Environment Agency.',
    ],
  };

  it('leaves the Scientist Training Programme alone beside the partnership', () => {
    expect(judge(pathology, 'STP', 'Applications for STP')).toMatchObject({ annotate: false });
  });

  it('leaves a sewage treatment plant alone on an NHS estates page', () => {
    expect(judge(estates, 'STP', 'The old STP')).toMatchObject({ annotate: false });
  });
});

describe('PACS on a page about moving to France', () => {
  const guide: TestPage = {
    title: 'Moving to France as an unmarried couple | Expat money guides',
    paragraphs: [
      'A PACS, the pacte civil de solidarité, is a civil partnership open to any two adults.',
      'Partners in a PACS are taxed together, like a married couple. Your NHS cover ends when you move.',
    ],
  };

  it('leaves the French civil partnership alone', () => {
    expect(judge(guide, 'PACS', 'Partners in a PACS')).toMatchObject({ annotate: false });
  });
});

describe('SNP beside a councillor on a Scottish health page', () => {
  const news: TestPage = {
    title: 'New CT scanner opens at Glenmorven community hospital',
    paragraphs: [
      'Patients will no longer travel to the city for scans, the health board said. GP practices can refer directly.',
      'The local SNP councillor, Ewan Rae, who campaigned for the scanner, thanked the fundraisers.',
    ],
  };

  it('leaves the Scottish National Party alone', () => {
    expect(judge(news, 'SNP', 'The local SNP councillor')).toMatchObject({ annotate: false });
  });
});

describe('GP as a race on a practice nurse’s forum thread', () => {
  const thread: TestPage = {
    title: 'British GP camping 2025 - who is going? | Silverstone forum',
    paragraphs: [
      'I work as a practice nurse so I booked the week off months ago. Our GP partners cover the surgery.',
      'My dad’s knees won’t do the walk after the GP finishes.',
      'The campsite by the circuit opens on Thursday.',
    ],
  };

  it('leaves the Grand Prix alone and explains the practice’s GP partners', () => {
    expect(judge(thread, 'GP', 'My dad’s knees')).toMatchObject({ annotate: false });
    expect(judge(thread, 'GP', 'Our GP partners')).toMatchObject({ annotate: true });
  });
});

describe('words of the NHS meaning that a hospital page uses without naming the NHS', () => {
  const meetingSoftware: TestPage = {
    title: 'Setting up the meeting software: notes for administrators',
    paragraphs: ['Each tumour site’s MDT meets weekly to agree treatment plans.'],
  };
  const police: TestPage = {
    title: 'Police and crime panel: health in custody',
    paragraphs: [
      'The ACO told the panel that custody healthcare contracts are reviewed each year, and that policing and NHS partners meet monthly.',
    ],
  };

  it('explains a tumour site’s MDT', () => {
    expect(judge(meetingSoftware, 'MDT', 'Each tumour')).toMatchObject({ annotate: true });
  });

  it('leaves a police service’s Assistant Chief Officer alone', () => {
    expect(judge(police, 'ACO', 'The ACO told')).toMatchObject({ annotate: false });
  });
});
