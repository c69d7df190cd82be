// @vitest-environment happy-dom
// The decider prepares the opening's acronyms ahead of the first decisions, one at a time and
// only within its slice, so that the first decision on a page is not also the dearest.
import { describe, expect, it, vi } from 'vitest';
import { Decider } from '../../../entrypoints/content/decider';
import { readOpening, readPageProfile } from '../../../entrypoints/content/page-profile-reader';
import { ACRONYM_IDS, GLOSSARY } from '../../../glossary/index';
import { createMatcher } from '../../../glossary/matcher';
import { DEFAULT_READING } from '../../../settings/schema';

function deciderOnNhsPage() {
  document.title = 'How the NHS is organised';
  document.body.innerHTML = '<p>The ICB and the ICP plan NHS services with the councils.</p>';
  const profile = readPageProfile(document, readOpening(document), GLOSSARY.entries);
  const termSignals = vi.spyOn(profile, 'termSignals');
  const decider = new Decider(GLOSSARY.entries, createMatcher(ACRONYM_IDS), profile, DEFAULT_READING);
  return { decider, preparedTerms: () => termSignals.mock.calls.map(([entry]) => entry.id) };
}

describe('Decider.prepare', () => {
  it("works out each acronym's words for the page, and is done", () => {
    const { decider, preparedTerms } = deciderOnNhsPage();
    const step = decider.prepare(['ICB', 'ICP']);
    expect(step(Number.POSITIVE_INFINITY)).toBe('done');
    expect(preparedTerms()).toEqual(['ICB', 'ICP']);
  });

  it('does nothing once its slice is over, and goes on in the next', () => {
    const { decider, preparedTerms } = deciderOnNhsPage();
    const step = decider.prepare(['ICB', 'ICP']);
    expect(step(performance.now() - 1)).toBe('more');
    expect(preparedTerms()).toEqual([]);
    expect(step(Number.POSITIVE_INFINITY)).toBe('done');
    expect(preparedTerms()).toEqual(['ICB', 'ICP']);
  });

  it('leaves the decisions as they were', () => {
    const { decider } = deciderOnNhsPage();
    const text = document.querySelector('p')?.firstChild as Text;
    const before = decider.requestsFor(text).map(({ label }) => label);
    const { decider: prepared } = deciderOnNhsPage();
    prepared.prepare(['ICB', 'ICP'])(Number.POSITIVE_INFINITY);
    const again = document.querySelector('p')?.firstChild as Text;
    expect(prepared.requestsFor(again).map(({ label }) => label)).toEqual(before);
  });
});
