// Wraps acronyms inside one text node and undoes it exactly. The page's own text node stays
// in place as the first piece, so scripts that hold a reference to it (React, Preact, Vue,
// plain code setting `node.data`) keep talking to a node that is still in the document.

import { createWrapper, type WrapperLabel } from './wrapper-element';

export interface WrapRequest {
  start: number;
  end: number;
  label: WrapperLabel;
}

export interface SplitText {
  /** The page's node, now holding only the text before the first acronym. */
  original: Text;
  /** Its text before we split it, restored on undo. */
  originalData: string;
  /** What we left in it, so that a later change by the page can be told apart. */
  keptData: string;
  /** Wrappers and trailing text nodes inserted after it, in order. */
  pieces: Node[];
}

/** Splits `node` around the requested ranges (sorted, not overlapping) and wraps each one. */
export function splitText(node: Text, requests: WrapRequest[]): SplitText {
  const doc = node.ownerDocument;
  const data = node.data;
  const pieces: Node[] = [];
  const first = requests[0];
  let cursor = first ? first.start : data.length;
  const keptData = data.slice(0, cursor);
  for (const request of requests) {
    if (request.start > cursor) pieces.push(doc.createTextNode(data.slice(cursor, request.start)));
    pieces.push(createWrapper(doc, data.slice(request.start, request.end), request.label));
    cursor = request.end;
  }
  if (cursor < data.length) pieces.push(doc.createTextNode(data.slice(cursor)));
  node.after(...pieces);
  node.data = keptData;
  return { original: node, originalData: data, keptData, pieces };
}

/** Puts the page's text back as it was: pieces removed, the original node's text whole again. */
export function unsplitText(split: SplitText): void {
  for (const piece of split.pieces) piece.parentNode?.removeChild(piece);
  if (split.original.data === split.keptData) split.original.data = split.originalData;
}

/** Removes our pieces only, leaving the page's node as the page last set it. */
export function dropPieces(split: SplitText): void {
  for (const piece of split.pieces) piece.parentNode?.removeChild(piece);
}
