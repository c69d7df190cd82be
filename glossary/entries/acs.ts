// ACS: the 2017 name for the first integrated care systems. NHS data also uses ACS for
// ambulatory care sensitive conditions, which is listed as a false friend.
import falseFriends from '../false-friends/acs';
import type { Entry } from '../types';

export default {
  id: 'ACS',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'Accountable Care System',
      short:
        'The 2017 name for the first areas of England where NHS organisations and councils took shared responsibility for local health and care. They were renamed integrated care systems (ICSs) in February 2018.',
      long: [
        'In June 2017 NHS England named eight areas as the first accountable care systems, alongside two devolved areas, Greater Manchester and Surrey Heartlands. In February 2018 the name was changed to integrated care system.',
        'An accountable care system was a partnership of existing organisations. It is not the same as an accountable care organisation (ACO), which was a single contract holder.',
        'NHS statistics also use ACS for ambulatory care sensitive conditions: illnesses where good care outside hospital should usually prevent an emergency admission. That is a measure of care, not an organisation, so it should not be read as ‘accountable care system’.',
      ].join('\n\n'),
      status: {
        status: 'renamed',
        since: '2018-02',
        replacedBy: ['ICS'],
        summary: 'renamed integrated care systems in February 2018',
      },
      events: [
        {
          date: '2017-06',
          kind: 'introduced',
          text: 'first accountable care systems named',
          importance: 1,
          sources: ['S28', 'seed-003'],
        },
        {
          date: '2017-06',
          kind: 'count',
          count: 8,
          text: '8 accountable care systems, plus 2 devolved areas',
          importance: 2,
          sources: ['S28', 'seed-003'],
        },
        {
          date: '2018-02',
          kind: 'renamed',
          text: 'renamed integrated care systems',
          importance: 1,
          sources: ['S7'],
        },
      ],
      contextWords: [
        'accountable care system',
        'stp',
        'sustainability and transformation',
        'nhs england',
        'devolution',
        'greater manchester',
        'surrey heartlands',
        'integrated care system',
        'shadow',
        'footprint',
        'system control total',
      ],
      // An accountable care system served an area and had a board: "across the ACS", "the ACS board", "the Bellhaven and Marsh ACS".
      namedAfterPlaces: true,
      anArea: true,
      sources: ['S7', 'S28', 'seed-003', 'S55', 'S56'],
    },
  ],
  related: ['ICS', 'STP', 'ACO'],
  falseFriends,
} satisfies Entry;
