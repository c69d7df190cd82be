// @vitest-environment happy-dom
// Source notes: publisher, title, date, and links that open in a new tab without a referrer.
import { describe, expect, it } from 'vitest';
import { SourceList } from '../../../components/shared/SourceList';
import { GLOSSARY } from '../../../glossary/index';
import { mount, texts } from '../render';

const withUrl = GLOSSARY.sources.find((source) => source.url && /^\d{4}-\d{2}-\d{2}$/.test(source.date));
const undated = GLOSSARY.sources.find((source) => source.date === 'n.d.' && !source.url);

describe('SourceList', () => {
  it('shows who, what and when, linking the title safely', async () => {
    if (!withUrl) throw new Error('the glossary has no dated source with a link');
    const view = await mount(<SourceList ids={[withUrl.id]} />);
    const link = view.querySelector('a');
    expect(link?.textContent).toBe(withUrl.title);
    expect(link?.getAttribute('href')).toBe(withUrl.url);
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noreferrer');
    expect(texts(view, '.source-publisher')).toEqual([withUrl.publisher]);
    expect(texts(view, '.source-date')[0]).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  });

  it('says "undated", shows unlinked titles as text, and skips unknown or repeated ids', async () => {
    if (!undated) throw new Error('the glossary has no undated source without a link');
    const view = await mount(<SourceList ids={[undated.id, 'no-such-source', undated.id]} />);
    expect(view.querySelectorAll('li')).toHaveLength(1);
    expect(view.querySelector('a')).toBeNull();
    expect(texts(view, 'cite')).toEqual([undated.title]);
    expect(texts(view, '.source-date')).toEqual(['undated']);
  });
});
