// Sentences about English NHS structures for the generated pages. `{A}` marks an acronym
// slot; the builder fills it and may wrap it in inline markup. Written for this bench.

import type { Picker } from './prng.ts';

/** Acronyms the pages use, all of which the extension should annotate in NHS prose. */
export const NHS_ACRONYMS = [
  'A&E',
  'ICS',
  'ICB',
  'ICP',
  'CCG',
  'PCN',
  'STP',
  'GP',
  'CQC',
  'NHSE',
  'HWB',
  'JSNA',
  'PHM',
];

const WITH_ACRONYMS = [
  'The {A} agreed a new plan for community services across the county.',
  'Leaders from the {A} and the {A} met to go through waiting lists for planned operations.',
  'Each {A} now publishes a short summary of how its budget was spent last year.',
  'Staff said the {A} had helped people see a nurse or a pharmacist sooner.',
  'In the north of the area the {A} works closely with hospitals, general practice and social care.',
  'A paper to the board set out how the {A} would narrow health inequalities over five years.',
  'People who cannot get an appointment with their GP often end up in A&E instead.',
  'An inspection by the CQC found that the trust had improved its maternity services.',
  'Before 2022 this work was led by the local {A}, which has since been replaced.',
  'Several practices joined together to form a PCN covering about forty thousand people.',
  'The partnership started out as an STP in 2016 and later became part of the {A}.',
  'Members of the {A} asked for clearer figures on discharge from hospital.',
  'The chair of the {A} said the aim was care closer to home.',
  'Funding for mental health was protected in the plan agreed by the {A}.',
  'The {A} will review the results with the {A} in the spring.',
  'A new strategy from the {A} puts prevention first.',
  'The JSNA showed where need was growing fastest, and the HWB used it to set priorities.',
  'Population health management, or PHM, helps the {A} spot people at risk earlier.',
];

const WITHOUT_ACRONYMS = [
  'Most people will notice little change in the short term.',
  'Community nursing teams have been asked to share records more easily.',
  'The plan covers primary care, hospital care and social care for adults.',
  'Local people were asked what mattered most to them about health and care.',
  'Waiting times for planned operations are still longer than before the pandemic.',
  'Hospital discharge has improved where social care teams join ward rounds.',
  'Clinicians and managers will meet every quarter to check on progress.',
  'The board heard that staff shortages remain the biggest risk.',
  'Pharmacies now offer more checks without a referral.',
  'A small group of practices is testing longer opening hours.',
];

/** One sentence template; `withAcronymShare` is the chance it holds acronyms, to steer density. */
export const nhsSentence = (pick: Picker, withAcronymShare: number): string =>
  pick.chance(withAcronymShare) ? pick.pick(WITH_ACRONYMS) : pick.pick(WITHOUT_ACRONYMS);

/** The acronym for a `{A}` slot. */
export const slotAcronym = (pick: Picker): string =>
  pick.pick(['ICS', 'ICB', 'ICP', 'CCG', 'NHSE', 'ICB', 'ICS']);

export const NHS_HEADINGS = [
  'How the {A} plans care',
  'Budgets and spending',
  'Primary care and the PCN',
  'What changes for patients',
  'Quality and inspection',
  'Work with social care',
  'From STP to {A}',
  'Next steps for the {A}',
];
