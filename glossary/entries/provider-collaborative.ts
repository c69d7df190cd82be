// Provider collaborative: NHS trusts working together at scale, required of most by July 2022.
import type { Entry } from '../types';

export default {
  id: 'provider collaborative',
  kind: 'term',
  senses: [
    {
      id: 'main',
      expansion: 'provider collaborative',
      short:
        'Two or more NHS trusts working together across a wider area to plan and improve services. Under guidance issued in August 2021, acute and mental health trusts had to belong to one by July 2022.',
      long: [
        'A provider collaborative lets NHS trusts share the work of running and improving services that are better organised at scale, across one or more integrated care systems.',
        'NHS England guidance in August 2021 set out how they should work, and acute and mental health trusts were expected to join one by July 2022.',
      ].join('\n\n'),
      status: {
        status: 'current',
        since: '2022-07',
        summary: 'required of acute and mental health trusts from July 2022',
      },
      events: [
        {
          date: '2021-08',
          kind: 'announced',
          text: 'guidance on provider collaboratives published',
          importance: 2,
          sources: ['S45'],
        },
        {
          date: '2022-07',
          kind: 'changed',
          text: 'acute and mental health trusts expected to belong to one',
          importance: 1,
          sources: ['S45'],
        },
      ],
      contextWords: [
        'trusts',
        'collaborative',
        'at scale',
        'acute trusts',
        'mental health trusts',
        'provider',
        'integrated care system',
        'shared services',
        'elective recovery',
        'specialised services',
        'collaboration',
      ],
      sources: ['S45'],
    },
  ],
  related: ['ICS', 'place-based partnership'],
  falseFriends: [],
} satisfies Entry;
