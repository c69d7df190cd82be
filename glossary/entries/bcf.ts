// BCF: the pooled NHS and council budget for joined-up care, running since April 2015.
import falseFriends from '../false-friends/bcf';
import type { Entry } from '../types';

export default {
  id: 'BCF',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Better Care Fund',
      short:
        'A pooled budget in England that combines NHS and council money so that health and social care can be planned and paid for together. Announced in June 2013, it began in April 2015 with £3.8bn.',
      long: [
        'The Better Care Fund requires the local NHS and councils to put part of their money into a shared pot and agree together how it is spent on joined-up health and social care.',
        'It was announced in June 2013 and began in April 2015 with £3.8bn. Local plans are signed off by health and wellbeing boards; 151 boards did so in 2014. We have no confirmed figure for the fund’s current size (checked November 2026).',
      ].join('\n\n'),
      status: { status: 'current', since: '2015-04', summary: 'running since April 2015' },
      events: [
        {
          date: '2013-06',
          kind: 'announced',
          text: 'fund announced',
          importance: 2,
          sources: ['S41'],
        },
        {
          date: '2015-04',
          kind: 'introduced',
          text: 'fund begins, with £3.8bn',
          importance: 1,
          sources: ['S41'],
        },
      ],
      contextWords: [
        'better care fund',
        'pooled budget',
        'pooled fund',
        'section 75',
        'social care',
        'health and wellbeing board',
        'local authority',
        'hospital discharge',
        'integration',
        'disabled facilities grant',
        'nhs',
      ],
      sources: ['S41'],
    },
  ],
  related: ['HWB'],
  falseFriends,
} satisfies Entry;
