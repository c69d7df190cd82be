// Other meanings of ACO: the letters as the page means them when it is not the NHS, left unannotated.
import type { FalseFriend } from '../types';

export default [
  {
    expansion: 'ant colony optimisation',
    field: 'computer science (optimisation algorithms)',
    signals: ['pheromone', 'travelling salesman', 'metaheuristic', 'ants', 'algorithm'],
    sources: ['S71'],
  },
  {
    expansion: 'Assistant Chief Officer (a senior rank in fire and rescue, probation and police services)',
    field: 'emergency and justice services',
    signals: [
      'assistant chief officer',
      'fire and rescue',
      'fire service',
      'chief fire officer',
      'probation',
      'constabulary',
    ],
    sources: ['S118'],
  },
  {
    expansion: "ACO channel drains (a drainage maker's name)",
    field: 'building drainage',
    signals: [
      'channel',
      'channels',
      'channel drain',
      'channel drains',
      'drainage',
      'gully',
      'gullies',
      'grate',
      'grating',
      'surface water',
      'silt trap',
      'load class',
      'driveway',
      'kerb',
    ],
    sources: ['S152'],
  },
  {
    expansion: "Automobile Club de l'Ouest (organiser of the Le Mans 24 Hours)",
    field: 'motor sport',
    signals: [
      'le mans',
      '24 hours',
      'endurance',
      'circuit',
      'hypercar',
      'balance of performance',
      'racing',
      'race',
      'pit',
    ],
    sources: ['S153'],
  },
] satisfies FalseFriend[];
