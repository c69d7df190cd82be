// HWB: the health and wellbeing board of each upper-tier council, live since April 2013.
import falseFriends from '../false-friends/hwb';
import type { Entry } from '../types';

export default {
  id: 'HWB',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Health and Wellbeing Board',
      short:
        'A committee of each upper-tier council in England where councillors, the NHS and others plan together to improve local health and wellbeing. Required by the Health and Social Care Act 2012, boards have operated since April 2013.',
      long: [
        'Every upper-tier council in England has a health and wellbeing board, bringing together councillors, council officers, the local NHS and others. Boards were required by the Health and Social Care Act 2012 and started work in April 2013.',
        'Each board produces the joint strategic needs assessment (JSNA) for its area and signs off local Better Care Fund plans; 151 boards did so in 2014.',
      ].join('\n\n'),
      status: { status: 'current', since: '2013-04', summary: 'operating since April 2013' },
      events: [
        {
          date: '2012',
          kind: 'statutory',
          text: 'required by the Health and Social Care Act 2012',
          importance: 1,
          sources: ['S42'],
        },
        {
          date: '2013-04',
          kind: 'introduced',
          text: 'boards start work',
          importance: 1,
          sources: ['S42'],
        },
        {
          date: '2014',
          kind: 'count',
          count: 151,
          text: '151 boards sign off Better Care Fund plans',
          importance: 3,
          sources: ['S41'],
        },
      ],
      contextWords: [
        'health and wellbeing board',
        'health and wellbeing strategy',
        'councillors',
        'local authority',
        'upper-tier',
        'jsna',
        'joint strategic needs assessment',
        'better care fund',
        'director of public health',
        'healthwatch',
        'public health',
      ],
      sources: ['S41', 'S42'],
    },
  ],
  related: ['JSNA', 'BCF', 'ICP', 'integrated care strategy'],
  falseFriends,
} satisfies Entry;
