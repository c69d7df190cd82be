// Letters that name a person: the family doctor who tells, refers or is written to ("my GP told
// me", "letters to GPs", "a GP from Ramsey"), against the events, sums and models that share GP.

import { describe, expect, it } from 'vitest';
import { actsAsPerson } from '../../glossary/context/person';
import { type Block, judge } from './judge-blocks';

const at = (sentence: string) => actsAsPerson(sentence, sentence.indexOf('GP'), 'GP');

describe('letters that act as a person', () => {
  it('are the GP in "my GP told me", "ask your GP" and "referred by his GP"', () => {
    expect(at('Last winter my GP told me to slow down.')).toBe(true);
    expect(at('If in doubt, ask your GP first.')).toBe(true);
    expect(at('He was referred by his GP after a fall.')).toBe(true);
    expect(at('Your GP cannot prescribe contact lenses.')).toBe(true);
  });

  it('are someone’s trade: "Dr Aoife Quinn, a GP in Omagh", "a retired GP,", "a day as a GP", "was a GP for thirty years"', () => {
    expect(at('Ours is led by Dr Aoife Quinn, a GP in Omagh.')).toBe(true);
    expect(at('Thanks to Dr Tom Bassett, a retired GP, we run a free bike fitting.')).toBe(true);
    expect(at('Snooker is the perfect antidote to a day as a GP.')).toBe(true);
    expect(at('Derek was a GP in Hollinsford for thirty years.')).toBe(true);
    expect(at("Practical bit: I'm a GP in a busy practice.")).toBe(true);
  });

  it('are someone’s own doctor or a named doctor: "your own GP", "our village GP", "Dr Hamish Craig, GP", "is a GP and she told me", "is a GP by day"', () => {
    expect(at('The medical can be done by your own GP, but check the fee first.')).toBe(true);
    expect(at('Dr Alan Treharne, our village GP for thirty years, held the top board.')).toBe(true);
    expect(at('The toast comes from our town’s GP, whose wife has the right of reply.')).toBe(true);
    expect(at('Speeches: Dr Hamish Craig, GP')).toBe(true);
    expect(at('One of my regulars is a GP and she told me about it.')).toBe(true);
    expect(at('Dr Emma Rawlings, one of our members and a GP in the town, will run it.')).toBe(true);
    expect(at('Farah is a GP by day and rated over 2100 by night.')).toBe(true);
    expect(at('We know your cousin is a GP and says the number is lower now.')).toBe(true);
    expect(at('As a retired GP he is used to explaining numbers.')).toBe(true);
  });

  it('are a person’s, a patient’s or a woman’s doctor, but not a fund’s partner or a model’s', () => {
    expect(at('Assessments often need information from the person’s GP.')).toBe(true);
    expect(at('Arrange repeat liver tests, often with the woman’s GP, and discuss the risks.')).toBe(true);
    expect(at('Send a copy to the patient’s GP.')).toBe(true);
    expect(at('The fund’s GP committed 2 per cent of the capital.')).toBe(false);
    expect(at('The model’s GP prior was tuned on last year’s data.')).toBe(false);
  });

  it('are a doctor’s trade before a name, someone at a practice, and a lead, named or sessional GP', () => {
    expect(at('GP Dr Sunil Mehta said the change would help.')).toBe(true);
    expect(at('A GP at Vale Road Surgery said most patients had understood.')).toBe(true);
    expect(at('Lead GP Dr Aisha Malik opened the centre.')).toBe(true);
    expect(at('Each care home has a named GP.')).toBe(true);
    expect(at('The senior GP was stopped after a tangle at the hairpin.')).toBe(false);
    expect(at('The GP at Silverstone drew a record crowd.')).toBe(false);
  });

  it('are not a sum or a model in "it is a GP." or "What is a GP, really?"', () => {
    expect(at('If the ratio is always the same, it is a GP.')).toBe(false);
    expect(at('What is a GP, really?')).toBe(false);
  });

  it('are not a figure or a race: "our GP was 31%", "went to the GP de Denain"', () => {
    expect(at('On vitamins our GP was 31%.')).toBe(false);
    expect(at('We went to the GP de Denain last year.')).toBe(false);
    expect(at('Is it time for your GP exit?')).toBe(false);
  });

  const cyclingBlog: Block[] = [
    {
      section: 1,
      text: 'Back on the bike at fifty: I watched the Monaco Grand Prix and decided to get fit.',
    },
    {
      section: 1,
      text: 'Last winter my GP told me, kindly but firmly, that my blood pressure was too high.',
    },
  ];

  it('make the family doctor win on a page that spells out a Grand Prix', () => {
    expect(judge('Back on the bike', cyclingBlog, 'GP', 'Last winter')).toMatchObject({ annotate: true });
  });
});

