// Judges one occurrence on a page given as blocks of text with section numbers, the way the
// content script hands occurrences to the context model in reading order. For context-model tests.

import { buildPageProfile, type Decision, decideOccurrence, findDefinitions } from '../../glossary/context';
import { GLOSSARY } from '../../glossary/index';

const { entries } = GLOSSARY;

export interface Block {
  section: number;
  text: string;
  /** The heading the block comes under. */
  heading?: string;
}

/**
 * Judges `term` (its `nth` occurrence, from 0) in the sentence starting `sentenceStart`, as the
 * content script would in reading order.
 */
export function judge(
  title: string,
  blocks: Block[],
  term: string,
  sentenceStart: string,
  pageDate?: string,
  nth = 0,
): Decision {
  const sample = blocks.map((block) => block.text).join('\n');
  const profile = buildPageProfile({
    title,
    headings: '',
    sample,
    ...(pageDate ? { pageDate } : {}),
    definitions: findDefinitions(sample, entries),
  });
  const at = blocks.findIndex((block) => block.text.includes(sentenceStart));
  const block = blocks[at];
  if (!block) throw new Error(`no block holds "${sentenceStart}"`);
  const definitionsBefore = blocks
    .slice(0, at)
    .flatMap((earlier) =>
      findDefinitions(earlier.text, entries).map((found) => ({ ...found, section: earlier.section })),
    )
    .filter((definition) => definition.term === term);
  const from = block.text.indexOf(sentenceStart);
  const end = block.text.slice(from).search(/[.!?](\s|$)/);
  const sentence = block.text.slice(from, end < 0 ? undefined : from + end + 1);
  return decideOccurrence(
    term,
    {
      sentence,
      sentenceOffset: nthIndexOf(sentence, term, nth),
      paragraph: block.text,
      section: block.section,
      heading: block.heading,
      definitionsBefore,
    },
    profile,
    entries,
  );
}

function nthIndexOf(text: string, part: string, nth: number): number {
  let at = text.indexOf(part);
  for (let count = 0; count < nth && at >= 0; count++) at = text.indexOf(part, at + 1);
  return at;
}
