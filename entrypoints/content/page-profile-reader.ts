// Reads what the context model needs to know about the whole page, cheaply and once: title,
// headings, a sample of the opening prose and its in-page definitions. No layout is forced.

import { buildPageProfile, type Definition, findDefinitions, type PageProfile } from '../../glossary/context';
import type { Entry, IsoDate } from '../../glossary/types';
import { isSkippedElement } from './skip-rules';

// Enough prose to tell what a page is about; reading and weighing it is the page's fixed cost.
export const SAMPLE_CHARS = 5_000;
const HEADING_TAGS = new Set(['H1', 'H2', 'H3']);

/** What a reader sees first: title, description, and the headings and prose of the opening. */
export interface PageOpening {
  title: string;
  headings: string;
  sample: string;
}

/**
 * One bounded walk from the top of the body. Headings are taken from the same walk, so a long
 * page is never searched as a whole (a selector query over 100,000 nodes costs tens of ms).
 */
export function readOpening(doc: Document): PageOpening {
  const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  const texts: string[] = [];
  const headings: string[] = [];
  let length = 0;
  if (doc.body) {
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && length < SAMPLE_CHARS; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (HEADING_TAGS.has((node as Element).tagName)) headings.push(node.textContent ?? '');
        continue;
      }
      const parent = node.parentElement;
      if (parent && isSkippedElement(parent)) continue;
      texts.push((node as Text).data);
      length += (node as Text).data.length;
    }
  }
  return {
    title: `${doc.title}\n${description}`,
    headings: headings.join('\n'),
    sample: texts.join(' ').slice(0, SAMPLE_CHARS),
  };
}

// Words without which a page cannot be about the NHS. A page with none of them in its title,
// description, headings and opening is left alone before the (dearer) profile is built, so the
// list must hold every strong NHS word the profile's gate would open on (vocabulary.ts) that
// "health" or "care" is not part of. "A&E" counts on its own: a page about anything at all can
// send someone there.
const HEALTH_HINT =
  /(?:\bA&E\b|\b(?:NHS|health|healthcare|care|GPs?|patients?|hospitals?|clinical|clinicians?|medical|doctors?|nurses?|midwi(?:fe|ves)|maternity|ambulances?|pharmac(?:y|ies|ists?)|ICBs?|ICSs?|CCGs?|PCNs?|NHSE|CQC|DHSC|VCSE|commissioning|commissioners?|local authority|sustainability and transformation)\b)/i;

/** Cheap first look: could this page be about health and care at all? */
export function mayBeAboutHealth(opening: PageOpening): boolean {
  return HEALTH_HINT.test(`${opening.title}\n${opening.headings}\n${opening.sample}`);
}

/** The opening's own expansions; a title often spells out what the page is about: "Lipid transfer protein (LTP) allergy". */
export function findOpeningDefinitions(opening: PageOpening, entries: Entry[]): Definition[] {
  return findDefinitions(`${opening.title}\n${opening.sample}`, entries);
}

export function readPageProfile(
  doc: Document,
  opening: PageOpening,
  entries: Entry[],
  pageDate?: IsoDate,
  definitions: Definition[] = findOpeningDefinitions(opening, entries),
): PageProfile {
  return buildPageProfile({ ...opening, url: doc.location?.href, pageDate, definitions });
}
