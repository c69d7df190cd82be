// NHSE: NHS England, the national NHS body; its abolition is announced but not yet law.
import type { Entry } from '../types';

export default {
  id: 'NHSE',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'NHS England',
      short:
        'The national body leading the NHS in England. Its abolition and merger into the Department of Health and Social Care was announced on 13 March 2025, but the Health Bill to do this was not yet law in July 2026.',
      long: [
        'NHS England leads the NHS in England nationally: it sets priorities and oversees the local NHS, including integrated care boards. It was set up on 1 October 2012 as the NHS Commissioning Board, took on its full powers on 1 April 2013 and was given the name NHS England in law by the Health and Care Act 2022.',
        'From 2019 it worked jointly with NHS Improvement, often written NHSE/I, and on 1 July 2022 NHS Improvement’s bodies were abolished and their work passed to NHS England.',
        'On 13 March 2025 the government announced that NHS England would be abolished and merged into the Department of Health and Social Care. The Health Bill to do this was introduced on 14 May 2026, aiming for March 2027 subject to Parliament. In July 2026 it was still a bill, so NHS England still exists.',
      ].join('\n\n'),
      status: {
        status: 'current',
        since: '2012-10-01',
        summary: 'abolition announced 13 March 2025; the Health Bill was not yet law in July 2026',
      },
      events: [
        {
          date: '2012-10-01',
          kind: 'introduced',
          text: 'set up as the NHS Commissioning Board',
          importance: 1,
          sources: ['S36'],
        },
        {
          date: '2013-04-01',
          kind: 'changed',
          text: 'takes on its full powers',
          importance: 2,
          sources: ['S36'],
        },
        {
          date: '2019',
          kind: 'changed',
          text: 'starts working jointly with NHS Improvement (NHSE/I)',
          importance: 2,
          sources: ['S35'],
        },
        {
          date: '2022',
          kind: 'renamed',
          text: 'Health and Care Act 2022 gives it the legal name NHS England',
          importance: 2,
          sources: ['S26'],
        },
        {
          date: '2022-07-01',
          kind: 'merged',
          text: 'NHS Improvement’s bodies abolished; their work passes to NHS England',
          importance: 2,
          sources: ['S26', 'S80'],
        },
        {
          date: '2025-03-13',
          kind: 'announced',
          text: 'government announces NHS England will be abolished and merged into DHSC',
          importance: 1,
          sources: ['S49'],
        },
        {
          date: '2026-05-14',
          kind: 'announced',
          text: 'Health Bill introduced, aiming for abolition by March 2027; not yet law (July 2026)',
          importance: 1,
          sources: ['S50', 'S80b'],
        },
      ],
      contextWords: [
        'nhs england',
        'national',
        'regional teams',
        'commissioning board',
        'guidance',
        'chief executive',
        'dhsc',
        'icbs',
        'planning guidance',
        'mandate',
        'nhse/i',
        'abolition',
        'arms-length body',
      ],
      sources: ['S26', 'S35', 'S36', 'S49', 'S50', 'S80', 'S80b'],
    },
  ],
  related: ['NHSI', 'DHSC', 'ICB', 'CQC'],
  falseFriends: [],
  aliases: ['NHS England', 'NHS Commissioning Board'],
} satisfies Entry;
