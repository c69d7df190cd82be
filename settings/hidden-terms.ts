// Which terms and senses the reader has asked not to be explained, stored as `CCG` for a whole
// term or `ICP:provider` for one sense. Pure, for the options page's checkbox list.

export const hiddenKey = (entryId: string, senseId?: string): string =>
  senseId === undefined ? entryId : `${entryId}:${senseId}`;

/** Whether a term (or one of its senses) is still explained: hiding the term hides every sense. */
export function isExplained(hiddenTerms: readonly string[], entryId: string, senseId?: string): boolean {
  if (hiddenTerms.includes(entryId)) return false;
  return senseId === undefined || !hiddenTerms.includes(hiddenKey(entryId, senseId));
}

/** The hidden list with `key` explained or not; order kept, no duplicates. */
export function setExplained(hiddenTerms: readonly string[], key: string, explained: boolean): string[] {
  const others = hiddenTerms.filter((hidden) => hidden !== key);
  return explained ? others : [...others, key];
}
