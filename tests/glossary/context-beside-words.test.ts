// Words right beside the letters that only one meaning has: a receptor's number after GP
// ("soluble GP VI"), a VPN client's screen ("the GP icon"), a pressure's reading ("raised ICP"),
// a race's name ("Soapbox GP"); and what only a body does ("the ICP meets in public").

import { describe, expect, it } from 'vitest';
import { actsAsBody } from '../../glossary/context/named-body';
import { type Block, judge } from './judge-blocks';

describe('a word beside the letters that only another meaning has', () => {
  const abstract: Block[] = [
    {
      section: 1,
      text: 'Glycoprotein VI is the main collagen receptor on platelets. Patients were recruited from GP surgeries and the hospital.',
    },
    { section: 1, text: 'We measured soluble GP VI six weeks after myocardial infarction in 488 patients.' },
  ];

  it('is the platelet receptor in "soluble GP VI"', () => {
    expect(judge('Soluble GPVI after heart attack', abstract, 'GP', 'We measured').annotate).toBe(false);
  });

  const upgrade: Block[] = [
    {
      section: 1,
      text: 'Staff in GP practices and community teams use GlobalProtect to reach the patient record from home.',
    },
    {
      section: 1,
      text: 'After restarting, check the GP icon shows Connected before opening the patient record.',
    },
  ];

  it('is the VPN client in "the GP icon"', () => {
    expect(judge('VPN client upgrade', upgrade, 'GP', 'After restarting').annotate).toBe(false);
  });

  const survey: Block[] = [
    {
      section: 1,
      text: 'We asked our members what they want from the Integrated Care Partnership strategy.',
    },
    {
      section: 2,
      text: 'Many had lost some vision before treatment to lower their ICP began. One in three said their raised ICP was missed for months.',
    },
  ];

  it('is the pressure in the skull in "lower their ICP" and "raised ICP"', () => {
    const title = 'Members’ survey: living with IIH';
    expect(judge(title, survey, 'ICP', 'Many had lost').annotate).toBe(false);
    expect(judge(title, survey, 'ICP', 'One in three').annotate).toBe(false);
  });

  const newsletter: Block[] = [
    {
      section: 1,
      text: 'Dr Patel’s surgery will close early on Friday for staff training; patients can call 111.',
    },
    { section: 2, text: 'Road closures for the Meresby Cycling GP start at 7am on Sunday.' },
    { section: 2, text: 'The Ashcombe Soapbox GP final is on Church Hill at 3pm.' },
    { section: 2, text: 'Our social club trip to the Dutch GP is now full.' },
  ];

  it('is a race in "Cycling GP", "Soapbox GP", "Dutch GP"', () => {
    const title = 'Town newsletter: June';
    expect(judge(title, newsletter, 'GP', 'Road closures').annotate).toBe(false);
    expect(judge(title, newsletter, 'GP', 'The Ashcombe Soapbox').annotate).toBe(false);
    expect(judge(title, newsletter, 'GP', 'Our social club').annotate).toBe(false);
  });
});

describe('a partnership that meets', () => {
  it('is a body in "the ICP meets in public" and "ICP meetings"', () => {
    const icp = (sentence: string) => actsAsBody(sentence, sentence.indexOf('ICP'), 'ICP');
    expect(icp('The ICP meets in public four times a year.')).toBe(true);
    expect(icp('Attending and contributing to ICP meetings.')).toBe(true);
    expect(icp('The ICP was measured every hour.')).toBe(false);
  });

  const charity: Block[] = [
    {
      section: 1,
      text: 'After a head injury, a bolt in the skull measures the intracranial pressure (ICP).',
    },
    { section: 2, text: 'The ICP meets in public four times a year.' },
    { section: 2, text: 'Our response to the Integrated Care Partnership strategy is below.' },
  ];

  it('is the partnership on a page about the pressure in the skull', () => {
    expect(judge('Brain injury charity news', charity, 'ICP', 'The ICP meets', '2024-03-01')).toMatchObject({
      annotate: true,
      sense: 'partnership',
    });
  });
});

describe('what a partnership does, beside STP', () => {
  const paper: Block[] = [
    {
      section: 1,
      text: 'The sustainability and transformation plan for Marlowe and Downs was published in 2016 as a five-year plan.',
    },
    { section: 2, text: 'Since then the Marlowe and Downs STP has developed shared governance.' },
    { section: 2, text: 'The STP is holding events in every district this spring.' },
    { section: 2, text: 'The cabinet will be consulted on the STP’s response before it is submitted.' },
    { section: 2, text: 'The organisations in our STP have agreed a single control total.' },
  ];

  it('is the partnership that develops, holds events, responds and agrees', () => {
    const title = 'System update';
    for (const start of ['Since then', 'The STP is holding', 'The cabinet', 'The organisations']) {
      expect(judge(title, paper, 'STP', start, '2019-06-01')).toMatchObject({ sense: 'partnership' });
    }
  });
});

