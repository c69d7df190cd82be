// What stands right beside the letters: an area or a place's name ("across the ICS", "the Merrow
// Valley ICS"), the words either side ("GP practices", "ICS devices"), a clock time beside a time
// zone ("9am MDT"), which names only the letters beside its times, a hyphenated name ("MCP-1"), a
// possessive expansion ("Health and Wellbeing Board's (HWB's)"), what the letters do ("the STP was
// written"), what only a body has or does ("the ICS board", "a letter from the ICS") and a count
// used as a unit ("40 GP a week").

import { describe, expect, it } from 'vitest';
import { actsAsBody, namesAnArea } from '../../glossary/context/named-body';
import { type OtherUseKind, otherUseHere } from '../../glossary/context/other-uses';
import { type Block, judge } from './judge-blocks';

// Letters with neither a time zone nor a party among their meanings.
const PLAIN = new Set<OtherUseKind>();

describe('"your GP" beside a meaning the page spells out', () => {
  const cafeAccounts: Block[] = [
    { section: 1, text: 'Gross profit (GP) is what you keep from each sale after the cost of sales.' },
    { section: 2, text: 'A hot summer of canned drinks can pull your GP down even when takings are up.' },
    { section: 3, text: 'We also sell cakes made by the surgery receptionist, and patients love them.' },
  ];

  it('is the same letters again, and vouches for nothing', () => {
    expect(judge('Why your margin moves', cafeAccounts, 'GP', 'A hot summer').annotate).toBe(false);
  });
});

describe('a word right beside the letters', () => {
  const wiki: Block[] = [
    {
      section: 1,
      text: 'Group Policy (GP) sets the rules for every desktop in the trust. The integrated care system (ICS) shares one cyber team and its industrial control systems.',
    },
    {
      section: 2,
      text: 'Slow logons are the most common complaint we get from GP practices after a policy change.',
    },
    { section: 2, text: 'Our survey found 64 ICS devices on the trust network.' },
  ];

  it('outweighs a word for another meaning further off: "GP practices" after a policy change', () => {
    expect(judge('IT engineers wiki: slow logons', wiki, 'GP', 'Slow logons').annotate).toBe(true);
  });

  it('outweighs our words further off: "ICS devices" on the trust network', () => {
    expect(judge('IT engineers wiki: slow logons', wiki, 'ICS', 'Our survey').annotate).toBe(false);
  });
});

describe('a time zone after a clock time', () => {
  it('is MDT the time zone, whatever the page is about', () => {
    const webinar: Block[] = [
      { section: 1, text: 'Join our multidisciplinary team (MDT) webinar on frailty, with GPs and nurses.' },
      { section: 1, text: 'Calgary colleagues join at 9am MDT, which is 4pm here.' },
    ];
    expect(judge('Frailty MDT webinar', webinar, 'MDT', 'Calgary colleagues')).toMatchObject({
      annotate: false,
      reason: 'MDT: a time zone',
    });
    expect(judge('Frailty MDT webinar', webinar, 'MDT', 'Join our').annotate).toBe(true);
  });

  it('is a time zone heading a column of times or before its time: "Start time (MDT)", "MDT / 4:00 p.m."', () => {
    const zone = new Set<OtherUseKind>(['time zone']);
    const column = 'Start time (MDT)';
    expect(otherUseHere(column, column.indexOf('MDT'), 'MDT', zone)).toBe('a time zone');
    const before = 'Denver MDT / 4:00 p.m.';
    expect(otherUseHere(before, before.indexOf('MDT'), 'MDT', zone)).toBe('a time zone');
    const team = 'The MDT meets at 9am.';
    expect(otherUseHere(team, team.indexOf('MDT'), 'MDT', zone)).toBeUndefined();
  });

  it('names only the letters by its times: the team that meets elsewhere on the page is ours', () => {
    const exchange: Block[] = [
      {
        section: 1,
        text: 'Calgary is on Mountain Daylight Time (MDT) in summer, seven hours behind the UK, so the calls start at 8am MDT.',
      },
      {
        section: 1,
        text: 'Our rehabilitation MDT of nurses, physiotherapists and therapists meets weekly to plan each patient’s goals with their GP.',
      },
      { section: 2, text: 'Our sarcoma MDT at the hospital has a teaching link with a centre in Calgary.' },
      { section: 2, text: 'The programme lists all times in MDT, so please check the conversion.' },
    ];
    const page = 'Our NHS trust’s link with Calgary';
    expect(judge(page, exchange, 'MDT', 'Our rehabilitation MDT').annotate).toBe(true);
    expect(judge(page, exchange, 'MDT', 'Our sarcoma MDT').annotate).toBe(true);
    expect(judge(page, exchange, 'MDT', 'The programme lists').annotate).toBe(false);
    expect(judge(page, exchange, 'MDT', 'Calgary is on', undefined, 1)).toMatchObject({
      annotate: false,
      reason: 'MDT: a time zone',
    });
  });

  it('is not read into letters that have no time zone among their meanings', () => {
    expect(otherUseHere('The 8am GP phone scramble is back.', 9, 'GP', PLAIN)).toBeUndefined();
  });
});

