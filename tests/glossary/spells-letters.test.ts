import { describe, expect, it } from 'vitest';
import { expansionSpelling, initialsOf, rawWords } from '../../glossary/context/spells-letters';

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

  it('starts the expansion at the start of a word, and wants two words or one long one', () => {
    expect(expansionSpelling('an insulin pump', 'PCN')).toBeUndefined();
    expect(expansionSpelling('the stoma', 'SA')).toBeUndefined();
    expect(expansionSpelling('my group', 'GP')).toBeUndefined();
    expect(expansionSpelling('Newly diagnosed with gastroparesis', 'GP')).toBe('gastroparesis');
  });
});

describe('rawWords', () => {
  it('parts a product name’s joined words, so that "GlobalProtect" spells GP', () => {
    expect(rawWords('Palo Alto GlobalProtect')).toEqual(['Palo', 'Alto', 'Global', 'Protect']);
    expect(initialsOf(rawWords('GlobalProtect'), 2)).toBe('gp');
  });

  it('keeps words in capitals and hyphenated words as the page wrote them, hyphens apart', () => {
    expect(rawWords('NHS long-term plan')).toEqual(['NHS', 'long', 'term', 'plan']);
  });
});
