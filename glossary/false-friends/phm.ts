// Other meanings of PHM: the letters as the page means them when it is not the NHS, left unannotated.
import type { FalseFriend } from '../types';

export default [
  {
    expansion: 'prognostics and health management (of machines)',
    field: 'engineering',
    signals: [
      'prognostics',
      'asset',
      'maintenance',
      'sensors',
      'condition monitoring',
      'rolling stock',
      'remaining useful life',
    ],
    sources: ['S113'],
  },
] satisfies FalseFriend[];
