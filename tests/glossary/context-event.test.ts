// Letters that name an event one enjoys, wins or finishes ("enjoy the GP!"), for letters with such
// a meaning (the Grand Prix), against the doctor one attends.

import { describe, expect, it } from 'vitest';
import { type OtherUseKind, otherUseHere } from '../../glossary/context/other-uses';
import { type Block, judge } from './judge-blocks';

const EVENT: ReadonlySet<OtherUseKind> = new Set<OtherUseKind>(['event']);
const at = (sentence: string, kinds = EVENT) => otherUseHere(sentence, sentence.indexOf('GP'), 'GP', kinds);

describe('an event among the letters’ meanings', () => {
  it('is what is enjoyed, won or finished: "Enjoy the GP!", "the winner of the GP", "finished the GP"', () => {
    expect(at('Enjoy the GP!')).toBe('an event');
    expect(at('The winner of the GP was cheered by a crowd of 160,000.')).toBe('an event');
    expect(at('One rider finished the GP with two strapped fingers.')).toBe('an event');
  });

  it('is what things happen during or between: "during the GP,", "between each GP."', () => {
    expect(at('Some of our staff volunteer as marshals during the GP, so please be patient.')).toBe(
      'an event',
    );
    expect(at('Many helped in the quiet weeks between each GP.')).toBe('an event');
  });

  it('is not the doctor one attends or sees during the GP consultation', () => {
    expect(at('Patients attend the GP on the ground floor.')).toBeUndefined();
    expect(at('She stayed calm during the GP consultation.')).toBeUndefined();
  });

  it('is not read into letters that have no event among their meanings', () => {
    expect(at('Enjoy the GP!', new Set())).toBeUndefined();
  });
});

describe('a travel clinic’s page for Grand Prix fans', () => {
  const clinic: Block[] = [
    {
      section: 1,
      text: 'Our practice nurses can give travel vaccines; book an appointment with the surgery.',
    },
    { section: 2, text: 'We hope you enjoy the GP!' },
  ];

  it('leaves the race alone, as the Grand Prix is an event', () => {
    expect(judge('Travelling to the Singapore race?', clinic, 'GP', 'We hope').annotate).toBe(false);
  });
});
