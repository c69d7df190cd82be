// What the popup is showing, and its address: `#entry=ICP&sense=provider` opens an entry
// directly (the tooltip's "More" and the context menu use it), `#comparison` the comparison.
import { findEntry } from '../../glossary/index';
import { entryHash } from '../../messaging/protocol';

export type View =
  | { kind: 'home' }
  | { kind: 'entry'; entryId: string; senseId?: string }
  | { kind: 'comparison' };

export const HOME: View = { kind: 'home' };

/** The view an address asks for; home for anything unknown. */
export function viewFromHash(hash: string): View {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (params.has('comparison')) return { kind: 'comparison' };
  const entry = findEntry(params.get('entry') ?? '');
  if (!entry) return HOME;
  const sense = params.get('sense') ?? undefined;
  const known = entry.senses.some((candidate) => candidate.id === sense);
  return { kind: 'entry', entryId: entry.id, senseId: known ? sense : undefined };
}

export function hashForView(view: View): string {
  if (view.kind === 'entry') return entryHash(view.entryId, view.senseId);
  return view.kind === 'comparison' ? '#comparison' : '';
}

/** The views to start with: home underneath, so Escape or Back from a linked entry goes home. */
export const initialViews = (hash: string): View[] => {
  const view = viewFromHash(hash);
  return view.kind === 'home' ? [HOME] : [HOME, view];
};
