// Places where the letters cannot be an NHS body whatever the page is about: a time zone beside a
// clock time ("9am MDT", "09:00 MDT", "MDT / 4:00 p.m.") or heading a column of times ("Start
// time (MDT)") for letters that are one, and part of a name joined by a
// hyphen to one digit or more capitals ("MCP-1" the protein, "ICP-MS" the lab instrument; a
// reference such as "ICB-24-118" is still the board's). A count before the letters used as a unit
// ("11,300 GP between them", "40 GP a week") is an amount of something, not a body or a doctor:
// a count of doctors or boards takes the plural ("40 GPs") or a noun ("3,800 GP and nurse
// appointments"); a year, a clock time and one alone are not such a count ("from 2022 ICB", "1 ICB").
// A party's letters in brackets after a member's name or seat are the party ("Ms Karen Lyle
// (Strathaird) (SNP):", "Council leader Shona Baird (SNP) said"), unless the words before them
// spell the letters out, as an expansion does. An event's letters are enjoyed, won or finished
// ("enjoy the GP!"), and things happen during or between them ("between each GP."). A price's
// letters come a few words before a sum in pence ("the LTP on Friday was 134p", "LTP 32p"), and
// a margin's are given a percentage or a size as their value ("our GP on books is about 38 per
// cent", "my GP after materials is very high"). A notice's letters are got, received or issued
// ("came back to a PCN", "a council PCN"). What patients have, or are treated with, is a
// condition, medicine or device, never a body ("patients with a blocked PCN", "people with ACS",
// "under-treatment with ICS").

import { initialsOf, lettersOf, rawWords } from './spells-letters';

const AFTER_A_CLOCK_TIME = /(?:\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?|\b\d{1,2}[.:]\d{2})\s*$/iu;
// "Start time (MDT)", "MDT / 4:00 p.m.": a table's column of times, a time given after the zone.
const TIME_IN_BRACKETS = /\btime\s*\($/iu;
const BEFORE_A_CLOCK_TIME = /^\s*[/,:-]?\s*(?:\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b|\d{1,2}[.:]\d{2}\b)/iu;
const A_COUNT = /(?<![\p{L}\p{N}.,:])(?!(?:19|20)\d\d\s*$|1\s*$)\d{1,3}(?:,\d{3})*(?:\.\d+)?\s*$/u;
const THEN_NO_NOUN =
  /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:a|an|per|each|every|in|on|at|for|to|of|between|from|with|is|was|are|were)\b)/u;
