// Other meanings of CCG: the letters as the page means them when it is not the NHS, left unannotated.
import type { FalseFriend } from '../types';

export default [
  {
    expansion: 'collectible card game',
    field: 'games',
    signals: ['deck', 'booster', 'tcg', 'cards', 'tournament', 'magic'],
    sources: ['S73'],
  },
  {
    expansion: 'CCG trinucleotide repeat (in DNA)',
    field: 'genetics',
    clinical: true,
    signals: [
      'ccg repeat',
      'trinucleotide',
      'fragile x',
      'fraxe',
      'aff2',
      'allele',
      'alleles',
      'repeat expansion',
      'dna',
    ],
    sources: ['S120'],
  },
  {
    expansion: 'Canadian Coast Guard',
    field: 'maritime',
    signals: [
      'coast guard',
      'coastguard',
      'lighthouse',
      'newfoundland',
      'canada',
      'canadian',
      'icebreaker',
      'vessel',
    ],
    sources: ['S121'],
  },
  {
    expansion: 'combinatory categorial grammar',
    field: 'linguistics and language processing',
    signals: [
      'grammar',
      'parser',
      'parsing',
      'natural language processing',
      'nlp',
      'syntax',
      'categorial',
      'treebank',
    ],
    sources: ['S122'],
  },
] satisfies FalseFriend[];
