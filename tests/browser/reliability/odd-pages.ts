// The big and odd pages: very many text nodes, very deep nesting, shadow roots, frames, editors,
// forms, SVG and MathML. All built before DOMContentLoaded, so the parse-time snapshot is whole.

import { SNAPSHOT_SCRIPT } from './page-probe.ts';
import { buildPage, NHS_PROSE, paragraph } from './pages.ts';

/** 25,000 paragraphs of three text nodes each plus the whitespace between them: 100,000 nodes. */
export function bigPage(): string {
  const rows: string[] = [];
  for (let row = 0; row < 25_000; row++) {
    rows.push(`<p id="row-${row}">Row ${row}: the ICS <b>board</b> met the PCN leads.</p>`);
  }
  return buildPage({ body: `${paragraph('probe')}\n${rows.join('\n')}` });
}

/** An ICB 1,000 elements down, built by script because HTML parsers cap nesting depth. */
export const DEEP_PAGE = buildPage({
  body: `${paragraph('probe')}
<div id="deep"></div>
<script>
  let element = document.getElementById('deep');
  for (let level = 0; level < 1000; level++) element = element.appendChild(document.createElement('div'));
  element.id = 'deepest';
  element.textContent = 'At the bottom of the tree, the ICB still plans GP services.';
</script>`,
});

/** A custom element whose open shadow root holds an ICB; defined before the parser meets it. */
export const SHADOW_PAGE = buildPage({
  head: `<script>
  customElements.define('notice-card', class extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      const text = document.createElement('p');
      text.textContent = 'Inside the card: the ICB sets the budget for primary care.';
      root.append(text);
    }
  });
</script>`,
  body: `${paragraph('probe')}<notice-card id="card"></notice-card>`,
});

/** The page inside both frames; it records its own parse-time snapshot (see SNAPSHOT_SCRIPT). */
export const FRAME_PAGE = buildPage({ head: SNAPSHOT_SCRIPT, body: paragraph('framed') });

export const framesPage = (sameOrigin: string, crossOrigin: string) =>
  buildPage({
    body: `${paragraph('probe')}
<iframe id="same" src="${sameOrigin}/odd/frame.html" width="600" height="200"></iframe>
<iframe id="cross" src="${crossOrigin}/odd/frame.html" width="600" height="200"></iframe>`,
  });

/** Editors, form fields, SVG and MathML, each holding acronyms that must stay unwrapped. */
export const FIELDS_PAGE = buildPage({
  body: `${paragraph('probe')}
<div id="editor" contenteditable="true"><p>Draft: the ICS and the ICB agree.</p></div>
<form id="form">
  <label>Board <input id="input" value="ICB minutes"></label>
  <textarea id="textarea">Notes on the ICS budget</textarea>
  <select id="select"><option>ICS</option><option selected>ICB</option></select>
</form>
<svg id="svg" width="300" height="40"><text x="0" y="20">The ICS in a chart</text></svg>
<math id="math"><mi>ICB</mi><mo>+</mo><mi>ICS</mi></math>
<p id="after">${NHS_PROSE}</p>`,
});

/** Containers in FIELDS_PAGE where no wrapper may appear. */
export const UNWRAPPED_CONTAINERS = ['#editor', '#form', '#svg', '#math'];
