// The verdict on one acronym occurrence: annotate it or not, and with which sense. The page's own
// definitions decide first; otherwise false-friend words are weighed against NHS words.

import type { Entry } from '../types';
import { type Local, weighFalseFriends, weighNhs } from './evidence';
import { hasNhsContext } from './profile';
import { chooseSense } from './senses';
import { findAcronymEntry, signalsOf } from './signals';
import type { Decision, Definition, OccurrenceContext, PageProfile, TermSignals } from './types';
import { indexWordsOnce } from './words';

const NO_SIGNALS: TermSignals = { senses: {}, falseFriends: [] };

export function decideOccurrence(
  term: string,
  context: OccurrenceContext,
  profile: PageProfile,
  entries: readonly Entry[],
): Decision {
  const entry = findAcronymEntry(term, entries);
  if (!entry) return { annotate: false, reason: `${term}: not a glossary acronym` };
  const signals = signalsOf(entry);
  const local: Local = { sentence: indexWordsOnce(context.sentence), paragraph: indexWordsOnce(context.paragraph) };
  const page = profile.terms[entry.id] ?? NO_SIGNALS;
  const choose = () => chooseSense(signals, local, page, profile.pageDate);

  const defined = byDefinition(entry.id, context.definitionsBefore ?? [], profile.definitions);
  if (defined && !defined.ours) return { annotate: false, reason: `${entry.id}: ${defined.why}` };
  if (defined) {
    const sense = signals.senses.length > 1 ? defined.senseId : undefined;
    return annotate(entry.id, sense === undefined ? choose() : { sense, why: 'sense as defined' }, defined.why);
  }

  const nhs = weighNhs(signals, local, page, profile);
  const falseFriend = weighFalseFriends(signals, local, page);
  if (falseFriend && falseFriend.score >= nhs.score) {
    return { annotate: false, reason: `${entry.id}: false friend ${falseFriend.why} outweighs ${nhs.why}` };
  }
  const vs = falseFriend ? ` beats ${falseFriend.why}` : '';
  if (!falseFriend && !hasNhsContext(profile) && nhs.score === 0) {
    return { annotate: false, reason: `${entry.id}: no NHS context on the page or nearby` };
  }
  return annotate(entry.id, choose(), `${nhs.why}${vs}`);
}

function annotate(id: string, choice: { sense?: string; why: string }, why: string): Decision {
  const reason = `${id}: ${why}; ${choice.why}`;
  return choice.sense === undefined ? { annotate: true, reason } : { annotate: true, sense: choice.sense, reason };
}

interface DefinitionVerdict {
  ours: boolean;
  senseId?: string;
  why: string;
}

/**
 * A page that defines the letters one way means them that way throughout. A page that defines
 * them in more than one way means, at each occurrence, what the nearest definition before it says.
 */
function byDefinition(
  term: string,
  before: readonly Definition[],
  onPage: readonly Definition[],
): DefinitionVerdict | undefined {
  const nearest = before.filter((definition) => definition.term === term).at(-1);
  if (nearest) return verdictOf([nearest], `defined as ${describeMeaning(nearest)} at ${nearest.index}`);
  const ofTerm = onPage.filter((definition) => definition.term === term);
  const ours = ofTerm.filter((definition) => definition.meaning.kind === 'sense');
  if (ofTerm.length === 0 || (ours.length > 0 && ours.length < ofTerm.length)) return undefined;
  return verdictOf(ofTerm, `defined on the page as ${[...new Set(ofTerm.map(describeMeaning))].join(' and ')}`);
}

function verdictOf(definitions: Definition[], why: string): DefinitionVerdict {
  const senses = new Set(definitions.map((definition) => definition.meaning).flatMap((m) => (m.kind === 'sense' ? [m.senseId] : [])));
  if (senses.size === 0) return { ours: false, why };
  const [only] = senses;
  return senses.size === 1 && only !== undefined ? { ours: true, senseId: only, why } : { ours: true, why };
}

function describeMeaning(definition: Definition): string {
  const { meaning } = definition;
  return meaning.kind === 'sense' ? `sense ${meaning.senseId}` : meaning.kind;
}
