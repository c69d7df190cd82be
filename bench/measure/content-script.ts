// The built content script the bench measures: where it is, its size, and a clear stop when
// there is no build to measure.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ContentScriptInfo {
  path: string;
  bytes: number;
  gzipBytes: number;
  /** Identifies the build measured, so results from different builds are not compared unawares. */
  sha256: string;
}

export function readContentScript(): ContentScriptInfo {
  const outDir = process.env.NHS_GLOSSARY_OUT_DIR ?? '.output';
  const path = resolve(join(outDir, 'chrome-mv3', 'content-scripts', 'content.js'));
  if (!existsSync(path)) {
    const prefix = process.env.NHS_GLOSSARY_OUT_DIR ? `NHS_GLOSSARY_OUT_DIR=${outDir} ` : '';
    throw new Error(`No built extension at ${path}.\nBuild it first: ${prefix}npx wxt build`);
  }
  const source = readFileSync(path);
  return {
    path,
    bytes: source.length,
    gzipBytes: gzipSync(source, { level: 9 }).length,
    sha256: createHash('sha256').update(source).digest('hex').slice(0, 16),
  };
}
