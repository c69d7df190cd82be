// VCSE: the voluntary, community and social enterprise sector, a named partner in ICPs.
import type { Entry } from '../types';

export default {
  id: 'VCSE',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Voluntary, Community and Social Enterprise (sector)',
      short:
        'Charities, community groups, social enterprises and other not-for-profit organisations. NHS writing uses VCSE for this whole sector, which was named among the partners in integrated care partnerships in 2022. Older pages may call it the ‘third sector’.',
      long: [
        'The VCSE sector covers organisations that are independent of government and do not exist to make a profit for owners: large charities, small community groups, volunteer-led services and social enterprises.',
        'Since integrated care partnerships began in July 2022, VCSE organisations have been named among the partners that can sit on them. Some earlier writing uses ‘third sector’ for much the same group.',
      ].join('\n\n'),
      status: { status: 'current' },
      events: [],
      contextWords: [
        'voluntary',
        'community sector',
        'social enterprise',
        'charities',
        'charity',
        'third sector',
        'grassroots',
        'volunteers',
        'not-for-profit',
        'partners',
        'alliance',
      ],
      sources: ['S5', 'seed-002'],
    },
  ],
  related: ['ICP', 'ICS'],
  falseFriends: [],
} satisfies Entry;
