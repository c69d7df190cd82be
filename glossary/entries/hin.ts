// HIN: the name the regional NHS innovation networks (formerly AHSNs) have used since October 2023.
import falseFriends from '../false-friends/hin';
import type { Entry } from '../types';

export default {
  id: 'HIN',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Health Innovation Network',
      short:
        'One of the regional networks in England that help the NHS find, test and spread new treatments, technology and ways of working, linking NHS bodies, universities and industry. The 15 academic health science networks became HINs on 1 October 2023.',
      long: [
        'Health Innovation Networks connect NHS organisations with universities, companies and each other so that useful innovations are adopted more widely across a region.',
        'They are the 15 former academic health science networks (AHSNs), relaunched under the new name on 1 October 2023 and licensed to 2028. Older pages describing the same organisations use the AHSN name.',
      ].join('\n\n'),
      status: {
        status: 'current',
        since: '2023-10-01',
        summary: 'relaunched from AHSNs on 1 October 2023; licensed to 2028',
      },
      events: [
        {
          date: '2023-10-01',
          kind: 'renamed',
          text: 'the 15 academic health science networks relaunched as HINs, licensed to 2028',
          importance: 1,
          sources: ['S39'],
        },
      ],
      contextWords: [
        'health innovation',
        'innovation',
        'adoption',
        'spread',
        'life sciences',
        'industry',
        'universities',
        'ahsn',
        'academic health science',
        'nhs',
        'evaluation',
        'region',
      ],
      sources: ['S39'],
    },
  ],
  related: ['AHSN'],
  falseFriends,
} satisfies Entry;
