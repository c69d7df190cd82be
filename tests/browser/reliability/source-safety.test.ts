// The extension writes no HTML strings into any page or its own pages: every node it makes is
// built with createElement/textContent or by Preact from components, never parsed from markup.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE_DIRS = ['entrypoints', 'components'];

const HTML_SINKS: [string, RegExp][] = [
  ['innerHTML', /\.innerHTML\b/],
  ['outerHTML', /\.outerHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['setHTMLUnsafe', /\b(?:set|parse)HTMLUnsafe\b/],
  ['srcdoc', /\bsrcdoc\b/],
];

// Comments may name the sinks (to say they are not used); code may not.
const withoutComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

function sourceFiles(): string[] {
  return SOURCE_DIRS.flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|tsx|html)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name)),
  );
}

describe('source code', () => {
  it('has sources to check', () => {
    expect(sourceFiles().length).toBeGreaterThan(10);
  });

  it('never turns strings into HTML', () => {
    const findings = sourceFiles().flatMap((file) => {
      const code = withoutComments(readFileSync(file, 'utf8'));
      return HTML_SINKS.filter(([, pattern]) => pattern.test(code)).map(([name]) => `${name} in ${file}`);
    });
    expect(findings).toEqual([]);
  });
});
