// AHSN: the regional NHS innovation networks of 2013–2023, now Health Innovation Networks.
import type { Entry } from '../types';

export default {
  id: 'AHSN',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Academic Health Science Network',
      short:
        'One of 15 regional networks set up in England in 2013 to link the NHS, universities and industry and spread new ideas in health care. They were relaunched as Health Innovation Networks (HINs) on 1 October 2023.',
      long: [
        'Academic health science networks were created in 2013, 15 in all, each covering a region of England. They helped NHS organisations find, test and adopt new treatments, technology and ways of working, working with universities and companies.',
        'From 1 October 2023 the networks were relaunched as Health Innovation Networks, licensed to 2028. Pages naming a local AHSN describe an organisation that now works under a Health Innovation Network name; we have not confirmed every new name.',
      ].join('\n\n'),
      status: {
        status: 'renamed',
        since: '2023-10-01',
        replacedBy: ['HIN'],
        summary: 'relaunched as Health Innovation Networks on 1 October 2023',
      },
      events: [
        {
          date: '2013',
          kind: 'introduced',
          text: 'regional academic health science networks set up',
          importance: 1,
          sources: ['S39'],
        },
        {
          date: '2013',
          kind: 'count',
          count: 15,
          text: '15 networks covering England',
          importance: 2,
          sources: ['S39'],
        },
        {
          date: '2023-05',
          kind: 'announced',
          text: 'relaunch as Health Innovation Networks announced',
          importance: 3,
          sources: ['S39'],
        },
        {
          date: '2023-10-01',
          kind: 'renamed',
          text: 'relaunched as Health Innovation Networks',
          importance: 1,
          sources: ['S39'],
        },
      ],
      contextWords: [
        'academic health science',
        'innovation',
        'adoption',
        'spread',
        'life sciences',
        'industry',
        'universities',
        'network',
        'nhs',
        'health innovation network',
        'evaluation',
        'patient safety collaborative',
      ],
      sources: ['S39', 'seed-003'],
    },
  ],
  related: ['HIN'],
  falseFriends: [],
} satisfies Entry;
