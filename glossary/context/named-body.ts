// "The Westmoor ICP", "the Quarrendon ICP": a place's name just before the letters names one
// standing local body. Of ICP's senses that is the partnership (local alliances took the name
// before 2022, statutory partnerships after); the provider was a contract model, written of in
// general ("an ICP", "ICP contracts").

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

/** Whether a place's name stands just before the occurrence, in running text. */
export function namedByPlace(sentence: string, offset: number | undefined): boolean {
  if (offset === undefined) return false;
  const before = sentence.slice(0, offset);
  const name = NAME.exec(before);
  if (!name || NOT_A_NAME.has(name[1] as string)) return false;
  // The sentence's first word is capitalised whatever it is.
  return before.slice(0, name.index).trim() !== '';
}
