// SNP: a proposed (2025) contract model for a provider of neighbourhood health in one
// neighbourhood. Kept deliberately brief: the sources describe a proposal still being shaped.
import falseFriends from '../false-friends/snp';
import type { Entry } from '../types';

export default {
  id: 'SNP',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Single-Neighbourhood Provider',
      short:
        'A proposed contract model (2025) under which a provider would run neighbourhood health services for a single neighbourhood. It follows the 10 Year Health Plan’s move towards neighbourhood health (July 2025); details were still being settled in late 2025.',
      long: [
        'The 10 Year Health Plan of July 2025 set a direction towards neighbourhood health services. In late 2025 NHS England planning guidance described contract models for the providers that would run them; the single-neighbourhood provider is the one covering one neighbourhood.',
        'It sits alongside the multi-neighbourhood provider model. Both were proposals in our sources, so check the date of anything you read and look for later guidance.',
      ].join('\n\n'),
      status: { status: 'proposed', since: '2025', summary: 'proposed contract model, late 2025' },
      events: [
        {
          date: '2025',
          kind: 'announced',
          text: 'proposed as a contract model for neighbourhood providers',
          importance: 1,
          sources: ['S52'],
        },
      ],
      contextWords: [
        'single-neighbourhood',
        'single-neighbourhood provider',
        'neighbourhood provider',
        'neighbourhood health',
        'contract',
        'icb',
        'medium-term planning framework',
        'gp practices',
        'primary care',
        'multi-neighbourhood',
        'commissioning',
      ],
      sources: ['S51', 'S52'],
    },
  ],
  related: ['MNP', 'neighbourhood health', 'PCN'],
  falseFriends,
} satisfies Entry;
