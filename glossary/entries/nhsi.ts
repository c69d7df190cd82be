// NHSI: NHS Improvement, the trust oversight body of 2016–2022, absorbed by NHS England.
import type { Entry } from '../types';

export default {
  id: 'NHSI',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'NHS Improvement',
      short:
        'The national body that oversaw NHS trusts in England from 1 April 2016, formed from Monitor and the NHS Trust Development Authority. It worked jointly with NHS England from 2019 and ended on 1 July 2022.',
      long: [
        'NHS Improvement brought together Monitor, which regulated foundation trusts, and the NHS Trust Development Authority (TDA). From 1 April 2016 it oversaw the finances and performance of NHS trusts.',
        'From 2019 it worked as one organisation with NHS England, often written NHSE/I. On 1 July 2022 the Health and Care Act 2022 abolished Monitor and the TDA, ending NHS Improvement, and their work passed to NHS England.',
      ].join('\n\n'),
      status: {
        status: 'abolished',
        since: '2022-07-01',
        replacedBy: ['NHSE'],
        summary: 'ended 1 July 2022; its work passed to NHS England',
      },
      events: [
        {
          date: '2016-04-01',
          kind: 'introduced',
          text: 'formed from Monitor and the NHS Trust Development Authority',
          importance: 1,
          sources: ['S35'],
        },
        {
          date: '2019',
          kind: 'changed',
          text: 'starts working jointly with NHS England (NHSE/I)',
          importance: 2,
          sources: ['S35'],
        },
        {
          date: '2022-07-01',
          kind: 'abolished',
          text: 'Monitor and the TDA abolished; work passes to NHS England',
          importance: 1,
          sources: ['S26', 'S80'],
        },
      ],
      contextWords: [
        'nhs improvement',
        'monitor',
        'trust development authority',
        'tda',
        'regulator',
        'oversight',
        'foundation trusts',
        'nhse/i',
        'special measures',
        'single oversight framework',
        'trusts',
      ],
      sources: ['S26', 'S35', 'S80'],
    },
  ],
  related: ['NHSE', 'DHSC'],
  falseFriends: [],
  aliases: ['NHS Improvement'],
} satisfies Entry;
