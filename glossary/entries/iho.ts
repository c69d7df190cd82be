// IHO: the 2025 proposal for a whole-population contract held by one host provider.
import falseFriends from '../false-friends/iho';
import type { Entry } from '../types';

export default {
  id: 'IHO',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Integrated Health Organisation',
      short:
        'A proposal in the 10 Year Health Plan (July 2025) for an integrated care board to give one host provider a contract and budget for a whole local population’s care. Later in 2025 it was described as a way of contracting, not a new body.',
      long: [
        'Under the integrated health organisation idea, an integrated care board would award a host provider, such as an NHS trust, a single capitated (per-person) contract to look after the health of everyone in a defined area.',
        'The 10 Year Health Plan proposed it in July 2025. Later in 2025, commentary on the plan and on NHS England’s Medium-Term Planning Framework described it as a contracting method rather than a new organisation. It was still a proposal in our sources (checked November 2026).',
        'It closely resembles the integrated care provider contract of 2018–19, which is now dormant.',
      ].join('\n\n'),
      status: { status: 'proposed', since: '2025-07-03', summary: 'proposed in July 2025' },
      events: [
        {
          date: '2025-07-03',
          kind: 'announced',
          text: 'proposed in the 10 Year Health Plan',
          importance: 1,
          sources: ['S51', 'S52'],
        },
      ],
      contextWords: [
        'integrated health organisation',
        'host provider',
        'capitated',
        'whole-population',
        'contract',
        '10 year health plan',
        'ten year health plan',
        'icb',
        'strategic commissioner',
        'medium-term planning framework',
        'foundation trust',
      ],
      sources: ['S51', 'S52'],
    },
  ],
  related: ['ICP', 'ICB', 'strategic commissioner', 'neighbourhood health'],
  falseFriends,
} satisfies Entry;
