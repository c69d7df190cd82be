// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TooltipCard, type TooltipCardProps } from '../../../components/tooltip/TooltipCard';
import type { Entry } from '../../../glossary/types';
import { FIXTURE_ENTRIES } from '../../fixtures/glossary-fixture';

const entry = (id: string): Entry => {
  const found = FIXTURE_ENTRIES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no fixture entry ${id}`);
  return found;
};

let container: HTMLElement;

function show(props: Partial<TooltipCardProps> & { entry: Entry }): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(<TooltipCard id="tip" onMore={() => {}} {...props} />, container);
  return container;
}

const text = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((element) => element.textContent?.replace(/\s+/g, ' ').trim());

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('TooltipCard', () => {
  it('shows the acronym, its expansion and its short definition as a tooltip', () => {
    const card = show({ entry: entry('ICB') });
    const tooltip = card.querySelector('[role="tooltip"]');
    expect(tooltip?.id).toBe('tip');
    expect(text(card, '.title')).toEqual(['ICB Integrated Care Board']);
    expect(text(card, '.short')).toEqual([entry('ICB').senses[0]?.short]);
  });

  it('has no status line for a current term', () => {
    expect(show({ entry: entry('ICB') }).querySelector('.status')).toBeNull();
  });

  it('gives the status summary of a term that is no longer current', () => {
    expect(text(show({ entry: entry('CCG') }), '.status')).toEqual([
      'Abolished 1 July 2022, replaced by ICBs',
    ]);
  });

  it('says what a status means when the sense has no summary', () => {
    expect(text(show({ entry: entry('STP') }), '.status')).toEqual(['Now known by another name']);
  });

  it('shows every sense, each labelled, when the page did not settle which one', () => {
    const card = show({ entry: entry('ICP') });
    expect(text(card, '.title')).toEqual(['ICP has 2 meanings here']);
    expect(text(card, '.sense-label')).toEqual([
      '1. Integrated Care Partnership',
      '2. Integrated Care Provider',
    ]);
    expect(card.querySelectorAll('.short')).toHaveLength(2);
    expect(text(card, '.status')).toEqual(['Not in use']);
  });

  it('shows only the sense the page chose', () => {
    const card = show({ entry: entry('ICP'), senseId: 'provider' });
    expect(text(card, '.title')).toEqual(['ICP Integrated Care Provider']);
    expect(card.querySelector('.sense-label')).toBeNull();
    expect(text(card, '.short')).toEqual([entry('ICP').senses[1]?.short]);
  });

  it('says when the page was written and what has happened to the term since', () => {
    const card = show({ entry: entry('CCG'), pageDates: { published: '2018-05-24' } });
    expect(text(card, '.since p')).toEqual(['Written May 2018. Since then:']);
    expect(text(card, '.since li')).toEqual(['1 July 2022: abolished; duties passed to ICBs.']);
  });

  it('names both dates of a page that was updated, counting changes from when it was written', () => {
    const card = show({ entry: entry('CCG'), pageDates: { published: '2018-05-24', updated: '2025-03-02' } });
    expect(text(card, '.since p')).toEqual(['Written May 2018, updated March 2025. Since May 2018:']);
    expect(text(card, '.since li')).toEqual(['1 July 2022: abolished; duties passed to ICBs.']);
  });

  it('counts from the updated date when that is the only date the page gives', () => {
    const card = show({ entry: entry('CCG'), pageDates: { updated: '2019-01-10' } });
    expect(text(card, '.since p')).toEqual(['Updated January 2019. Since then:']);
  });

  it('has no written line when the page has no date', () => {
    const card = show({ entry: entry('CCG') });
    expect(card.querySelector('.since')).toBeNull();
    expect(card.textContent).not.toContain('Written');
  });

  it('has no written line when nothing has happened since the page was written', () => {
    expect(
      show({ entry: entry('CCG'), pageDates: { published: '2023-01-05' } }).querySelector('.since'),
    ).toBeNull();
  });

  it('lists at most two changes, the most important, oldest first, leaving out details', () => {
    const card = show({ entry: entry('ICS'), pageDates: { published: '2017-11-02' } });
    expect(text(card, '.since li')).toEqual([
      '1 July 2022: put on a legal footing.',
      '1 April 2026: first ICB mergers change ICS areas.',
    ]);
  });

  it('sets the glossary’s dated figures beside a count the page states', () => {
    const card = show({ entry: entry('ICS'), pageDates: { published: '2018-06-01' }, pageCounts: [14] });
    expect(text(card, '.count')).toEqual([
      'Page says 14. Glossary: 10 ICSs from 2018; 42 ICSs from April 2021.',
    ]);
  });

  it('gives only the latest figure when the page has no date', () => {
    const card = show({ entry: entry('ICS'), pageCounts: [14] });
    expect(text(card, '.count')).toEqual(['Page says 14. Glossary: 42 ICSs from April 2021.']);
  });

  it('has no count line when the page states no count or the glossary has no sourced figures', () => {
    expect(show({ entry: entry('ICS') }).querySelector('.count')).toBeNull();
    render(null, container);
    container.remove();
    expect(show({ entry: entry('CCG'), pageCounts: [211] }).querySelector('.count')).toBeNull();
  });

  it('calls onMore from its More button', () => {
    const onMore = vi.fn();
    const card = show({ entry: entry('CCG'), onMore });
    const button = card.querySelector('button');
    expect(button?.textContent).toBe('More about CCG');
    button?.click();
    expect(onMore).toHaveBeenCalledOnce();
  });
});
