// A share's last traded price ("the LTP on Friday was 134p", "LTP 32p") and a shop's gross profit
// ("my GP on books is about 38 per cent"). Investors' and traders' pages about healthcare firms name
// the NHS too, so the value given a few words after the letters is what tells these meanings.

import { describe, expect, it } from 'vitest';
import { type OtherUseKind, otherUseHere } from '../../glossary/context/other-uses';
import { type Block, judge } from './judge-blocks';

const PRICE: ReadonlySet<OtherUseKind> = new Set<OtherUseKind>(['price']);
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
    expect(at('LTP 32p', new Set())).toBeUndefined();
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

describe('letters given a percentage as their value', () => {
  const MARGIN: ReadonlySet<OtherUseKind> = new Set<OtherUseKind>(['margin']);
  const gp = (sentence: string, kinds = MARGIN) =>
    otherUseHere(sentence, sentence.indexOf('GP'), 'GP', kinds);

  it('are a margin: "my GP on books is about 38 per cent", "a GP of at least 60 per cent"', () => {
    expect(gp('After returns, my GP on books is about 38 per cent.')).toBe('a margin');
    expect(gp('Bidders should reach a food and drink GP of at least 60 per cent.')).toBe('a margin');
    expect(gp('Their target food GP is 65%.')).toBe('a margin');
  });

  it('are a margin with what it is on, per or after between, and a fall or rise to the figure', () => {
    expect(gp('Our GP on homemade cakes had fallen to about 55 per cent.')).toBe('a margin');
    expect(gp('Our GP on a latte, after beans, milk and the cup, is around 75 per cent.')).toBe('a margin');
  });

  it('are a margin that is high, thin or close to nothing, as a doctor never is', () => {
    expect(gp('So my GP after materials is very high.')).toBe('a margin');
    expect(gp('So our GP per hire is very high.')).toBe('a margin');
    expect(gp('On some lines, after the card charge, my GP is close to nothing.')).toBe('a margin');
    expect(gp('My GP on Monday was very kind.')).toBeUndefined();
  });

  it('are a margin, after "my" or "our", that is, stands or falls at a figure a few words on', () => {
    expect(gp('Our GP on toys is usually about 45 per cent at full price.')).toBe('a margin');
    expect(gp('After buying stock, our GP was £250.')).toBe('a margin');
    expect(gp('My GP per house is above 90 per cent.')).toBe('a margin');
    expect(gp('My GP said there was a 20 per cent chance of rain.')).toBeUndefined();
    expect(gp('Former patients and their GP practices have raised over £20,000.')).toBeUndefined();
  });

  it('are not a margin where the figure counts something else, or for letters that are never one', () => {
    expect(gp('GP appointments rose by 5 per cent.')).toBeUndefined();
    expect(gp('Our GP is 65 per cent sure it is a sprain.', new Set())).toBeUndefined();
  });
});
