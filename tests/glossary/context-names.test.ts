// Names around the letters: a place's name before ICP names a local partnership, and a ward's
// one-word shorthand in brackets ("gastroparesis (GP)") is another meaning the page gives them.

import { describe, expect, it } from 'vitest';
import { namedByPlace } from '../../glossary/context/named-body';
import { type Block, judge } from './judge-blocks';

describe('a place name before ICP', () => {
  const podcast: Block[] = [
    {
      section: 1,
      text: 'This week: what the integrated care provider contract consultation means for practices, and what it does not.',
    },
    {
      section: 2,
      text: 'And you run something called the Westmoor ICP.',
    },
    { section: 2, text: 'Most areas will never sign an ICP contract at all.' },
  ];

  it('names the local partnership, even on a page of the provider era', () => {
    expect(
      judge('Primary care podcast, episode 12', podcast, 'ICP', 'And you run', '2018-09-20'),
    ).toMatchObject({ annotate: true, sense: 'partnership' });
  });

  it('is not read into a sentence that speaks of ICPs in general', () => {
    expect(
      judge('Primary care podcast, episode 12', podcast, 'ICP', 'Most areas', '2018-09-20'),
    ).toMatchObject({
      annotate: true,
      sense: 'provider',
    });
  });
});

describe('a one-word meaning in brackets', () => {
  const forum: Block[] = [
    { section: 1, text: 'Newly diagnosed with gastroparesis (GP): any tips for eating out?' },
    { section: 2, text: 'Everyone on here calls it GP so I will do the same.' },
  ];

  it('is the meaning of the letters on that page', () => {
    expect(judge('Digestive health forum', forum, 'GP', 'Everyone on here').annotate).toBe(false);
  });
});

describe("a place's name at the start of a sentence", () => {
  const privacyNotice: Block[] = [
    {
      section: 1,
      text: 'We share records with GPs and social care so that staff see one joined-up care record. If you are unhappy, you can complain to the Information Commissioner’s Office (ICO), the regulator for data protection.',
    },
    { section: 2, text: 'Kellerby ICO – joined-up health and social care.' },
    { section: 2, text: 'Westbay ICO is an equal opportunities employer.' },
  ];

  it('names the local organisation when the word is built like a place', () => {
    expect(judge('How we use your information', privacyNotice, 'ICO', 'Kellerby')).toMatchObject({
      annotate: true,
    });
    expect(judge('How we use your information', privacyNotice, 'ICO', 'Westbay')).toMatchObject({
      annotate: true,
    });
  });

  const icuLeaflet: Block[] = [
    {
      section: 1,
      text: 'A probe measures intracranial pressure (ICP) inside the skull. Report ICP rises above 20 mmHg lasting more than 5 minutes.',
    },
  ];

  it('is not any capitalised first word that ends like one', () => {
    expect(judge('Neuro ICU nursing care plan', icuLeaflet, 'ICP', 'Report')).toMatchObject({
      annotate: false,
    });
  });
});

describe('a capitalised word after a colon', () => {
  it('is the start of a clause, not a place, unless it is built like one', () => {
    expect(
      namedByPlace('A council spokesperson said: "Fewer PCNs shows that drivers are learning.', 36),
    ).toBe(false);
    expect(namedByPlace('Conclusions: Stopping ICS appears safe.', 22)).toBe(false);
    expect(namedByPlace('Venue: Kellerby ICO headquarters.', 16)).toBe(true);
  });
});
