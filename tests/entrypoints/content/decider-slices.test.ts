// @vitest-environment happy-dom
// A text node with several acronyms is decided one acronym at a time when its slice runs out, and
// the decisions come out as they would in one go.
import { describe, expect, it } from 'vitest';
import { Decider } from '../../../entrypoints/content/decider';
import { readOpening, readPageProfile } from '../../../entrypoints/content/page-profile-reader';
import { ACRONYM_IDS, GLOSSARY } from '../../../glossary/index';
import { createMatcher } from '../../../glossary/matcher';
import { DEFAULT_READING } from '../../../settings/schema';

const PARAGRAPH = 'The ICB, the ICP and each PCN agreed the plan; the CCG had gone, and the STP before it.';

function deciderOnNhsPage() {
  document.title = 'How the NHS is organised';
  document.body.innerHTML = `<p>${PARAGRAPH}</p>`;
  const profile = readPageProfile(document, readOpening(document), GLOSSARY.entries);
  const decider = new Decider(GLOSSARY.entries, createMatcher(ACRONYM_IDS), profile, DEFAULT_READING);
  return { decider, text: document.querySelector('p')?.firstChild as Text };
}

const past = () => performance.now() - 1;

describe('Decider.requestsFor with a deadline', () => {
  it('decides one acronym per call once the deadline has passed, then gives them all', () => {
    const { decider: inOneGo, text: first } = deciderOnNhsPage();
    const whole = inOneGo.requestsFor(first);
    expect(whole.map(({ label }) => label.term)).toEqual(['ICB', 'ICP', 'PCN', 'CCG', 'STP']);

    const { decider, text } = deciderOnNhsPage();
    const calls: (ReturnType<typeof decider.requestsFor> | undefined)[] = [];
    for (let call = 0; call < 5; call++) calls.push(decider.requestsFor(text, past()));
    expect(calls.slice(0, 4)).toEqual([undefined, undefined, undefined, undefined]);
    expect(calls[4]).toEqual(whole);
  });

  it('starts the node again when the page has changed its text in between', () => {
    const { decider, text } = deciderOnNhsPage();
    expect(decider.requestsFor(text, past())).toBeUndefined();
    text.data = 'Only the ICS is left.';
    expect(decider.requestsFor(text)?.map(({ label }) => label.term)).toEqual(['ICS']);
  });
});
