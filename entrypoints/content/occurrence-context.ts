// The words around an occurrence that the context model reads: its paragraph and sentence.
// Reads textContent only (never innerText), so it never forces layout.

import { sentenceAround } from '../../glossary/context/sentence';

const BLOCK_SELECTOR =
  'p,li,td,th,dd,dt,h1,h2,h3,h4,h5,h6,figcaption,caption,blockquote,summary,legend,label,article,section';
const MAX_PARAGRAPH_CHARS = 4000;

export interface LocalText {
  paragraph: string;
  sentence: string;
  /** Where the occurrence starts within `sentence`. */
  sentenceOffset: number;
}

export const blockOf = (node: Node): Element | null =>
  node.parentElement?.closest(BLOCK_SELECTOR) ?? node.parentElement;

/** Offset of `node`'s text within `block.textContent`, by summing the text nodes before it. */
function offsetWithin(block: Element, node: Text): number {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let current = walker.nextNode(); current && current !== node; current = walker.nextNode()) {
    offset += (current as Text).data.length;
  }
  return offset;
}

/** The text of a node's block, and where the node's own text starts in it. */
export interface BlockText {
  text: string;
  nodeStart: number;
}

/**
 * Reads `node`'s block once for all the acronyms in the node: `textContent` builds a new string
 * each time it is read, and a long block read once per acronym made much of the garbage.
 */
export function readBlockText(node: Text, block: Element | null = blockOf(node)): BlockText {
  return block
    ? { text: block.textContent ?? '', nodeStart: offsetWithin(block, node) }
    : { text: node.data, nodeStart: 0 };
}

/** Paragraph and sentence around the character at `indexInNode` of the node the block text was read for. */
export function localTextAt(block: BlockText, indexInNode: number): LocalText {
  const index = block.nodeStart + indexInNode;
  // Long containers (a whole article in one div) are cut to a window around the occurrence.
  const from = Math.max(0, index - MAX_PARAGRAPH_CHARS / 2);
  const paragraph = block.text.slice(from, from + MAX_PARAGRAPH_CHARS);
  return { paragraph, ...sentenceAround(paragraph, index - from) };
}

/** Paragraph and sentence around the character at `indexInNode` of `node`. */
export function readLocalText(node: Text, indexInNode: number): LocalText {
  return localTextAt(readBlockText(node), indexInNode);
}
