// Other meanings of ICO: the letters as the page means them when it is not the NHS, left unannotated.
import type { FalseFriend } from '../types';

export default [
  {
    expansion: 'Information Commissioner’s Office',
    field: 'UK data protection regulator',
    signals: [
      'data protection',
      'gdpr',
      'fine',
      'fee',
      'breach',
      'information commissioner',
      'privacy',
      'privacy notice',
      'personal data',
      'complain',
      'data controller',
      'registration number',
      'subject access',
      'reprimand',
      'information rights',
      'data protection officer',
      'information governance',
      'regulator',
      'data security and protection toolkit',
    ],
    sources: ['S75'],
  },
  {
    expansion: 'initial coin offering',
    field: 'cryptocurrency',
    signals: ['token', 'crypto', 'fca', 'blockchain'],
    sources: ['S76'],
  },
  {
    expansion: 'initial coin offering',
    field: 'cryptocurrency',
    signals: ['coin', 'coins', 'token', 'tokens', 'crypto', 'blockchain', 'whitepaper'],
    sources: ['S110'],
  },
  {
    expansion: 'Catalan Institute of Oncology',
    field: 'cancer care and research (Catalonia)',
    clinical: true,
    organisation: true,
    signals: ['catalan', 'catalonia', 'barcelona', 'oncology', 'hospitalet', 'llobregat', 'spain'],
    sources: ['S123'],
  },
] satisfies FalseFriend[];
