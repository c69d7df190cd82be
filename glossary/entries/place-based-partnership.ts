// Place-based partnership: the non-statutory partnership inside an ICS, usually one council area.
import type { Entry } from '../types';

export default {
  id: 'place-based partnership',
  kind: 'term',
  senses: [
    {
      id: 'main',
      expansion: 'place-based partnership',
      short:
        'A non-statutory partnership inside an integrated care system, usually covering one council area, where the NHS, the council and other local partners plan and join up services. There were about 175 in 2022, typically serving 250,000–500,000 people.',
      long: [
        'Most integrated care systems are too large to organise every service at system level, so much joint work happens at ‘place’, usually the area of one council. A place-based partnership brings together the local NHS, the council and other partners for that area.',
        'These partnerships are not statutory bodies: members work together under local agreements. Around 2022 there were about 175, typically covering 250,000 to 500,000 people each.',
      ].join('\n\n'),
      status: { status: 'current', summary: 'about 175 in 2022' },
      events: [
        {
          date: '2022',
          kind: 'count',
          count: 175,
          text: 'about 175 place-based partnerships',
          importance: 2,
          sources: ['S44'],
        },
      ],
      contextWords: [
        'place',
        'place-based',
        'place level',
        'borough',
        'local authority',
        'council',
        'partnership',
        'integrated care system',
        'ics',
        'locality',
        'place director',
        'health and wellbeing board',
      ],
      sources: ['S44', 'seed-001'],
    },
  ],
  related: ['ICS', 'HWB', 'provider collaborative', 'PCN'],
  falseFriends: [],
} satisfies Entry;
