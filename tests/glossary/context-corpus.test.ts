// The context model's fast feedback loop: its verdicts on the labelled corpus's tune pages, as
// precision, recall and sense accuracy. Heldout pages are never read here; the browser eval
// measures those.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mayBeAboutHealth, SAMPLE_CHARS } from '../../entrypoints/content/page-profile-reader';
import { buildPageProfile, decideOccurrence, findDefinitions, hasNhsContext } from '../../glossary/context';
import { sentenceAround } from '../../glossary/context/sentence';
import { ACRONYM_IDS, GLOSSARY } from '../../glossary/index';
import { createMatcher } from '../../glossary/matcher';
import type { Label } from '../corpus/labels';
import { type CorpusPage, readCorpusPage } from './corpus-text';

const corpusDir = fileURLToPath(new URL('../corpus/', import.meta.url));
const manifest: { file: string; split: string; topic: string }[] = JSON.parse(
  readFileSync(`${corpusDir}manifest.json`, 'utf8'),
);
const tunePages = manifest.filter((row) => row.split === 'tune');
const { entries } = GLOSSARY;
const matcher = createMatcher(ACRONYM_IDS);

interface Verdict {
  file: string;
  label: Label;
  annotate: boolean;
  sense?: string;
  reason: string;
  sentence: string;
}

function judgePage(file: string, page: CorpusPage, url?: string): Verdict[] {
  // The opening as the content script reads it (page-profile-reader.ts): as long, and joined alike.
  const sample = page.blocks
    .map((block) => block.text)
    .join(' ')
    .slice(0, SAMPLE_CHARS);
  const profile = buildPageProfile({
    title: page.title,
    headings: page.headings,
    sample,
    ...(url ? { url } : {}),
    ...(page.date ? { pageDate: page.date } : {}),
    definitions: findDefinitions(`${page.title}\n${sample}`, entries),
  });
  // The content script's two page gates: a cheap look for health words, then the profile's.
  const nhsPage =
    mayBeAboutHealth({ title: page.title, headings: page.headings, sample }) &&
    hasNhsContext(profile, entries);
  const seen: typeof profile.definitions = [];
  const verdicts: Verdict[] = page.skipped.map((label) => ({
    file,
    label,
    annotate: false,
    reason: 'skipped element',
    sentence: '',
  }));
  for (const block of page.blocks) {
    const inBlock = findDefinitions(block.text, entries).map((found) => ({
      ...found,
      section: block.section,
    }));
    const matched = new Set(matcher.find(block.text).map((match) => match.start));
    for (const { label, offset } of block.occurrences) {
      if (!ACRONYM_IDS.includes(label.term)) continue;
      if (!matched.has(offset)) {
        verdicts.push({ file, label, annotate: false, reason: 'matcher: not the acronym', sentence: '' });
        continue;
      }
      const { sentence, sentenceOffset } = sentenceAround(block.text, offset);
      const before = [...seen, ...inBlock.filter((definition) => definition.index <= offset)];
      const decision = nhsPage
        ? decideOccurrence(
            label.term,
            {
              sentence,
              sentenceOffset,
              paragraph: block.text,
              section: block.section,
              heading: block.heading,
              definitionsBefore: before.filter((d) => d.term === label.term),
            },
            profile,
            entries,
          )
        : { annotate: false as const, reason: 'page has no NHS context' };
      verdicts.push({ file, label, sentence, ...decision });
    }
    seen.push(...inBlock);
  }
  return verdicts;
}

const verdicts = tunePages.flatMap((row) =>
  judgePage(row.file, readCorpusPage(readFileSync(`${corpusDir}${row.file}`, 'utf8'))),
);
const judged = verdicts.filter((verdict) => ACRONYM_IDS.includes(verdict.label.term));

function scores() {
  const truePositives = judged.filter((v) => v.annotate && v.label.annotate).length;
  const predicted = judged.filter((v) => v.annotate).length;
  const actual = judged.filter((v) => v.label.annotate).length;
  const withSense = judged.filter((v) => v.label.annotate && (v.label.sense || v.label.undecided));
  const senseRight = withSense.filter(
    (v) => v.annotate && (v.label.undecided ? v.sense === undefined : v.sense === v.label.sense),
  );
  const senseAccuracyOf = (term: string) => {
    const ofTerm = withSense.filter((v) => v.label.term === term);
    return `${ofTerm.filter((v) => senseRight.includes(v)).length}/${ofTerm.length}`;
  };
  return {
    precision: predicted === 0 ? 1 : truePositives / predicted,
    recall: actual === 0 ? 1 : truePositives / actual,
    senseAccuracy: withSense.length === 0 ? 1 : senseRight.length / withSense.length,
    icpSenses: senseAccuracyOf('ICP'),
    stpSenses: senseAccuracyOf('STP'),
    counts: {
      occurrences: judged.length,
      predicted,
      actual,
      truePositives,
      senses: withSense.length,
      sensesRight: senseRight.length,
    },
  };
}

function mistakes(): string[] {
  return judged
    .filter(
      (v) =>
        v.annotate !== v.label.annotate ||
        (v.annotate &&
          (v.label.undecided ? v.sense !== undefined : v.label.sense && v.sense !== v.label.sense)),
    )
    .map(
      (v) =>
        `${v.file} ${v.label.term} want ${v.label.annotate ? (v.label.sense ?? (v.label.undecided ? '?' : 'yes')) : 'no'}, got ${v.annotate ? (v.sense ?? 'yes') : 'no'}: "${v.sentence.slice(0, 90)}" — ${v.reason}`,
    );
}

describe('context model on the tune split of the corpus', () => {
  const result = scores();
  console.log(`tune split: ${tunePages.length} pages`, JSON.stringify(result, null, 1));
  for (const line of mistakes()) console.log(`  miss: ${line}`);

  it('reads every tune page and judges the glossary acronyms on it', () => {
    expect(tunePages.length).toBeGreaterThan(0);
    expect(judged.length).toBeGreaterThan(tunePages.length);
  });

  // The tune split holds every held-out set after its one scoring, the hardest pages included
  // (meanings of the letters that writers went looking for); these floors sit just under what the
  // model reaches on it, to catch a step backwards. The seventeenth set, folded in at 0.960 recall,
  // brought the recall floor down from 0.988.
  it('annotates with precision of at least 0.987 and recall of at least 0.986', () => {
    expect(result.precision).toBeGreaterThanOrEqual(0.987);
    expect(result.recall).toBeGreaterThanOrEqual(0.986);
  });
});
