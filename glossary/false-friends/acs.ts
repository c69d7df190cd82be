// Other meanings of ACS: the letters as the page means them when it is not the NHS, left unannotated.
import type { FalseFriend } from '../types';

export default [
  {
    expansion: 'ambulatory care sensitive (conditions)',
    field: 'NHS statistics (emergency admissions)',
    clinical: true,
    signals: [
      'ambulatory',
      'ambulatory care sensitive',
      'emergency admissions',
      'avoidable admissions',
      'acsc',
    ],
    sources: ['S55', 'S56'],
  },
  {
    expansion: 'acute coronary syndrome',
    field: 'medicine (cardiology)',
    clinical: true,
    signals: ['chest pain', 'troponin', 'stemi', 'nstemi', 'angina'],
    sources: ['S57'],
  },
  {
    expansion: 'acute chest syndrome (in sickle cell disease)',
    field: 'medicine (haematology)',
    clinical: true,
    signals: ['sickle', 'sickle cell', 'chest syndrome', 'haemoglobin', 'transfusion'],
    sources: ['S105'],
  },
  {
    expansion: 'American Community Survey',
    field: 'statistics (US)',
    signals: ['census', 'census bureau', 'american community survey', 'county', 'tract', 'household income'],
    sources: ['S142'],
  },
  {
    expansion: 'Association of Convenience Stores',
    field: 'retail',
    signals: ['convenience stores', 'convenience store', 'retailers', 'shopkeepers', 'forecourt'],
    sources: ['S143'],
  },
  {
    expansion: 'access control system',
    field: 'IT and building security',
    signals: ['access control', 'card reader', 'badge', 'network access', 'radius', 'cisco', 'ise', 'doors'],
    sources: ['S144'],
  },
  {
    expansion: 'antenatal corticosteroids',
    field: 'maternity care',
    clinical: true,
    signals: [
      'antenatal',
      'preterm',
      'pregnancy',
      'steroid',
      'steroids',
      'betamethasone',
      'dexamethasone',
      'baby',
      'lungs',
      'maternity',
    ],
    sources: ['S145'],
  },
  {
    expansion: 'Accredited Certification Scheme (gas engineers)',
    field: 'gas safety',
    signals: ['gas safe', 'gas', 'engineer', 'engineers', 'boiler', 'appliance', 'accredited'],
    sources: ['S146'],
  },
  {
    expansion: 'Anglo-Chinese School (Singapore)',
    field: 'schools',
    signals: ['singapore', 'anglo-chinese', 'old boys', 'alumni', 'class of', 'summer fair'],
    sources: ['S154'],
  },
  {
    expansion: 'Australian Computer Society (skills assessment for migration)',
    field: 'migration and IT',
    signals: ['skills assessment', 'migration', 'visa', 'australia', 'australian', 'assessor'],
    sources: ['S155'],
  },
] satisfies FalseFriend[];
