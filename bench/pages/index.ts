// The pages the bench loads, built once per run from fixed seeds.

import { buildNetworkPage } from './network-page.ts';
import { buildNhsPage, countNhsAcronyms } from './nhs-pages.ts';

export interface BenchPage {
  id: string;
  label: string;
  html: string;
  /** True when every acronym on the page should end up annotated. */
  nhs: boolean;
  /** Acronym occurrences the generator wrote into the visible text. */
  acronyms: number;
}

const MB = 1024 * 1024;

function nhsPage(id: string, label: string, html: string): BenchPage {
  return { id, label, html, nhs: true, acronyms: countNhsAcronyms(html) };
}

export function buildPages(): BenchPage[] {
  return [
    nhsPage(
      'article',
      'NHS article, 2,000 words',
      buildNhsPage({
        seed: 1,
        title: 'What integrated care means for you',
        words: 2000,
        acronymShare: 0.35,
        richMarkup: false,
      }),
    ),
    nhsPage(
      'report-2mb',
      'NHS report, 2 MB',
      buildNhsPage({
        seed: 2,
        title: 'Annual report on integrated care',
        bytes: 2 * MB,
        acronymShare: 0.14,
        richMarkup: false,
      }),
    ),
    nhsPage(
      'rich-10mb',
      'NHS rich page, 10 MB',
      buildNhsPage({
        seed: 3,
        title: 'Integrated care: the full record',
        bytes: 10 * MB,
        acronymShare: 0.8,
        richMarkup: true,
      }),
    ),
    {
      id: 'network-2mb',
      label: 'Networking page, 2 MB',
      html: buildNetworkPage(4, 2 * MB),
      nhs: false,
      acronyms: 0,
    },
  ];
}
