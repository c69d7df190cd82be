// The sentence around a character of running text: from the end of the sentence before it to the
// next full stop, question or exclamation mark followed by a space (or the text's end).

export interface SentenceAt {
  sentence: string;
  /** Where the character is within `sentence`. */
  sentenceOffset: number;
}

export function sentenceAround(text: string, index: number): SentenceAt {
  const startMatch = /[.!?]\s+(?=[^.!?]*$)/.exec(text.slice(0, index));
  const start = startMatch ? startMatch.index + startMatch[0].length : 0;
  const endMatch = /[.!?](\s|$)/.exec(text.slice(index));
  const end = endMatch ? index + endMatch.index + 1 : text.length;
  return { sentence: text.slice(start, end), sentenceOffset: index - start };
}