describe('a name joined by a hyphen to a digit or capitals', () => {
  it('is another thing: "MCP-1" the protein, "ICP-MS" the instrument', () => {
    const sentence = 'Urinary MCP-1 and ICP-MS results were compared.';
    expect(otherUseHere(sentence, sentence.indexOf('MCP'), 'MCP', PLAIN)).toBe('part of a longer name');
    expect(otherUseHere(sentence, sentence.indexOf('ICP'), 'ICP', PLAIN)).toBe('part of a longer name');
  });

  it('leaves a reference number and a hyphenated word alone: "ICB-24-118", "ICB-wide"', () => {
    const reference = 'Please quote the job reference ICB-24-118.';
    expect(otherUseHere(reference, reference.indexOf('ICB'), 'ICB', PLAIN)).toBeUndefined();
    const wide = 'An ICB-wide review starts in May.';
    expect(otherUseHere(wide, wide.indexOf('ICB'), 'ICB', PLAIN)).toBeUndefined();
  });
});

describe('a count before the letters, used as a unit', () => {
  const at = (sentence: string, term = 'GP') => otherUseHere(sentence, sentence.indexOf(term), term, PLAIN);

  it('is an amount of something: "40 GP a week", "11,300 GP between them", "8,000 GP,"', () => {
    expect(at('Our party owns an inn and it eats 40 GP a week.')).toBe('an amount of something');
    expect(at('Five characters were sitting on roughly 11,300 GP between them.')).toBe(
      'an amount of something',
    );
    expect(at('A leaky caravel costs 8,000 GP, crew not included.')).toBe('an amount of something');
  });

  it('leaves counts of doctors and boards, years, clock times and one alone: "3,800 GP and nurse appointments", "from 2022 ICB", "1 ICB"', () => {
    expect(at('An extra 3,800 GP and nurse appointments in the evenings.')).toBeUndefined();
    expect(at('There are 45 GP practices in the county.')).toBeUndefined();
    expect(at('Since July 2022 ICB staff have moved offices.', 'ICB')).toBeUndefined();
    expect(at('03:10 ICS, ICB, ICP: a two-minute map', 'ICS')).toBeUndefined();
    expect(at('1 ICB', 'ICB')).toBeUndefined();
  });
});

