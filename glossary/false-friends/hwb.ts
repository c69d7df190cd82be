// Other meanings of HWB: the letters as the page means them when it is not the NHS, left unannotated.
import type { FalseFriend } from '../types';

export default [
  {
    expansion: 'health and wellbeing, a Curriculum for Excellence area',
    field: 'school curriculum (Scotland)',
    signals: [
      'curriculum for excellence',
      'curriculum',
      'pupils',
      'school',
      'primary school',
      'classroom',
      'assembly',
      'lessons',
      'teachers',
      'parents and carers',
      'experiences and outcomes',
      'head teacher',
    ],
    sources: ['S119'],
  },
] satisfies FalseFriend[];
