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
import type { AcronymMatcher } from '../../glossary/matcher';
import type { Entry } from '../../glossary/types';
import type { Reading } from '../../settings/schema';
import { blockOf, localTextAt, readBlockText } from './occurrence-context';
import { PageSections } from './page-sections';
import type { WrapRequest } from './split-text';
import type { SlicedTask } from './work-queue';

export class Decider {
  /** In-page definitions by acronym, in reading order. */
  private readonly definitions = new Map<string, Definition[]>();
  private readonly readBlocks = new WeakSet<Element>();
  private readonly termsSeen = new Set<string>();
  private readonly sections = new PageSections();

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

  requestsFor(node: Text): WrapRequest[] {
    const block = blockOf(node);
    const blockText = readBlockText(node, block);
    if (block) this.learnDefinitions(block, blockText.text);
    const section = block ? this.sections.of(block) : undefined;
    const requests: WrapRequest[] = [];
    for (const match of this.matcher.find(node.data)) {
      const local = localTextAt(blockText, match.start);
      const decision = decideOccurrence(
        match.term,
        {
          ...local,
          section: section?.id,
          heading: section?.heading,
          definitionsBefore: this.definitionsFor(match.term),
        },
        this.profile,
        this.entries,
      );
      if (!decision.annotate || this.isHidden(match.term, decision.sense)) continue;
      if (this.reading.firstOccurrenceOnly && this.termsSeen.has(match.term)) continue;
      this.termsSeen.add(match.term);
      requests.push({
        start: match.start,
        end: match.end,
        label: { term: match.term, sense: decision.sense, description: describe(match.term, decision.sense) },
      });
    }
    return requests;
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
