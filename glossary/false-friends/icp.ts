// Other meanings of ICP: the letters as the page means them when it is not the NHS, left unannotated.
import type { FalseFriend } from '../types';

export default [
  {
    expansion: 'intracranial pressure',
    field: 'medicine (neurology and intensive care)',
    clinical: true,
    signals: [
      'mmhg',
      'intracranial',
      'cerebral',
      'icp monitoring',
      'icp monitor',
      'bolt',
      'csf',
      'intensive care',
      'head injury',
      'bolt',
      'tbi',
    ],
    sources: ['S68'],
  },
  {
    expansion: 'Internet Content Provider (licence or filing in China)',
    field: 'internet regulation in China',
    signals: ['china', 'chinese', 'mainland', 'miit', 'beian', 'filing', 'hosting', 'website licence'],
    sources: ['S98'],
  },
  {
    expansion: 'ideal customer profile',
    field: 'sales and marketing',
    signals: [
      'ideal customer profile',
      'customers',
      'buyer',
      'buyers',
      'sales',
      'marketing',
      'persona',
      'go-to-market',
    ],
    sources: ['S99'],
  },
  {
    expansion: 'intrahepatic cholestasis of pregnancy',
    field: 'medicine (obstetrics)',
    clinical: true,
    signals: ['cholestasis', 'pregnancy', 'itching', 'bile acids', 'obstetric', 'midwife', 'ursodeoxycholic'],
    sources: ['S107'],
  },
] satisfies FalseFriend[];
