// Picks which NHS sense a multi-sense acronym carries (ICP partnership or provider, STP plan or
// partnership) from nearby words, years and the page's date. When they do not decide, it takes the
// sense the glossary calls the usual reading (STP's partnership), or else leaves the sense open.

import type { IsoDate } from '../types';
import { describe, type Found, findNear, type Local, onlyExpansion, round, weigh } from './found';
import { joined } from './lists';
import { remembered } from './remember';
import type { EntrySignals, SenseSignals } from './signals';
import type { Definition, TermSignals } from './types';
import { NO_WORDS, phrasesIn, type WordIndex } from './words';

interface Era {
  sense: string;
  /** First month (`YYYY-MM`) the sense is the likely reading. */
  from?: string;
  /** First month it no longer is. */
  until?: string;
}

// From the fact sheet: "ICP" meant the provider contract model until the Sep 2021 engagement
// document on partnerships, and the statutory partnership from Jul 2022. STPs were plans in
// 2016 and were called partnerships from 2017.
const ERAS: Record<string, Era[]> = {
  ICP: [
    { sense: 'provider', until: '2021-09' },
    { sense: 'partnership', from: '2022-07' },
  ],
  STP: [
    { sense: 'plan', until: '2017-01' },
    { sense: 'partnership', from: '2017-01' },
  ],
};
const PAGE_DATE_WEIGHT = 1.5;
// A title that spells out one sense says what the page is about, a little more than its date does.
const TITLE_WEIGHT = 3;
// A place's name before the letters ("the Westmoor ICP") counts as a word of the sense's own in the sentence.
const PLACE_NAME_WEIGHT = 6;
// A page that spells out one sense by name and never the other has said which it writes about.
const NAMED_ALONE_WEIGHT = 1;
// Less than this between the two best senses, and the context has not decided.
const DECISIVE_MARGIN = 1;
const YEAR = /^(?:199|20[0-3])\d$/;

export interface SenseChoice {
  sense?: string;
  why: string;
}

export function chooseSense(
  signals: EntrySignals,
  local: Local,
  page: TermSignals,
  pageDate: IsoDate | undefined,
  definitions: readonly Definition[],
): SenseChoice {
  if (signals.senses.length < 2) return { why: 'one sense' };
  const contrasted = local.contrastedSense;
  if (contrasted) return { sense: contrasted, why: `${contrasted}, set apart from the other sense by name` };
  const dated = senseOfEra(signals.entry.id, pageDate);
  const spelledOut = sensesSpelledOut(signals.entry.id, page, definitions);
  const namedAlone = spelledOut.length === 1 ? spelledOut[0] : undefined;
  const scored = signals.senses
    .map((sense) => {
      const found = foundFor(sense, signals.entry.id, local, page, pageDate);
      const era = sense.id === dated ? PAGE_DATE_WEIGHT : 0;
      const title = titleSense(page) === sense.id ? TITLE_WEIGHT : 0;
      const place = local.namedByPlace && sense.namedAfterPlaces ? PLACE_NAME_WEIGHT : 0;
      const named = namedAlone === sense.id ? NAMED_ALONE_WEIGHT : 0;
      return {
        id: sense.id,
        score: weigh(found, onlyExpansion(sense.expansion)) + era + title + place + named,
        why: `${describe(found)}${era ? `; dated ${pageDate}` : ''}${title ? '; the title' : ''}${place ? '; a place names it' : ''}${named ? '; the only sense spelled out' : ''}`,
      };
    })
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  const summary = scored.map((sense) => `${sense.id} ${round(sense.score)} (${sense.why})`).join(' vs ');
  if (!best || best.score - (second?.score ?? 0) < DECISIVE_MARGIN) {
    const usual = signals.senses.find((sense) => sense.usualReading);
    return usual
      ? { sense: usual.id, why: `the usual reading, as nothing decides: ${summary}` }
      : { why: `sense open: ${summary}` };
  }
  return { sense: best.id, why: summary };
}

