// Other meanings of HIN: the letters as the page means them when it is not the NHS, left unannotated.
import type { FalseFriend } from '../types';

export default [
  {
    expansion: 'hull identification number',
    field: 'boating',
    signals: ['hull', 'boat', 'boats', 'yacht', 'craft', 'transom', 'vessel'],
    sources: ['S100'],
  },
] satisfies FalseFriend[];
