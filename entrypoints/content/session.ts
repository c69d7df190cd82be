// One page's life with the extension: reads settings, decides whether to run here, starts and
// stops the annotator as the reader switches the site or the extension, and answers the popup.

import { type Definition, hasNhsContext } from '../../glossary/context';
import { ENTRIES } from '../../glossary/entries';
import { ACRONYM_IDS } from '../../glossary/index';
import { createMatcher } from '../../glossary/matcher';
import type { IsoDate } from '../../glossary/types';
import { readSettings, type Settings, watchSettings } from '../../settings/read';
import { isEnabledOn } from '../../settings/site-rules';
import { Annotator } from './annotator';
import {
  findOpeningDefinitions,
  mayBeAboutHealth,
  type PageOpening,
  readOpening,
  readPageProfile,
} from './page-profile-reader';
import { MEASURE_NAME } from './work-queue';

export type PageState = 'on' | 'site-off' | 'global-off' | 'no-context';

const UNDERLINE_ATTRIBUTE = 'data-nhs-glossary-underline';

export class PageSession {
  private annotator: Annotator | undefined;
  private settings: Settings | undefined;
  /** Cancels a start that is waiting for its second task. */
  private cancelPending: (() => void) | undefined;
  private readonly matcher = createMatcher(ACRONYM_IDS);
  state: PageState = 'no-context';
  counts: ReadonlyMap<string, number> = new Map();

  constructor(
    private readonly doc: Document,
    private readonly pageDate: () => IsoDate | undefined,
    private readonly onCounts: (counts: ReadonlyMap<string, number>) => void,
    /** Told when annotating starts and stops, for the parts that only make sense alongside it. */
    private readonly onAnnotating: (annotating: boolean) => void = () => {},
  ) {}

  async begin(): Promise<() => void> {
    this.apply(await readSettings());
    return watchSettings((settings) => this.apply(settings));
  }

  /** Re-reads the page (an app navigated) and starts afresh if the reader has it on. */
  restart(): void {
    this.stop();
    if (this.settings) this.apply(this.settings);
  }

  stop(): void {
    this.stopAnnotator();
    this.doc.documentElement.removeAttribute(UNDERLINE_ATTRIBUTE);
    this.reportCounts(new Map());
    this.onAnnotating(false);
  }

  get currentSettings(): Settings | undefined {
    return this.settings;
  }

  private apply(settings: Settings): void {
    const readingChanged = this.settings?.reading !== undefined && this.settings.reading !== settings.reading;
    this.settings = settings;
    const host = this.doc.location?.hostname ?? '';
    const wanted = isEnabledOn(host, settings.siteRules, settings.enabled);
    if (!wanted) {
      this.stop();
      this.state = settings.enabled ? 'site-off' : 'global-off';
      return;
    }
    if (this.annotator && !readingChanged) {
      this.showUnderline(settings);
      return;
    }
    this.stopAnnotator();
    this.startAnnotating(settings);
  }

  private stopAnnotator(): void {
    this.cancelPending?.();
    this.cancelPending = undefined;
    this.annotator?.stop();
    this.annotator = undefined;
  }

  private startAnnotating(settings: Settings): void {
    const opening = this.measured(() => readOpening(this.doc));
    this.state = 'no-context';
    if (!mayBeAboutHealth(opening)) return;
    // Finding the opening's definitions and weighing it are the start's dearer parts (several ms
    // each while the code is cold), so each gets a task of its own; a switch-off or restart in
    // between cancels the rest.
    this.inNextTask(() => {
      const definitions = this.measured(() => findOpeningDefinitions(opening, ENTRIES));
      this.inNextTask(() => this.startOnProfile(settings, opening, definitions));
    });
  }

  private inNextTask(work: () => void): void {
    const pending = setTimeout(() => {
      this.cancelPending = undefined;
      work();
    }, 0);
    this.cancelPending = () => clearTimeout(pending);
  }

  private measured<T>(work: () => T): T {
    const started = performance.now();
    const result = work();
    performance.measure(MEASURE_NAME, { start: started, end: performance.now() });
    return result;
  }

  private startOnProfile(settings: Settings, opening: PageOpening, definitions: Definition[]): void {
    const body = this.doc.body;
    const profile = this.measured(() => {
      const read = readPageProfile(this.doc, opening, ENTRIES, this.pageDate(), definitions);
      return hasNhsContext(read, ENTRIES) ? read : undefined;
    });
    if (!body || !profile) return;
    this.state = 'on';
    // Only a page that will be annotated gets the attribute: changing <html> restyles the whole
    // page, which on a long page about something else would be our largest cost there.
    this.showUnderline(settings);
    this.annotator = new Annotator(this.doc, {
      entries: ENTRIES,
      matcher: this.matcher,
      profile,
      reading: settings.reading,
      termsInOpening: [
        ...new Set(this.matcher.find(`${opening.title}\n${opening.sample}`).map((match) => match.term)),
      ],
      onCountsChanged: (counts) => this.reportCounts(counts),
    });
    this.annotator.start();
    this.onAnnotating(true);
  }

  private showUnderline(settings: Settings): void {
    this.doc.documentElement.setAttribute(UNDERLINE_ATTRIBUTE, settings.appearance.underline);
  }

  private reportCounts(counts: ReadonlyMap<string, number>): void {
    this.counts = counts;
    this.onCounts(counts);
  }
}
