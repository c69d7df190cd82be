// Builds the NHS pages: a short article, a long plain report and a very long page full of
// links, inline markup, lists and tables. Same seed, same bytes.

import { pageShell } from './html.ts';
import { NHS_ACRONYMS, NHS_HEADINGS, nhsSentence, slotAcronym } from './nhs-prose.ts';
import { type Picker, picker } from './prng.ts';

export interface NhsPageOptions {
  seed: number;
  title: string;
  /** Stop once the body has this many words or bytes, whichever is given. */
  words?: number;
  bytes?: number;
  /** Chance that a sentence is one with acronyms; steers acronyms per byte. */
  acronymShare: number;
  /** Links, bold and emphasis inside prose, plus lists and tables between paragraphs. */
  richMarkup: boolean;
}

const NHS_ACRONYM_PATTERN = new RegExp(`\\b(?:${NHS_ACRONYMS.join('|')})\\b`, 'g');

const organisationLink = (pick: Picker, acronym: string, text: string): string =>
  `<a class="nhsuk-link nhsuk-link--no-visited-state" data-track-category="organisation" data-track-label="${acronym.toLowerCase()}-${pick.between(1, 42)}" title="Board papers, minutes and annual reports" href="/organisations/${acronym.toLowerCase()}/${pick.between(1, 42)}/board-papers-and-minutes?from=integrated-care-record&amp;section=${pick.between(1, 99)}">${text}</a>`;

// Sites built with component frameworks carry a lot of markup per word; this keeps the 10 MB
// page's height (and so the bench's scrolling time) in line with its bytes.
const analytics = (pick: Picker, component: string): string =>
  ` data-analytics='{"component":"${component}","section":"s-${pick.between(1, 999)}","position":${pick.between(1, 99999)},"experiment":"care-record-2024-b","consent":"granted"}'`;

function inlineAcronym(pick: Picker, rich: boolean): string {
  const acronym = slotAcronym(pick);
  if (!rich) return acronym;
  const roll = pick.between(0, 19);
  if (roll < 4) return organisationLink(pick, acronym, acronym);
  if (roll < 6) return `<b>${acronym}</b>`;
  if (roll < 7) return `<em>${acronym}</em>`;
  return acronym;
}

function sentence(pick: Picker, options: NhsPageOptions): string {
  const text = nhsSentence(pick, options.acronymShare)
    .replace('&', '&amp;')
    .replace(/\{A\}/g, () => inlineAcronym(pick, options.richMarkup));
  if (!options.richMarkup || !pick.chance(0.2)) return text;
  return pick.chance(0.5) ? `<em>${text}</em>` : organisationLink(pick, 'news', text);
}

const sentences = (pick: Picker, options: NhsPageOptions, count: number): string =>
  Array.from({ length: count }, () => sentence(pick, options)).join(' ');

function table(pick: Picker): string {
  const rows = Array.from({ length: pick.between(4, 10) }, (_, index) => {
    const acronym = slotAcronym(pick);
    const cells = [
      organisationLink(pick, acronym, `${acronym} ${pick.between(1, 42)}`),
      `${pick.between(200, 1900)} thousand`,
      `£${pick.between(1, 9)}.${pick.between(0, 9)} bn`,
      organisationLink(pick, 'pcn', `PCN ${pick.between(3, 40)}`),
      organisationLink(pick, 'board', 'Board papers'),
    ];
    return `<tr class="${index % 2 ? 'row-even' : 'row-odd'}"${analytics(pick, 'table-row')}>${cells.map((cell) => `<td class="cell">${cell}</td>`).join('')}</tr>`;
  });
  const head = ['Body', 'Population', 'Budget', 'Networks', 'Papers'].map(
    (name) => `<th scope="col">${name}</th>`,
  );
  return `<table class="data-table"><caption>Budgets by ${slotAcronym(pick)} area</caption><tr>${head.join('')}</tr>${rows.join('')}</table>`;
}

function block(pick: Picker, options: NhsPageOptions): string {
  if (!options.richMarkup) return `<p>${sentences(pick, options, pick.between(3, 6))}</p>`;
  if (pick.chance(0.2)) {
    const items = Array.from(
      { length: pick.between(3, 6) },
      () => `<li class="list-item"${analytics(pick, 'list-item')}>${sentence(pick, options)}</li>`,
    );
    return `<ul class="key-points">${items.join('')}</ul>`;
  }
  if (pick.chance(0.25)) return table(pick);
  const paragraph = `<p class="nhsuk-body" id="para-${pick.between(1, 999999)}">${sentences(pick, options, pick.between(3, 6))}</p>`;
  return `<div class="nhsuk-grid-row"${analytics(pick, 'prose')}><div class="nhsuk-grid-column-two-thirds">${paragraph}</div></div>`;
}

const heading = (pick: Picker, level: 2 | 3): string =>
  `<h${level}>${pick.pick(NHS_HEADINGS).replace('{A}', slotAcronym(pick))}</h${level}>`;

export function buildNhsPage(options: NhsPageOptions): string {
  const pick = picker(options.seed);
  const parts = [`<h1>${options.title}</h1>`, `<p>${sentences(pick, options, 3)}</p>`];
  let bytes = 0;
  let words = 0;
  const done = () =>
    (options.bytes !== undefined && bytes >= options.bytes) ||
    (options.words !== undefined && words >= options.words);
  for (let index = 0; !done(); index++) {
    const part =
      index % 7 === 0 ? heading(pick, options.richMarkup && index % 14 ? 3 : 2) : block(pick, options);
    parts.push(part);
    bytes += part.length + 1;
    words += part
      .replace(/<[^>]+>/g, ' ')
      .split(/\s+/)
      .filter(Boolean).length;
  }
  return pageShell({
    title: options.title,
    description: 'How integrated care systems, boards and partnerships plan NHS and social care services.',
    body: `<main>\n${parts.join('\n')}\n</main>`,
    wide: options.richMarkup,
  });
}

/** Acronym occurrences in the page's visible text (tags and attributes left out). */
export const countNhsAcronyms = (html: string): number =>
  html
    .slice(html.indexOf('<body>'))
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&amp;', '&')
    .match(NHS_ACRONYM_PATTERN)?.length ?? 0;
