// The ICS / ICP side-by-side table. ICP has two unrelated NHS meanings, so each gets its own
// column and every answer says plainly which one it is about.
import type { Comparison } from './types';

export const ICS_ICP_COMPARISON: Comparison = {
  title: 'ICS and the two ICPs compared',
  columns: [
    { entry: 'ICS', sense: 'main', label: 'ICS: integrated care system (the area partnership)' },
    {
      entry: 'ICP',
      sense: 'partnership',
      label: 'ICP as integrated care partnership: a strategy committee (2022 on)',
    },
    {
      entry: 'ICP',
      sense: 'provider',
      label: 'ICP as integrated care provider: a single-provider contract (2018–19)',
    },
  ],
  rows: [
    {
      question: 'What is it?',
      answers: [
        {
          text: 'A partnership of the NHS, councils and others in one area of England, planning health and care for everyone who lives there.',
          sources: ['S5'],
        },
        {
          text: 'A committee that sets the health and care strategy for an ICS area. It writes plans; it does not provide care.',
          sources: ['S23', 'seed-001'],
        },
        {
          text: 'One organisation holding a single long contract to provide most health and care for a population. It provides care; it does not write the area’s strategy.',
          sources: ['S12'],
        },
      ],
    },
    {
      question: 'What is its legal form?',
      answers: [
        {
          text: 'No legal body of its own. Informal until 1 July 2022; since then it acts through two statutory bodies, its ICB and its integrated care partnership.',
          sources: ['S1', 'S2'],
        },
        {
          text: 'A statutory joint committee of the ICB and the upper-tier councils, under the Health and Care Act 2022.',
          sources: ['S3', 'S53'],
        },
        {
          text: 'Not a body at all but a contract, a version of the NHS Standard Contract. From March 2019 only statutory bodies could hold it.',
          sources: ['S14', 'S15'],
        },
      ],
    },
    {
      question: 'Who is in it?',
      answers: [
        {
          text: 'NHS trusts, the ICB, GP practices and primary care networks, councils, and voluntary and community organisations (2022).',
          sources: ['S5'],
        },
        {
          text: 'The ICB and the area’s upper-tier councils, plus members chosen locally, such as voluntary sector representatives.',
          sources: ['S3', 'S5'],
        },
        {
          text: 'A lead provider holding the contract, GP practices that chose to integrate into it, and the subcontractors it paid.',
          sources: ['S16'],
        },
      ],
    },
    {
      question: 'What does it do?',
      answers: [
        {
          text: 'Joins up services across the area. In 2022 ICSs had four aims: better health outcomes, less inequality, better value for money, and helping the NHS support wider social and economic development.',
          sources: ['S5'],
        },
        {
          text: 'Writes the integrated care strategy, which the ICB must take into account when it plans and buys services.',
          sources: ['S24', 'S23'],
        },
        {
          text: 'Provides care, itself or through subcontractors, for a whole population on a capitated (per-person) budget for about ten years.',
          sources: ['S17'],
        },
      ],
    },
    {
      question: 'When did it begin?',
      answers: [
        {
          text: 'First areas named ‘accountable care systems’ in June 2017; renamed ICSs in February 2018; all of England covered from 1 April 2021; statutory parts from 1 July 2022.',
          sources: ['S28', 'S7', 'S27', 'S1'],
        },
        {
          text: 'Proposed in the February 2021 white paper; in place in every ICS from 1 July 2022.',
          sources: ['S65', 'S3'],
        },
        {
          text: 'Draft contract in 2017 as the ‘accountable care organisation’; renamed integrated care provider in 2018; final contract March 2019.',
          sources: ['S66', 'S18', 'S14'],
        },
      ],
    },
    {
      question: 'What is its status now?',
      answers: [
        {
          text: 'Current. Areas are changing as ICBs merge from April 2026; we have no confirmed count since then (checked November 2026).',
          sources: ['S46', 'S53'],
        },
        {
          text: 'Current: one in each ICS since July 2022.',
          sources: ['S3', 'S5'],
        },
        {
          text: 'Dormant: never abolished, but its leading site, Dudley, was halted around 2021. A similar idea returned in July 2025 as the integrated health organisation (IHO).',
          sources: ['S19', 'S52'],
        },
      ],
    },
    {
      question: 'Who supported or opposed it?',
      answers: [
        {
          text: 'The BMA gave conditional support (about 2019), asking for fair pay and conditions, protection of the GP partnership model, real clinical engagement, proper funding, and NHS-run services without privatisation.',
          sources: ['seed-002'],
        },
        {
          text: 'Proposed by the government in the February 2021 white paper and developed with the Local Government Association in September 2021. We found no recorded BMA position.',
          sources: ['S65', 'S22'],
        },
        {
          text: 'Promoted by NHS England. Opposed by the BMA over privatisation and GPs’ independent contractor status, and challenged in court by campaigners, who lost in July 2018.',
          sources: ['seed-002', 'S12', 'S16', 'S17', 'S18'],
        },
      ],
    },
  ],
};
