// GP: the family doctor, the usual first point of contact with the NHS.
import falseFriends from '../false-friends/gp';
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
        // The doctor's surgery, its systems and its work, said with the letters.
        'gp surgery',
        'gp referral',
        'gp appointment',
        'gp partnership',
        'gp federation',
        'gp it',
        'gp clinical system',
        'gp data',
        'gp session',
        'gp out-of-hours',
        'gp services',
        'gp contract',
        'gp list',
        // Doctors' own words for their jobs.
        'salaried gp',
        'locum gp',
        'gp partner',
        'gp registrar',
        'gp trainee',
        'gp trainer',
        'gp specialty',
        'gp cover',
        // Someone's own GP is their family doctor, whatever else the page is about.
        'my gp',
        'your gp',
        'her gp',
        'his gp',
        'their gp',
        'our gp',
      ],
      aPerson: true,
      sources: ['S32', 'seed-002', 'S12', 'S16'],
    },
  ],
  related: ['PCN', 'CCG', 'BMA', 'NAPC', 'MDT'],
  falseFriends,
} satisfies Entry;
