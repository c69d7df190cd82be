// Neighbourhood health: the 10 Year Health Plan's (2025) aim of organising care close to home.
// Kept deliberately modest: the sources describe a direction still being turned into contracts.
import type { Entry } from '../types';

export default {
  id: 'neighbourhood health',
  kind: 'term',
  senses: [
    {
      id: 'main',
      expansion: 'neighbourhood health (services)',
      short:
        'The 10 Year Health Plan’s (July 2025) name for care organised close to home, with GP, community and other local teams working together for a neighbourhood. Contract models to deliver it were proposed in late 2025.',
      long: [
        'The 10 Year Health Plan, published on 3 July 2025, set out a shift of care from hospitals into the community through neighbourhood health services, built around local teams working together for the people in a neighbourhood.',
        'In late 2025 NHS England planning guidance proposed contract models for the providers that would run these services: the single-neighbourhood provider and the multi-neighbourhood provider. These were still proposals in our sources, so details may have changed (checked November 2026).',
      ].join('\n\n'),
      status: {
        status: 'proposed',
        since: '2025-07-03',
        summary: 'set out in July 2025; contract models proposed late 2025',
      },
      events: [
        {
          date: '2025-07-03',
          kind: 'announced',
          text: '10 Year Health Plan sets out neighbourhood health services',
          importance: 1,
          sources: ['S51'],
        },
        {
          date: '2025',
          kind: 'announced',
          text: 'contract models for neighbourhood providers (SNP and MNP) proposed',
          importance: 2,
          sources: ['S52'],
        },
      ],
      contextWords: [
        'neighbourhood',
        'neighbourhood health service',
        'neighbourhood teams',
        '10 year health plan',
        'community',
        'closer to home',
        'out of hospital',
        'multidisciplinary',
        'general practice',
        'integrated neighbourhood teams',
        'prevention',
      ],
      sources: ['S51', 'S52'],
    },
  ],
  related: ['MNP', 'SNP', 'PCN', 'MDT', 'LTP'],
  falseFriends: [],
} satisfies Entry;