/** The senses the page spells out, in running text or in a definition of the letters. */
function sensesSpelledOut(term: string, page: TermSignals, definitions: readonly Definition[]): string[] {
  const defined = definitions.flatMap(({ term: of, meaning }) =>
    of === term && meaning.kind === 'sense' ? [meaning.senseId] : [],
  );
  return [...new Set([...page.namedSenses, ...defined])];
}

/** The one sense the page's title spells out, if it spells out one. */
export function titleSense(page: TermSignals): string | undefined {
  return page.namedInTitle.length === 1 ? page.namedInTitle[0] : undefined;
}

/** The sense's distinctive words near the occurrence and on the page, and years of its era in the sentence. */
function foundFor(
  sense: SenseSignals,
  entryId: string,
  local: Local,
  page: TermSignals,
  pageDate?: IsoDate,
): Found {
  const found = findNear(local, sense.distinctive, distinctiveOnPage(sense, page));
  // A page that spells out two senses says nothing, as a whole, about which one an occurrence means.
  const pageSpeaksOfBoth = page.namedSenses.length > 1;
  return {
    beside: local.after ? joined(found.beside, phrasesIn(local.after, sense.besideWords)) : found.beside,
    sentence: joined(found.sentence, yearsOfSense(local.sentence, entryId, sense.id, pageDate)),
    paragraph: found.paragraph,
    heading: found.heading,
    page: pageSpeaksOfBoth ? NO_WORDS : found.page,
  };
}

const distinctiveByPage = new WeakMap<TermSignals, Map<SenseSignals, readonly string[]>>();
const newBySense = () => new Map<SenseSignals, readonly string[]>();

/** The sense's distinctive words that the page has, worked out once per page and sense. */
function distinctiveOnPage(sense: SenseSignals, page: TermSignals): readonly string[] {
  return remembered(remembered(distinctiveByPage, page, newBySense), sense, distinctiveWordsOn, page);
}

function distinctiveWordsOn(sense: SenseSignals, page: TermSignals): readonly string[] {
  const distinctive = new Set(sense.distinctive.map((word) => word.text));
  return (page.senses[sense.id] ?? NO_WORDS).filter((word) => distinctive.has(word));
}

/**
 * Years written in the text ("in 2016 each STP…") that fall in the sense's era. Years after the
 * page was written are forecasts ("£312 million short by 2020/21"), not the time it speaks of.
 */
export function yearsOfSense(
  index: WordIndex,
  entryId: string,
  senseId: string,
  pageDate?: IsoDate,
): readonly string[] {
  const written = pageDate?.slice(0, 4);
  let years: string[] | undefined;
  for (const word of index.positions.keys()) {
    if (!YEAR.test(word) || (written !== undefined && word > written)) continue;
    if (senseOfEra(entryId, word) !== senseId) continue;
    if (years) years.push(word);
    else years = [word];
  }
  return years ?? NO_WORDS;
}

/** Whether `sense`'s era came before `other`'s: the provider before the partnership. */
export function eraCameBefore(entryId: string, sense: string, other: string): boolean {
  const eras = ERAS[entryId]?.map((era) => era.sense) ?? [];
  const at = eras.indexOf(sense);
  return at >= 0 && at < eras.indexOf(other);
}

/** The sense a page of this date most likely means, if its date says anything. */
export function senseOfEra(entryId: string, date?: IsoDate): string | undefined {
  if (!date) return undefined;
  const month = date.length >= 7 ? date.slice(0, 7) : undefined;
  const earliest = month ?? `${date.slice(0, 4)}-01`;
  const latest = month ?? `${date.slice(0, 4)}-12`;
  const era = ERAS[entryId]?.find(
    (candidate) =>
      (candidate.from === undefined || earliest >= candidate.from) &&
      (candidate.until === undefined || latest < candidate.until),
  );
  return era?.sense;
}
