// A body's people, papers and partners around the letters: "the ICS respiratory board", "the ICS
// formulary", "organisations in the ICS", "her local ICS". A medicine has none of them, so on a page
// that spells out an inhaled corticosteroid these still name the integrated care system.

import { describe, expect, it } from 'vitest';
import { actsAsBody, meetsAsAGroup } from '../../glossary/context/named-body';
import { type Block, judge } from './judge-blocks';

const at = (sentence: string) => actsAsBody(sentence, sentence.indexOf('ICS'), 'ICS');

describe('a body’s people and papers after the letters', () => {
  it('are a board, team, lead or formulary, with one word of what for between', () => {
    expect(at('Completion rates are reported monthly to the ICS respiratory board.')).toBe(true);
    expect(at('The ICS’s medicines team has trained every practice.')).toBe(true);
    expect(at('It was agreed that the ICS lead and the head of housing would meet.')).toBe(true);
    expect(at('The ICS formulary allows exceptions.')).toBe(true);
  });

  it('are what a body does, with "also" or "now" between, and "brings together"', () => {
    expect(at('The ICS also funds inhaler technique training for care staff.')).toBe(true);
    expect(at('The ICS brings together the CCG, hospitals and councils.')).toBe(true);
  });

  it('pay, provide, support and are consulted; have paramedics, practices and a policy; people work for them', () => {
    const pcn = (sentence: string) => actsAsBody(sentence, sentence.indexOf('PCN'), 'PCN');
    expect(pcn('The PCN pays for the van’s insurance.')).toBe(true);
    expect(pcn('Town centre parking can be difficult; the PCN provides permits.')).toBe(true);
    expect(pcn('The PCN was consulted and supports these measures.')).toBe(true);
    expect(pcn('The PCN has booked overflow parking at the rugby club.')).toBe(true);
    expect(pcn('Our PCN paramedic got two tickets last week.')).toBe(true);
    expect(pcn('Appeals go to the council, not to the PCN practices.')).toBe(true);
    expect(pcn('I work for a PCN as a home visiting nurse.')).toBe(true);
    expect(pcn('You must pay the PCN within 14 days.')).toBe(false);
  });

  it('send, but are not sent by post', () => {
    const pcn = (sentence: string) => actsAsBody(sentence, sentence.indexOf('PCN'), 'PCN');
    expect(pcn('The PCN sent a letter to every practice.')).toBe(true);
    expect(pcn('PCNs sent by post take longer to arrive.')).toBe(false);
  });

  it('publish, evaluate, aim, help, spend, thank and give, also after "will also"', () => {
    expect(at('The ICS will also fund school nurses to train staff.')).toBe(true);
    expect(at('The ICS will publish results for every PCN in January.')).toBe(true);
    expect(at('The ICS aims to halve asthma admissions by 2027.')).toBe(true);
    expect(at('The ICS is helping practices review asthma treatment.')).toBe(true);
    expect(at('The ICS spends £21m a year on inhalers.')).toBe(true);
    expect(at('The ICS thanks staff, partners and volunteers.')).toBe(true);
    expect(at('The ICS gave us a shared formulary.')).toBe(true);
    expect(at('The ICS is also supporting community groups.')).toBe(true);
  });

  it('have groups, programmes and strategies, but "the ICS group" of a trial is its arm', () => {
    expect(at('The ICS respiratory group has asked pharmacists to check inhaler technique.')).toBe(true);
    expect(at('The ICS’s children’s programme is funding a respiratory nurse.')).toBe(true);
    expect(at('Extract from our ICS digital strategy, 2024 to 2029')).toBe(true);
    expect(at('After adjustment, the ICS group had fewer exacerbations.')).toBe(false);
  });

  it('refund, arrange, run and host, or say with "will" or "cannot" what they will do', () => {
    const pcn = (sentence: string) => actsAsBody(sentence, sentence.indexOf('PCN'), 'PCN');
    expect(pcn('Please use the bus; the PCN will refund bus fares between sites.')).toBe(true);
    expect(pcn('The PCN cannot pay a PCN on your behalf.')).toBe(true);
    expect(pcn('The PCN part-funds our service so patients can reach these clinics.')).toBe(true);
    expect(pcn('Our PCN is running autumn booster clinics at the community centre.')).toBe(true);
    expect(pcn('The PCN supported it, as many patients arrive by bus.')).toBe(true);
    expect(pcn('The PCN will be cancelled if the council accepts your challenge.')).toBe(false);
    expect(pcn('The PCN must be paid within 28 days.')).toBe(false);
    expect(at('The ICS will run on its own network, apart from the clinical systems.')).toBe(false);
  });

  it('have newsletters, bulletins, volunteers, practitioners and care coordinators', () => {
    const pcn = (sentence: string) => actsAsBody(sentence, sentence.indexOf('PCN'), 'PCN');
    expect(pcn('PCN newsletter: spring 2025')).toBe(true);
    expect(pcn('Ask for an appointment with one of our PCN practitioners.')).toBe(true);
    expect(pcn('Paramedics on PCN rotation are based at the hub.')).toBe(true);
    expect(pcn('What impressed me was the PCN care coordinator, who already knew him.')).toBe(true);
  });

  it('estimate, report back, extend, create, track and publish, and are doing or encouraging things', () => {
    expect(at('The ICS estimates that 300,000 inhalers are prescribed here each year.')).toBe(true);
    expect(at('Resolved: that the ICS reports back on patient experience.')).toBe(true);
    expect(at('Next year the ICS will extend its asthma-friendly schools scheme.')).toBe(true);
    expect(at('The ICS should publish waiting times for reviews.')).toBe(true);
    expect(at('Why the ICS is doing this')).toBe(true);
    expect(at('The clinical lead said the ICS was working with the council.')).toBe(true);
  });

  it('have campaigns, a winter plan, an average, a carbon footprint, an inbox, a forum, an annual report, public meetings and a pooled budget', () => {
    expect(at('The ICS campaign runs until the end of the year.')).toBe(true);
    expect(at('The ICS winter plan also includes flu vaccination.')).toBe(true);
    expect(at('Admissions here are three times the ICS average.')).toBe(true);
    expect(at('Inhalers are a large share of the ICS’s carbon footprint.')).toBe(true);
    expect(at('Questions to the ICS inbox, please.')).toBe(true);
    expect(at('We will report back after each ICS forum meeting.')).toBe(true);
    expect(at('Circulate the ICS annual report when published.')).toBe(true);
    expect(at('Speaking at the ICS’s public meeting, he described his care.')).toBe(true);
    expect(at('The post is funded from the ICS’s pooled budget.')).toBe(true);
  });

  it('urge, send, provide, run, produce, work with, commit, prioritise, share and look at; aim for', () => {
    expect(at('The ICS urges everyone to check on neighbours in hot weather.')).toBe(true);
    expect(at('The ICS sends us monthly prescribing figures.')).toBe(true);
    expect(at('The ICS provided data, training and funding.')).toBe(true);
    expect(at('The ICS ran four exercises with partners.')).toBe(true);
    expect(at('The ICS has produced leaflets in six languages.')).toBe(true);
    expect(at('The ICS worked with a film-maker and patients.')).toBe(true);
    expect(at('The ICS committed to ending reliever-only prescribing.')).toBe(true);
    expect(at('The ICS will prioritise hubs in the areas of greatest need.')).toBe(true);
    expect(at('The ICS will share each practice’s figures monthly.')).toBe(true);
    expect(at('The ICS will also look at admissions by neighbourhood.')).toBe(true);
    expect(at('The ICS aims for every school to take part next year.')).toBe(true);
  });

  it('have a dashboard, an intranet, a head of something and a committee with a word between', () => {
    expect(at('The ICS dashboard is updated monthly.')).toBe(true);
    expect(at('The switching guide is on the ICS intranet.')).toBe(true);
    expect(at('Informal chats with the ICS head of cyber security are welcome.')).toBe(true);
    expect(at('The risk will be reviewed by the ICS quality committee.')).toBe(true);
  });

  it('have teams named with two words of what they are for, but not a clause that ends in a team', () => {
    expect(at('Contact the ICS medicines optimisation team.')).toBe(true);
    expect(at('The ICS care home team will train staff in every home.')).toBe(true);
    expect(at('Knowing the ICS dose helps the team plan.')).toBe(false);
    const icp = (sentence: string) => actsAsBody(sentence, sentence.indexOf('ICP'), 'ICP');
    expect(icp('Measuring ICP lets the team act early.')).toBe(false);
    expect(icp('The only difference is which ICP target the team uses.')).toBe(false);
  });

  it('have the network’s own staff (physiotherapist, social prescriber, health coach, clinical pharmacist, link nurses) and plans', () => {
    const pcn = (sentence: string) => actsAsBody(sentence, sentence.indexOf('PCN'), 'PCN');
    expect(pcn('Our PCN physiotherapist can assess balance and strength.')).toBe(true);
    expect(pcn('Our PCN social prescriber can help with stress and sleep.')).toBe(true);
    expect(pcn('The PCN’s health coach is working with the bakery.')).toBe(true);
    expect(pcn('In my role as a PCN clinical pharmacist I review medicines.')).toBe(true);
    expect(pcn('Ask the PCN link nurses for supplies.')).toBe(true);
    expect(pcn('The PCN plans a return visit in the spring.')).toBe(true);
  });

  it('hold, thank, hear from, agree to, review, receive and report; are told, called for, joined and come back to', () => {
    const icp = (sentence: string) => actsAsBody(sentence, sentence.indexOf('ICP'), 'ICP');
    expect(icp('The ICP held three listening sessions with unpaid carers.')).toBe(true);
    expect(icp('The ICP thanked everyone who responded.')).toBe(true);
    expect(icp('The ICP heard from outreach workers.')).toBe(true);
    expect(icp('The ICP agreed to publish a short annual report.')).toBe(true);
    expect(icp('The ICP will review the role after a year.')).toBe(true);
    expect(icp('The ICP will receive a plan in the spring.')).toBe(true);
    expect(icp('Carers told the ICP they needed one named contact.')).toBe(true);
    expect(icp('Participants called for the ICP to fund rehabilitation.')).toBe(true);
    expect(icp('Joining the ICP means we can plan discharges together.')).toBe(true);
    expect(icp('A report will come back to the ICP in the new year.')).toBe(true);
    expect(icp('The nurse will check the ICP every hour.')).toBe(false);
  });

  it('have a bulletin, dashboard, website, campaign, forum or newsletter with a word between, support, respond and see', () => {
    expect(at('Changes will be published in the ICS prescribing bulletin.')).toBe(true);
    expect(at('Officers agreed to revise the letter and the ICS website.')).toBe(true);
    expect(at('The ICS has supported us with training.')).toBe(true);
    expect(at('The ICS responded to two heatwaves.')).toBe(true);
    expect(at('The ICS sees respiratory disease as a priority.')).toBe(true);
  });

  it('are set out as a partnership: "the ICS, which brings together…", "the ICS, the partnership of…"', () => {
    expect(at('The ICS, which brings together the NHS and councils, has found funding.')).toBe(true);
    expect(at('The ICS, which includes hospitals and GP practices, says admissions fell.')).toBe(true);
    expect(at('Lena said that the ICS, the partnership of local NHS bodies and councils, has a plan.')).toBe(
      true,
    );
  });

  it('are not a medicine that leads to something, nor its dose', () => {
    expect(at('High-dose ICS lead to more side effects.')).toBe(false);
    expect(at('Take your ICS dose every day.')).toBe(false);
  });
});

