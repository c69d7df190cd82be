// PCN: groups of neighbouring GP practices working together, live since July 2019.
import falseFriends from '../false-friends/pcn';
import type { Entry } from '../types';

export default {
  id: 'PCN',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Primary Care Network',
      short:
        'A group of neighbouring GP practices in England that work together, and with community and other local services, to care for their combined patients, typically 30,000 to 50,000 people. PCNs began in July 2019.',
      long: [
        'A primary care network links nearby GP practices so that they can share staff and services and work with community, mental health and social care teams. Multidisciplinary teams are central to how they work.',
        'PCNs were set out in the NHS Long Term Plan in January 2019 and are paid for through the Network Contract Directed Enhanced Service (DES), an addition to the GP contract agreed on 31 January 2019, whose specification followed on 29 March 2019. They went live in July 2019.',
        'About 1,259 PCNs had formed by June 2019. A study counted 1,250 in January 2020, made up of 6,758 practices. The 30,000–50,000 size is a target rather than a rule: 35% of PCNs were above 50,000 patients (January 2020). We have no confirmed current count (checked November 2026).',
      ].join('\n\n'),
      status: { status: 'current', since: '2019-07', summary: 'live since July 2019' },
      events: [
        {
          date: '2019-01-07',
          kind: 'announced',
          text: 'set out in the NHS Long Term Plan',
          importance: 2,
          sources: ['S32', 'S30'],
        },
        {
          date: '2019-01-31',
          kind: 'changed',
          text: 'GP contract deal creates the Network Contract DES that funds PCNs',
          importance: 3,
          sources: ['S32'],
        },
        {
          date: '2019-03-29',
          kind: 'changed',
          text: 'Network Contract DES specification published',
          importance: 3,
          sources: ['S32'],
        },
        {
          date: '2019-06',
          kind: 'count',
          count: 1259,
          text: 'about 1,259 PCNs formed',
          importance: 2,
          sources: ['S32'],
        },
        {
          date: '2019-07',
          kind: 'introduced',
          text: 'PCNs go live',
          importance: 1,
          sources: ['S32', 'S33'],
        },
        {
          date: '2020-01',
          kind: 'count',
          count: 1250,
          text: '1,250 PCNs formed by 6,758 practices; 35% above 50,000 patients',
          importance: 3,
          sources: ['S31'],
        },
      ],
      contextWords: [
        'primary care network',
        'gp practices',
        'practices',
        'network contract',
        'des',
        'clinical director',
        'additional roles',
        'primary care',
        'general practice',
        'neighbourhood',
        'list size',
        'patients',
        'icb',
        'ccg',
        'multidisciplinary',
        'social prescribing',
      ],
      anArea: true,
      namedAfterPlaces: true,
      sources: ['seed-002', 'S30', 'S31', 'S32', 'S33'],
    },
  ],
  related: ['GP', 'MDT', 'LTP', 'ICB', 'CCG', 'neighbourhood health'],
  falseFriends,
} satisfies Entry;
