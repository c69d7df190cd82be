// Other meanings of MNP: the letters as the page means them when it is not the NHS, left unannotated.
import type { FalseFriend } from '../types';

export default [
  {
    expansion: 'mobile number portability',
    field: 'telecoms',
    signals: ['mobile', 'porting', 'pac code', 'network operator', 'sim', 'ofcom'],
    sources: ['S112'],
  },
] satisfies FalseFriend[];
