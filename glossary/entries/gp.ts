// GP: the family doctor, the usual first point of contact with the NHS.
import type { Entry } from '../types';

export default {
  id: 'GP',
  kind: 'acronym',
  senses: [
    {
      id: 'main',
      expansion: 'General Practitioner',
      short:
        'A family doctor working in the community, usually at a GP practice (surgery), who is most patients’ first point of contact with the NHS. Since July 2019 GP practices have worked together in primary care networks.',
      long: [
        'General practitioners diagnose and treat a wide range of conditions, refer patients to hospital and other services when needed, and look after people’s health over time.',
        'Many GPs are partners in practices that hold contracts with the NHS rather than being NHS employees. The BMA opposed the integrated care provider contract partly because it could end that independent contractor status.',
        'Since July 2019 practices have been grouped into primary care networks, which share staff and work with community services.',
      ].join('\n\n'),
      status: { status: 'current' },
      events: [],
      contextWords: [
        'general practice',
        'gp practice',
        'surgery',
        'family doctor',
        'appointment',
        'primary care',
        'pcn',
        'partners',
        'list size',
        'gms',
        'pms',
        'referral',
        'patients',
      ],
      sources: ['S32', 'seed-002', 'S12', 'S16'],
    },
  ],
  related: ['PCN', 'CCG', 'BMA', 'NAPC', 'MDT'],
  falseFriends: [
    {
      expansion: 'Grand Prix',
      field: 'motor racing',
      signals: [
        'formula 1',
        'f1',
        'race',
        'lap',
        'laps',
        'circuit',
        'driver',
        'drivers',
        'qualifying',
        'pole',
        'podium',
        'grid',
        'motogp',
      ],
      sources: ['S91'],
    },
    {
      expansion: 'general partner (of an investment fund)',
      field: 'finance',
      signals: [
        'general partner',
        'general partners',
        'limited partner',
        'limited partners',
        'private equity',
        'carried interest',
        'fund manager',
        'continuation fund',
      ],
      sources: ['S97'],
    },
    {
      expansion: 'games played (sports statistics)',
      field: 'sport',
      signals: ['games played', 'goals', 'assists', 'goaltender', 'standings', 'points per game'],
      sources: ['S106'],
    },
    {
      expansion: 'Gaussian process (in statistics and machine learning)',
      field: 'machine learning',
      signals: ['gaussian', 'kernel', 'covariance', 'hyperparameters', 'posterior', 'regression model'],
      sources: ['S115'],
    },
    {
      expansion: 'gross profit',
      field: 'business accounts',
      signals: ['gross profit', 'gp margin', 'cost of sales', 'turnover', 'margins'],
      sources: ['S116'],
    },
  ],
} satisfies Entry;
