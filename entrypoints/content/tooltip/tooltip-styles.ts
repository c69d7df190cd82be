// The tooltip's style sheet, scoped to its shadow root. Sizes are in em of the host's
// `font-size: medium`: that follows the reader's own font-size setting and zoom, while rem would
// follow the page's root size (often shrunk to 62.5%) and px would ignore the reader's setting.

import { DARK, LIGHT, type Palette } from './palette';

const variables = (palette: Palette): string =>
  Object.entries(palette)
    .map(([name, value]) => `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}: ${value};`)
    .join(' ');

const MAX_Z_INDEX = 2147483647;

// :host rules are !important because the page's rules on the host element would otherwise win
// (`* { all: unset }`, `html > * { display: none }`); inside the shadow root no page rule applies.
export const TOOLTIP_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  z-index: ${MAX_Z_INDEX} !important;
  font-size: medium !important;
}
.frame {
  position: fixed;
  inset: 0 auto auto 0;
  margin: 0;
  padding: 0;
  border: 0;
  background: transparent;
  overflow: visible;
  width: max-content;
  max-width: min(24em, calc(100vw - 1em));
  z-index: ${MAX_Z_INDEX};
  color-scheme: light;
  ${variables(LIGHT)}
}
.frame[hidden] { display: none; }
@media (prefers-color-scheme: dark) {
  .frame[data-theme='auto'] { color-scheme: dark; ${variables(DARK)} }
}
.frame[data-theme='dark'] { color-scheme: dark; ${variables(DARK)} }
.card {
  box-sizing: border-box;
  max-height: var(--available-height, 80vh);
  overflow: auto;
  padding: 0.75em 0.9em;
  border: 1px solid var(--border);
  border-radius: 0.5em;
  background: var(--background);
  color: var(--text);
  box-shadow: 0 0.3em 1.2em rgb(0 0 0 / 0.28);
  font: 0.875em/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  text-align: left;
  direction: ltr;
  overflow-wrap: break-word;
  user-select: text;
  -webkit-user-select: text;
  cursor: auto;
}
p { margin: 0 0 0.5em; }
.title { font-size: 1.07em; }
.acronym { font-weight: 700; }
.expansion { font-weight: 600; }
.sense + .sense { border-top: 1px solid var(--border); padding-top: 0.5em; }
.sense-label { font-weight: 700; color: var(--accent); }
.status, .since { margin: 0 0 0.5em; padding: 0.3em 0.5em; border-radius: 0.3em; }
.status { background: var(--status-background); color: var(--status-text); font-weight: 600; }
.since { background: var(--since-background); color: var(--since-text); }
.since p { margin: 0; }
.since ul { margin: 0.2em 0 0; padding: 0 0 0 1.1em; }
.since li { margin: 0.1em 0 0; }
.written, .when { font-weight: 600; }
.count { color: var(--muted); }
.more {
  margin: 0.2em 0 0;
  padding: 0.3em 0.8em;
  border: 0;
  border-radius: 0.3em;
  background: var(--accent);
  color: var(--on-accent);
  font: inherit;
  font-weight: 600;
  cursor: pointer;
}
.more:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
@media (forced-colors: active) {
  .card { border-color: CanvasText; }
  .more { border: 1px solid ButtonText; }
}
`;