describe('a body’s partners and place before the letters', () => {
  it('are "organisations in the ICS", "her local ICS" and "working with each ICS"', () => {
    expect(at('Partner organisations in the ICS can nominate too.')).toBe(true);
    expect(at('I welcome the work of her local ICS.')).toBe(true);
    expect(at('Working with each ICS')).toBe(true);
    expect(at('Check the steroid in the ICS you use.')).toBe(false);
  });

  it('fund, commission, host or consider what they are asked for, are written to, thanked, asked, presented and reported to, and worked with', () => {
    const icb = (sentence: string) => actsAsBody(sentence, sentence.indexOf('ICB'), 'ICB');
    expect(icb('The rapid diagnosis pathway was funded by the ICB and the cancer alliance.')).toBe(true);
    expect(icb('The partnership has asked the ICB to fund a trauma rehabilitation team.')).toBe(true);
    expect(icb('You can add your name to our letter to the ICB.')).toBe(true);
    expect(icb('We work closely with our ICB on the rehabilitation pathway.')).toBe(true);
    expect(icb('One partnership responded, and we are meeting with its ICB next month.')).toBe(true);
    expect(icb('We thank the ICB and the two councils for the chance to comment.')).toBe(true);
    expect(icb('The draft will be considered by the ICB in November.')).toBe(true);
    expect(icb('We will report progress to the ICB twice a year.')).toBe(true);
    expect(icb('We would welcome the chance to present to the ICB.')).toBe(true);
    expect(icb('A small ICB was seen on the scan.')).toBe(false);
    expect(icb('Patients with an ICB on warfarin need a repeat scan.')).toBe(false);
  });
});

