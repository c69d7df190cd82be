// MDT: staff from several professions working as one team, as in primary care networks.
import falseFriends from '../false-friends/mdt';
import type { Entry } from '../types';

export default {
  id: 'MDT',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Multidisciplinary Team',
      aGroup: true,
      short:
        'A team of staff from different professions, such as doctors, nurses, pharmacists, therapists and social workers, who plan and deliver care for the same patients together. Multidisciplinary teams are central to how primary care networks work.',
      long: [
        'A multidisciplinary team brings together people with different skills to look after the same patients, so that each person’s needs are seen as a whole rather than service by service.',
        'In NHS structure writing the term often comes up when describing primary care networks, where GP practices share staff such as pharmacists and link with community and social care teams.',
      ].join('\n\n'),
      status: { status: 'current' },
      events: [],
      contextWords: [
        'multidisciplinary',
        'multi-disciplinary',
        'primary care network',
        'pcn',
        'gp',
        'nurses',
        'pharmacist',
        'social worker',
        'care plan',
        'case review',
        'clinicians',
        'integrated team',
        'cancer mdt',
        'mdt meeting',
        'mdt meetings',
        'mdt coordinator',
        'weekly mdt',
        'tumour',
        'oncology',
        'oncologist',
        'radiologist',
        'surgeon',
        'surgeons',
        'treatment plans',
        'discussed at',
        'occupational therapist',
      ],
      sources: ['seed-002'],
    },
  ],
  related: ['PCN', 'GP', 'neighbourhood health'],
  falseFriends,
} satisfies Entry;
