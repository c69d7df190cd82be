// Other meanings of A&E: the letters as the page means them when it is not the NHS, left unannotated.
import type { FalseFriend } from '../types';

export default [
  {
    expansion: 'Arts & Entertainment (the US television channel)',
    field: 'television',
    signals: [
      'channel',
      'cable channel',
      'episode',
      'listings',
      'true crime',
      'reality series',
      'tv channel',
      'cable network',
    ],
    besideWords: ['series', 'programmes'],
    sources: ['S94'],
  },
  {
    expansion: 'architecture and engineering (A&E firms)',
    field: 'building design',
    signals: [
      'architecture',
      'architects',
      'architectural',
      'engineering firm',
      'design services',
      'statement of qualifications',
      'firms',
      'rfq',
    ],
    sources: ['S139'],
  },
] satisfies FalseFriend[];
