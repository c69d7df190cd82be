// Places before the letters. A place's name just before them ("the Westmoor ICP", "the Merrow
// Valley ICS") names one standing local body; so does an area they stand for ("across the ICS").
// Of ICP's senses that body is the partnership (local alliances took the name before 2022,
// statutory partnerships after); the provider was a contract model, written of in general ("an
// ICP", "ICP contracts"). Which senses are such bodies is glossary data (namedAfterPlaces, anArea).
// Last, what only a body has or does beside the letters ("the ICS board", "a letter from the ICS").

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

// How English place names end ("Kellerby", "Wenmouth", "Farleyshire"), and words that end so but are not places.
const PLACE_ENDING =
  /\p{Ll}(?:bay|by|mouth|moor|shire|fen|ton|ham|ford|bridge|wick|worth|dale|vale|field|borough|bury|chester|caster|minster|port|stoke|thorpe|combe|haven|hurst|leigh|mere|wood|gate|well)$/u;
const NOT_A_PLACE = new Set([
  'Nearby',
  'Standby',
  'Hereby',
  'Thereby',
  'Rugby',
  'Button',
  'Cotton',
  'Skeleton',
  'Afford',
  'Airfield',
  'Farewell',
  'Unwell',
  'Hollywood',
  'Report',
  'Support',
  'Transport',
  'Import',
  'Export',
  'Passport',
  'Sport',
  'Airport',
]);

function looksLikeAPlace(word: string): boolean {
  return PLACE_ENDING.test(word) && !NOT_A_PLACE.has(word);
}

