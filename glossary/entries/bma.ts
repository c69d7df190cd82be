// BMA: the doctors' professional association and trade union, a frequent voice on NHS structures.
import falseFriends from '../false-friends/bma';
import type { Entry } from '../types';

export default {
  id: 'BMA',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'British Medical Association',
      short:
        'The professional association and trade union for doctors in the UK. It negotiates on doctors’ contracts and has taken positions on NHS structures, including opposing the integrated care provider contract (2018–19).',
      long: [
        'The British Medical Association represents doctors across the UK, including GPs and hospital doctors, both as a professional body and as a trade union.',
        'Around 2019 it gave conditional support to integrated care systems, setting five principles: fair pay and conditions, protection of the GP partnership model, real engagement with clinicians, proper funding, and services run by the NHS without privatisation. It opposed the integrated care provider contract because of the risk of privatisation and the clash with GPs’ independent contractor status.',
        'Its own web pages of 2022–23 use ICP for both the integrated care partnership and the integrated care provider, so check which one is meant.',
      ].join('\n\n'),
      status: { status: 'current' },
      events: [],
      contextWords: [
        'british medical association',
        'doctors',
        'trade union',
        'union',
        'gp committee',
        'ballot',
        'industrial action',
        'junior doctors',
        'resident doctors',
        'consultants',
        'negotiations',
      ],
      sources: ['S78', 'seed-002', 'S12', 'S16', 'S67'],
    },
  ],
  related: ['GP', 'ICP', 'ICS'],
  falseFriends,
} satisfies Entry;
