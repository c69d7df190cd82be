// ICO: a late-2000s name for a single organisation joining up care; no longer in use.
import falseFriends from '../false-friends/ico';
import type { Entry } from '../types';

export default {
  id: 'ICO',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Integrated Care Organisation',
      short:
        'An older NHS term, common around 2008–2012, for a single organisation that joins up different health and care services for a local population. The Department of Health tested the approach in 16 pilots from April 2009.',
      long: [
        'An integrated care organisation brings services that are usually run separately, such as community health services and hospital or social care, into one organisation so that care is easier to join up for patients.',
        'The Department of Health ran 16 integrated care pilots from April 2009 to 2012 to test ways of joining up care. Later ideas, such as the accountable care organisation and the integrated care provider, pursued a similar aim of one organisation answering for a population’s care.',
      ].join('\n\n'),
      status: {
        status: 'dormant',
        since: '2012',
        summary: 'an older term, little used since the 2009–12 pilots ended',
      },
      events: [
        {
          date: '2009-04',
          kind: 'introduced',
          text: 'Department of Health starts integrated care pilots',
          importance: 1,
          sources: ['S74'],
        },
        {
          date: '2009-04',
          kind: 'count',
          count: 16,
          text: '16 integrated care pilots',
          importance: 3,
          sources: ['S74'],
        },
        {
          date: '2012',
          kind: 'changed',
          text: 'pilot programme ends',
          importance: 2,
          sources: ['S74'],
        },
      ],
      contextWords: [
        'integrated care organisation',
        'integrated care pilot',
        'pilot',
        'community services',
        'acute trust',
        'vertical integration',
        'department of health',
        'primary care trust',
        'pct',
        'joined-up care',
      ],
      // "Torbay ICO" is a local organisation; the Information Commissioner's Office has no place's name.
      namedAfterPlaces: true,
      sources: ['S74', 'seed-004'],
    },
  ],
  related: ['ACO', 'ICP'],
  falseFriends,
} satisfies Entry;
