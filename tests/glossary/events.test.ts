import { describe, expect, it } from 'vitest';
import { compareIsoDates, eventsSince, isCertainlyAfter, isIsoDate, timeline } from '../../glossary/events';
import { GLOSSARY } from '../../glossary/index';
import type { DatedEvent, Sense } from '../../glossary/types';
import { ccgSense, icsSense } from '../fixtures/glossary-fixture';

function withEvents(events: Pick<DatedEvent, 'date' | 'importance' | 'text'>[]): Sense {
  return { ...icsSense, events: events.map((e) => ({ ...e, kind: 'changed', sources: ['S1'] })) };
}

describe('isCertainlyAfter', () => {
  it('counts a year-only event as after a page from an earlier year', () => {
    expect(isCertainlyAfter('2022', '2021-05-10')).toBe(true);
  });

  it('does not count a year-only event as after a page dated within that year', () => {
    expect(isCertainlyAfter('2022', '2022-03-01')).toBe(false);
    expect(isCertainlyAfter('2022-07-01', '2022')).toBe(false);
  });

  it('compares month precision with day precision', () => {
    expect(isCertainlyAfter('2022-07-01', '2022-03')).toBe(true);
    expect(isCertainlyAfter('2022-03', '2022-03-31')).toBe(false);
    expect(isCertainlyAfter('2022-04', '2022-03-31')).toBe(true);
  });

  it('does not count the same day as after', () => {
    expect(isCertainlyAfter('2022-07-01', '2022-07-01')).toBe(false);
  });
});

describe('eventsSince', () => {
  it('lists only what happened after the page was written', () => {
    const texts = eventsSince(ccgSense, '2020-01-15').map((e) => e.text);
    expect(texts).toEqual(['abolished; duties passed to ICBs']);
  });

  it('puts the most important first, then the most recent', () => {
    const dates = eventsSince(icsSense, '2017-06-01').map((e) => `${e.importance} ${e.date}`);
    expect(dates).toEqual([
      '1 2026-04-01',
      '1 2022-07-01',
      '2 2021-04-01',
      '2 2018-02',
      '3 2020-04',
      '3 2018',
    ]);
  });

  it('keeps the written order of events that tie', () => {
    const sense = withEvents([
      { date: '2023-01', importance: 2, text: 'first written' },
      { date: '2023-01', importance: 2, text: 'second written' },
    ]);
    expect(eventsSince(sense, '2022').map((e) => e.text)).toEqual(['first written', 'second written']);
  });

  it('stops at the limit', () => {
    expect(eventsSince(icsSense, '2017-06-01', 2).map((e) => e.date)).toEqual(['2026-04-01', '2022-07-01']);
  });

  it('gives nothing for a page written after every event, or with an unreadable date', () => {
    expect(eventsSince(icsSense, '2026-05-01')).toEqual([]);
    expect(eventsSince(icsSense, 'last Tuesday')).toEqual([]);
  });

  it('leaves the sense unchanged', () => {
    const before = icsSense.events.map((e) => e.date);
    eventsSince(icsSense, '2000');
    timeline(icsSense);
    expect(icsSense.events.map((e) => e.date)).toEqual(before);
  });
});

describe('timeline', () => {
  it('orders events oldest first, a year before the months inside it', () => {
    const dates = timeline(icsSense).map((e) => e.date);
    expect(dates).toEqual(['2018', '2018-02', '2020-04', '2021-04-01', '2022-07-01', '2026-04-01']);
  });
});

describe('compareIsoDates', () => {
  it('sorts by the start of each period', () => {
    expect(['2022-07-01', '2021', '2022', '2021-12'].sort(compareIsoDates)).toEqual([
      '2021',
      '2021-12',
      '2022',
      '2022-07-01',
    ]);
  });
});

describe('events of the bundled glossary', () => {
  const senses = GLOSSARY.entries.flatMap((entry) => entry.senses);

  it('are all readable dates, so none drop out of timelines', () => {
    const unreadable = senses.flatMap((sense) => sense.events).filter((event) => !isIsoDate(event.date));
    expect(unreadable).toEqual([]);
  });

  it('come out of eventsSince after the page date, in order of importance then recency', () => {
    for (const sense of senses) {
      const since = eventsSince(sense, '2021-05-10');
      for (const event of since) expect(isCertainlyAfter(event.date, '2021-05-10')).toBe(true);
      for (let i = 1; i < since.length; i++) {
        const [earlier, later] = [since[i - 1], since[i]];
        if (!earlier || !later) continue;
        const inOrder =
          earlier.importance < later.importance ||
          (earlier.importance === later.importance && compareIsoDates(earlier.date, later.date) >= 0);
        expect(inOrder).toBe(true);
      }
    }
  });
});