describe('the family doctor written to, given things and asked after', () => {
  it('is someone’s doctor in "write to your child’s GP", "give your GP our letter", "sent to the pupil’s GP"', () => {
    expect(at('We will write to your child’s GP and school.')).toBe(true);
    expect(at('Please give your GP our letter.')).toBe(true);
    expect(at('A copy has been sent to the pupil’s GP.')).toBe(true);
  });

  it('is someone who acts in "GPs who suspect", "your GP can contact us", "rural GPs manage risk"', () => {
    expect(at('GPs who suspect a heart attack should call 999.')).toBe(true);
    expect(at('Your GP can contact our team at any time.')).toBe(true);
    expect(at('Rural GPs manage risk in ways hospital specialists rarely have to.')).toBe(true);
  });

  it('is doctors as a group in "prescribed by GPs" and "letters to GPs"', () => {
    expect(at('Red drugs must not be prescribed by GPs.')).toBe(true);
    expect(at('Letters to GPs')).toBe(true);
    expect(at('Points go to the GP winner.')).toBe(false);
  });

  it('is readers a page is written for: "For GPs", "Advice line for GPs"', () => {
    expect(at('For GPs')).toBe(true);
    expect(at('Advice line for GPs: weekdays 9am to 5pm.')).toBe(true);
    expect(at('Tickets for the GP sold out.')).toBe(false);
  });

  it('is someone from somewhere in "A GP from Ashton Parva", "The GP from Ramsey", not "a GP from the start"', () => {
    expect(at('A GP from Ashton Parva will race a 1960s car through Monaco.')).toBe(true);
    expect(at('The GP from Ramsey was honoured at the prize-giving.')).toBe(true);
    expect(at('It felt like a GP from the start.')).toBe(false);
  });

  const trackDoctor: Block[] = [
    { section: 1, text: 'Dr Ruth Amis has been a partner at Ashton Parva Surgery for twenty years.' },
    {
      section: 2,
      text: 'A GP from Ashton Parva will race a 1960s Formula Junior car through the streets of Monaco.',
    },
    { section: 2, text: 'She qualified for the historic race at her first attempt.' },
  ];

  it('make the doctor win on a page about a Grand Prix', () => {
    expect(judge('Village doctor to race in Monaco', trackDoctor, 'GP', 'A GP from')).toMatchObject({
      annotate: true,
    });
  });
});

describe('the family doctor among colleagues, on a rota and in a trade', () => {
  it('is someone’s doctors or some of them in "Many of our GPs", "Some GPs charge", "your GPs"', () => {
    expect(at('Many of our GPs now do telephone assessment shifts from home.')).toBe(true);
    expect(at('Some GPs charge for completing the form.')).toBe(true);
    expect(at('Did your GPs know much about it?')).toBe(true);
    expect(at('The hardest compounds are back, as they are at most high-energy GPs.')).toBe(false);
  });

  it('is one of a list of people who treat: "GPs, nurses and pharmacists", "your dentist or GP"', () => {
    expect(at('This includes GPs, nurses, pharmacists and admin staff.')).toBe(true);
    expect(at('If the outage lasts, GPs and the pharmacist may work from home.')).toBe(true);
    expect(at('Minor problems your pharmacist or GP can deal with.')).toBe(true);
  });

  it('is someone on a rota: "the duty GP", "a visiting GP", "our GP on call"', () => {
    expect(at('The duty GP is available by phone for urgent queries.')).toBe(true);
    expect(at('Residents will get a visiting GP every Tuesday from April.')).toBe(true);
    expect(at('Our GP on call can still do home visits inside the circuit.')).toBe(true);
  });

  it('is someone one becomes, needs, goes to or registers with, but not "a GP rider" or "the GP client"', () => {
    expect(at('Being a GP is good training for that.')).toBe(true);
    expect(at('You don’t need to be a GP.')).toBe(true);
    expect(at('I never set out to be a GP rider.')).toBe(false);
    expect(at('If you need a GP over the weekend, call NHS 111.')).toBe(true);
    expect(at('Your new laptop will need the GP client set up on first sign-in.')).toBe(false);
    expect(at('Steve went to his GP with indigestion.')).toBe(true);
    expect(at('Register with a GP')).toBe(true);
  });

  it('is someone who asks, signs or charges, but not a sign-in', () => {
    expect(at('After his scare, his GP asked us to pass on a message.')).toBe(true);
    expect(at('GP won’t sign my medical form.')).toBe(true);
    expect(at('Using your identity provider for GP sign-in gives users single sign-on.')).toBe(false);
  });
});

describe('the family doctor in a trade, a call or a crowd', () => {
  it('is doctors who are GPs, dozens of young GPs and our GPs', () => {
    expect(at('Most circuit doctors are GPs, emergency medicine doctors or anaesthetists.')).toBe(true);
    expect(at('Dr Oyelaran has trained dozens of young GPs.')).toBe(true);
    expect(at('Our GPs take tablets on home visits.')).toBe(true);
    expect(at('There are two GPs in Italy this season.')).toBe(false);
  });

  it('is someone one has a call with, was still, or is made better at', () => {
    expect(at('Phone call with the GP this afternoon.')).toBe(true);
    expect(at('I volunteered while I was still a full-time GP.')).toBe(true);
    expect(at('It makes me a better GP.')).toBe(true);
  });
});
