// A page that spells out another meaning of the letters, and elsewhere uses them as ours without
// spelling ours out (a place's body, a person, a body that acts), uses them both ways: each
// occurrence is then read by its own sentence, not by the other meaning's definition.

import { describe, expect, it } from 'vitest';
import { usesLettersAsOurs } from '../../glossary/context/used-as-ours';
import { findEntry } from '../../glossary/index';
import type { Entry } from '../../glossary/types';
import { type Block, judge } from './judge-blocks';

const entry = (id: string) => findEntry(id) as Entry;

describe('whether a text uses the letters as ours somewhere', () => {
  it('finds a place’s body, an area, a body that acts and a person', () => {
    expect(usesLettersAsOurs(entry('PCN'), 'Parking is free. Riverside PCN runs the clinic.')).toBe(true);
    expect(usesLettersAsOurs(entry('ICS'), 'Inhalers matter. Partners across the ICS agree.')).toBe(true);
    expect(usesLettersAsOurs(entry('PCN'), 'We are proud. The PCN has asked for a new hub.')).toBe(true);
    expect(usesLettersAsOurs(entry('GP'), 'I was worried, so I asked my GP. She was kind.')).toBe(true);
  });

  it('finds nothing where the letters are only named or are a thing', () => {
    expect(usesLettersAsOurs(entry('PCN'), 'A PCN was left on my car. The PCN will be cancelled.')).toBe(
      false,
    );
    expect(usesLettersAsOurs(entry('ICS'), 'Use your ICS inhaler twice a day.')).toBe(false);
  });
});

describe('a practice page that explains parking fines and has a PCN of its own', () => {
  const fines: Block = {
    section: 1,
    text: 'A Penalty Charge Notice (PCN) is a fine from the council for parking on the yellow lines outside the surgery.',
  };
  const transport: Block = {
    section: 1,
    text: 'Our PCN volunteer drivers take patients without transport to appointments at any of our practices.',
  };
  const ownPcn: Block = { section: 1, text: 'Riverside PCN has asked the council for more drop-off spaces.' };

  it('reads the practices’ PCN by its own sentence once the page uses the letters as ours', () => {
    expect(
      judge('Getting to the surgery', [fines, ownPcn, transport], 'PCN', 'Our PCN volunteer'),
    ).toMatchObject({ annotate: true });
  });

  it('keeps the fine’s definition where the page never uses the letters as ours', () => {
    expect(judge('Getting to the surgery', [fines, transport], 'PCN', 'Our PCN volunteer')).toMatchObject({
      annotate: false,
    });
  });
});
