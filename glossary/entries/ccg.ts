// CCG: the GP-led commissioning bodies of 2013–2022, replaced by ICBs.
import falseFriends from '../false-friends/ccg';
import type { Entry } from '../types';

export default {
  id: 'CCG',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Clinical Commissioning Group',
      short:
        'GP-led NHS bodies that planned and bought most hospital and community care for their local area in England from April 2013. They were abolished on 1 July 2022, and their work passed to integrated care boards (ICBs).',
      long: [
        'Clinical commissioning groups were created by the Health and Social Care Act 2012 and took over from primary care trusts on 1 April 2013. Led by local GPs, they decided which hospital, community and mental health services their area needed and paid for them.',
        'There were 211 CCGs in March 2013. Mergers cut the number to 135 by April 2020 and 106 by April 2021.',
        'The Health and Care Act 2022 abolished every CCG on 1 July 2022, and their duties passed to the new integrated care boards. Pages that describe CCGs as current were written before that date.',
      ].join('\n\n'),
      status: {
        status: 'abolished',
        since: '2022-07-01',
        replacedBy: ['ICB'],
        summary: 'abolished 1 July 2022; duties passed to ICBs',
      },
      events: [
        {
          date: '2012-03',
          kind: 'statutory',
          text: 'created by the Health and Social Care Act 2012',
          importance: 1,
          sources: ['S34'],
        },
        {
          date: '2013-03',
          kind: 'count',
          count: 211,
          text: '211 CCGs',
          importance: 2,
          sources: ['S34'],
        },
        {
          date: '2013-04-01',
          kind: 'introduced',
          text: 'CCGs take over from primary care trusts',
          importance: 1,
          sources: ['S2', 'S4'],
        },
        {
          date: '2020-04',
          kind: 'count',
          count: 135,
          text: '135 CCGs after mergers',
          importance: 3,
          sources: ['S34'],
        },
        {
          date: '2021-04',
          kind: 'count',
          count: 106,
          text: '106 CCGs after further mergers',
          importance: 3,
          sources: ['S34'],
        },
        {
          date: '2022-07-01',
          kind: 'abolished',
          text: 'abolished; duties passed to integrated care boards',
          importance: 1,
          sources: ['S2', 'S4', 'S26'],
        },
      ],
      contextWords: [
        'clinical commissioning group',
        'commissioning',
        'commissioners',
        'governing body',
        'gp-led',
        'primary care trust',
        'pct',
        'nhs',
        'commissioning support',
        'locality',
        'accountable officer',
        'icb',
        'health and social care act',
        'integrated care board',
        'integrated care system',
        'merged ccg',
        'ccg merger',
      ],
      anArea: true,
      namedAfterPlaces: true,
      sources: ['S2', 'S4', 'S26', 'S34'],
    },
  ],
  related: ['ICB', 'ICS', 'GP', 'NHSE', 'STP'],
  falseFriends,
} satisfies Entry;
