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
  {
    expansion: 'posterior horn of the medial meniscus (in the knee)',
    field: 'orthopaedics',
    clinical: true,
    signals: [
      'meniscus',
      'medial meniscus',
      'knee',
      'tear',
      'mri',
      'cartilage',
      'posterior horn',
      'arthroscopy',
    ],
    sources: ['S191'],
  },
  {
    expansion: 'public health midwife (Sri Lanka)',
    field: 'maternal health',
    signals: ['sri lanka', 'public health midwife', 'public health midwives'],
    sources: ['S192'],
  },
] satisfies FalseFriend[];