describe('ICB on a brain injury charity’s page about intracranial pressure', () => {
  const response: Block[] = [
    {
      section: 1,
      text: 'Raised intracranial pressure after a head injury can cause lasting harm, and families told us rehabilitation after discharge is patchy.',
    },
    { section: 1, text: 'The ICP should ask the ICB to commission a community brain injury team.' },
  ];

  it('names the board that is asked to commission, not a bleed', () => {
    const title = 'Our response to the integrated care strategy';
    expect(judge(title, response, 'ICB', 'The ICP should').annotate).toBe(true);
  });
});

describe('ICS on a practice newsletter that defines the inhaler', () => {
  const newsletter: Block[] = [
    {
      section: 1,
      text: 'Most preventer inhalers contain an inhaled corticosteroid (ICS), which calms the airways. Take your ICS every day, even when you feel well.',
    },
    { section: 2, text: 'The ICS also funds inhaler technique training for care staff.' },
    { section: 2, text: 'The ICS formulary allows exceptions.' },
  ];

  it('still names the care system where the letters have a body’s formulary or fund training', () => {
    const title = 'Practice newsletter: greener inhalers';
    expect(judge(title, newsletter, 'ICS', 'The ICS also').annotate).toBe(true);
    expect(judge(title, newsletter, 'ICS', 'The ICS formulary').annotate).toBe(true);
    expect(judge(title, newsletter, 'ICS', 'Take your').annotate).toBe(false);
  });
});

