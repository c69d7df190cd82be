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
  {
    expansion: 'hand wash basin (clinical wash-hand basin)',
    field: 'hospital estates',
    clinical: true,
    signals: [
      'basin',
      'basins',
      'hand wash',
      'wash-hand',
      'hand hygiene',
      'taps',
      'splash',
      'sink',
      'plug',
      'overflow',
      'estates',
    ],
    sources: ['S168'],
  },
] satisfies FalseFriend[];
