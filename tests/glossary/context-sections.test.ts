// The context model on pages that give one set of letters two meanings: a definition holds in its
// own section, a clinical false friend is not overruled by everyday health words, and an acronym
// the page spells out as something else vouches for no other acronym.

import { describe, expect, it } from 'vitest';
import { buildPageProfile, type Decision, decideOccurrence, findDefinitions } from '../../glossary/context';
import { GLOSSARY } from '../../glossary/index';

const { entries } = GLOSSARY;

interface Block {
  section: number;
  text: string;
}

/** Judges `term` in the sentence starting `sentenceStart`, as the content script would in reading order. */
function judge(
  title: string,
  blocks: Block[],
  term: string,
  sentenceStart: string,
  pageDate?: string,
): Decision {
  const sample = blocks.map((block) => block.text).join('\n');
  const profile = buildPageProfile(
    {
      title,
      headings: '',
      sample,
      ...(pageDate ? { pageDate } : {}),
      definitions: findDefinitions(sample, entries),
    },
    entries,
  );
  const at = blocks.findIndex((block) => block.text.includes(sentenceStart));
  const block = blocks[at];
  if (!block) throw new Error(`no block holds "${sentenceStart}"`);
  const definitionsBefore = blocks
    .slice(0, at)
    .flatMap((earlier) =>
      findDefinitions(earlier.text, entries).map((found) => ({ ...found, section: earlier.section })),
    )
    .filter((definition) => definition.term === term);
  const from = block.text.indexOf(sentenceStart);
  const end = block.text.slice(from).search(/[.!?](\s|$)/);
  const sentence = block.text.slice(from, end < 0 ? undefined : from + end + 1);
  return decideOccurrence(
    term,
    {
      sentence,
      sentenceOffset: sentence.indexOf(term),
      paragraph: block.text,
      section: block.section,
      definitionsBefore,
    },
    profile,
    entries,
  );
}

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