describe('letters that have or do what only a body does', () => {
  const at = (sentence: string) => actsAsBody(sentence, sentence.indexOf('ICS'), 'ICS');

  it('are a body in "the ICS board", "ICS-wide", "the ICS has asked" and "a letter from the ICS"', () => {
    expect(at('The ICS board meets in public.')).toBe(true);
    expect(at('A single ICS-wide standard for remote access.')).toBe(true);
    expect(at('The ICS has asked practices to review inhalers.')).toBe(true);
    expect(at('I got a letter from the ICS.')).toBe(true);
    expect(at('Produced on behalf of the ICS partners.')).toBe(true);
    expect(at('The ICS green plan asks us to cut inhaler emissions.')).toBe(true);
    expect(at('The ICS is backing community groups.')).toBe(true);
    expect(at('Dr Harte, the ICS clinical lead for respiratory care.')).toBe(true);
  });

  it('are a body with staff and money: "the PCN’s clinical director", "the PCN will reimburse"', () => {
    const pcn = (sentence: string) => actsAsBody(sentence, sentence.indexOf('PCN'), 'PCN');
    expect(pcn('The PCN’s clinical director, Dr Sam Okonjo, said the council acted quickly.')).toBe(true);
    expect(pcn('Notes on delabelling from a PCN pharmacist')).toBe(true);
    expect(pcn('Staff of the PCN’s home visiting team can apply for an exemption.')).toBe(true);
    expect(pcn('The PCN will reimburse the crossing charge through expenses.')).toBe(true);
    expect(pcn('The PCN does not reimburse ULEZ penalties.')).toBe(true);
    expect(pcn('He said the PCN had asked the council for disabled bays.')).toBe(true);
    expect(pcn('You must pay the PCN within 14 days.')).toBe(false);
  });

  it('are a body with its own programmes and plans: "the ICS greener inhalers programme", "the ICS hopes to"', () => {
    expect(at('The ICS greener inhalers programme may mean a different device.')).toBe(true);
    expect(at('This year the ICS pathway group is launching a formulary.')).toBe(true);
    expect(at('Since the ICS training hub moved to a new booking system, invites arrive as files.')).toBe(
      true,
    );
    expect(at('The ICS hopes to cut avoidable trips to A&E.')).toBe(true);
    expect(at('Dr Pryce, clinical lead for the ICS respiratory network, explains.')).toBe(true);
  });

  it('are a body that funds, merges and decides: "CCG-funded", "our CCG merges", "the CCG can refuse"', () => {
    const ccg = (sentence: string) => actsAsBody(sentence, sentence.indexOf('CCG'), 'CCG');
    expect(ccg('Card Club success for CCG-funded library project')).toBe(true);
    expect(ccg('From 1 April our CCG merges with its two neighbours.')).toBe(true);
    expect(ccg('Anyone know if the CCG can refuse a PCN under 30,000?')).toBe(true);
    expect(ccg('The CCG made clear that practices would be covered.')).toBe(true);
    expect(ccg('Bring your CCG deck to the table.')).toBe(false);
  });

  it('are not a body for what they cover: "ACS covers heart attacks and unstable angina"', () => {
    const acs = (sentence: string) => actsAsBody(sentence, sentence.indexOf('ACS'), 'ACS');
    expect(acs('ACS covers heart attacks and unstable angina.')).toBe(false);
  });

  it('are a body that approves, confirms and contributes: "our CCG approved", "the CCG will confirm"', () => {
    const ccg = (sentence: string) => actsAsBody(sentence, sentence.indexOf('CCG'), 'CCG');
    expect(ccg('Our CCG approved 26,000 on rurality grounds.')).toBe(true);
    expect(ccg('The CCG will confirm PCN footprints by 31 May.')).toBe(true);
    expect(ccg('The CCG is contributing £180,000.')).toBe(true);
    expect(ccg('My CCG collection is approved for trading.')).toBe(false);
  });

  it('are not in "your ICS dose", "an ICS inhaler" or "the ICS was increased"', () => {
    expect(at('Take your ICS dose every day.')).toBe(false);
    expect(at('She uses an ICS inhaler twice a day.')).toBe(false);
    expect(at('The ICS was increased after the review.')).toBe(false);
  });

  const copdBlog: Block[] = [
    {
      section: 1,
      text: 'The inhaled corticosteroid is the preventer part of a triple inhaler, and the ICS dose matters.',
    },
    { section: 2, text: 'Got the same letter from the ICS last week about greener inhalers.' },
    { section: 2, text: 'My first thought was: who are the ICS, and what do they want with my inhalers?' },
  ];

  it('make the system win against a medicine the page spells out', () => {
    const title = 'My triple inhaler review';
    expect(judge(title, copdBlog, 'ICS', 'Got the same letter').annotate).toBe(true);
    expect(judge(title, copdBlog, 'ICS', 'My first thought').annotate).toBe(true);
    expect(judge(title, copdBlog, 'ICS', 'The inhaled corticosteroid').annotate).toBe(false);
  });
});

describe('a possessive expansion', () => {
  const appointment: Block[] = [
    {
      section: 1,
      text: "Until this summer she chaired the Sallowfield Health and Wellbeing Board's (HWB's) joint committee.",
    },
    { section: 1, text: 'The HWB will appoint a new chair in the autumn.' },
  ];

  it('spells out our meaning: "Health and Wellbeing Board\'s (HWB\'s)"', () => {
    expect(judge('New ICB chair appointed', appointment, 'HWB', 'Until this summer').annotate).toBe(true);
    expect(judge('New ICB chair appointed', appointment, 'HWB', 'The HWB will').annotate).toBe(true);
  });
});