const PART_OF_A_NAME = /^(?:['’]?s)?-(?:\d(?![\d-])|\p{Lu}{2})/u;
const IN_BRACKETS_AFTER_A_NAME_OR_SEAT = /(?:\)|\p{Lu}[\p{L}'’-]*)\s*\($/u;
// An event is enjoyed, watched, won or finished ("enjoy the GP!", "the winner of the GP"), and
// things happen during it or between one and the next ("during the GP,", "between each GP.").
const WATCHED_OR_WON =
  /\b(?:enjoy|enjoyed|enjoying|watch|watched|watching|winner\s+of|won|win|finished|finish)\s+the\s+$/iu;
const IN_THE_TIME_OF = /\b(?:during|between)\s+(?:the|each|every)\s+$/iu;
const THEN_ENDS = /^(?:['’]?s)?\s*(?:[.,;:!?)]|$)/u;
const THEN_A_SUM_IN_PENCE = /^(?:['’]s)?(?:\s+\p{L}+){0,4}\s+\d+(?:\.\d+)?p\b/u;
// What the margin is on, per or after comes between: "our GP on homemade cakes", "GP per hire",
// "my GP after materials", "our GP on a latte, after beans and milk,".
const ON_WHAT = String.raw`(?:\s+(?:on|per|after)\s+[^.;:!?]{1,50}?)?,?`;
const THEN_A_PERCENTAGE = new RegExp(
  String.raw`^(?:['’]s)?${ON_WHAT}\s+(?:is|was|of|at|target\s+of|margin\s+of|(?:(?:has|had)\s+)?(?:up|down|rose|risen|fell|fallen|dropped)\s+to)\s+(?:(?:about|around|nearly|roughly|only|just|over|under|at\s+least)\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent)`,
  'iu',
);
// ...or, after "my" or "our", a figure a few words on: "our GP on toys is usually about 45 per cent",
// "my GP across the shop slipped to 22 per cent", "our GP was £250". A doctor with a figure near
// says or thinks it ("my GP said there was a 20 per cent chance"): the margin is, falls or stands.
const WHOSE_BEFORE = /\b(?:my|our|his|her|their|your|its)\s+$/iu;
const THEN_A_FIGURE = new RegExp(
  String.raw`^${ON_WHAT}\s+(?:is|was|has|had|will|would|slipped|fell|rose|dropped|dipped|remains|used|stands|averages|came|covers)\b(?:\s+[\p{L}'’,-]+){0,4}\s+(?:£\d|\d+(?:\.\d+)?\s*(?:%|per\s*cent))`,
  'iu',
);
// ...or how big it is: "my GP after materials is very high", "the GP on the service is thin". A
// doctor is never high, thin or close to nothing.
const THEN_A_SIZE = new RegExp(
  String.raw`^${ON_WHAT}\s+(?:is|was|looks|looked)\s+(?:(?:very|quite|pretty|really|too|so|still)\s+)?(?:high|low|thin|healthy|tight|slim|close\s+to\s+nothing|almost\s+total)\b`,
  'iu',
);
const WHAT_PATIENTS_HAVE =
  /\b(?:(?:patients?|people|children|adults|women|men|someone|anyone|those)\s+(?:discharged\s+)?with|treat(?:ment|ed)\s+with)\s+(?:(?:a|an|their|no|suspected|confirmed|blocked)\s+)?$/iu;
// A notice is got, received, found or sent, one at a time or a few ("came back to a PCN", "had two
// PCNs this month"), and a council or a private firm issues it ("a council PCN", "a PCN from the
// council"). A network is joined or worked for, not received; "a PCN grant" is the network's, and
// an area "has five PCNs".
const GIVEN_A_NOTICE_BEFORE =
  /\b(?:(?:got|get|gets|getting|received|receive|receives|receiving|had|find|found|finds|sent|send|issued|given|(?:came|come|coming|returned)\s+(?:back\s+)?to)\s+(?:a|an|another|two|three|four|five|several|\d+)|(?:have|has|having)\s+(?:a|an|another))\s+(?:(?:council|private|parking)\s+)?$/iu;
const ISSUED_BY_BEFORE = /\b(?:council|private)\s+$/iu;
const FROM_THE_COUNCIL_AFTER = /^s?\s+from\s+the\s+council\b/iu;
const THEN_NO_RIDER =
  /^s?(?:\s*[.,;:!?)"”]|\s*$|\s+(?:from|for|while|after|on|and|at|this|last|when|because|in|outside|near|by|if|so|but)\b)/u;
const THEN_SPEAKS = /^\)\s*(?::|\(|said|says|asked|reported|told|added|moved|seconded)/u;

/** The other uses that only some letters can have, by one of their meanings (signals.ts). */
export type OtherUseKind =
  | 'time zone'
  | 'party'
  | 'event'
  | 'price'
  | 'margin'
  | 'notice'
  | 'what patients have';

interface OtherUse {
  /** Tried only for letters with this kind among their meanings; without one, for all letters. */
  kind?: OtherUseKind;
  /** How the reason names it. */
  is: string;
  test(sentence: string, offset: number, end: number, term: string): boolean;
}

// In the order they are tried: the first that fits gives the reason.
const OTHER_USES: readonly OtherUse[] = [
  { kind: 'time zone', is: 'a time zone', test: isATimeZone },
  {
    is: 'part of a longer name',
    test: (sentence, _offset, end) => PART_OF_A_NAME.test(sentence.slice(end, end + 6)),
  },
  {
    is: 'an amount of something',
    test: (sentence, offset, end) =>
      A_COUNT.test(sentence.slice(Math.max(0, offset - 14), offset)) &&
      THEN_NO_NOUN.test(sentence.slice(end, end + 12)),
  },
  {
    kind: 'party',
    is: 'a member’s party',
    test: (sentence, offset, _end, term) => isPartyLabel(sentence, offset, term),
  },
  { kind: 'event', is: 'an event', test: isAnEvent },
  {
    kind: 'price',
    is: 'a price',
    test: (sentence, _offset, end) => THEN_A_SUM_IN_PENCE.test(sentence.slice(end, end + 50)),
  },
  {
    kind: 'margin',
    is: 'a margin',
    test: (sentence, offset, end) => {
      const after = sentence.slice(end, end + 90);
      return (
        THEN_A_PERCENTAGE.test(after) ||
        THEN_A_SIZE.test(after) ||
        (WHOSE_BEFORE.test(sentence.slice(Math.max(0, offset - 8), offset)) && THEN_A_FIGURE.test(after))
      );
    },
  },
  {
    kind: 'notice',
    is: 'a notice someone is given',
    test: (sentence, offset, end) => {
      const before = sentence.slice(Math.max(0, offset - 40), offset);
      const after = sentence.slice(end, end + 20);
      return (
        FROM_THE_COUNCIL_AFTER.test(after) ||
        ((GIVEN_A_NOTICE_BEFORE.test(before) || ISSUED_BY_BEFORE.test(before)) && THEN_NO_RIDER.test(after))
      );
    },
  },
  {
    kind: 'what patients have',
    is: 'what patients have',
    test: (sentence, offset) => WHAT_PATIENTS_HAVE.test(sentence.slice(Math.max(0, offset - 50), offset)),
  },
];

/** Why the letters at `offset` are something else here, or undefined. `kinds`: those their meanings allow. */
export function otherUseHere(
  sentence: string,
  offset: number | undefined,
  term: string,
  kinds: ReadonlySet<OtherUseKind>,
): string | undefined {
  if (offset === undefined) return undefined;
  const end = offset + term.length;
  for (const use of OTHER_USES) {
    const allowed = use.kind === undefined || kinds.has(use.kind);
    if (allowed && use.test(sentence, offset, end, term)) return use.is;
  }
  return undefined;
}

function isATimeZone(sentence: string, offset: number, end: number): boolean {
  return (
    AFTER_A_CLOCK_TIME.test(sentence.slice(Math.max(0, offset - 12), offset)) ||
    TIME_IN_BRACKETS.test(sentence.slice(Math.max(0, offset - 8), offset)) ||
    BEFORE_A_CLOCK_TIME.test(sentence.slice(end, end + 12))
  );
}

function isAnEvent(sentence: string, offset: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, offset - 30), offset);
  return (
    WATCHED_OR_WON.test(before) ||
    (IN_THE_TIME_OF.test(before) && THEN_ENDS.test(sentence.slice(end, end + 4)))
  );
}

function isPartyLabel(sentence: string, offset: number, term: string): boolean {
  const before = sentence.slice(Math.max(0, offset - 60), offset);
  const end = offset + term.length;
  if (!IN_BRACKETS_AFTER_A_NAME_OR_SEAT.test(before) || !THEN_SPEAKS.test(sentence.slice(end, end + 12))) {
    return false;
  }
  const letters = lettersOf(term);
  const words = rawWords(before.slice(0, before.lastIndexOf('('))).slice(-letters.length);
  return initialsOf(words, letters.length) !== letters;
}
