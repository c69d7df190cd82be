// The context model's inputs and outputs: what a page defines, what it is about, and the
// verdict on one acronym occurrence.

import type { Entry, IsoDate } from '../types';

/** What an in-page expansion says the letters mean. */
export type DefinitionMeaning =
  | { kind: 'sense'; senseId: string }
  /**
   * `clinical` for a meaning said on wards, beside the same everyday health words as ours;
   * `organisation` for one of those that is a society or a company, with a board of its own;
   * `notABody` for a thing that never has staff or a board (a parking fine).
   */
  | {
      kind: 'false-friend';
      clinical?: true;
      organisation?: true;
      notABody?: true;
      timeZone?: true;
      neverPlural?: true;
    }
  /** An expansion the glossary does not know, whose initials spell the acronym: not ours. */
  | { kind: 'other'; expansion: string };

export interface Definition {
  /** The glossary id being defined (`PCN`). */
  term: string;
  meaning: DefinitionMeaning;
  /** Offset of the acronym itself in the text that was searched. */
  index: number;
  /** The page section (under one heading) it was found in, when the reader knows sections. */
  section?: number;
}

/** What one text shows for an entry's meanings. */
export interface FoundSignals {
  /** Found per NHS sense id. */
  senses: Record<string, readonly string[]>;
  /** Found for any NHS sense (a word shared by two senses is listed once). */
  anySense: readonly string[];
  /** Found per false friend, in the entry's order. */
  falseFriends: (readonly string[])[];
  /** Senses whose expansion the page spells out. */
  namedSenses: string[];
  /** The page spells out a false friend's expansion. */
  namesFalseFriend: boolean;
}

/** What the page shows for an entry's meanings, and which of its senses the title names. */
export interface TermSignals extends FoundSignals {
  /** Senses whose expansion the page's title spells out: what the page is about. */
  namedInTitle: string[];
}

export interface PageProfile {
  /** Weighted count of general NHS vocabulary in the title, headings and sample. */
  nhsScore: number;
  nhsWords: { strong: readonly string[]; weak: readonly string[] };
  /** The page is on an NHS web address (`*.nhs.uk`). */
  nhsAddress: boolean;
  pageDate?: IsoDate;
  /**
   * The meaning words found on the page for one acronym entry, worked out the first time that
   * acronym is met: a page uses a handful of the glossary's acronyms, and reading the page for
   * all of them up front was most of the content script's start-up.
   */
  termSignals(entry: Entry): TermSignals;
  /**
   * Whether the page's opening makes the letters a place's body, an area, a person or a body that
   * acts somewhere (used-as-ours.ts). Asked only where the page defines another meaning of them.
   */
  usesLettersAsOurs(entry: Entry): boolean;
  definitions: Definition[];
}

export interface PageInput {
  title: string;
  headings: string;
  sample: string;
  url?: string;
  pageDate?: IsoDate;
  definitions: Definition[];
}

export interface OccurrenceContext {
  sentence: string;
  paragraph: string;
  /** Where the acronym starts in `sentence`, so a sentence of two clauses is read by the right one. */
  sentenceOffset?: number;
  /** This acronym's page definitions that come before the occurrence, nearest last. */
  definitionsBefore?: Definition[];
  /** The page section the occurrence is in; compared with its definitions' sections. */
  section?: number;
  /** The heading its section comes under, when the occurrence is not in that heading. */
  heading?: string;
}

export type Decision =
  | { annotate: false; reason: string }
  /** `sense` only for entries with several senses, and only when the context decides it. */
  | { annotate: true; sense?: string; reason: string };
