// PACS: the 2015 "new care model" joining GP and hospital care, which fed into the ACO idea.
import falseFriends from '../false-friends/pacs';
import type { Entry } from '../types';

export default {
  id: 'PACS',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Primary and Acute Care System',
      short:
        'A 2015 NHS ‘new care model’ that joined up GP and hospital services for a local population. It was tested in vanguard sites and fed into the later accountable care organisation and integrated care provider contracts.',
      long: [
        'A primary and acute care system brought general practice and hospital services together, so that one joined-up system could look after a local population’s health.',
        'Bids for new care model vanguards were invited in January 2015, and 9 of the first 29 vanguards chosen that year were PACS. Together with the multispecialty community provider model, PACS fed into the accountable care organisation contract drafted in 2017, later renamed the integrated care provider contract.',
      ].join('\n\n'),
      status: {
        status: 'dormant',
        since: '2017',
        summary: '2015 vanguard model; fed into the ACO contract (2017), later the ICP',
      },
      events: [
        {
          date: '2015-01',
          kind: 'announced',
          text: 'bids invited for new care model vanguards',
          importance: 2,
          sources: ['S10', 'S88'],
        },
        {
          date: '2015',
          kind: 'count',
          count: 9,
          text: '9 of the first 29 vanguards are PACS',
          importance: 2,
          sources: ['S10', 'S88'],
        },
        {
          date: '2017',
          kind: 'changed',
          text: 'ideas carried into the draft accountable care organisation contract',
          importance: 1,
          sources: ['S13', 'S66'],
        },
      ],
      contextWords: [
        'primary and acute care',
        'primary and acute care system',
        'vanguard',
        'new care models',
        'accountable care',
        'five year forward view',
        'multispecialty',
        'care model',
        'whole population',
        'capitated',
      ],
      sources: ['S10', 'S11', 'S13', 'S66', 'S88'],
    },
  ],
  related: ['MCP', 'ACO', 'ICP', 'FYFV'],
  falseFriends,
} satisfies Entry;
