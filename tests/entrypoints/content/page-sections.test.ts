// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageSections } from '../../../entrypoints/content/page-sections';

function page(html: string): (selector: string) => Element {
  document.body.innerHTML = html;
  return (selector) => {
    const element = document.querySelector(selector);
    if (!element) throw new Error(`no ${selector}`);
    return element;
  };
}

describe('PageSections', () => {
  it('puts the paragraphs under one heading in one section, and the next heading starts another', () => {
    const find = page(`<main><h1>Guide</h1><p id="a">One</p><ul><li id="b">Two</li></ul>
      <h2 id="h">Old contract</h2><p id="c">Three</p><p id="d">Four</p></main>`);
    const sections = new PageSections();
    const idOf = (selector: string) => sections.of(find(selector)).id;
    expect(idOf('#a')).toBe(idOf('#b'));
    expect(idOf('#c')).not.toBe(idOf('#a'));
    expect(idOf('#c')).toBe(idOf('#d'));
    expect(idOf('#h')).toBe(idOf('#c'));
  });

  it('gives a block its heading’s text, and the heading itself none', () => {
    const find = page('<h2 id="h">We take our seat on the ICP</h2><p id="p">Fiona joins in June.</p>');
    const sections = new PageSections();
    expect(sections.of(find('#p')).heading).toBe('We take our seat on the ICP');
    expect(sections.of(find('#h')).heading).toBeUndefined();
  });

  it('treats each article as a section of its own when it has no heading', () => {
    const find = page('<article><p id="a">One</p></article><article><p id="b">Two</p></article>');
    const sections = new PageSections();
    expect(sections.of(find('#a')).id).not.toBe(sections.of(find('#b')).id);
    expect(sections.of(find('#a')).heading).toBeUndefined();
  });

  it('finds a heading wrapped in a header of its own', () => {
    const find = page(`<div><p id="a">Intro</p><header><h2>Board</h2></header><p id="b">Minutes</p>
      <p id="c">More minutes</p></div>`);
    const sections = new PageSections();
    expect(sections.of(find('#b')).id).toBe(sections.of(find('#c')).id);
    expect(sections.of(find('#a')).id).not.toBe(sections.of(find('#b')).id);
    expect(sections.of(find('#c')).heading).toBe('Board');
  });

  it('puts a page without headings or articles in one section', () => {
    const find = page('<div><p id="a">One</p></div><div><p id="b">Two</p></div>');
    const sections = new PageSections();
    expect(sections.of(find('#a')).id).toBe(sections.of(find('#b')).id);
  });
});
