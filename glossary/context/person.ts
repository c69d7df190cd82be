// "My GP told me", "ask your GP", "referred by his GP": letters that name a person do what people
// do. A person's verbs around the letters speak for the sense that is a person (the family doctor)
// and against the meanings that are not (gross profit, a Grand Prix, a gastroparesis flare).

// A verb that takes a person, then whose person it is: "see your", "talk to the", "referred by my".
const BEFORE =
  /\b(?:see|seeing|saw|ask|asking|asked|tell|telling|told|contact|contacting|contacted|visit|visiting|visited|call|ring|rang|phone|phoned|(?:talk|talking|talked|speak|speaking|spoke|spoken)\s+to|check(?:ing|ed)?\s+with|book(?:ing|ed)?\s+(?:in\s+)?with|registered\s+with|referred\s+(?:by|to)|letter\s+(?:from|to)|note\s+from|appointment\s+with)\s+(?:my|your|our|his|her|their|the|a|an)(?:\s+own)?\s+$/iu;
// The person, then what they did: "GP told", "GP's referred", "GP has prescribed".
const AFTER =
  /^(?:['’]s|s)?\s+(?:(?:has|had|have|will|would|may|might|can|could|cannot|can['’]t|won['’]t|should|must|did|then|also|just|finally)\s+)?(?:told|tell|tells|said|gave|says|referred|refers|prescribed|prescribes|prescribe|given|thinks|thought|suggested|suggests|recommended|recommends|agreed|agrees|diagnosed|examined|listened|explained|explains|advised|advises|wants|wanted|signed|arranged|sent|reckons|reckoned)\b/iu;

// Both patterns reach a few words from the letters; a long sentence is not searched as a whole.
const REACH = 60;

/** Whether the occurrence at `offset` is someone the sentence has act or be asked. */
export function actsAsPerson(sentence: string, offset: number | undefined, term: string): boolean {
  if (offset === undefined) return false;
  const end = offset + term.length;
  return (
    BEFORE.test(sentence.slice(Math.max(0, offset - REACH), offset)) ||
    AFTER.test(sentence.slice(end, end + REACH))
  );
}
