// Integrated care strategy: the plan each integrated care partnership writes for its area.
import type { Entry } from '../types';

export default {
  id: 'integrated care strategy',
  kind: 'term',
  senses: [
    {
      id: 'main',
      expansion: 'integrated care strategy',
      short:
        'The plan each integrated care partnership writes for its area, setting out how local health and care needs will be met. The integrated care board must take it into account. Guidance came on 29 July 2022, with first drafts due by December 2022.',
      long: [
        'Since 1 July 2022 each integrated care partnership has had to write an integrated care strategy for its area, setting out how the NHS, councils and partners will meet local health and care needs.',
        'The integrated care board must take the strategy into account when it plans and buys services. Government guidance on preparing strategies was published on 29 July 2022, and first drafts were due by December 2022.',
      ].join('\n\n'),
      status: {
        status: 'current',
        since: '2022-07-01',
        summary: 'required of every ICP since 1 July 2022',
      },
      events: [
        {
          date: '2022-07-01',
          kind: 'statutory',
          text: 'duty to write a strategy begins with the statutory ICPs',
          importance: 1,
          sources: ['S3', 'S24'],
        },
        {
          date: '2022-07-29',
          kind: 'announced',
          text: 'guidance on preparing strategies published',
          importance: 2,
          sources: ['S23'],
        },
        {
          date: '2022-12',
          kind: 'changed',
          text: 'first draft strategies due',
          importance: 3,
          sources: ['S23', 'S24'],
        },
      ],
      contextWords: [
        'integrated care partnership',
        'icp',
        'strategy',
        'joint forward plan',
        'health and wellbeing strategy',
        'needs assessment',
        'jsna',
        'icb',
        'priorities',
        'councils',
        'population health',
        'outcomes',
      ],
      sources: ['S3', 'S23', 'S24', 'seed-001'],
    },
  ],
  related: ['ICP', 'ICB', 'HWB', 'JSNA'],
  falseFriends: [],
} satisfies Entry;
