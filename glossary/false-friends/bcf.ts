// Other meanings of BCF: the letters as the page means them when it is not the NHS, left unannotated.
import type { FalseFriend } from '../types';

export default [
  {
    expansion: 'binary variant call format',
    field: 'genomics (bioinformatics file format)',
    signals: ['vcf', 'bcftools', 'variant', 'genotype', 'bcf file'],
    sources: ['S82'],
  },
  {
    expansion: 'BCF (halon 1211) fire extinguisher',
    field: 'fire safety',
    signals: [
      'extinguisher',
      'extinguishers',
      'halon',
      'ozone',
      'fire extinguisher',
      'bromochlorodifluoromethane',
    ],
    sources: ['S156'],
  },
  {
    expansion: 'British Chess Federation (grades)',
    field: 'chess',
    signals: ['chess', 'grade', 'grades', 'grading', 'tournament', 'congress'],
    sources: ['S157'],
  },
] satisfies FalseFriend[];
