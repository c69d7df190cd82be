// ACO: the American accountable care model, the NHS name for which became ICP (provider) in 2018.
import falseFriends from '../false-friends/aco';
import type { Entry } from '../types';

export default {
  id: 'ACO',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Accountable Care Organisation',
      short:
        'A model from the United States in which providers share responsibility for a population’s care and its cost within an agreed budget. NHS England’s version was renamed the integrated care provider (ICP) in 2018; that model is now dormant.',
      long: [
        'In an accountable care organisation, a group of providers agrees to be answerable for the health care and costs of a defined population, usually within a set budget and with agreed outcomes. The model comes from the United States.',
        'NHS England took up the idea after the 2015 new care model vanguards and published a draft ACO contract in 2017. Campaigners feared it would open the NHS to private companies; their judicial review failed on 5 July 2018. Later in 2018 the contract was renamed the integrated care provider (ICP) contract.',
        'The ACO is not the same as the 2017 ‘accountable care systems’, which were looser partnerships that became integrated care systems. Some older pages mix the two up.',
      ].join('\n\n'),
      status: {
        status: 'renamed',
        since: '2018',
        replacedBy: ['ICP'],
        summary: 'renamed integrated care provider (ICP) in 2018; that model is now dormant',
      },
      events: [
        {
          date: '2017',
          kind: 'introduced',
          text: 'draft NHS accountable care organisation contract published',
          importance: 1,
          sources: ['S66'],
        },
        {
          date: '2018-07-05',
          kind: 'changed',
          text: 'High Court rejects campaigners’ judicial review of the plans',
          importance: 2,
          sources: ['S17'],
        },
        {
          date: '2018',
          kind: 'renamed',
          text: 'renamed integrated care provider (ICP)',
          importance: 1,
          sources: ['S12', 'S18', 'S20'],
        },
      ],
      contextWords: [
        'accountable care',
        'accountable care organisation',
        'contract',
        'capitated',
        'budget',
        'integrated care provider',
        'us-style',
        'vanguard',
        'privatisation',
        'judicial review',
        'nhs england',
        'dudley',
        'new care models',
      ],
      sources: ['seed-000', 'S12', 'S13', 'S17', 'S18', 'S20', 'S66'],
    },
  ],
  related: ['ICP', 'ACS', 'MCP', 'PACS', 'IHO'],
  falseFriends,
} satisfies Entry;
