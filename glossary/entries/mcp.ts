// MCP: the 2015 GP-led "new care model", which fed into the ACO and ICP contracts.
import falseFriends from '../false-friends/mcp';
import type { Entry } from '../types';

export default {
  id: 'MCP',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Multispecialty Community Provider',
      short:
        'A 2015 NHS ‘new care model’ in which GP-led community services brought in specialists to work alongside GPs. It was tested in vanguard sites and fed into the later accountable care organisation and integrated care provider contracts.',
      long: [
        'A multispecialty community provider built care around general practice, bringing specialists, community nurses and other staff into one team outside hospital.',
        'Bids for new care model vanguards were invited in January 2015, and 14 of the first 29 vanguards chosen that year were MCPs. Together with the primary and acute care system model, the MCP fed into the accountable care organisation contract drafted in 2017, later renamed the integrated care provider contract.',
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
          count: 14,
          text: '14 of the first 29 vanguards are MCPs',
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
        'multispecialty',
        'multispecialty community provider',
        'community provider',
        'vanguard',
        'new care models',
        'gp-led',
        'out-of-hospital',
        'consultants',
        'accountable care',
        'five year forward view',
        'primary and acute care system',
      ],
      sources: ['S10', 'S11', 'S13', 'S66', 'S88'],
    },
  ],
  related: ['PACS', 'ACO', 'ICP', 'FYFV'],
  falseFriends,
} satisfies Entry;
