// Turns the acronyms found in one text node into wrap requests, asking the glossary's context
// model what each occurrence means. Remembers in-page definitions in reading order.

import {
  type Definition,
  decideOccurrence,
  findDefinitions,
  type PageProfile,
  prepareTerm,
} from '../../glossary/context';
import { findEntry } from '../../glossary/index';
import type { AcronymMatch, AcronymMatcher } from '../../glossary/matcher';
import type { Entry } from '../../glossary/types';
import type { Reading } from '../../settings/schema';
import { type BlockText, blockOf, localTextAt, readBlockText } from './occurrence-context';
import { type PageSection, PageSections } from './page-sections';
import type { WrapRequest } from './split-text';
import type { SlicedTask } from './work-queue';

/** One text node's acronyms, decided one at a time. */
interface NodeInProgress {
  node: Text;
  /** The node's text when its deciding began: if the page changes it, deciding starts again. */
  data: string;
  matches: AcronymMatch[];
  next: number;
  blockText: BlockText;
  section?: PageSection;
  requests: WrapRequest[];
}

export class Decider {
  /** In-page definitions by acronym, in reading order. */
  private readonly definitions = new Map<string, Definition[]>();
  private readonly readBlocks = new WeakSet<Element>();
  private readonly termsSeen = new Set<string>();
  private readonly sections = new PageSections();
  private inProgress: NodeInProgress | undefined;

  constructor(
    private readonly entries: Entry[],
    private readonly matcher: AcronymMatcher,
    private readonly profile: PageProfile,
    private readonly reading: Reading,
  ) {}

  /** Prepares each of these acronyms in a step of its own, so that no first decision pays for it. */
  prepare(terms: readonly string[]): SlicedTask {
    const waiting = [...terms];
    return (deadline) => {
      while (waiting.length > 0 && performance.now() < deadline) {
        prepareTerm(waiting.shift() as string, this.profile, this.entries);
      }
      return waiting.length > 0 ? 'more' : 'done';
    };
  }

  /**
   * The wrap requests for `node`'s acronyms, or undefined when `deadline` passes first: then the
   * next call with the same node goes on where this one stopped. A node with several acronyms
   * met for the first time on a page (their code and patterns still cold) can take longer than
   * a slice, so the clock is read after each acronym; at least one is decided per call.
   */
  requestsFor(node: Text): WrapRequest[];
  requestsFor(node: Text, deadline: number): WrapRequest[] | undefined;
  requestsFor(node: Text, deadline = Number.POSITIVE_INFINITY): WrapRequest[] | undefined {
    const work =
      this.inProgress?.node === node && this.inProgress.data === node.data
        ? this.inProgress
        : this.begin(node);
    this.inProgress = work;
    do {
      const match = work.matches[work.next++];
      if (match) this.decideMatch(work, match);
    } while (work.next < work.matches.length && performance.now() < deadline);
    if (work.next < work.matches.length) return undefined;
    this.inProgress = undefined;
    return work.requests;
  }

  private begin(node: Text): NodeInProgress {
    const block = blockOf(node);
    const blockText = readBlockText(node, block);
    if (block) this.learnDefinitions(block, blockText.text);
    return {
      node,
      data: node.data,
      matches: this.matcher.find(node.data),
      next: 0,
      blockText,
      section: block ? this.sections.of(block) : undefined,
      requests: [],
    };
  }

  private decideMatch(work: NodeInProgress, match: AcronymMatch): void {
    const local = localTextAt(work.blockText, match.start);
    const decision = decideOccurrence(
      match.term,
      {
        ...local,
        section: work.section?.id,
        heading: work.section?.heading,
        definitionsBefore: this.definitionsFor(match.term),
      },
      this.profile,
      this.entries,
    );
    if (!decision.annotate || this.isHidden(match.term, decision.sense)) return;
    if (this.reading.firstOccurrenceOnly && this.termsSeen.has(match.term)) return;
    this.termsSeen.add(match.term);
    work.requests.push({
      start: match.start,
      end: match.end,
      label: { term: match.term, sense: decision.sense, description: describe(match.term, decision.sense) },
    });
  }

  private learnDefinitions(block: Element, text: string): void {
    if (this.readBlocks.has(block)) return;
    this.readBlocks.add(block);
    const section = this.sections.of(block).id;
    for (const found of findDefinitions(text, this.entries)) {
      const definition = { ...found, section };
      const known = this.definitions.get(definition.term);
      if (known) known.push(definition);
      else this.definitions.set(definition.term, [definition]);
    }
  }

  private definitionsFor(term: string): Definition[] {
    return this.definitions.get(term) ?? [];
  }

  private isHidden(term: string, sense: string | undefined): boolean {
    const hidden = this.reading.hiddenTerms;
    return hidden.includes(term) || (sense !== undefined && hidden.includes(`${term}:${sense}`));
  }
}

/** The expansion a screen reader hears with the term; both, when the sense is undecided. */
function describe(term: string, sense: string | undefined): string {
  const entry = findEntry(term);
  if (!entry) return term;
  const senses = sense ? entry.senses.filter((candidate) => candidate.id === sense) : entry.senses;
  return senses.map((candidate) => candidate.expansion).join(' or ');
}