/** Whether a place's name stands just before the occurrence, in running text. */
export function namedByPlace(sentence: string, offset: number | undefined): boolean {
  if (offset === undefined) return false;
  // A name is one word: a long sentence is not searched as a whole.
  const from = Math.max(0, offset - NAME_REACH);
  const before = sentence.slice(from, offset);
  const name = NAME.exec(before);
  if (!name || NOT_A_NAME.has(name[1] as string)) return false;
  // The sentence's first word is capitalised whatever it is, also after an opening quote, and so is
  // the first after a colon; there only a word built like a place's name counts ("Southbay ICO is
  // an equal opportunities employer", not 'said: "Fewer PCNs' or "Conclusions: Stopping ICS").
  const lead = before.slice(0, name.index);
  const startsAClause = (from === 0 && !/[\p{L}\p{N}]/u.test(lead)) || /:\s*["“‘]?$/u.test(lead);
  return !startsAClause || looksLikeAPlace(name[1] as string);
}

// "across the ICS", "within our PCN", "in every ICB", "in all 42 ICSs": an area and the body that serves it.
const IN_AN_AREA =
  /\b(?:(?:across|within|throughout)\s+(?:the|our|this|that|each|every|your|their)|in\s+(?:our|each|every|your|their)|in\s+all\s+\d+|(?:the|our|their)\s+(?:whole|entire))\s+$/iu;

/** Whether the letters stand as an area ("partners across the ICS"), in running text. */
export function namesAnArea(sentence: string, offset: number | undefined): boolean {
  if (offset === undefined) return false;
  return IN_AN_AREA.test(sentence.slice(Math.max(0, offset - 40), offset));
}

// What only a body has or does, right after the letters: "the ICS board", "ICS-wide", "the ICS green
// plan", "the ICS has asked", "the ICS is backing", "the PCN's clinical director", "the PCN will
// reimburse". A medicine, a gap between ribs, a bleed, a parking fine or a control system has none of these.
// What a body has: "the ICS board", "the PCN's clinical director", "the ICS respiratory programme",
// "the PCN newsletter", "PCN practitioners".
const WHAT_A_BODY_HAS = String.raw`board|boards|team|teams|partners|leaders|leadership|chair|chairs|chief|director|directors|executive|executives|workforce|strategy|fund|funding|budget|hub|footprint|footprints|population|priorities|website|logo|offices|staff|colleagues|committee|boundary|boundaries|area|areas|priority|programme|green\s+plan|net\s+zero|clinical\s+(?:lead|director|directors|board)|respiratory\s+(?:programme|network)|pathway\s+group|training\s+hub|greener\s+inhalers?\s+(?:programme|work)|manager|managers|pharmacist|pharmacists|paramedic|paramedics|practices|clinics|policy|home\s+visiting|meeting|meetings|newsletter|bulletin|rotation|volunteers|practitioner|practitioners|campaign|winter\s+(?:plan|campaign)|average|carbon\s+footprint|inbox|forum|annual\s+report|care\s+coordinators?|dashboard|intranet|head\s+of|physiotherapists?|physios?|social\s+prescribers?|health\s+coach(?:es)?|mental\s+health\s+practitioners?|clinical\s+pharmacists?|first\s+contact\s+physio\w*|link\s+(?:nurses?|GPs?)`;
// What a body does: "has asked", "will reimburse", "is backing", "can refuse", "hopes to", "merged",
// "will refund", "cannot pay", "is running", "part-funds". A fine "will be cancelled": no verb of its own.
const WHAT_A_BODY_DOES = [
  String.raw`made\s+clear`,
  String.raw`was\s+consulted`,
  String.raw`(?:has|have|had)\s+booked`,
  '(?:provides|provided|supports|supported|pays|receives|runs|ran|hires|part-funds|refunds|arranges|arranged|organises|organised|hosts|estimates|reports\\s+back|urges|sends|produced|worked\\s+with|committed\\s+to|held|thanked|heard\\s+from|agreed\\s+to|responded\\s+to|sees)',
  String.raw`(?:can|could|may|will|would|should|cannot|can['’]t|won['’]t|will\s+not)\s+(?:refuse|approve|decide|confirm|pay|refund|send|arrange|support|apply|cancel|help|offer|reimburse|provide|run(?!\s+on\b)|organise|book|extend|create|track|publish|prioritise|repeat|share|review|receive|report|(?:also\s+)?look\s+at)`,
  String.raw`(?:has|have|had|will|would|is|are)\s+(?:(?:also|now|already|still)\s+)?(?:asked|publish|evaluate|announced|published|commissioned|agreed|decided|written|sent|funded|set|launched|bid|done|committed|pledged|reimburse|pay|encourage|fund|employ|recruit|supporting|supported|produced|responded)`,
  String.raw`(?:hopes|expects|plans|aims)\s+(?:to|for)`,
  String.raw`(?:does|did)\s+not\s+(?:reimburse|pay|fund|employ)`,
  String.raw`(?:is|are|was|were)\s+(?:doing|encouraging|developing|backing|funding|working\s+with|planning|consulting|leading|asking|offering|contributing|helping|running|recruiting|hosting|holding|organising|arranging|providing)`,
  '(?:says|said|asked|announced|published|commissioned|wants|agreed|decided|wrote|sent|funds|funded|serves|employs|launched|merges|merged|approved|confirmed|meets|met|spends|thanks|gave|plans)(?!\\s+(?:by|to)\\b)',
].join('|');
// What a body has, with up to two words of what it is for between: "the ICS respiratory board",
// "the ICS medicines optimisation team".
const ITS_PEOPLE =
  'board|boards|team|teams|lead|leads|formulary|meeting|meetings|budget|committee|committees|bulletin|dashboard|website|campaign|forum|newsletter';
// The words between name what the team or board is for ("the ICS medicines optimisation team"),
// not a clause of their own ("measuring ICP lets the team act").
const NOT_A_NOUN = String.raw`(?:the|a|an|and|or|in|of|on|to|for|with|by|at|now|also|lets|let|helps|help|gives|tells|shows|means)\b`;
// ...and groups and programmes, only with a word between: "the ICS group" of a trial is its arm.
const ITS_WORK = 'group|groups|programme|strategy';
const BODY_AFTER = new RegExp(
  String.raw`^(?:['’]s|s['’]?)?(?:-(?:wide|funded|commissioned|led)\b|,\s+(?:which\s+(?:brings\s+together|includes|is\s+made\s+up|is\s+the\s+partnership)|the\s+partnership\s+of)\b|\s+(?:(?:also|now|already|still)\s+)?(?:${WHAT_A_BODY_DOES}|${WHAT_A_BODY_HAS}|brings\s+together)\b|\s+(?:(?!${NOT_A_NOUN})\p{L}+(?:['’]s)?\s+){0,2}(?:${ITS_PEOPLE})\b(?!\s+to\b)|\s+\p{L}+(?:['’]s)?\s+(?:${ITS_WORK})\b)`,
  'iu',
);
// Who a body is to the sentence: "a letter from the ICS", "our letter to the ICB", "funded by the
// ICB", "asked the ICB to fund", "working closely with our ICB", "on behalf of the ICS partners",
// "report progress to the ICP", "we thank the ICP", "our three asks of the ICP".
const WHO_A_BODY_IS_TO = [
  String.raw`(?:letter|funding|money|guidance|email)\s+from`,
  String.raw`(?:letter|letters|report|submission|evidence|response|reply)\s+to`,
  String.raw`(?:funded|commissioned|run|led|hosted|employed|chaired|backed|considered|approved|endorsed)\s+by`,
  String.raw`(?:present|presented|presenting|report|reported|reporting)(?:\s+(?:progress|outcomes|findings))?(?:\s+back)?\s+to`,
  String.raw`thank|thanks|thanked|asks\s+of`,
  String.raw`ask|asks|asking|asked|urge|urges|urged|lobbied|called\s+(?:on|for)|met|meeting\s+with|told|tell|tells|telling`,
  String.raw`(?:come|came|comes|coming)\s+back\s+to`,
  String.raw`(?:wrote|written|write|writing)\s+to`,
  String.raw`work(?:s|ed|ing)?\s+(?:(?:closely\s+)?with|in|for)`,
  String.raw`on\s+behalf\s+of|who\s+are|members?\s+of|chair\s+of|joined|join|joining`,
  String.raw`(?:organisations|practices|trusts|partners)\s+in`,
].join('|');
const BODY_BEFORE = new RegExp(
  String.raw`\b(?:${WHO_A_BODY_IS_TO})\s+(?:the|our|your|their|my|this|its)(?:\s+own)?\s+$|\bwork(?:s|ed|ing)?\s+(?:in|for)\s+an?\s+$|\b(?:my|your|our|his|her|their|the)\s+local\s+$|\bwith\s+(?:each|every)\s+$`,
  'iu',
);

/** Whether the sentence gives the letters what only a body has or does. */
export function actsAsBody(sentence: string, offset: number | undefined, term: string): boolean {
  if (offset === undefined) return false;
  const end = offset + term.length;
  return (
    BODY_AFTER.test(sentence.slice(end, end + 40)) ||
    BODY_BEFORE.test(sentence.slice(Math.max(0, offset - 40), offset))
  );
}

// A group of people who meet (a team) meets, has members, a coordinator, a room and a day, and
// discusses, reviews and decides: "the MDT meets on Thursdays", "MDT members", "the MDT room",
// "discussed at the weekly MDT". Software that builds laptops, a time zone or a therapy does none.
const GROUP_AFTER =
  /^(?:['’]s|s['’]?)?\s+(?:(?:also|now|usually|still|then)\s+)?(?:meets|met|meeting|meetings|members?|coordinators?|rooms?|day|list|lists|discussed|discussion|discussions|reviews|reviewed|outcomes?|decisions?|decided|agreed|recommended|recommends|chair|is\s+held|was\s+held|will\s+meet)\b/iu;
const AT_A_MEETING_BEFORE =
  /\b(?:at|in|during|after|before|to)\s+(?:the|our|this|their|each|every|a|an|today['’]s|tomorrow['’]s|\p{Lu}\p{Ll}+day['’]s)\s+(?:(?:weekly|fortnightly|monthly|virtual|next|local|regional|specialist)\s+)?$/iu;
// ...where the letters end the phrase: "before an MDT rebuild" is the software's.
const ENDS_A_PHRASE_AFTER =
  /^(?:['’]s|s)?(?:\s*[,.;:!?)]|\s*$|\s+(?:and|or|on|at|in|with|to|for|is|was|were|will|has|had|this|last|next|each|every)\b)/u;
const MEETING_KIND_BEFORE = /\b(?:weekly|fortnightly|virtual)\s+$/iu;

/** Whether the sentence has the letters meet, or be met at, as a group of people does. */
export function meetsAsAGroup(sentence: string, offset: number | undefined, term: string): boolean {
  if (offset === undefined) return false;
  const end = offset + term.length;
  const before = sentence.slice(Math.max(0, offset - 40), offset);
  const after = sentence.slice(end, end + 40);
  return (
    GROUP_AFTER.test(after) ||
    MEETING_KIND_BEFORE.test(before) ||
    (AT_A_MEETING_BEFORE.test(before) && ENDS_A_PHRASE_AFTER.test(after))
  );
}
