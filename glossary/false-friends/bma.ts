// Other meanings of BMA: the letters as the page means them when it is not the NHS, left unannotated.
import type { FalseFriend } from '../types';

export default [
  {
    expansion: 'Bangkok Metropolitan Administration',
    field: 'city government (Thailand)',
    signals: ['bangkok', 'thailand', 'thai', 'city government', 'governor'],
    sources: ['S136'],
  },
  {
    expansion: 'Stockholm Bromma Airport (code BMA)',
    field: 'air travel',
    signals: [
      'airport',
      'stockholm',
      'bromma',
      'arlanda',
      'flight',
      'flights',
      'airline',
      'terminal',
      'sweden',
    ],
    sources: ['S137'],
  },
  {
    expansion: 'Bermuda Monetary Authority',
    field: 'financial regulation',
    signals: ['bermuda', 'offshore', 'regulated by', 'bond', 'insurer', 'investment bond', 'fund'],
    sources: ['S138'],
  },
] satisfies FalseFriend[];
