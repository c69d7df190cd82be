import { describe, expect, it } from 'vitest';
import {
  DARK,
  LIGHT,
  type Palette,
  TEXT_ON_BACKGROUND,
} from '../../../../entrypoints/content/tooltip/palette';

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const AA_TEXT = 4.5;
const AA_NON_TEXT = 3;

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
] as [string, Palette][])('the %s palette', (_name, palette) => {
  it.each(TEXT_ON_BACKGROUND)('has AA contrast for %s on %s', (text, background) => {
    expect(contrast(palette[text], palette[background])).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('has a focus ring that stands out from the card', () => {
    expect(contrast(palette.focus, palette.background)).toBeGreaterThanOrEqual(AA_NON_TEXT);
  });
});

describe('contrast', () => {
  it('measures black on white as 21 to 1, so the checks above can fail', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#777777', '#888888')).toBeLessThan(AA_NON_TEXT);
  });
});
