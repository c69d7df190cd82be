// A party's letters in brackets after a member's name or seat: Hansard's "Ms Karen Lyle
// (Strathaird) (SNP):" and a council's "Council leader Shona Baird (SNP) said" name the Scottish
// National Party, however much the page says about the NHS's neighbourhood providers.

import { describe, expect, it } from 'vitest';
import { otherUseHere } from '../../glossary/context/other-uses';
import { type Block, judge } from './judge-blocks';

const partyAt = (sentence: string, term = 'SNP') =>
  otherUseHere(sentence, sentence.indexOf(term), term, new Set(['party']));

describe('letters in brackets after a name or a seat', () => {
  it('are a member’s party: "(Strathaird) (SNP):", "Shona Baird (SNP) said", "Cllr Murray (SNP) reported"', () => {
    expect(partyAt('Ms Karen Lyle (Strathaird) (SNP): This Bill applies to England only.')).toBe(
      'a member’s party',
    );
    expect(partyAt('Council leader Shona Baird (SNP) said: "Our communities have waited long enough."')).toBe(
      'a member’s party',
    );
    expect(partyAt('Cllr Murray (SNP) reported that the health board had agreed funding.')).toBe(
      'a member’s party',
    );
  });

  it('are an expansion’s letters where the words before spell them: "Single Neighbourhood Provider (SNP) said"', () => {
    expect(partyAt('The Single Neighbourhood Provider (SNP) said it would hire ten nurses.')).toBeUndefined();
  });

  it('are no party for letters that have none among their meanings: "Dr Ann Shaw (GP) said"', () => {
    const sentence = 'Dr Ann Shaw (GP) said the clinic would open in May.';
    expect(otherUseHere(sentence, sentence.indexOf('GP'), 'GP', new Set())).toBeUndefined();
  });

  const debate: Block[] = [
    {
      section: 1,
      text: 'The Minister said that single neighbourhood providers would bring GP practices and community services together.',
    },
    {
      section: 1,
      text: 'Mr Alasdair Ross (Glenmorie) (SNP): I note that these proposals apply only to England.',
    },
  ];

  it('leave the party alone in a debate on neighbourhood health', () => {
    expect(
      judge('Neighbourhood Health Bill: second reading', debate, 'SNP', 'Mr Alasdair Ross'),
    ).toMatchObject({
      annotate: false,
      reason: 'SNP: a member’s party',
    });
  });
});
