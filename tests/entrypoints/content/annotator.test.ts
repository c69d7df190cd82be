// @vitest-environment happy-dom
// The engine on a DOM without layout: every box is empty, so everything counts as on screen.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Annotator } from '../../../entrypoints/content/annotator';
import { readOpening, readPageProfile } from '../../../entrypoints/content/page-profile-reader';
import { MEASURE_NAME } from '../../../entrypoints/content/work-queue';
import { ACRONYM_IDS, GLOSSARY } from '../../../glossary/index';
import { createMatcher } from '../../../glossary/matcher';
import { DEFAULT_READING, type Reading } from '../../../settings/schema';

const NHS_INTRO =
  '<h1>How the NHS is organised</h1><p>The NHS in England is planned by integrated care boards with local councils, hospitals and family doctors.</p>';

let annotator: Annotator | undefined;
afterEach(() => {
  annotator?.stop();
  annotator = undefined;
});

function annotate(body: string, reading: Reading = DEFAULT_READING) {
  document.title = 'NHS structures explained';
  document.body.innerHTML = NHS_INTRO + body;
  const before = document.body.innerHTML;
  annotator = new Annotator(document, {
    entries: GLOSSARY.entries,
    matcher: createMatcher(ACRONYM_IDS),
    profile: readPageProfile(document, readOpening(document), GLOSSARY.entries),
    reading,
    onCountsChanged: () => {},
  });
  annotator.start();
  return before;
}

const terms = () => [...document.querySelectorAll('[data-nhs-term]')].map((element) => element.textContent);
const settle = () => new Promise((done) => setTimeout(done, 50));

describe('Annotator', () => {
  it('wraps acronyms in prose, headings, lists, tables, links and captions', async () => {
    annotate(
      '<h2>Each ICS</h2><ul><li>the ICB</li></ul><table><tr><td>CCGs</td></tr></table>' +
        '<p><a href="/x">PCN news</a></p><figure><figcaption>A&amp;E at night</figcaption></figure>',
    );
    await vi.waitFor(() => expect(terms()).toEqual(['ICS', 'ICB', 'CCG', 'PCN', 'A&E']));
  });

  it('never annotates code, form fields, editors, hidden or untranslatable text, or split text', async () => {
    annotate(
      '<pre>ICS</pre><code>ICB</code><kbd>CCG</kbd><samp>PCN</samp><textarea>ICS</textarea>' +
        '<div contenteditable="true"><p>ICB in an editor</p></div><p translate="no">CCG</p>' +
        '<p aria-hidden="true">PCN</p><p>I<b>CS</b> split</p><script>var a = "ICS";</script>' +
        '<p>Only this ICB counts.</p>',
    );
    await vi.waitFor(() => expect(terms()).toEqual(['ICB']));
    await settle();
    expect(terms()).toEqual(['ICB']);
  });

  it('restores the page exactly when stopped', async () => {
    const before = annotate('<p>The ICS, its ICB and the CCGs\u2019 old <em>PCN</em> plans.</p>');
    await vi.waitFor(() => expect(terms().length).toBeGreaterThanOrEqual(3));
    annotator?.stop();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('p:last-child')?.childNodes).toHaveLength(3);
  });

  it('keeps the page’s own text node, and takes its pieces back when the page rewrites it', async () => {
    annotate('<p id="live">Old news about the ICB and GP services.</p>');
    const node = document.getElementById('live')?.firstChild as Text;
    await vi.waitFor(() => expect(terms()).toEqual(['ICB', 'GP']));
    expect(node.isConnected).toBe(true);
    node.data = 'Fresh news about the CCG.';
    await vi.waitFor(() => expect(terms()).toEqual(['CCG']));
    expect(document.getElementById('live')?.textContent).toBe('Fresh news about the CCG.');
  });

  it('removes its pieces when the page removes the text node it split', async () => {
    annotate('<p id="gone">The ICB met the ICS board.</p>');
    const paragraph = document.getElementById('gone') as HTMLElement;
    const node = paragraph.firstChild as Text;
    await vi.waitFor(() => expect(terms()).toHaveLength(2));
    paragraph.removeChild(node);
    await vi.waitFor(() => expect(paragraph.textContent).toBe(''));
  });

  it('annotates content added later, and its own changes do not make it loop', async () => {
    annotate('<div id="feed"></div>');
    const feed = document.getElementById('feed') as HTMLElement;
    feed.insertAdjacentHTML('beforeend', '<p>Update: the ICB has published its plan.</p>');
    await vi.waitFor(() => expect(terms()).toEqual(['ICB']));
    await settle();
    const slices = performance.getEntriesByName(MEASURE_NAME).length;
    await settle();
    expect(performance.getEntriesByName(MEASURE_NAME).length).toBe(slices);
  });

  it('records each batch of work as a performance measure', async () => {
    performance.clearMeasures(MEASURE_NAME);
    annotate('<p>The ICS.</p>');
    await vi.waitFor(() => expect(terms()).toEqual(['ICS']));
    expect(performance.getEntriesByName(MEASURE_NAME).length).toBeGreaterThan(0);
  });

  it('annotates only the first occurrence of each term when the reader asks', async () => {
    annotate('<p>The ICB and the ICS.</p><p>Another ICB and ICS.</p>', {
      firstOccurrenceOnly: true,
      hiddenTerms: [],
    });
    await vi.waitFor(() => expect(terms()).toEqual(['ICB', 'ICS']));
  });

  it('leaves out the terms the reader has hidden', async () => {
    annotate('<p>The ICB replaced the CCG.</p>', { firstOccurrenceOnly: false, hiddenTerms: ['CCG'] });
    await vi.waitFor(() => expect(terms()).toEqual(['ICB']));
  });
});

