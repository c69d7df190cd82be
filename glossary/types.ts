// The shape of the bundled glossary. Pure data types: no DOM, no browser APIs.

/** Where a term stands today. `dormant`: never abolished in law, but no longer in use. */
export type Status = 'current' | 'abolished' | 'renamed' | 'proposed' | 'dormant';

/** ISO date, as precise as the source allows: `2022-07-01`, `2018-02` or `2016`. */
export type IsoDate = string;

/** A source note: who said it, where and when. Referenced by id from senses and events. */
export interface Source {
  id: string;
  publisher: string;
  title: string;
  /** When the source was published or last updated, as precise as known; `n.d.` when undated. */
  date: string;
  url?: string;
}

export type EventKind =
  | 'introduced'
  | 'renamed'
  | 'statutory'
  | 'merged'
  | 'abolished'
  | 'announced'
  | 'changed'
  | 'count';

/** One dated fact in a sense's history. Used for timelines and "since this page was written". */
export interface DatedEvent {
  date: IsoDate;
  kind: EventKind;
  /** Plain-English, short enough for a tooltip line: "abolished; duties passed to ICBs". */
  text: string;
  /** 1 = changes what the term means or whether it exists; 2 = notable; 3 = detail. */
  importance: 1 | 2 | 3;
  /** For `count` events: how many there were from this date. */
  count?: number;
  sources: string[];
}

export interface StatusInfo {
  status: Status;
  /** When the status took effect (for `current`, when it began in its present form). */
  since?: IsoDate;
  /** Entry ids that took over, for abolished or renamed terms. */
  replacedBy?: string[];
  /** One short clause for the tooltip: "abolished 1 July 2022, replaced by ICBs". */
  summary?: string;
}

export interface Sense {
  /** Stable id, unique within its entry: `main` for single-sense entries, else e.g. `partnership`. */
  id: string;
  expansion: string;
  /** Tooltip text: plain English, at most about 45 words. */
  short: string;
  /** The popup's fuller explanation, a few short paragraphs separated by blank lines. */
  long: string;
  status: StatusInfo;
  events: DatedEvent[];
  /** Lower-case words and phrases that signal this sense near an occurrence. */
  contextWords: string[];
  /** A place's name before the letters ("the Westmoor ICP") names a local body of this sense. */
  namedAfterPlaces?: true;
  /** The letters name a person (the family doctor), so a person's verbs around them speak for this sense. */
  aPerson?: true;
  /** The letters name a body that serves an area, so "across the ICS" or "in our PCN" speaks for this sense. */
  anArea?: true;
  /** The letters name a group of people who meet (a team), so "the MDT meets" or "MDT members" speaks for this sense. */
  aGroup?: true;
  /** Lower-case things this sense has and the others lack ("contract"): denied them, the letters mean another sense. */
  marks?: string[];
  /**
   * Lower-case words that speak for this sense only right beside the letters, as what the sense
   * is or does ("the STP was written", "the STP has asked us"): further off they speak of anything.
   */
  besideWords?: string[];
  /**
   * The reading to take when nothing on the page tells the senses apart: the STP was a partnership
   * from 2017 to 2022 and a plan only in 2016, so most writing about STPs means the body.
   */
  usualReading?: true;
  /** Ids of the sources behind what this sense states. */
  sources: string[];
}

/** A meaning outside NHS structures that the same letters carry, and the words that give it away. */
export interface FalseFriend {
  expansion: string;
  field: string;
  /**
   * Said on wards and in clinics, beside the same everyday health words ("patient", "nurse") as
   * the NHS meaning, so those words cannot tell the two apart.
   */
  clinical?: true;
  /** A society or a company: it has a board and speaks, as the NHS's bodies do. */
  organisation?: true;
  /** A thing, not an organisation (a parking fine): it never has staff, a board or a say. */
  notABody?: true;
  /** A product, a sum or a tally: never more than one, so "GPs" are never this meaning. */
  neverPlural?: true;
  /** A time zone: the letters straight after a clock time ("9am MDT") are this meaning. */
  timeZone?: true;
  /** A political party: the letters in brackets after a member's name or seat are this meaning. */
  party?: true;
  /** An event one goes to or wins: "enjoy the GP", "won the GP", "between each GP" are this meaning. */
  event?: true;
  /** A price: the letters with a sum in pence a few words on ("the LTP was 184p") are this meaning. */
  price?: true;
  /** A margin: the letters given a percentage as their value ("our GP is 38 per cent") are this meaning. */
  margin?: true;
  /** A notice: the letters someone gets, receives or is sent ("came back to a PCN", "a council PCN") are this meaning. */
  notice?: true;
  /** Lower-case words that speak for this meaning only right beside the letters ("got a PCN", "LTP allergy"). */
  besideWords?: string[];
  /** Lower-case words and phrases that signal this meaning near an occurrence. */
  signals: string[];
  sources: string[];
}

export interface Entry {
  /** Canonical acronym (`ICS`, `A&E`) or, for unabbreviated terms, the term itself in lower case. */
  id: string;
  /** `acronym` entries are annotated on pages; `term` entries are for look-up in the popup. */
  kind: 'acronym' | 'term';
  senses: Sense[];
  related: string[];
  falseFriends: FalseFriend[];
  /** Other spellings a reader may search for ("NHS England" for NHSE). */
  aliases?: string[];
}

/** One row of the ICS/ICP comparison: the same question answered for each column. */
export interface ComparisonRow {
  question: string;
  answers: { text: string; sources: string[] }[];
}

export interface Comparison {
  title: string;
  /** Column heads, each naming an entry and sense: { entry: 'ICP', sense: 'provider' }. */
  columns: { entry: string; sense: string; label: string }[];
  rows: ComparisonRow[];
}

export interface Glossary {
  version: string;
  /** When the content was last checked against its sources. */
  reviewed: IsoDate;
  entries: Entry[];
  sources: Source[];
  comparison: Comparison;
}
