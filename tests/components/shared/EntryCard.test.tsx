// @vitest-environment happy-dom
// A whole entry: every sense with its status, explanation, history and sources; related
// entries as links that open in place.
import { describe, expect, it, vi } from 'vitest';
import { EntryCard } from '../../../components/shared/EntryCard';
import { findEntry } from '../../../glossary/index';
import type { Entry } from '../../../glossary/types';
import { click, mount, texts } from '../render';

const icp = findEntry('ICP') as Entry;
const ccg = findEntry('CCG') as Entry;

describe('EntryCard', () => {
  it('shows every sense, the one asked for first and marked', async () => {
    const view = await mount(<EntryCard entry={icp} senseId="provider" onOpenEntry={vi.fn()} />);
    expect(texts(view, '.sense h3')).toEqual(['Integrated Care Provider', 'Integrated Care Partnership']);
    expect(texts(view, '.sense.is-highlighted h3')).toEqual(['Integrated Care Provider']);
    expect(texts(view, '#entry-title')).toEqual(['ICP · 2 NHS meanings']);
  });

  it('gives status, paragraphs, timeline and sources for a sense', async () => {
    const view = await mount(<EntryCard entry={ccg} onOpenEntry={vi.fn()} />);
    const sense = ccg.senses[0];
    expect(texts(view, '.status-badge')).toEqual(['Abolished']);
    expect(view.querySelector('.status-line')?.textContent).toContain(sense?.status.summary);
    expect(view.querySelectorAll('.sense > p:not(.status-line)')).toHaveLength(
      sense?.long.split('\n\n').length ?? 0,
    );
    expect(view.querySelectorAll('.timeline-event')).toHaveLength(sense?.events.length ?? 0);
    expect(view.querySelectorAll('.source-list li').length).toBeGreaterThan(0);
  });

  it('opens related entries and replacements in place', async () => {
    const onOpenEntry = vi.fn();
    const view = await mount(<EntryCard entry={ccg} onOpenEntry={onOpenEntry} />);
    expect(texts(view, '.related-list a')).toEqual(ccg.related.filter((id) => findEntry(id)));
    await click(view.querySelector('.status-replaced a'));
    expect(onOpenEntry).toHaveBeenLastCalledWith('ICB', undefined);
    const related = view.querySelector('.related-list a');
    expect(related?.getAttribute('href')).toBe(`#entry=${ccg.related[0]}`);
    await click(related);
    expect(onOpenEntry).toHaveBeenLastCalledWith(ccg.related[0], undefined);
  });
});