describe('PCN on a page that defines the parking fine', () => {
  const bulletin: Block[] = [
    {
      section: 1,
      text: 'Several home-visiting staff have received a Penalty Charge Notice (PCN) this month. Pay or challenge a PCN within 14 days.',
    },
    { section: 2, text: 'We are sorry, but PCN staff cannot challenge penalties for you.' },
    { section: 2, text: 'The PCN asked the council for permits for staff who visit patients at home.' },
    { section: 2, text: 'PCNs sent by post take longer to arrive.' },
  ];

  it('still names the network where the letters have staff or ask, as a fine never does', () => {
    const title = 'Practice managers’ bulletin: parking';
    expect(judge(title, bulletin, 'PCN', 'We are sorry').annotate).toBe(true);
    expect(judge(title, bulletin, 'PCN', 'The PCN asked').annotate).toBe(true);
  });

  it('leaves the fine alone where it is only sent by post', () => {
    expect(judge('Practice managers’ bulletin: parking', bulletin, 'PCN', 'PCNs sent').annotate).toBe(false);
  });
});

describe('ICS on a trust estates page about industrial control systems', () => {
  const notice: Block[] = [
    {
      section: 1,
      text: 'The boiler house runs on an industrial control system (ICS) with PLCs and a SCADA screen. The ICS will run on its own network from March.',
    },
    { section: 2, text: 'Practice managers can request a talk from the ICS cyber team.' },
    { section: 2, text: 'Share audit findings with the ICS cyber group.' },
  ];

  it('names the care system where the letters have a cyber team or group, as a control system never does', () => {
    const title = 'Estates news: securing the boiler house';
    expect(judge(title, notice, 'ICS', 'Practice managers').annotate).toBe(true);
    expect(judge(title, notice, 'ICS', 'Share audit').annotate).toBe(true);
    expect(judge(title, notice, 'ICS', 'The boiler house').annotate).toBe(false);
  });

  it('leaves the control system alone where it runs on a network', () => {
    expect(judge('Estates news: securing the boiler house', notice, 'ICS', 'The ICS will run').annotate).toBe(
      false,
    );
  });
});

