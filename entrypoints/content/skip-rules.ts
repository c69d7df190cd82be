// Which parts of a page are not prose to annotate: code, form fields, editors, hidden or
// untranslatable text, and the extension's own wrappers.

import { WRAPPER_TAG } from './wrapper-element';

/** Elements whose whole subtree is skipped, by tag name as the DOM reports it. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'PRE',
  'CODE',
  'KBD',
  'SAMP',
  'svg',
  'SVG',
  'math',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  WRAPPER_TAG.toUpperCase(),
]);

/** Checked only for text that holds an acronym, since attribute reads on every element cost. */
const SKIPPED_BY_ATTRIBUTE =
  '[contenteditable]:not([contenteditable="false"]),[translate="no"],[aria-hidden="true"]';

export const isSkippedElement = (element: Element): boolean => SKIPPED_TAGS.has(element.tagName);

/** True when the text node sits anywhere inside a subtree the extension must leave alone. */
export function isInsideSkippedSubtree(node: Node): boolean {
  const parent = node.parentElement;
  if (!parent) return true;
  if (parent.closest(SKIPPED_BY_ATTRIBUTE)) return true;
  for (let element: Element | null = parent; element; element = element.parentElement) {
    if (isSkippedElement(element)) return true;
  }
  return false;
}