describe('Annotator and open shadow roots', () => {
  it('annotates inside the open shadow root of a component whose host is scanned as a whole', async () => {
    document.body.innerHTML = NHS_INTRO;
    const card = document.createElement('notice-card');
    card.attachShadow({ mode: 'open' }).innerHTML = '<p>Your ICB has changed.</p>';
    document.body.append(card);
    annotator = new Annotator(document, {
      entries: GLOSSARY.entries,
      matcher: createMatcher(ACRONYM_IDS),
      profile: readPageProfile(document, readOpening(document), GLOSSARY.entries),
      reading: DEFAULT_READING,
      onCountsChanged: () => {},
    });
    annotator.start();
    await vi.waitFor(() =>
      expect(card.shadowRoot?.querySelector('[data-nhs-term="ICB"]')?.textContent).toBe('ICB'),
    );
  });
});

describe('Annotator and pages that build around their own text nodes', () => {
  it('keeps the page’s order when it inserts a node right after a text node it split', async () => {
    annotate('<p id="contact">Contact the ICB today</p>');
    const paragraph = document.getElementById('contact') as HTMLElement;
    const node = paragraph.firstChild as Text;
    await vi.waitFor(() => expect(terms()).toEqual(['ICB']));
    const note = document.createElement('em');
    note.textContent = ' (updated)';
    node.after(note);
    await vi.waitFor(() => expect(paragraph.textContent).toBe('Contact the ICB today (updated)'));
    await vi.waitFor(() => expect(terms()).toEqual(['ICB']));
  });

  it('keeps the page’s order when it appends after the pieces of a split', async () => {
    annotate('<p id="list">The ICB and PCN</p>');
    const paragraph = document.getElementById('list') as HTMLElement;
    await vi.waitFor(() => expect(terms()).toEqual(['ICB', 'PCN']));
    paragraph.append(document.createTextNode(' met.'));
    await settle();
    expect(paragraph.textContent).toBe('The ICB and PCN met.');
    expect(terms()).toEqual(['ICB', 'PCN']);
  });
});
