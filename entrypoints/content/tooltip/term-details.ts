// What the tooltip needs to know about one annotated occurrence: its entry, the sense the
// annotator chose, and any count the sentence around it states for the acronym.

import { findCountClaims } from '../../../glossary/counts';
import { findEntry } from '../../../glossary/index';
import type { Entry } from '../../../glossary/types';
import { readLocalText } from '../occurrence-context';
import { WRAPPER_TAG } from '../wrapper-element';

export const TERM_SELECTOR = `${WRAPPER_TAG}[data-nhs-term]`;

export interface TermDetails {
  entry: Entry;
  senseId?: string;
  pageCounts: number[];
}

/** The annotated term `target` is or sits in, if any. */
export function termAt(target: EventTarget | null | undefined): HTMLElement | undefined {
  // nodeType rather than instanceof: targets can come from another realm (frames, content-script Xrays).
  const node = target as Node | null | undefined;
  const element = node?.nodeType === 1 ? (node as Element) : node?.nodeType === 3 ? node.parentElement : null;
  return (element?.closest(TERM_SELECTOR) as HTMLElement | null) ?? undefined;
}

function countsNear(term: HTMLElement, acronym: string): number[] {
  const text = term.firstChild;
  if (!text || text.nodeType !== Node.TEXT_NODE) return [];
  const { sentence } = readLocalText(text as Text, 0);
  return findCountClaims(sentence, acronym).map((claim) => claim.value);
}

export function readTermDetails(term: HTMLElement): TermDetails | undefined {
  const entry = findEntry(term.getAttribute('data-nhs-term') ?? '');
  if (!entry) return undefined;
  const senseId = term.getAttribute('data-nhs-sense') ?? undefined;
  return { entry, ...(senseId ? { senseId } : {}), pageCounts: countsNear(term, entry.id) };
}
