// FYFV: NHS England's October 2014 strategy, which launched the vanguards and led to STPs.
import type { Entry } from '../types';

export default {
  id: 'FYFV',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Five Year Forward View',
      short:
        'NHS England’s strategy for the NHS in England, published in October 2014. It launched the ‘new care models’ programme of vanguard sites and led to the 2016 sustainability and transformation plans. The NHS Long Term Plan followed in January 2019.',
      long: [
        'The Five Year Forward View, published in October 2014, argued that the NHS needed new ways of organising care. It launched the new care models programme, under which vanguard sites tested models such as the multispecialty community provider and the primary and acute care system; there were 50 vanguards by 2016.',
        'It also led to the sustainability and transformation plans of 2016. The NHS Long Term Plan of January 2019 became the next main strategy, so pages treating the Forward View as current were written before then.',
      ].join('\n\n'),
      status: {
        status: 'dormant',
        since: '2019-01-07',
        replacedBy: ['LTP'],
        summary: 'followed by the NHS Long Term Plan in January 2019',
      },
      events: [
        {
          date: '2014-10',
          kind: 'introduced',
          text: 'Five Year Forward View published',
          importance: 1,
          sources: ['S9'],
        },
        {
          date: '2015-01',
          kind: 'announced',
          text: 'bids invited for new care model vanguards',
          importance: 2,
          sources: ['S10', 'S88'],
        },
        {
          date: '2015-12',
          kind: 'changed',
          text: 'planning guidance asks for sustainability and transformation plans',
          importance: 2,
          sources: ['S8'],
        },
        {
          date: '2019-01-07',
          kind: 'changed',
          text: 'followed by the NHS Long Term Plan',
          importance: 1,
          sources: ['S30'],
        },
      ],
      contextWords: [
        'five year forward view',
        'forward view',
        'new care models',
        'vanguard',
        'vanguards',
        'simon stevens',
        'nhs england',
        'funding gap',
        'sustainability and transformation',
        'next steps',
      ],
      sources: ['S8', 'S9', 'S10', 'S30', 'S88'],
    },
  ],
  related: ['LTP', 'STP', 'MCP', 'PACS'],
  falseFriends: [],
} satisfies Entry;
