// The context model: decides, for each acronym on a page, whether it carries an NHS sense
// (and which) or is a false friend. Pure functions over plain strings; no DOM.

export { decideOccurrence, prepareTerm } from './context/decide';
export { findDefinitions } from './context/definitions';
export { buildPageProfile, hasNhsContext } from './context/profile';
export type {
  Decision,
  Definition,
  DefinitionMeaning,
  OccurrenceContext,
  PageInput,
  PageProfile,
} from './context/types';
