// Other meanings of PACS: the letters as the page means them when it is not the NHS, left unannotated.
import type { FalseFriend } from '../types';

export default [
  {
    expansion: 'picture archiving and communication system',
    field: 'medical imaging IT',
    clinical: true,
    signals: ['dicom', 'x-ray', 'radiology images', 'imaging', 'radiology', 'scans', 'ultrasound'],
    sources: ['S83'],
  },
  {
    expansion: 'partial anterior circulation syndrome (a stroke type)',
    field: 'medicine (stroke)',
    clinical: true,
    signals: [
      'stroke',
      'bamford',
      'oxfordshire classification',
      'circulation',
      'infarct',
      'tacs',
      'lacs',
      'pocs',
    ],
    sources: ['S109'],
  },
  {
    expansion: 'post-acute COVID-19 syndrome (long COVID)',
    field: 'medicine',
    clinical: true,
    signals: ['long covid', 'covid', 'covid-19', 'post-acute'],
    sources: ['S185'],
  },
  {
    expansion: 'physical access control system',
    field: 'building security',
    signals: ['access control', 'badge', 'badges', 'card reader', 'swipe', 'doors', 'door', 'controllers'],
    sources: ['S186'],
  },
  {
    expansion: 'pacte civil de solidarité (a French civil partnership)',
    field: 'French family law and tax',
    signals: [
      'pacte civil de solidarité',
      'civil partnership',
      'france',
      'french',
      'inheritance',
      'notaire',
      'married couple',
    ],
    sources: ['S197'],
  },
] satisfies FalseFriend[];
