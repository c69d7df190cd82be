// Strategic commissioner: the role the 2025 Model ICB Blueprint gives integrated care boards.
import type { Entry } from '../types';

export default {
  id: 'strategic commissioner',
  kind: 'term',
  senses: [
    {
      id: 'main',
      expansion: 'strategic commissioner',
      short:
        'The role NHS England’s 2025 Model ICB Blueprint gives integrated care boards: understanding their population’s needs and planning and buying care for the long term, with a much smaller running-cost budget.',
      long: [
        'In 2025 the Model ICB Blueprint described integrated care boards as strategic commissioners. The emphasis is on understanding what the local population needs and planning and buying care over the long term.',
        'The new role came alongside the March 2025 instruction to cut ICB running costs by about half, with a target of £18.76 per head by the third quarter of 2025/26.',
      ].join('\n\n'),
      status: { status: 'current', since: '2025', summary: 'the ICB role set out in 2025' },
      events: [
        {
          date: '2025-03',
          kind: 'changed',
          text: 'ICBs told to cut running costs by about 50%',
          importance: 2,
          sources: ['S47'],
        },
        {
          date: '2025',
          kind: 'introduced',
          text: 'Model ICB Blueprint recasts ICBs as strategic commissioners',
          importance: 1,
          sources: ['S48'],
        },
      ],
      contextWords: [
        'strategic commissioning',
        'commissioning',
        'icb',
        'integrated care board',
        'blueprint',
        'model icb',
        'running costs',
        'commissioner',
        'population',
        'outcomes',
        'contracting',
      ],
      sources: ['S47', 'S48'],
    },
  ],
  related: ['ICB', 'IHO'],
  falseFriends: [],
} satisfies Entry;
