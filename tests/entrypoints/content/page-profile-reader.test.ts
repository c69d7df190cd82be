// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  mayBeAboutHealth,
  readOpening,
  readPageProfile,
} from '../../../entrypoints/content/page-profile-reader';
import { ENTRIES } from '../../../glossary/entries';

function page(title: string, body: string) {
  document.title = title;
  document.body.innerHTML = body;
  return document;
}

describe('mayBeAboutHealth', () => {
  it('lets through pages whose title, headings or opening mention health and care', () => {
    expect(mayBeAboutHealth(readOpening(page('Board papers', '<p>The NHS board met.</p>')))).toBe(true);
    expect(mayBeAboutHealth(readOpening(page('Integrated care boards explained', '<p>Intro.</p>')))).toBe(
      true,
    );
    expect(
      mayBeAboutHealth(readOpening(page('News', '<h2>Your GP practice</h2><p>Opening hours.</p>'))),
    ).toBe(true);
  });

  it('lets through a page about something else that sends someone to A&E', () => {
    const review =
      '<h1>Live review</h1><p>One fan slipped by the barrier and spent the night in A&amp;E.</p>';
    expect(mayBeAboutHealth(readOpening(page('Gig review: a wet night in Leeds', review)))).toBe(true);
  });

  // The cheap look must let through every page the profile's gate would open on: a strong NHS
  // word the word "health" is not part of is enough there.
  it('lets through a page whose only NHS words are a body named in full or a regulator', () => {
    const compact =
      '<h1>Our compact</h1><p>How the Wenford sustainability and transformation partnership and the VCSE sector work together.</p>';
    expect(mayBeAboutHealth(readOpening(page('A compact with the voluntary sector', compact)))).toBe(true);
    expect(mayBeAboutHealth(readOpening(page('Inspection week', '<p>The CQC visits on Monday.</p>')))).toBe(
      true,
    );
  });

  it('lets through a page about midwives, maternity or ambulances', () => {
    const news = '<p>From April every woman in Dunmere will see the same midwife from booking to birth.</p>';
    expect(mayBeAboutHealth(readOpening(page('One midwife all the way', news)))).toBe(true);
    const board = '<p>Rural response times are still too long, the STP board heard.</p>';
    expect(mayBeAboutHealth(readOpening(page('Ambulance stations to become hubs', board)))).toBe(true);
  });

  it('stops a networking article before any profile is built', () => {
    const article = '<h1>Spanning tree protocol</h1><p>STP stops loops between switches and bridges.</p>';
    expect(mayBeAboutHealth(readOpening(page('STP explained | Network notes', article)))).toBe(false);
  });

  it('does not read code or scripts as the page’s words', () => {
    expect(
      mayBeAboutHealth(
        readOpening(page('Build notes', '<script>const health = 1;</script><p>Compile it.</p>')),
      ),
    ).toBe(false);
  });
});

describe('readPageProfile', () => {
  it('takes the definitions the title spells out', () => {
    document.title = 'Learning technology partnership (LTP) courses | Adult education';
    document.body.innerHTML =
      '<h1>Your questions</h1><p>Patients and carers can join LTP courses for free.</p>';
    const profile = readPageProfile(document, readOpening(document), ENTRIES);
    expect(profile.definitions).toContainEqual(
      expect.objectContaining({
        term: 'LTP',
        meaning: { kind: 'other', expansion: 'Learning technology partnership' },
      }),
    );
  });
});