describe('ICP on a brain injury charity’s page about intracranial pressure', () => {
  const response: Block[] = [
    {
      section: 1,
      text: 'After a severe head injury, doctors watch the intracranial pressure closely. Families told us that rehabilitation after discharge is patchy.',
    },
    { section: 2, text: 'We would welcome the chance to present to the ICP in the new year.' },
  ];

  it('names the partnership that is presented to, not the pressure', () => {
    expect(
      judge(
        'Our response to the integrated care strategy',
        response,
        'ICP',
        'We would welcome',
        '2022-11-01',
      ),
    ).toMatchObject({
      annotate: true,
      sense: 'partnership',
    });
  });
});

describe('an accountable care system on a cardiac network’s page', () => {
  const network: Block[] = [
    {
      section: 1,
      text: 'Acute coronary syndrome (ACS) covers heart attacks and unstable angina, and every minute of delay costs heart muscle.',
    },
    { section: 2, text: 'The proposal will go to the ACS leadership board in December.' },
    { section: 2, text: 'You will manage the cardiac clinical network across the ACS.' },
    { section: 2, text: 'The Bellhaven and Marsh ACS has agreed a single chest pain service.' },
  ];

  it('is the system where the letters have a board, an area or a place’s name', () => {
    const title = 'Cardiac network news, 2017';
    expect(judge(title, network, 'ACS', 'The proposal will go', '2017-10-02').annotate).toBe(true);
    expect(judge(title, network, 'ACS', 'You will manage', '2017-10-02').annotate).toBe(true);
    expect(judge(title, network, 'ACS', 'The Bellhaven and Marsh', '2017-10-02').annotate).toBe(true);
    expect(judge(title, network, 'ACS', 'Acute coronary syndrome', '2017-10-02').annotate).toBe(false);
  });
});

describe('MDT on a hospital IT page that defines the deployment toolkit', () => {
  const itUpdate: Block[] = [
    {
      section: 1,
      text: 'The room PCs are built by IT with Microsoft Deployment Toolkit (MDT), so rebuilds take an afternoon.',
    },
    {
      section: 1,
      text: 'The MDT meets in the Elm Room on Wednesdays. Ask IT never to schedule an MDT rebuild during the MDT.',
    },
  ];
  const team = (sentenceStart: string, nth = 0) =>
    judge('IT update: meeting room computers', itUpdate, 'MDT', sentenceStart, undefined, nth);

  it('names the team where the letters meet or are met at, as software never does', () => {
    expect(team('The MDT meets').annotate).toBe(true);
    expect(team('Ask IT never', 1).annotate).toBe(true);
  });

  it('leaves the toolkit alone where it is rebuilt', () => {
    expect(team('Ask IT never').annotate).toBe(false);
  });

  it('reads a group’s members, room and coordinator, but not a rebuild after a meeting’s word', () => {
    const mdt = (sentence: string) => meetsAsAGroup(sentence, sentence.indexOf('MDT'), 'MDT');
    expect(mdt('Send the final list to MDT members by 4pm.')).toBe(true);
    expect(mdt('The MDT coordinator books the room.')).toBe(true);
    expect(mdt('Record outcomes live during the MDT.')).toBe(true);
    expect(mdt('Never run an MDT rebuild on a Tuesday.')).toBe(false);
    expect(mdt('Crews can refer to a service straight from the MDT in the cab.')).toBe(false);
  });
});

describe('STP on a trust’s oxygen page that quotes gas at standard temperature and pressure', () => {
  const oxygen: Block[] = [
    {
      section: 1,
      text: 'Home oxygen services in Pennock will be reviewed after an audit found many patients were prescribed oxygen they did not use.',
    },
    {
      section: 1,
      text: 'Cylinder capacities are quoted in litres of gas at STP (standard temperature and pressure). The STP expects to save money by collecting cylinders that are not used.',
    },
  ];

  it('names the partnership that expects to save money, as a temperature and pressure never does', () => {
    expect(
      judge('Oxygen services to be reviewed', oxygen, 'STP', 'The STP expects', '2017-06-01'),
    ).toMatchObject({
      annotate: true,
      sense: 'partnership',
    });
  });

  it('leaves the gas’s conditions alone', () => {
    expect(judge('Oxygen services to be reviewed', oxygen, 'STP', 'Cylinder capacities').annotate).toBe(
      false,
    );
  });
});
