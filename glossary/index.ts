// The bundled glossary and the look-ups the rest of the extension uses to reach an entry or sense.
import { ICS_ICP_COMPARISON } from './comparison';
import { ENTRIES } from './entries';
import { SOURCES } from './sources';
import type { Entry, Glossary, Sense } from './types';

export const GLOSSARY: Glossary = {
  version: '2026.11.0',
  reviewed: '2026-11-23',
  entries: ENTRIES,
  sources: SOURCES,
  comparison: ICS_ICP_COMPARISON,
};

/** Ids of the entries that are annotated on pages (acronyms, not plain terms). */
export const ACRONYM_IDS: string[] = ENTRIES.filter((entry) => entry.kind === 'acronym').map(
  (entry) => entry.id,
);

const entriesByLowerId = new Map(ENTRIES.map((entry) => [entry.id.toLowerCase(), entry]));

/** The entry with this id, ignoring case, so `ics` and `A&E` both resolve. */
export function findEntry(id: string): Entry | undefined {
  return entriesByLowerId.get(id.trim().toLowerCase());
}

/** The named sense of an entry, or its first (main) sense when no sense id is given. */
export function findSense(entryId: string, senseId?: string): Sense | undefined {
  const senses = findEntry(entryId)?.senses ?? [];
  return senseId === undefined ? senses[0] : senses.find((sense) => sense.id === senseId);
}
