// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { splitText, unsplitText } from '../../../entrypoints/content/split-text';

const label = (term: string) => ({ term, description: `${term} expanded` });

function paragraph(text: string) {
  document.body.innerHTML = `<p>${text}</p>`;
  const p = document.querySelector('p') as HTMLParagraphElement;
  return { p, node: p.firstChild as Text };
}

describe('splitText', () => {
  it('keeps the original node as the first piece and wraps each range', () => {
    const { p, node } = paragraph('The ICS and its ICB agree.');
    const split = splitText(node, [
      { start: 4, end: 7, label: label('ICS') },
      { start: 16, end: 19, label: label('ICB') },
    ]);
    expect(p.firstChild).toBe(node);
    expect(node.data).toBe('The ');
    expect(p.innerHTML).toBe(
      'The <nhs-term data-nhs-term="ICS" aria-description="ICS expanded">ICS</nhs-term> and its ' +
        '<nhs-term data-nhs-term="ICB" aria-description="ICB expanded">ICB</nhs-term> agree.',
    );
    expect(p.textContent).toBe('The ICS and its ICB agree.');
    expect(split.pieces).toHaveLength(4);
  });

  it('leaves an empty original node when the text starts with the acronym', () => {
    const { p, node } = paragraph('ICS leaders met.');
    splitText(node, [{ start: 0, end: 3, label: { ...label('ICS'), sense: undefined } }]);
    expect(node.isConnected).toBe(true);
    expect(node.data).toBe('');
    expect(p.textContent).toBe('ICS leaders met.');
  });

  it('marks the chosen sense', () => {
    const { p, node } = paragraph('The ICP met.');
    splitText(node, [{ start: 4, end: 7, label: { term: 'ICP', sense: 'partnership', description: 'x' } }]);
    expect(p.querySelector('[data-nhs-sense]')?.getAttribute('data-nhs-sense')).toBe('partnership');
  });

  it('undoes exactly: same text node, same text, same markup', () => {
    const { p, node } = paragraph('Each <b>CCG</b> and ICB and ICS.');
    const before = document.body.innerHTML;
    const text = p.lastChild as Text;
    const split = splitText(text, [
      { start: 5, end: 8, label: label('ICB') },
      { start: 13, end: 16, label: label('ICS') },
    ]);
    unsplitText(split);
    expect(document.body.innerHTML).toBe(before);
    expect(p.lastChild).toBe(text);
    expect(p.childNodes).toHaveLength(3);
    expect(node.data).toBe('Each ');
  });
});
