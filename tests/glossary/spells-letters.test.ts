import { describe, expect, it } from 'vitest';
import { expansionSpelling, initialsOf } from '../../glossary/context/spells-letters';

describe('initialsOf', () => {
  it('spells an acronym from first letters, skipping link words after the first', () => {
    expect(initialsOf(['Sustainability', 'and', 'Transformation', 'Plan'], 3)).toBe('stp');
    expect(initialsOf(['care'], 3)).toBe('');
  });
});

describe('expansionSpelling', () => {
  it('finds letters in order inside the words before the brackets', () => {
    expect(expansionSpelling('You have had a percutaneous nephrostomy', 'PCN')).toBe(
      'percutaneous nephrostomy',
    );
    expect(expansionSpelling('Give the infusion of sodium nitroprusside', 'SNP')).toBe(
      'sodium nitroprusside',
    );
  });

  it('starts the expansion at the start of a word, and wants two words at least', () => {
    expect(expansionSpelling('an insulin pump', 'PCN')).toBeUndefined();
    expect(expansionSpelling('nephrostomy', 'NS')).toBeUndefined();
  });
});
