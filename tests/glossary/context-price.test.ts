// A share's last traded price: "the LTP on Friday was 134p", "LTP 32p". Investors' pages about
// healthcare companies spell out the NHS Long Term Plan too, so the sum in pence a few words after
// the letters is what tells the price.

import { describe, expect, it } from 'vitest';
import { otherUseHere } from '../../glossary/context/other-uses';
import { type Block, judge } from './judge-blocks';

const PRICE = { isTimeZone: false, isParty: false, isEvent: false, isPrice: true, isClinical: false };
const at = (sentence: string, kinds = PRICE) => otherUseHere(sentence, sentence.indexOf('LTP'), 'LTP', kinds);

describe('letters a few words before a sum in pence', () => {
  it('are a price: "LTP 32p", "the LTP on Friday was 134p", "an LTP of 188p"', () => {
    expect(at('LTP 32p, down 60% from last year.')).toBe('a price');
    expect(at('The LTP on Friday was 134p.')).toBe('a price');
    expect(at('It gained 9 per cent, closing with an LTP of 188p.')).toBe('a price');
    expect(at('rentroll_ron : LTP 114.2p this afternoon.')).toBe('a price');
  });

  it('are not a price with no sum in pence, a sum too far on, or for letters that are never one', () => {
    expect(at('The LTP sets out how the NHS will change.')).toBeUndefined();
    expect(at('The LTP says practices will share staff, and a prescription costs 995p now.')).toBeUndefined();
    expect(at('LTP 32p', { ...PRICE, isPrice: false })).toBeUndefined();
  });
});

describe('LTP on an investor forum about a GP software company', () => {
  const forum: Block[] = [
    {
      section: 1,
      text: 'The NHS Long Term Plan (LTP) promised every patient online GP consultations, and the company sells them.',
    },
    { section: 2, text: 'The LTP yesterday was 88p, down from 120p last year.' },
  ];

  it('leaves the price alone and annotates the plan', () => {
    const title = 'Q&A: is the GP software company a buy?';
    expect(judge(title, forum, 'LTP', 'The LTP yesterday').annotate).toBe(false);
    expect(judge(title, forum, 'LTP', 'The NHS Long Term Plan').annotate).toBe(true);
  });
});
