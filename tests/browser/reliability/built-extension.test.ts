// Static checks on the built extension (both browsers): it asks for exactly the permissions it
// needs, loads no remote code, evaluates no strings, requests nothing remote, and Firefox's own
// linter (web-ext lint, run offline) finds no errors.

import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BROWSERS, extensionDir } from '../harness.ts';
import { recordPage } from './summary-log.ts';

const run = promisify(execFile);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(js|mjs|html|json)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Code that runs strings or opens channels: none of it belongs in this extension. */
const FORBIDDEN: [string, RegExp][] = [
  ['eval', /\beval\s*\(/],
  ['Function constructor', /\bnew\s+Function\s*\(|\bFunction\s*\(\s*[`'"]/],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*[`'"]/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['importScripts', /\bimportScripts\b/],
  ['remote import', /\bimport\s*\(\s*[`'"]https?:/],
  ['remote fetch', /\bfetch\s*\(\s*[`'"]https?:/],
  ['remote script or style', /<(?:script|link)\b[^>]*(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i],
];

// Vite's module-preload helper fetches the extension's own chunks, listed in its own HTML as
// <link rel=modulepreload href="/chunks/...">. Any other fetch is a request someone must explain.
const OWN_CHUNK_FETCH = /\bfetch\((\w+)\.href,\w+\)/g;

describe.each(BROWSERS)('the built %s extension', (browserName) => {
  const dir = extensionDir(browserName);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it('asks for storage, contextMenus and activeTab, plus its content script on all pages', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_scripts.map((script: { matches: string[] }) => script.matches)).toEqual([
      ['<all_urls>'],
    ]);
    // A custom CSP could only loosen the default one (remote scripts, eval).
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('contains no eval, no string-built code and no remote requests or scripts', () => {
    const findings: string[] = [];
    for (const file of filesUnder(dir)) {
      const text = readFileSync(file, 'utf8');
      for (const [name, pattern] of FORBIDDEN) if (pattern.test(text)) findings.push(`${name} in ${file}`);
      const fetches = text.match(/\bfetch\s*\(/g)?.length ?? 0;
      const ownChunkFetches = text.match(OWN_CHUNK_FETCH)?.length ?? 0;
      if (fetches > ownChunkFetches)
        findings.push(`${fetches - ownChunkFetches} unexplained fetch in ${file}`);
    }
    recordPage({
      browser: browserName,
      page: 'static scan of built files',
      errors: findings.length,
      restored: null,
    });
    expect(findings).toEqual([]);
  });
});

describe('web-ext lint on the Firefox build', () => {
  it('reports no errors', async () => {
    const { stdout } = await run(
      'npx',
      [
        'web-ext',
        'lint',
        '--source-dir',
        extensionDir('firefox'),
        '--output',
        'json',
        '--no-config-discovery',
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    ).catch((failure: { stdout: string }) => failure); // exits non-zero when it finds errors
    const report = JSON.parse(stdout) as {
      errors: { code: string; file: string }[];
      warnings: { code: string }[];
    };
    recordPage({
      browser: 'firefox',
      page: 'web-ext lint',
      errors: report.errors.length,
      restored: null,
      note: `warnings: ${report.warnings.map((warning) => warning.code).join(', ') || 'none'}`,
    });
    expect(report.errors).toEqual([]);
  }, 60_000);
});
