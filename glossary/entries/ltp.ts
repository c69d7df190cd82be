// LTP: the NHS Long Term Plan of January 2019, succeeded by the 10 Year Health Plan in July 2025.
import falseFriends from '../false-friends/ltp';
import type { Entry } from '../types';

export default {
  id: 'LTP',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'NHS Long Term Plan',
      short:
        'NHS England’s plan for the NHS in England over the following ten years, published on 7 January 2019. Among other things it set out primary care networks. It was succeeded by the 10 Year Health Plan on 3 July 2025.',
      long: [
        'The NHS Long Term Plan, published on 7 January 2019, set out priorities for the NHS in England for the following decade. It set out primary care networks, which went live in July 2019, and presented the integrated care provider as a ‘lead provider’ option.',
        'On 3 July 2025 the 10 Year Health Plan took its place as the main statement of direction for the NHS. Pages that treat the Long Term Plan as current were written before then.',
      ].join('\n\n'),
      status: {
        status: 'dormant',
        since: '2025-07-03',
        summary: 'succeeded by the 10 Year Health Plan on 3 July 2025',
      },
      events: [
        {
          date: '2019-01-07',
          kind: 'introduced',
          text: 'NHS Long Term Plan published',
          importance: 1,
          sources: ['S30'],
        },
        {
          date: '2025-07-03',
          kind: 'changed',
          text: 'succeeded by the 10 Year Health Plan',
          importance: 1,
          sources: ['S51'],
        },
      ],
      contextWords: [
        'long term plan',
        'long-term plan',
        'nhs long term plan',
        'ten-year plan',
        'nhs england',
        'commitments',
        'primary care networks',
        'integrated care',
        'funding settlement',
        'prevention',
      ],
      sources: ['S30', 'S51', 'S32', 'seed-004'],
    },
  ],
  related: ['FYFV', 'PCN', 'ICS', 'neighbourhood health'],
  falseFriends,
} satisfies Entry;
