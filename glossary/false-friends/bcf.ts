// Other meanings of BCF: the letters as the page means them when it is not the NHS, left unannotated.
import type { FalseFriend } from '../types';

export default [
  {
    expansion: 'binary variant call format',
    field: 'genomics (bioinformatics file format)',
    signals: ['vcf', 'bcftools', 'variant', 'genotype', 'bcf file'],
    sources: ['S82'],
  },
] satisfies FalseFriend[];
