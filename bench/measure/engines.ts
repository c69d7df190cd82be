// The one-shot engines compared with the extension, as page scripts: mark.js and
// findAndReplaceDOMText from node_modules, a minimal TreeWalker wrapper and a read-only walk.

import { readFileSync } from 'node:fs';

export type EngineName = 'minimal' | 'readOnly' | 'markJs' | 'findAndReplace';

/** Wraps every match in `<mark>`: collect the text nodes first, then replace each by a fragment. */
function wrapWithTreeWalker(pattern: RegExp): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const hits: Text[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    pattern.lastIndex = 0;
    const tag = node.parentElement?.tagName;
    if (tag !== 'SCRIPT' && tag !== 'STYLE' && pattern.test(node.data)) hits.push(node);
  }
  for (const node of hits) {
    const data = node.data;
    const fragment = document.createDocumentFragment();
    let cursor = 0;
    for (const match of data.matchAll(pattern)) {
      fragment.append(data.slice(cursor, match.index));
      const mark = document.createElement('mark');
      mark.textContent = match[0];
      fragment.append(mark);
      cursor = match.index + match[0].length;
    }
    fragment.append(data.slice(cursor));
    node.replaceWith(fragment);
  }
}

/** Finds every match and changes nothing: the floor for any engine that must read the page. */
function countWithTreeWalker(pattern: RegExp): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let found = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const tag = node.parentElement?.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE') continue;
    for (const _ of node.data.matchAll(pattern)) found++;
  }
  return found;
}

const library = (path: string) => readFileSync(path, 'utf8');

/** Script text that defines `window.nhsBenchEngine(pattern)` for the named engine. */
export function engineScript(name: EngineName): string {
  switch (name) {
    case 'minimal':
      return `window.nhsBenchEngine = ${wrapWithTreeWalker.toString()};`;
    case 'readOnly':
      return `window.nhsBenchEngine = ${countWithTreeWalker.toString()};`;
    case 'markJs':
      return `${library('node_modules/mark.js/dist/mark.min.js')}
window.nhsBenchEngine = (pattern) => new Mark(document.body).markRegExp(pattern);`;
    case 'findAndReplace':
      return `${library('node_modules/findandreplacedomtext/src/findAndReplaceDOMText.js')}
window.nhsBenchEngine = (pattern) => findAndReplaceDOMText(document.body, { find: pattern, wrap: 'mark', preset: 'prose' });`;
  }
}
