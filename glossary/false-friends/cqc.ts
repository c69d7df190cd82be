// Other meanings of CQC: the letters as the page means them when it is not the NHS, left unannotated.
import type { FalseFriend } from '../types';

export default [
  {
    expansion: 'China Quality Certification Centre (CQC mark)',
    field: 'product certification',
    signals: ['china', 'chinese', 'certification', 'ccc', 'ce mark', 'exporters'],
    sources: ['S161'],
  },
] satisfies FalseFriend[];
