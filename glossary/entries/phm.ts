// PHM: using linked data to find people at risk and plan care before they become unwell.
import falseFriends from '../false-friends/phm';
import type { Entry } from '../types';

export default {
  id: 'PHM',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Population Health Management',
      short:
        'Using linked data about the people in an area to find groups at higher risk of ill health, understand why, and plan earlier, proactive care and support for them. NHS England promotes it as part of integrated care.',
      long: [
        'Population health management joins up data from GP practices, hospitals, councils and other sources so that local teams can see which groups of people are most likely to become unwell or need more care.',
        'The aim is to act earlier: to offer targeted support, prevention and joined-up care to those groups, rather than waiting for people to come forward when they are already ill.',
      ].join('\n\n'),
      status: { status: 'current' },
      events: [],
      contextWords: [
        'population health',
        'linked data',
        'segmentation',
        'risk stratification',
        'inequalities',
        'cohort',
        'proactive',
        'prevention',
        'analytics',
        'integrated care',
        'wider determinants',
      ],
      sources: ['S43'],
    },
  ],
  related: ['ICS', 'ICB', 'JSNA'],
  falseFriends,
} satisfies Entry;
