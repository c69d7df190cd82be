// Other meanings of MCP: the letters as the page means them when it is not the NHS, left unannotated.
import type { FalseFriend } from '../types';

export default [
  {
    expansion: 'metacarpophalangeal joint',
    field: 'anatomy (the knuckle joints)',
    clinical: true,
    signals: ['knuckle', 'finger', 'joint', 'hand', 'metacarpophalangeal'],
    sources: ['S84'],
  },
  {
    expansion: 'Model Context Protocol',
    field: 'software (AI tools)',
    signals: ['ai', 'llm', 'server', 'tools', 'agent', 'model context protocol'],
    sources: ['S85'],
  },
  {
    expansion: 'manual call point (fire alarm)',
    field: 'fire safety',
    signals: [
      'fire alarm',
      'call point',
      'break glass',
      'fire safety',
      'false alarm',
      'fire route',
      'evacuation',
      'fire panel',
    ],
    sources: ['S134'],
  },
  {
    expansion: 'Microsoft Certified Professional',
    field: 'IT certification',
    signals: ['exam', 'exams', 'certification', 'certified', 'mcse', 'windows server', 'it support'],
    sources: ['S135'],
  },
] satisfies FalseFriend[];
