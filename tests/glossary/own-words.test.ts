import { describe, expect, it } from 'vitest';
import { ownWords } from '../../glossary/context/own-words';

describe('ownWords', () => {
  it('reads the clause that holds the occurrence', () => {
    const sentence = 'An STP in 2016 was a plan; by 2018 the STP meant the partnership.';
    expect(ownWords(sentence, sentence.indexOf('STP'), 'STP')).toBe('An STP in 2016 was a plan');
    expect(ownWords(sentence, sentence.lastIndexOf('STP'), 'STP')).toBe(
      ' by 2018 the STP meant the partnership.',
    );
  });

  it('gives each of two occurrences in one clause its own half', () => {
    const sentence = 'Staff at the PCN reception cannot cancel a PCN or contact the operator.';
    const first = ownWords(sentence, sentence.indexOf('PCN'), 'PCN');
    const second = ownWords(sentence, sentence.lastIndexOf('PCN'), 'PCN');
    expect(first).toContain('PCN reception');
    expect(first).not.toContain('operator');
    expect(second).toContain('cancel a PCN or contact the operator');
    expect(second).not.toContain('reception');
  });

  it('counts plurals as the same letters, and leaves a sentence with one occurrence whole', () => {
    const sentence = 'Our PCNs meet monthly, and each PCN has a director.';
    expect(ownWords(sentence, sentence.indexOf('PCN has'), 'PCN')).not.toContain('meet');
    expect(ownWords('The PCN meets monthly.', 4, 'PCN')).toBe('The PCN meets monthly.');
  });
});
