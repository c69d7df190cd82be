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
  {
    expansion: 'British Military Administration (Malaya, 1945–46)',
    field: 'history',
    signals: [
      'malaya',
      'military administration',
      '1945',
      '1946',
      'singapore',
      'overprint',
      'overprints',
      'stamps',
      'japanese occupation',
    ],
    sources: ['S158'],
  },
  {
    expansion: 'bone marrow aspirate',
    field: 'haematology',
    clinical: true,
    signals: [
      'marrow',
      'bone marrow',
      'aspirate',
      'trephine',
      'biopsy',
      'haematology',
      'iliac crest',
      'myeloma',
    ],
    sources: ['S159'],
  },
  {
    expansion: 'Baltimore Museum of Art',
    field: 'art',
    signals: ['baltimore', 'museum', 'art', 'gallery', 'matisse', 'exhibition'],
    sources: ['S160'],
  },
] satisfies FalseFriend[];
