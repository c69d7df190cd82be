// Picks which NHS sense a multi-sense acronym carries (ICP partnership or provider, STP plan or
// partnership) from nearby words and the page's date; leaves it open when they do not decide.

import type { IsoDate } from '../types';
import { describe, findNear, type Local, round, weigh } from './evidence';
import type { EntrySignals } from './signals';
import type { TermSignals } from './types';

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
const ERA_WEIGHT = 1.5;
// Less than this between the two best senses, and the context has not decided.
const DECISIVE_MARGIN = 1;

export interface SenseChoice {
  sense?: string;
  why: string;
}

export function chooseSense(signals: EntrySignals, local: Local, page: TermSignals, pageDate?: IsoDate): SenseChoice {
  if (signals.senses.length < 2) return { why: 'one sense' };
  const eraSense = senseOfEra(signals.entry.id, pageDate);
  const scored = signals.senses
    .map((sense) => {
      const found = findNear(local, sense.words, page.senses[sense.id] ?? []);
      const era = sense.id === eraSense ? ERA_WEIGHT : 0;
      return { id: sense.id, score: weigh(found) + era, why: `${describe(found)}${era ? `; dated ${pageDate}` : ''}` };
    })
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  const summary = scored.map((sense) => `${sense.id} ${round(sense.score)} (${sense.why})`).join(' vs ');
  if (!best || best.score - (second?.score ?? 0) < DECISIVE_MARGIN) return { why: `sense open: ${summary}` };
  return { sense: best.id, why: summary };
}

/** The sense a page of this date most likely means, if its date says anything. */
export function senseOfEra(entryId: string, pageDate?: IsoDate): string | undefined {
  if (!pageDate) return undefined;
  const month = pageDate.length >= 7 ? pageDate.slice(0, 7) : undefined;
  const earliest = month ?? `${pageDate.slice(0, 4)}-01`;
  const latest = month ?? `${pageDate.slice(0, 4)}-12`;
  const era = ERAS[entryId]?.find(
    (candidate) =>
      (candidate.from === undefined || earliest >= candidate.from) &&
      (candidate.until === undefined || latest < candidate.until),
  );
  return era?.sense;
}
