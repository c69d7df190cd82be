// The tooltip's colours for light and dark pages. Kept as data so a test can check every text
// colour against its background for WCAG AA contrast.

export interface Palette {
  background: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  onAccent: string;
  statusBackground: string;
  statusText: string;
  sinceBackground: string;
  sinceText: string;
  focus: string;
}

// NHS identity colours where they fit: dark grey text, NHS blue, the NHS focus colours.
export const LIGHT: Palette = {
  background: '#ffffff',
  text: '#212b32',
  muted: '#4c6272',
  border: '#aeb7bd',
  accent: '#005eb8',
  onAccent: '#ffffff',
  statusBackground: '#fff4d6',
  statusText: '#5c3b00',
  sinceBackground: '#e8f1fa',
  sinceText: '#1b2a38',
  // NHS yellow is too faint on white for a focus ring; NHS dark blue is not.
  focus: '#003087',
};

export const DARK: Palette = {
  background: '#1d252c',
  text: '#eef1f3',
  muted: '#b6c2ca',
  border: '#5c6f7c',
  accent: '#8cc8ff',
  onAccent: '#0b1a26',
  statusBackground: '#473400',
  statusText: '#ffe7ad',
  sinceBackground: '#15344f',
  sinceText: '#e6f0f9',
  focus: '#ffb81c',
};

/** Each text colour with the background it is read on. */
export const TEXT_ON_BACKGROUND: [keyof Palette, keyof Palette][] = [
  ['text', 'background'],
  ['muted', 'background'],
  ['accent', 'background'],
  ['onAccent', 'accent'],
  ['statusText', 'statusBackground'],
  ['sinceText', 'sinceBackground'],
];
