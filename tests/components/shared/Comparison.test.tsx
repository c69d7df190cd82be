// @vitest-environment happy-dom
// The ICS/ICP comparison: every question answered for every column, and the two ICPs named
// apart wherever they appear.
import { describe, expect, it, vi } from 'vitest';
import { Comparison } from '../../../components/shared/Comparison';
import { findSources } from '../../../components/shared/SourceList';
import { GLOSSARY } from '../../../glossary/index';
import { click, mount, texts } from '../render';

const { comparison } = GLOSSARY;

describe('Comparison', () => {
  it('gives each question a card with one labelled answer per column', async () => {
    const view = await mount(<Comparison comparison={comparison} onOpenEntry={vi.fn()} />);
    expect(texts(view, '.comparison-row h3')).toEqual(comparison.rows.map((row) => row.question));
    for (const [index, card] of [...view.querySelectorAll('.comparison-row')].entries()) {
      const row = comparison.rows[index];
      expect(texts(card, 'dd').map((text) => text.split(' Source:')[0])).toEqual(
        row?.answers.map((answer) => answer.text),
      );
    }
  });

  it('names the two ICPs differently, by expansion, mark and colour', async () => {
    const view = await mount(<Comparison comparison={comparison} onOpenEntry={vi.fn()} />);
    const firstRowLabels = texts(view.querySelector('.comparison-row') as Element, 'dt');
    expect(firstRowLabels).toEqual([
      '●ICS · Integrated Care System',
      '▲ICP · Integrated Care Partnership',
      '■ICP · Integrated Care Provider',
    ]);
    const classes = [...view.querySelectorAll('.comparison-row:first-of-type .comparison-answer')].map(
      (answer) => answer.className,
    );
    expect(new Set(classes).size).toBe(3);
  });

  it('opens the sense a column stands for', async () => {
    const onOpenEntry = vi.fn();
    const view = await mount(<Comparison comparison={comparison} onOpenEntry={onOpenEntry} />);
    await click(view.querySelector('.comparison-legend li:nth-child(3) a'));
    expect(onOpenEntry).toHaveBeenCalledWith('ICP', 'provider');
  });

  it('names the publishers behind each answer', async () => {
    const view = await mount(<Comparison comparison={comparison} onOpenEntry={vi.fn()} />);
    const firstAnswer = comparison.rows[0]?.answers[0];
    const publishers = [
      ...new Set(findSources(firstAnswer?.sources ?? []).map((source) => source.publisher)),
    ];
    expect(publishers.length).toBeGreaterThan(0);
    expect(texts(view, '.answer-sources')[0]).toBe(`Source: ${publishers.join('; ')}`);
  });
});
