// DHSC: the government department for health and social care, so named since January 2018.
import type { Entry } from '../types';

export default {
  id: 'DHSC',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Department of Health and Social Care',
      short:
        'The UK government department responsible for health and adult social care policy in England, led by the Health Secretary. It was called the Department of Health until January 2018.',
      long: [
        'The Department of Health and Social Care sets national policy and funding for the NHS and adult social care in England and answers to Parliament for them. It took its current name in January 2018, having been the Department of Health.',
        'On 13 March 2025 the government announced that NHS England would be merged into the department. The Health Bill to do this was introduced on 14 May 2026 and was not yet law in July 2026.',
      ].join('\n\n'),
      status: {
        status: 'current',
        since: '2018-01',
        summary: 'renamed from the Department of Health in January 2018',
      },
      events: [
        {
          date: '2018-01',
          kind: 'renamed',
          text: 'renamed from the Department of Health',
          importance: 1,
          sources: ['S37'],
        },
        {
          date: '2025-03-13',
          kind: 'announced',
          text: 'NHS England to be merged into the department',
          importance: 2,
          sources: ['S49'],
        },
        {
          date: '2026-05-14',
          kind: 'announced',
          text: 'Health Bill introduced to carry out the merger; not yet law (July 2026)',
          importance: 2,
          sources: ['S50', 'S80b'],
        },
      ],
      contextWords: [
        'department of health',
        'secretary of state',
        'health secretary',
        'minister',
        'government',
        'whitehall',
        'policy',
        'white paper',
        'mandate',
        'social care',
        'treasury',
      ],
      sources: ['S37', 'S49', 'S50', 'S80b'],
    },
  ],
  related: ['NHSE', 'NHSI', 'CQC'],
  falseFriends: [],
  aliases: ['Department of Health and Social Care', 'Department of Health'],
} satisfies Entry;
