// A notice is got, received, found or sent, and a council or a private firm issues it. On a page
// that spells out the primary care network, "came back to a PCN" and "a PCN from the council" are
// still parking fines, while an area that "has five PCNs" has networks.

import { describe, expect, it } from 'vitest';
import { type OtherUseKind, otherUseHere } from '../../glossary/context/other-uses';
import { type Block, judge } from './judge-blocks';

const NOTICE: ReadonlySet<OtherUseKind> = new Set<OtherUseKind>(['notice']);
const at = (sentence: string, kinds = NOTICE) =>
  otherUseHere(sentence, sentence.indexOf('PCN'), 'PCN', kinds);

describe('letters someone is given', () => {
  it('are a notice: received, found, sent or come back to, one or a few', () => {
    expect(at('Patients who overstay may receive a PCN.')).toBe('a notice someone is given');
    expect(at('I came back to a PCN on the windscreen.')).toBe('a notice someone is given');
    expect(at('She returned to find a PCN.')).toBe('a notice someone is given');
    expect(at('I have had two PCNs this month.')).toBe('a notice someone is given');
  });

  it('are a notice that a council or a private firm issues', () => {
    expect(at('This is a private PCN, not a fine from the council.')).toBe('a notice someone is given');
    expect(at('Is anyone else getting council PCNs on Park Road?')).toBe('a notice someone is given');
    expect(at('She had a PCN from the council while visiting her mother.')).toBe('a notice someone is given');
  });

  it('are not a notice where they are a network an area has, a grant, or for letters that are never one', () => {
    expect(at('Rilworth has three PCNs.')).toBeUndefined();
    expect(at('The practice received a PCN grant for the hub.')).toBeUndefined();
    expect(at('Patients who overstay may receive a PCN.', new Set())).toBeUndefined();
  });
});

describe('PCN on a hub’s page that spells out the primary care network', () => {
  const hub: Block[] = [
    {
      section: 1,
      text: 'The Fairmead Primary Care Network (PCN) runs the new hub at the old library for its six practices.',
    },
    {
      section: 2,
      text: 'The hub is in a permit zone, and patients whose appointments run late have come back to a PCN from the council.',
    },
  ];

  it('leaves the fine alone', () => {
    expect(judge('Getting to the hub', hub, 'PCN', 'The hub is in').annotate).toBe(false);
  });

  it('annotates the network', () => {
    expect(judge('Getting to the hub', hub, 'PCN', 'The Fairmead').annotate).toBe(true);
  });
});
