// `npm run eval`: loads the built extension in Chromium over the labelled corpus and prints
// precision, recall and sense accuracy, page by page and in total, for the tuned and the
// held-out pages separately. Writes the figures to .output/eval.json. EVAL_SPLIT=heldout (or tune)
// scores one split alone: a new held-out set can be scored without re-running the tuned pages.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launch } from '../tests/browser/harness.ts';
import { startServer } from '../tests/browser/server.ts';
import { findAcronymOccurrences, type Label, parseLabelledPage } from '../tests/corpus/labels.ts';
import { emptyScore, type Prediction, type Score, scorePage, summarise } from './eval-score.ts';

interface ManifestEntry {
  file: string;
  split: 'tune' | 'heldout';
  topic: string;
}

const CORPUS = 'tests/corpus';
const SPLIT = process.env.EVAL_SPLIT;
const manifest: ManifestEntry[] = (
  JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as ManifestEntry[]
).filter((entry) => SPLIT === undefined || entry.split === SPLIT);

// Most of a page's time is spent waiting for the engine to settle, not computing, so several
// tabs at once share the machine's cores well: on two cores, 300 pages took 64 s in three tabs,
// 39 s in six and 34 s in ten, with the same verdicts. Every tab is its own window, so none is
// hidden and throttled as a background tab would be.
const TABS = Number(process.env.EVAL_TABS ?? 6);

const server = await startServer();
const extension = await launch('chromium');
const rows: { file: string; split: string; score: Score; problems: string[] }[] = [];
let next = 0;
await Promise.all(Array.from({ length: TABS }, () => scoreInOneTab()));
await extension.close();
await server.close();

const totals = { tune: emptyScore(), heldout: emptyScore(), all: emptyScore() };
console.log('page'.padEnd(44), 'split'.padEnd(8), 'P'.padStart(6), 'R'.padStart(6), 'sense'.padStart(8));
for (const row of rows) {
  const s = summarise(row.score);
  console.log(
    row.file.padEnd(44),
    row.split.padEnd(8),
    s.precision.padStart(6),
    s.recall.padStart(6),
    s.senses.padStart(8),
  );
  for (const problem of row.problems) console.log(`    ${problem}`);
  for (const key of [row.split as 'tune' | 'heldout', 'all' as const]) addInto(totals[key], row.score);
}
console.log('');
for (const [name, score] of Object.entries(totals)) {
  if (score.labels === 0) continue;
  const s = summarise(score);
  console.log(
    `${name.padEnd(8)} occurrences ${score.labels}  precision ${s.precision}  recall ${s.recall}  ` +
      `ICP sense ${s.icp}  STP sense ${s.stp}`,
  );
}
mkdirSync('.output', { recursive: true });
writeFileSync('.output/eval.json', JSON.stringify({ rows, totals }, null, 2));

/** Takes the next unscored page of the manifest until none is left; rows keep the manifest's order. */
async function scoreInOneTab(): Promise<void> {
  const page = await extension.browser.newPage({ type: 'window' });
  // A tall window puts every line of a corpus page near the viewport, so all of it is decided.
  await page.setViewport({ width: 1200, height: 12_000 });
  for (let at = next++; at < manifest.length; at = next++) {
    const entry = manifest[at] as ManifestEntry;
    const { html, labels } = parseLabelledPage(readFileSync(join(CORPUS, entry.file), 'utf8'));
    const path = `/corpus/${entry.file}`;
    server.route(path, html);
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    rows[at] = { file: entry.file, split: entry.split, ...scorePage(labels, await readPredictions(page)) };
  }
  await page.close();
}

/** Waits for the engine to settle, then reads every acronym occurrence in the body in order. */
async function readPredictions(page: Page): Promise<Prediction[]> {
  let previous = -1;
  for (let tries = 0; tries < 40; tries++) {
    await new Promise((done) => setTimeout(done, 100));
    const count = await page.evaluate(() => document.querySelectorAll('[data-nhs-term]').length);
    if (count === previous && tries >= 4) break;
    previous = count;
  }
  const texts = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: { text: string; term: string | null; sense: string | null }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const wrapper = node.parentElement?.closest('[data-nhs-term]');
      found.push({
        text: (node as Text).data,
        term: wrapper?.getAttribute('data-nhs-term') ?? null,
        sense: wrapper?.getAttribute('data-nhs-sense') ?? null,
      });
    }
    return found;
  });
  return texts.flatMap(({ text, term, sense }) =>
    findAcronymOccurrences(text).map((occurrence) => ({
      term: occurrence.term,
      annotated: term === occurrence.term,
      sense: sense ?? undefined,
    })),
  );
}

function addInto(total: Score, score: Score): void {
  for (const key of Object.keys(total) as (keyof Score)[]) total[key] += score[key];
}

export type { Label };
