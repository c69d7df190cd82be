// Reads what the context model needs to know about the whole page, cheaply and once: title,
// headings, a sample of the opening prose and its in-page definitions. No layout is forced.

import { buildPageProfile, findDefinitions, type PageProfile } from '../../glossary/context';
import type { Entry, IsoDate } from '../../glossary/types';
import { isSkippedElement } from './skip-rules';

// Enough prose to tell what a page is about; reading and weighing it is the page's fixed cost.
const SAMPLE_CHARS = 12_000;
const MAX_HEADINGS = 40;

function readSample(root: Node, limit: number): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < limit; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && isSkippedElement(parent)) continue;
    const text = (node as Text).data;
    parts.push(text);
    length += text.length;
  }
  return parts.join(' ').slice(0, limit);
}

function readHeadings(doc: Document): string {
  const headings = doc.querySelectorAll('h1,h2,h3');
  const texts: string[] = [];
  for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) {
    texts.push(headings[i]?.textContent ?? '');
  }
  return texts.join('\n');
}

// Words without which a page cannot be about the NHS. A page with none of them in its title,
// description, headings and opening is left alone before the (dearer) profile is built.
const HEALTH_HINT =
  /\b(?:NHS|health|healthcare|care|GPs?|patients?|hospitals?|clinical|medical|doctors?|nurses?|ICBs?|ICSs?|CCGs?|PCNs?|commissioning)\b/i;
const HINT_SAMPLE_CHARS = 3000;

/** Cheap first look: could this page be about health and care at all? */
export function mayBeAboutHealth(doc: Document): boolean {
  const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  const opening = doc.body ? readSample(doc.body, HINT_SAMPLE_CHARS) : '';
  return HEALTH_HINT.test(`${doc.title}\n${description}\n${readHeadings(doc)}\n${opening}`);
}

export function readPageProfile(doc: Document, entries: Entry[], pageDate?: IsoDate): PageProfile {
  const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  const sample = doc.body ? readSample(doc.body, SAMPLE_CHARS) : '';
  return buildPageProfile(
    {
      title: `${doc.title}\n${description}`,
      headings: readHeadings(doc),
      sample,
      url: doc.location?.href,
      pageDate,
      definitions: findDefinitions(sample, entries),
    },
    entries,
  );
}
