// JSNA: the assessment of local health and care needs that health and wellbeing boards produce.
import type { Entry } from '../types';

export default {
  id: 'JSNA',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Joint Strategic Needs Assessment',
      short:
        'An assessment of the current and future health and care needs of people in a local area of England, used to plan services. A legal duty since 2007, it has been produced by health and wellbeing boards since 2013.',
      long: [
        'A joint strategic needs assessment gathers evidence about an area’s population, such as its health, illnesses, risks and inequalities, so that the council and NHS can plan services around what people need.',
        'The duty to produce one came from a 2007 Act. Since 2013 each health and wellbeing board has been responsible for its area’s JSNA.',
      ].join('\n\n'),
      status: { status: 'current', since: '2007', summary: 'a legal duty since 2007' },
      events: [
        {
          date: '2007',
          kind: 'statutory',
          text: 'duty to assess local needs created by law',
          importance: 1,
          sources: ['S42'],
        },
        {
          date: '2013-04',
          kind: 'changed',
          text: 'responsibility passes to health and wellbeing boards',
          importance: 2,
          sources: ['S42'],
        },
      ],
      contextWords: [
        'needs assessment',
        'health and wellbeing board',
        'public health',
        'local authority',
        'council',
        'health and wellbeing strategy',
        'inequalities',
        'population',
        'evidence',
        'profile',
      ],
      sources: ['S42'],
    },
  ],
  related: ['HWB', 'integrated care strategy', 'PHM'],
  falseFriends: [],
} satisfies Entry;
