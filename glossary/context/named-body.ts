// Places before the letters. A place's name just before them ("the Westmoor ICP", "the Merrow
// Valley ICS") names one standing local body; so does an area they stand for ("across the ICS").
// Of ICP's senses that body is the partnership (local alliances took the name before 2022,
// statutory partnerships after); the provider was a contract model, written of in general ("an
// ICP", "ICP contracts"). Which senses are such bodies is glossary data (namedAfterPlaces, anArea).

// Capitalised words that start a name without being one.
const NOT_A_NAME = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'Our',
  'Your',
  'Their',
  'Its',
  'Each',
  'Every',
  'Any',
  'New',
  'Local',
  'Statutory',
  'Shadow',
  'National',
  'NHS',
  'England',
  'English',
  'Proposed',
  'Draft',
  'Future',
  'Old',
  'First',
  'Second',
  'One',
  'Two',
  'Three',
  'Which',
  'What',
  'Whose',
]);
// A word written with a capital and then lower case: "Westmoor", "Thornleigh".
const NAME = /(\p{Lu}\p{Ll}+)[\s\u00a0]+$/u;
const NAME_REACH = 40;

/** Whether a place's name stands just before the occurrence, in running text. */
export function namedByPlace(sentence: string, offset: number | undefined): boolean {
  if (offset === undefined) return false;
  // A name is one word: a long sentence is not searched as a whole.
  const from = Math.max(0, offset - NAME_REACH);
  const before = sentence.slice(from, offset);
  const name = NAME.exec(before);
  if (!name || NOT_A_NAME.has(name[1] as string)) return false;
  // The sentence's first word is capitalised whatever it is.
  return from > 0 || before.slice(0, name.index).trim() !== '';
}

// "across the ICS", "within our PCN", "in every ICB", "in all 42 ICSs": an area and the body that serves it.
const IN_AN_AREA =
  /\b(?:(?:across|within|throughout)\s+(?:the|our|this|that|each|every|your|their)|in\s+(?:our|each|every|your|their)|in\s+all\s+\d+)\s+$/iu;

/** Whether the letters stand as an area ("partners across the ICS"), in running text. */
export function namesAnArea(sentence: string, offset: number | undefined): boolean {
  if (offset === undefined) return false;
  return IN_AN_AREA.test(sentence.slice(Math.max(0, offset - 40), offset));
}