describe('the letters side by side with practices', () => {
  const notice: Block[] = [
    {
      section: 1,
      text: 'The supplier has issued a product change notice (PCN) for the smartcard readers we supply.',
    },
    {
      section: 1,
      text: 'The PCN document is available from the service desk if your practice or PCN needs it.',
    },
    { section: 1, text: 'We will replace readers at every practice and PCN hub by December.' },
  ];

  it('are the network in "your practice or PCN" and "every practice and PCN hub", on a page that defines a notice', () => {
    const title = 'GP IT service: notice to practices';
    expect(judge(title, notice, 'PCN', 'The PCN document', undefined, 1).annotate).toBe(true);
    expect(judge(title, notice, 'PCN', 'We will replace').annotate).toBe(true);
    expect(judge(title, notice, 'PCN', 'The PCN document').annotate).toBe(false);
  });
});

describe('A&E on a page about television', () => {
  const review: Block[] = [
    {
      section: 1,
      text: 'A&E, the American cable channel, shows a true crime episode most nights.',
    },
    { section: 2, text: 'Nobody on A&E programmes seems to wait for anything.' },
    { section: 2, text: 'The Channel 4 series returns to a busy A&E department in the Midlands.' },
    { section: 2, text: 'I have a soft spot for 24 Hours in A&E on a Tuesday.' },
  ];

  it('is the channel in "A&E programmes", and the department in "a busy A&E department" and "24 Hours in A&E"', () => {
    const title = 'What I watched this week';
    expect(judge(title, review, 'A&E', 'Nobody on').annotate).toBe(false);
    expect(judge(title, review, 'A&E', 'The Channel 4').annotate).toBe(true);
    expect(judge(title, review, 'A&E', 'I have a soft spot').annotate).toBe(true);
  });
});

describe('CCG on a page about a games café', () => {
  const cafe: Block[] = [
    {
      section: 1,
      text: 'The café opened in the old Clinical Commissioning Group offices, and the NHS still refers people here.',
    },
    { section: 2, text: 'Our CCG club is run by volunteers from the games shop.' },
    { section: 2, text: 'There are junior CCG sessions after school on Wednesdays.' },
  ];

  it('is the card game in "our CCG club" and "junior CCG sessions"', () => {
    const title = 'Games café opens in former NHS offices';
    expect(judge(title, cafe, 'CCG', 'Our CCG club').annotate).toBe(false);
    expect(judge(title, cafe, 'CCG', 'There are junior').annotate).toBe(false);
  });
});

describe('GP on a practice notice about a Grand Prix', () => {
  const notice: Block[] = [
    {
      section: 1,
      text: 'The Grand Prix comes to the circuit next month. Our GP practice stays open, and your GP appointment will go ahead as booked.',
    },
    { section: 2, text: 'The surgery will be open as usual over GP weekend.' },
    { section: 2, text: 'Patients should expect busy phone lines during GP week.' },
    { section: 2, text: 'Patients heading to the Manx GP should order repeat prescriptions early.' },
  ];

  it('is the race in "GP weekend", "GP week" and "the Manx GP"', () => {
    const title = 'Grand Prix weekend: how to reach the surgery';
    expect(judge(title, notice, 'GP', 'The surgery will').annotate).toBe(false);
    expect(judge(title, notice, 'GP', 'Patients should expect').annotate).toBe(false);
    expect(judge(title, notice, 'GP', 'Patients heading').annotate).toBe(false);
    expect(judge(title, notice, 'GP', 'Our GP practice').annotate).toBe(true);
  });
});

describe('PCN on a surgery’s page about parking', () => {
  const findUs: Block[] = [
    {
      section: 1,
      text: 'Greenway Surgery is one of the four practices in Riverside Primary Care Network (PCN). Our patients can book appointments with the PCN pharmacist and physiotherapist.',
    },
    { section: 2, text: 'Officers will issue a PCN after ten minutes on the lane.' },
    { section: 2, text: 'If you get a PCN during an appointment, ask reception for a letter.' },
    { section: 2, text: 'Unpaid PCNs go up after 28 days.' },
    { section: 2, text: 'Cars parked without a permit are given a PCN.' },
    { section: 2, text: 'Email the hub with your appointment date and the PCN reference.' },
    { section: 2, text: 'Why you are receiving this PCN' },
    { section: 3, text: 'She came back from her appointment to find a PCN on her windscreen.' },
    {
      section: 3,
      text: 'Please do not stop on the zig-zag lines, where officers issue PCNs to patients too.',
    },
  ];

  it('is the parking fine that is issued, got, given, unpaid or being received, or has a reference', () => {
    const title = 'Finding us: parking near the surgery';
    expect(judge(title, findUs, 'PCN', 'Officers will issue').annotate).toBe(false);
    expect(judge(title, findUs, 'PCN', 'If you get').annotate).toBe(false);
    expect(judge(title, findUs, 'PCN', 'Unpaid').annotate).toBe(false);
    expect(judge(title, findUs, 'PCN', 'Cars parked').annotate).toBe(false);
    expect(judge(title, findUs, 'PCN', 'Email the hub').annotate).toBe(false);
    expect(judge(title, findUs, 'PCN', 'Why you are').annotate).toBe(false);
    expect(judge(title, findUs, 'PCN', 'Our patients can book').annotate).toBe(true);
  });

  it('is the parking fine on a windscreen or by the yellow and zig-zag lines, a few words off', () => {
    const title = 'Finding us: parking near the surgery';
    expect(judge(title, findUs, 'PCN', 'She came back').annotate).toBe(false);
    expect(judge(title, findUs, 'PCN', 'Please do not stop').annotate).toBe(false);
  });
});

