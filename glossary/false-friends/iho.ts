// Other meanings of IHO: the letters as the page means them when it is not the NHS, left unannotated.
import type { FalseFriend } from '../types';

export default [
  {
    expansion: 'International Hydrographic Organization',
    field: 'maritime charts',
    signals: ['hydrographic', 'charts', 'nautical', 'maritime', 'chart'],
    sources: ['S111'],
  },
] satisfies FalseFriend[];
