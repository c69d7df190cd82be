// STP: first the 2016 local five-year plans, then the partnerships that carried them out;
// both ended when every area had become an ICS by April 2021.
import type { Entry } from '../types';

export default {
  id: 'STP',
  kind: 'acronym',
  senses: [
    {
      id: 'plan',
      expansion: 'Sustainability and Transformation Plan',
      short:
        'A five-year local plan for NHS services and spending, written in 2016 by the NHS and councils in each of 44 areas of England. The plans ran to March 2021, by when every area had become an integrated care system.',
      long: [
        'NHS planning guidance in December 2015 asked the NHS organisations and councils in each area to agree one five-year plan covering all local NHS spending. England was divided into 44 ‘footprints’, averaging about 1.2 million people each (2016).',
        'Draft plans were submitted in June 2016 and final plans in October 2016, covering the years to March 2021. During 2017 the groups behind the plans came to be called sustainability and transformation partnerships, and by 1 April 2021 all had become integrated care systems.',
        'Older pages that say STP may mean the plan (the document) or the partnership (the group of organisations). Some 2019 writing still uses ‘plan’ for both.',
      ].join('\n\n'),
      status: {
        status: 'renamed',
        since: '2021-04-01',
        replacedBy: ['ICS'],
        summary: 'plans ran 2016 to March 2021; all areas were ICSs by 1 April 2021',
      },
      events: [
        {
          date: '2015-12',
          kind: 'introduced',
          text: 'planning guidance asks each area for a five-year plan',
          importance: 1,
          sources: ['S8'],
        },
        {
          date: '2016',
          kind: 'count',
          count: 44,
          text: '44 plan areas (‘footprints’), averaging 1.2 million people',
          importance: 2,
          sources: ['S8'],
        },
        {
          date: '2016-06',
          kind: 'changed',
          text: 'draft plans submitted',
          importance: 3,
          sources: ['S8'],
        },
        {
          date: '2016-10',
          kind: 'changed',
          text: 'final plans submitted, covering the years to March 2021',
          importance: 2,
          sources: ['S8'],
        },
        {
          date: '2021-04-01',
          kind: 'renamed',
          text: 'all areas have become integrated care systems',
          importance: 1,
          sources: ['S27'],
        },
      ],
      contextWords: [
        'sustainability and transformation plan',
        'footprint',
        'five-year plan',
        'planning guidance',
        'draft plan',
        'forward view',
        'ccgs',
        'trusts',
        'councils',
        'nhs',
        'transformation',
        'control total',
      ],
      sources: ['S8', 'S27', 'seed-004'],
    },
    {
      id: 'partnership',
      expansion: 'Sustainability and Transformation Partnership',
      short:
        'The non-statutory partnership of NHS organisations and councils in each STP area of England, the name used from 2017 for the groups carrying out the 2016 plans. All had become integrated care systems by 1 April 2021.',
      long: [
        'Once the 2016 plans were written, the organisations behind them kept working together as standing partnerships, and during 2017 the name shifted from ‘plan’ to ‘partnership’; our sources give no exact date. They had no legal powers of their own: each member kept its own duties and budget.',
        'There were 44 areas in 2016. Mergers had reduced them to 42 by April 2020, when 18 had already become integrated care systems and 24 were still STPs. The last 13 were named as ICSs in March 2021, so from 1 April 2021 every area was an ICS.',
      ].join('\n\n'),
      status: {
        status: 'renamed',
        since: '2021-04-01',
        replacedBy: ['ICS'],
        summary: 'became ICSs; every area was an ICS by 1 April 2021',
      },
      events: [
        {
          date: '2017',
          kind: 'renamed',
          text: 'name shifts from ‘plan’ to ‘partnership’ (exact date unknown)',
          importance: 1,
          sources: ['S87', 'S13'],
        },
        {
          date: '2020-04-09',
          kind: 'count',
          count: 24,
          text: '24 areas still STPs; 18 of the 42 had become ICSs',
          importance: 3,
          sources: ['S5-2020'],
        },
        {
          date: '2021-03-23',
          kind: 'announced',
          text: 'final 13 areas named as ICSs',
          importance: 2,
          sources: ['S27'],
        },
        {
          date: '2021-04-01',
          kind: 'renamed',
          text: 'all areas now integrated care systems',
          importance: 1,
          sources: ['S27'],
        },
      ],
      contextWords: [
        'sustainability and transformation partnership',
        'partnership',
        'integrated care system',
        'ics',
        'footprint',
        'nhs',
        'ccgs',
        'trusts',
        'councils',
        'system leader',
        'non-statutory',
        'collaboration',
      ],
      sources: ['S87', 'S13', 'S5-2020', 'S27'],
    },
  ],
  related: ['ICS', 'ACS', 'FYFV', 'CCG'],
  falseFriends: [
    {
      expansion: 'spanning tree protocol',
      field: 'computer networking',
      signals: ['switch', 'bridge', 'bpdu', '802.1d', 'root bridge', 'vlan', 'rstp', 'port', 'loop'],
      sources: ['S69'],
    },
    {
      expansion: 'standard temperature and pressure',
      field: 'chemistry and physics',
      signals: ['gas', 'gases', 'kpa', 'mole', '273.15', 'litres', 'ideal gas', 'temperature and pressure'],
      sources: ['S70'],
    },
  ],
} satisfies Entry;