describe('LTP on a council page with both plans', () => {
  const scrutiny: Block[] = [
    {
      section: 1,
      text: 'The NHS Long Term Plan (LTP) asks the NHS to prevent illness, not only treat it. The council is writing a new Local Transport Plan for buses, cycling and roads.',
    },
    { section: 2, text: 'The LTP refresh will include a health access test for every new surgery.' },
    { section: 2, text: 'Please respond to the county’s LTP consultation before 30 April.' },
    { section: 2, text: 'The final LTP will include a cycle route to the hospital.' },
    { section: 2, text: 'The next LTP review will add a bus to each new health centre.' },
    { section: 2, text: 'The plan maps the LTP bus schemes against GP surgeries.' },
  ];

  it('is the transport plan in "the LTP refresh", "the county’s LTP consultation" and "the final LTP"', () => {
    const title = 'Health and transport: scrutiny notes';
    expect(judge(title, scrutiny, 'LTP', 'The LTP refresh').annotate).toBe(false);
    expect(judge(title, scrutiny, 'LTP', 'Please respond').annotate).toBe(false);
    expect(judge(title, scrutiny, 'LTP', 'The final LTP').annotate).toBe(false);
    expect(judge(title, scrutiny, 'LTP', 'The NHS Long Term Plan').annotate).toBe(true);
  });

  it('is the transport plan that is reviewed and monitored, with its bus schemes', () => {
    const title = 'Health and transport: scrutiny notes';
    expect(judge(title, scrutiny, 'LTP', 'The next LTP review').annotate).toBe(false);
    expect(judge(title, scrutiny, 'LTP', 'The plan maps').annotate).toBe(false);
  });
});

describe('ICS on an integrated care system’s events page', () => {
  const events: Block[] = [
    {
      section: 1,
      text: 'The Integrated Care System (ICS) runs free webinars for staff across health and care. Add each date to your calendar.',
    },
    {
      section: 2,
      text: 'If your organisation blocks ICS attachments, the joining link is also in the email.',
    },
    { section: 2, text: 'If the ICS download doesn’t work on your device, email the hub.' },
    { section: 2, text: 'The booking page sends you an ICS invite for each session you choose.' },
    { section: 2, text: 'If you get an unexpected ICS invitation, report it.' },
    { section: 2, text: 'Subscribe to the ICS feed to see new dates.' },
  ];

  it('is the calendar file in "ICS attachments", "the ICS download", "an ICS invite" and "the ICS feed"', () => {
    const title = 'ICS webinars for staff';
    expect(judge(title, events, 'ICS', 'If your organisation').annotate).toBe(false);
    expect(judge(title, events, 'ICS', 'If the ICS download').annotate).toBe(false);
    expect(judge(title, events, 'ICS', 'The booking page').annotate).toBe(false);
    expect(judge(title, events, 'ICS', 'If you get').annotate).toBe(false);
    expect(judge(title, events, 'ICS', 'Subscribe').annotate).toBe(false);
    expect(judge(title, events, 'ICS', 'The Integrated Care System').annotate).toBe(true);
  });
});

describe('STP on a trust IT page that names the partnership', () => {
  const itNews: Block[] = [
    {
      section: 1,
      text: 'The Sustainability and Transformation Partnership (STP) funded new switches for every trust site.',
    },
    { section: 2, text: 'We’ll run a compatibility check on STP settings before each future move.' },
    { section: 2, text: 'STP protection is now in place, but please still leave cabling to IT.' },
    { section: 3, text: 'Progress against the 2016 STP priorities is reported to the board.' },
  ];

  it('is spanning tree in "STP settings" and "STP protection", and the NHS in "STP priorities"', () => {
    const title = 'Network upgrade: what changes';
    expect(judge(title, itNews, 'STP', 'We’ll run').annotate).toBe(false);
    expect(judge(title, itNews, 'STP', 'STP protection').annotate).toBe(false);
    expect(judge(title, itNews, 'STP', 'Progress against').annotate).toBe(true);
  });
});

describe('GP on a GP trainees’ IT induction page about GlobalProtect', () => {
  const induction: Block[] = [
    { section: 1, text: 'GlobalProtect (GP) is the VPN you use to reach clinical systems from home.' },
    { section: 2, text: 'Your GP trainer and the practice manager can help with anything else.' },
    { section: 2, text: 'The GP cover for home visits is arranged by the practice manager.' },
  ];

  it('is the doctor in "GP trainer" and "GP cover"', () => {
    const title = 'IT induction for trainees';
    expect(judge(title, induction, 'GP', 'Your GP trainer').annotate).toBe(true);
    expect(judge(title, induction, 'GP', 'The GP cover').annotate).toBe(true);
  });
});
