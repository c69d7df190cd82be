// CQC: the regulator of health and adult social care in England.
import falseFriends from '../false-friends/cqc';
import type { Entry } from '../types';

export default {
  id: 'CQC',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Care Quality Commission',
      short:
        'The regulator of health and adult social care services in England, such as hospitals, GP practices and care homes. It registers, inspects and rates them, and has been fully operating since 1 April 2009.',
      long: [
        'The Care Quality Commission checks that health and adult social care services in England meet standards of quality and safety. Services must register with it, and it inspects them and publishes ratings.',
        'It was created under the Health and Social Care Act 2008 and became fully operational on 1 April 2009.',
      ].join('\n\n'),
      status: {
        status: 'current',
        since: '2009-04-01',
        summary: 'fully operating since 1 April 2009',
      },
      events: [
        {
          date: '2008',
          kind: 'statutory',
          text: 'created under the Health and Social Care Act 2008',
          importance: 1,
          sources: ['S38'],
        },
        {
          date: '2009-04-01',
          kind: 'introduced',
          text: 'fully operational',
          importance: 1,
          sources: ['S38'],
        },
      ],
      contextWords: [
        'care quality commission',
        'inspection',
        'inspected',
        'rating',
        'outstanding',
        'requires improvement',
        'inadequate',
        'regulator',
        'registration',
        'care homes',
        'well-led',
        'enforcement',
      ],
      sources: ['S38'],
    },
  ],
  related: ['NHSE', 'DHSC'],
  falseFriends,
} satisfies Entry;
