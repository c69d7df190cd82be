// NAPC: the primary care membership body behind the "primary care home" model.
import type { Entry } from '../types';

export default {
  id: 'NAPC',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'National Association of Primary Care',
      short:
        'A membership organisation for people working in primary care in the UK. It created the ‘primary care home’ model, in which local practices and community staff work together for a shared population. It was still active in 2023.',
      long: [
        'The National Association of Primary Care represents and supports GPs and others working in primary care. It is best known in NHS structure writing for the primary care home, a model in which nearby practices and community teams care together for a defined population.',
        'Around 2017, when the primary care home was spreading, its chair was Nav Chana. The association was still active in 2023.',
      ].join('\n\n'),
      status: { status: 'current', summary: 'active as of 2023' },
      events: [],
      contextWords: [
        'primary care home',
        'national association of primary care',
        'primary care',
        'general practice',
        'gp',
        'practices',
        'membership',
        'nav chana',
        'community teams',
        'population',
      ],
      sources: ['S40', 'seed-003'],
    },
  ],
  related: ['GP', 'PCN'],
  falseFriends: [],
} satisfies Entry;
