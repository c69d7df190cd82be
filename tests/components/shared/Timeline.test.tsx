// @vitest-environment happy-dom
// A sense's history, with the date of the page the reader came from marked on it.
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../../components/shared/Timeline';
import { findSense } from '../../../glossary/index';
import type { Sense } from '../../../glossary/types';
import { mount, texts } from '../render';

const ccg = findSense('CCG') as Sense;
const fixture: Sense = {
  ...ccg,
  events: [
    { date: '2022-07-01', kind: 'abolished', text: 'abolished', importance: 1, sources: [] },
    { date: '2013-04-01', kind: 'introduced', text: 'set up', importance: 1, sources: [] },
    { date: '2020-04', kind: 'count', count: 135, text: '135 after mergers', importance: 3, sources: [] },
  ],
};

describe('Timeline', () => {
  it('lists events oldest first with their dates in words', async () => {
    const view = await mount(<Timeline sense={fixture} />);
    expect(texts(view, 'li')).toEqual([
      '1 April 2013set up',
      'April 2020135 after mergers',
      '1 July 2022abolished',
    ]);
    expect(view.querySelector('.timeline-page')).toBeNull();
  });

  it('marks where the page was written and flags what came after', async () => {
    const view = await mount(<Timeline sense={fixture} pageDate="2018-05-24" />);
    const items = texts(view, 'li');
    expect(items[1]).toBe('24 May 2018This page was written');
    expect(texts(view, '.is-after-page')).toEqual([
      'April 2020135 after mergers (after this page was written)',
      '1 July 2022abolished (after this page was written)',
    ]);
  });

  it('puts the marker last for a page newer than every event', async () => {
    const view = await mount(<Timeline sense={fixture} pageDate="2024" />);
    expect(texts(view, 'li').at(-1)).toBe('2024This page was written');
    expect(view.querySelectorAll('.is-after-page')).toHaveLength(0);
  });
});
