// The messages the extension's parts send each other, and checks on what arrives. Only the
// extension's own contexts can reach these listeners; the checks guard against our own bugs
// and stale versions after an update, not against pages.

import type { PageState } from '../entrypoints/content/session';
import type { PageDates } from '../glossary/page-date';

export interface TermCount {
  term: string;
  count: number;
}

export interface PageReport {
  /** The page's hostname, for the site switch when the browser does not show the tab's address. */
  host: string;
  state: PageState;
  terms: TermCount[];
  dates?: PageDates;
}

export type ContentRequest = { type: 'page-report' } | { type: 'next-term' };

export type BackgroundRequest =
  | { type: 'counts'; total: number }
  | { type: 'open-entry'; term: string; sense?: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export function asContentRequest(message: unknown): ContentRequest | undefined {
  if (!isRecord(message)) return undefined;
  if (message.type === 'page-report' || message.type === 'next-term') return { type: message.type };
  return undefined;
}

export function asBackgroundRequest(message: unknown): BackgroundRequest | undefined {
  if (!isRecord(message)) return undefined;
  if (message.type === 'counts' && typeof message.total === 'number' && message.total >= 0) {
    return { type: 'counts', total: Math.floor(message.total) };
  }
  if (message.type === 'open-entry' && typeof message.term === 'string') {
    const sense = typeof message.sense === 'string' ? message.sense : undefined;
    return { type: 'open-entry', term: message.term, sense };
  }
  return undefined;
}

/** The popup page's address for one entry, used by "More" and the context menu. */
export const entryHash = (term: string, sense?: string): string =>
  `#entry=${encodeURIComponent(term)}${sense ? `&sense=${encodeURIComponent(sense)}` : ''}`;
