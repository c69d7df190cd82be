// "My GP told me", "ask your GP", "referred by his GP": letters that name a person do what people
// do, or are someone's trade ("Dr Aoife Quinn, a GP in Omagh"). A person's verbs around the
// letters speak for the sense that is a person (the family doctor) and against the meanings that
// are not (gross profit, a Grand Prix, a gastroparesis flare).

// A verb that takes a person, then whose person it is: "see your", "talk to the", "referred by my".
const BEFORE =
  /\b(?:see|seeing|saw|ask|asking|asked|tell|telling|told|contact|contacting|contacted|visit|visiting|visited|call|ring|rang|phone|phoned|(?:talk|talking|talked|speak|speaking|spoke|spoken)\s+to|check(?:ing|ed)?\s+with|book(?:ing|ed)?\s+(?:in\s+)?with|regist(?:er|ers|ering|ered)\s+with|referred\s+(?:by|to)|letter\s+(?:from|to)|note\s+from|(?:appointment|call|chat|consultation)\s+with|(?:write|writes|writing|wrote|written|sent|copied)\s+to|give|gave)\s+(?:my|your|our|his|her|their|the|a|an)(?:\s+\p{L}+['’]s)?(?:\s+own)?\s+$/iu;
// The person, then what they did: "GP told", "GP's referred", "GP has prescribed".
const AFTER =
  /^(?:['’]s|s)?\s+(?:(?:has|had|have|will|would|may|might|can|could|cannot|can['’]t|won['’]t|should|must|did|then|also|just|finally)\s+)?(?:told|tell|tells|said|gave|says|referred|refers|prescribed|prescribes|prescribe|given|thinks|thought|suggested|suggests|recommended|recommends|agreed|agrees|diagnosed|examined|listened|explained|explains|advised|advises|wants|wanted|asked|sign|signs|signed|charge|charges|arranged|sent|reckons|reckoned|contact|contacts|contacted|writes|wrote|manage|manages|managed|who)\b(?!-)/iu;

// Someone's trade: "Dr Aoife Quinn, a GP in Omagh", "a retired GP,", "as a GP", "was a GP for
// thirty years". Bare "is a GP." may be a sum or a model ("If the ratio is constant, it is a GP").
const A_TRADE_BEFORE =
  /(?:\bas|\band|,)\s+an?\s+$|(?:\b(?:is|was|as|became|becoming|been|am|now)(?:\s+still)?|,)\s+an?\s+(?:retired|local|former|practising|salaried|locum|village|rural|busy|part-time|full-time|NHS|trainee|working)\s+$/iu;
// "our village GP for thirty years", "Dr Hamish Craig, GP", "your own GP", "the person's GP":
// whose doctor, or who.
const ONES_OWN_BEFORE =
  /\b(?:(?:my|your|our|his|her|their)\s+own|(?:our|the|their|my|your)\s+(?:village|town['’]s|family)|\b(?:person|patient|woman|man|child|baby|mother|father|resident|client)['’]s)\s+$|\bDr\.?(?:\s+\p{Lu}[\p{L}'’-]*){1,3},\s*$/u;
const IS_A_BEFORE = /(?:\b(?:is|was|became|been|am)|['’]m)\s+an?\s+$/iu;
// "a GP in Omagh", "is a GP and she told me", "is a GP by day", "is a GP and says".
const WHERE_AFTER =
  /^\s+(?:in|at|for|from|with|who|since|by\s+day|and\s+(?:she|he|they|I|says|said|thinks|told))\b/u;
const A_TRADE_AFTER = /^(?:\s*[,.;:)]|\s+(?:in|at|for|from|with|and|who|by|since|she|he|they|I)\b|\s*$)/u;
// "A GP from Ramsey": where someone comes from.
const A_BEFORE = /(?:^|\s)(?:an?|the)\s+$/iu;
const FROM_A_PLACE_AFTER = /^\s+from\s+\p{Lu}/u;
// "GP Dr Sunil Mehta said": a doctor's trade before the name.
const BEFORE_A_DOCTORS_NAME = /^s?\s+(?:Dr|Doctor|Prof|Professor)\.?\s+\p{Lu}/u;
// "A GP at Vale Road Surgery": someone who works at a practice.
const AT_A_PRACTICE_AFTER =
  /^s?\s+(?:at|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Surgery|Practice|Medical\s+(?:Centre|Practice|Group)|Health\s+Centre)\b/u;
// "prescribed by GPs", "letters to GPs", "For GPs" (a page's readers): doctors as a group, with no
// one's in front. A product, a sum or a race is not written for.
const TO_OR_BY_BEFORE = /\b(?:by|to|for)\s+$/iu;
const PLURAL_AFTER = /^s\b/u;
// "Many of our GPs", "your GPs", "dozens of young GPs", "doctors who are GPs": doctors someone
// has, some of them, or what some people are ("there are two GPs in Italy" is a count of races).
const WHOSE_OR_HOW_MANY_BEFORE =
  /\b(?:(?:my|your|our|his|her|their)|(?:many|some|most|several|few)(?:\s+of\s+(?:our|the|your|their))?|(?:dozens|hundreds|thousands|lots)\s+of(?:\s+(?:our|the|your|their))?|(?<!\bthere\s)(?:are|were))\s+(?:\p{Ll}+\s+)?$/iu;
// "went to his GP": a person one goes to, whose.
const GONE_TO_ONES_BEFORE = /\b(?:go|goes|going|went|gone)\s+to\s+(?:my|your|our|his|her|their)\s+$/iu;
// "Being a GP is good training", "to become a GP": a trade one takes up.
const BECOMING_A_BEFORE =
  /\b(?:being|become|becoming|to\s+be|makes?\s+(?:me|you|him|her|us|them))\s+an?\s+(?:better\s+|good\s+)?$/iu;
// ...but not a GP rider: the letters then qualify the noun after them.
const A_TRADE_ENDS_AFTER =
  /^(?:['’]s|s)?(?:\s*[,.;:!?)"”]|\s+(?:is|was|and|in|at|for|from|with|who|by|since|keeps|helps|means|you|I|he|she|they)\b|\s*$)/u;
// "if you need a GP", "need your GP": someone one needs.
const NEEDED_BEFORE = /\bneed(?:s|ed|ing)?\s+(?:a|my|your|our|his|her|their)\s+$/iu;
// "the duty GP", "a visiting GP", "our GP on call": someone on a rota.
const ON_A_ROTA_BEFORE =
  /\b(?:duty|on-call|visiting|salaried|locum|retired|trainee|out-of-hours|sessional|lead|named)\s+$/iu;
const ON_CALL_AFTER = /^s?\s+on\s+call\b/u;
// "GPs, nurses and pharmacists": one of a list of people who treat.
const PROFESSIONS = String.raw`(?:the\s+)?(?:practice\s+)?(?:nurses?|pharmacists?|doctors?|paramedics?|physiotherapists?|physios?|dentists?|midwives|midwife|consultants?|anaesthetists?|receptionists?|health\s+visitors?|optometrists?|surgeons?)`;
const PROFESSIONS_AFTER = new RegExp(String.raw`^s?\s*(?:,|\band\b|\bor\b)\s*${PROFESSIONS}\b`, 'iu');
const PROFESSIONS_BEFORE = new RegExp(String.raw`\b${PROFESSIONS}\s*(?:,|\band|\bor)\s+(?:the\s+)?$`, 'iu');

// The patterns reach a few words from the letters; a long sentence is not searched as a whole.
const REACH = 60;

/** Whether the occurrence at `offset` is someone the sentence has act or be asked. */
export function actsAsPerson(sentence: string, offset: number | undefined, term: string): boolean {
  if (offset === undefined) return false;
  const end = offset + term.length;
  const before = sentence.slice(Math.max(0, offset - REACH), offset);
  const after = sentence.slice(end, end + REACH);
  return (
    BEFORE.test(before) ||
    AFTER.test(after) ||
    ((A_TRADE_BEFORE.test(before) || ONES_OWN_BEFORE.test(before)) && A_TRADE_AFTER.test(after)) ||
    (IS_A_BEFORE.test(before) && WHERE_AFTER.test(after)) ||
    (TO_OR_BY_BEFORE.test(before) && PLURAL_AFTER.test(after)) ||
    (WHOSE_OR_HOW_MANY_BEFORE.test(before) && PLURAL_AFTER.test(after)) ||
    GONE_TO_ONES_BEFORE.test(before) ||
    (BECOMING_A_BEFORE.test(before) && A_TRADE_ENDS_AFTER.test(after)) ||
    NEEDED_BEFORE.test(before) ||
    ON_A_ROTA_BEFORE.test(before) ||
    ON_CALL_AFTER.test(after) ||
    PROFESSIONS_AFTER.test(after) ||
    PROFESSIONS_BEFORE.test(before) ||
    (A_BEFORE.test(before) && FROM_A_PLACE_AFTER.test(after)) ||
    BEFORE_A_DOCTORS_NAME.test(after) ||
    AT_A_PRACTICE_AFTER.test(after)
  );
}
