// The context model runs for every occurrence on a page, so it avoids making lists it need not.

/** Both lists in order; one of them itself when the other is empty, as it nearly always is. */
export function joined<T>(first: readonly T[], second: readonly T[]): readonly T[] {
  if (second.length === 0) return first;
  return first.length === 0 ? second : [...first, ...second];
}
