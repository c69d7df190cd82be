// Places where the letters cannot be an NHS body whatever the page is about: a time zone after a
// clock time ("9am MDT", "09:00 MDT") for letters that are one, and part of a name joined by a
// hyphen to one digit or more capitals ("MCP-1" the protein, "ICP-MS" the lab instrument; a
// reference such as "ICB-24-118" is still the board's).

const AFTER_A_CLOCK_TIME = /(?:\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?|\b\d{1,2}[.:]\d{2})\s*$/iu;
const PART_OF_A_NAME = /^(?:['’]?s)?-(?:\d(?![\d-])|\p{Lu}{2})/u;

/** Why the letters at `offset` are something else here, or undefined. */
export function otherUseHere(
  sentence: string,
  offset: number | undefined,
  term: string,
  isTimeZone: boolean,
): string | undefined {
  if (offset === undefined) return undefined;
  if (isTimeZone && AFTER_A_CLOCK_TIME.test(sentence.slice(Math.max(0, offset - 12), offset))) {
    return 'a time zone';
  }
  if (PART_OF_A_NAME.test(sentence.slice(offset + term.length, offset + term.length + 6))) {
    return 'part of a longer name';
  }
  return undefined;
}
