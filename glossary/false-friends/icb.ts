// Other meanings of ICB: the letters as the page means them when it is not the NHS, left unannotated.
import type { FalseFriend } from '../types';

export default [
  {
    expansion: 'Independent Commission on Banking',
    field: 'UK banking reform (2010–11)',
    signals: ['vickers', 'ring-fence', 'retail banking', 'banks', 'commission on banking'],
    besideWords: ['banking', 'vickers'],
    sources: ['S64'],
  },
  {
    expansion: 'Institute of Certified Bookkeepers',
    field: 'accountancy training',
    signals: ['bookkeeping', 'bookkeepers', 'bookkeeper', 'certificate in bookkeeping', 'aat'],
    besideWords: [
      'course',
      'certificate',
      'level',
      'exam',
      'exams',
      'registration',
      'syllabus',
      'qualification',
      'qualified',
    ],
    sources: ['S114'],
  },
  {
    expansion: 'intracranial bleed',
    field: 'medicine (neurology)',
    clinical: true,
    // Its own words, not those it shares with the intracranial pressure (ICP) of the same pages.
    signals: ['bleed', 'haemorrhage', 'ct head', 'anticoagulant', 'warfarin'],
    sources: ['S169'],
  },
  {
    expansion: 'immune checkpoint blockade',
    field: 'oncology',
    clinical: true,
    signals: [
      'immunotherapy',
      'checkpoint',
      'checkpoint inhibitor',
      'pembrolizumab',
      'nivolumab',
      'ipilimumab',
      'oncology',
      'melanoma',
    ],
    sources: ['S170'],
  },
] satisfies FalseFriend[];