describe('what the letters do, in the words after them', () => {
  const feature: Block[] = [
    {
      section: 1,
      text: 'Our sustainability and transformation partnership (STP) brings together the CCGs, trusts and councils of the county.',
    },
    { section: 2, text: 'The STP was written in a few months, mostly by finance directors.' },
    { section: 2, text: 'The STP assumed that practices would take on thousands of extra appointments.' },
  ];

  it('tells a document from a body: "the STP was written", "the STP assumed" are the plan', () => {
    expect(judge('Ten years on', feature, 'STP', 'The STP was written', '2019-05-01')).toMatchObject({
      sense: 'plan',
    });
    expect(judge('Ten years on', feature, 'STP', 'The STP assumed', '2019-05-01')).toMatchObject({
      sense: 'plan',
    });
  });
});

describe('letters that stand for an area or a place’s body', () => {
  const newsletter: Block[] = [
    {
      section: 1,
      text: 'Inhaled corticosteroid (ICS) preventer inhalers reduce swelling in the airways; take your ICS dose every day, even when well.',
    },
    { section: 2, text: 'Across the ICS, practices will share one respiratory nurse from April.' },
    { section: 2, text: 'This work is led by the Merrow Valley ICS respiratory programme.' },
  ];
  const title = 'Greener inhalers: a practice newsletter';

  it('are the system on a page that spells out the inhaled steroid: "across the ICS", "the Merrow Valley ICS"', () => {
    expect(judge(title, newsletter, 'ICS', 'Across the ICS').annotate).toBe(true);
    expect(judge(title, newsletter, 'ICS', 'This work').annotate).toBe(true);
  });

  it('stand for the whole area: "one network for the whole ICS"', () => {
    const area = (sentence: string) => namesAnArea(sentence, sentence.indexOf('ICS'));
    expect(area('One network for the whole ICS')).toBe(true);
    expect(area('One standard for the entire ICS.')).toBe(true);
    expect(area('Take the ICS dose as a whole.')).toBe(false);
  });

  it('leave the steroid where the page defines it: "take your ICS dose"', () => {
    expect(judge(title, newsletter, 'ICS', 'Inhaled corticosteroid', undefined, 1).annotate).toBe(false);
  });
});

describe('a phrase of ours right beside the letters, on a page that defines them otherwise', () => {
  const preprint: Block[] = [
    { section: 1, text: 'Gaussian process (GP) models give forecasts with honest uncertainty about demand.' },
    {
      section: 2,
      text: 'We predict how many appointments a GP surgery will need each day from a Gaussian kernel.',
    },
    { section: 2, text: 'The GP is fitted to three years of daily counts.' },
  ];
  const title = 'Forecasting same-day demand with Gaussian processes';

  it('is the surgery: "a GP surgery will need", even with the other meaning’s words in the sentence', () => {
    expect(judge(title, preprint, 'GP', 'We predict').annotate).toBe(true);
  });

  it('leaves the letters on their own to the page’s definition: "the GP is fitted"', () => {
    expect(judge(title, preprint, 'GP', 'The GP is fitted').annotate).toBe(false);
  });
});

describe('a false friend’s words that count only beside the letters', () => {
  const forum: Block[] = [
    {
      section: 1,
      text: 'Our surgery is part of the Elmfield primary care network (PCN), which runs the Saturday clinics for patients.',
    },
    { section: 2, text: 'Came out of my appointment 25 minutes later and got a PCN for overstaying.' },
    { section: 2, text: 'The PCN also runs a physiotherapy clinic on Tuesdays.' },
  ];
  const title = 'Parking outside Elmfield health centre';

  it('make "got a PCN" the parking ticket on a page that names the network', () => {
    expect(judge(title, forum, 'PCN', 'Came out').annotate).toBe(false);
  });

  it('leave the network where nothing beside the letters says otherwise', () => {
    expect(judge(title, forum, 'PCN', 'The PCN also').annotate).toBe(true);
  });
});

describe('the letters with only a possessive, right beside them', () => {
  const blog: Block[] = [
    {
      section: 1,
      text: 'Microsoft is winding down Dynamics, and most finance teams on that ERP are moving to Business Central.',
    },
    { section: 2, text: 'Is it time to move your GP accounts to the new ERP system?' },
  ];

  it('are the letters again, not a word for the family doctor: "your GP accounts" on a page about accounts software', () => {
    expect(judge('Leaving Dynamics', blog, 'GP', 'Is it time').annotate).toBe(false);
  });
});
