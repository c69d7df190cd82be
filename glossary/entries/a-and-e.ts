// A&E: the hospital emergency department.
import falseFriends from '../false-friends/a-and-e';
import type { Entry } from '../types';

export default {
  id: 'A&E',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Accident and Emergency',
      short:
        'The hospital department that assesses and treats people with urgent or serious injuries and illnesses, usually without an appointment. It is also called the emergency department (ED).',
      long: [
        'Accident and emergency is the everyday name for a hospital’s emergency department (ED), where people with urgent or serious injuries and illnesses are assessed and treated.',
        'NHS structure writing often mentions A&E when discussing pressure on hospitals and how better-joined-up care in the community might ease it.',
      ].join('\n\n'),
      status: { status: 'current' },
      events: [],
      contextWords: [
        'emergency department',
        'waiting times',
        'four-hour',
        'hospital',
        'ambulance',
        'attendances',
        'urgent care',
        'trolley',
        'admission',
        'ed',
        'winter pressures',
        '24 hours in a&e',
        'a&e department',
      ],
      sources: ['S79', 'seed-003'],
    },
  ],
  related: ['ICS', 'GP'],
  falseFriends,
  aliases: ['A and E', 'accident and emergency', 'emergency department'],
} satisfies Entry;
