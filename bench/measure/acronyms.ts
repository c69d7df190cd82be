// The acronyms the extension looks for, read from the glossary's entry files (the glossary's
// modules use extensionless imports, which plain Node cannot load), and one pattern for them.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTRIES_DIR = 'glossary/entries';
const ACRONYM_ENTRY = /^ {2}id: '([^']+)',\n {2}kind: 'acronym'/m;

export function readAcronymIds(): string[] {
  const ids = readdirSync(ENTRIES_DIR)
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .flatMap((file) => ACRONYM_ENTRY.exec(readFileSync(join(ENTRIES_DIR, file), 'utf8'))?.slice(1, 2) ?? []);
  if (ids.length < 10)
    throw new Error(`Found only ${ids.length} acronyms in ${ENTRIES_DIR}; has the entry format changed?`);
  return ids;
}

/**
 * The same whole-word rule as glossary/matcher.ts (plurals and possessives allowed after the
 * letters, no file names or longer tokens), as a source string for `new RegExp(source, 'gu')`.
 */
export function acronymPatternSource(ids: readonly string[]): string {
  const token = '[\\p{L}\\p{N}_&@#\\\\]';
  const alternatives = [...ids]
    .sort((a, b) => b.length - a.length)
    .map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const suffix = "(?:s'|s\u2019|'s|\u2019s|s)?";
  return `(?<!${token}|\\.)(?:${alternatives})(?=${suffix}(?!${token}|\\.[\\p{L}\\p{N}]|'[\\p{L}]))`;
}
