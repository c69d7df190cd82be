// Finds, decides and wraps acronyms on one document and undoes it exactly. Work follows the
// reader: only what is near the viewport is scanned, in short slices, and more as they scroll.

import type { PageProfile } from '../../glossary/context';
import type { AcronymMatcher } from '../../glossary/matcher';
import type { Entry } from '../../glossary/types';
import type { Reading } from '../../settings/schema';
import { Decider } from './decider';
import { PageWatcher } from './page-watcher';
import { SubtreeScanner } from './scanner';
import { splitText, type WrapRequest } from './split-text';
import { ViewportRegions } from './viewport-regions';
import { WorkQueue } from './work-queue';
import { WrappedTexts } from './wrapped-texts';

// Below SCREENS_BELOW (viewport-regions.ts), so the band is renewed before the reader reaches its end.
const RECHECK_SCREENS = 4;
// A batch's DOM changes may run this far past a slice's budget, so that a typical batch lands in
// one task (one layout) while no task of ours runs much past 10 ms.
const COMMIT_EXTRA_MS = 5;

// Text the page changes twice within this time is live; it is annotated once quiet this long.
const LIVE_TEXT_MS = 400;

interface Decided {
  node: Text;
  data: string;
  requests: WrapRequest[];
}

export interface AnnotatorSetup {
  entries: Entry[];
  matcher: AcronymMatcher;
  profile: PageProfile;
  reading: Reading;
  /** Acronyms the page's opening uses: prepared while the page lays itself out. */
  termsInOpening?: readonly string[];
  /** Called after annotations change, for the badge and the popup's "on this page". */
  onCountsChanged(counts: ReadonlyMap<string, number>): void;
}

export class Annotator {
  private readonly queue = new WorkQueue();
  private readonly decider: Decider;
  private readonly wrapped = new WrappedTexts();
  private readonly watcher: PageWatcher;
  private readonly regions: ViewportRegions;
  /** Where to look for unscanned regions: the body, and content added inside scanned parts. */
  private readonly roots = new Set<Element>();
  private readonly lastTextChange = new WeakMap<Text, number>();
  private readonly settleTimers = new WeakMap<Text, ReturnType<typeof setTimeout>>();
  private checkScheduled = false;
  private firstCommitDone = false;
  private lastCheckedScroll = Number.NEGATIVE_INFINITY;
  private pageScrolledOnly = true;
  private readonly onViewportMoved = (event: Event) => {
    // Nothing is read here: reading the scroll position in the event can force a layout.
    this.scheduleCheck(event.type === 'scroll' && event.target === this.doc);
  };

  constructor(
    private readonly doc: Document,
    private readonly setup: AnnotatorSetup,
  ) {
    this.decider = new Decider(setup.entries, setup.matcher, setup.profile, setup.reading);
    this.regions = new ViewportRegions(doc.defaultView as Window);
    this.watcher = new PageWatcher(
      {
        onAdded: (node) => this.onAdded(node),
        onTextChanged: (node) => this.onTextChanged(node),
        onRemoved: (node) => this.onRemoved(node),
      },
      this.wrapped.isOwn,
    );
  }

  start(): void {
    const body = this.doc.body;
    this.watcher.watch(body);
    this.roots.add(body);
    const view = this.doc.defaultView;
    // Capture catches scrolling of inner containers too; passive, it never delays a scroll.
    this.doc.addEventListener('scroll', this.onViewportMoved, { capture: true, passive: true });
    view?.addEventListener('resize', this.onViewportMoved, { passive: true });
    view?.addEventListener('load', this.onViewportMoved);
    if (this.setup.termsInOpening) this.queue.pushUrgent(this.decider.prepare(this.setup.termsInOpening));
    // Just after the next frame, when the browser has laid the page out itself: reading boxes
    // before then would force that first layout early, inside our work.
    requestAnimationFrame(() => setTimeout(() => this.checkNow(), 0));
  }

  /** Removes every wrapper and restores the page's text nodes exactly as they were. */
  stop(): void {
    this.queue.stop();
    this.doc.removeEventListener('scroll', this.onViewportMoved, { capture: true });
    this.doc.defaultView?.removeEventListener('resize', this.onViewportMoved);
    this.doc.defaultView?.removeEventListener('load', this.onViewportMoved);
    this.watcher.quietly(() => this.wrapped.restoreAll());
    this.watcher.disconnect();
    this.roots.clear();
  }

  /** Looks for unscanned regions in the next frame; `pageScroll` alone may not call for it. */
  private scheduleCheck(pageScroll = false): void {
    if (!pageScroll) this.pageScrolledOnly = false;
    if (this.checkScheduled) return;
    this.checkScheduled = true;
    // In a frame callback the layout is fresh, so reading boxes costs little.
    requestAnimationFrame(() => {
      this.checkScheduled = false;
      const view = this.doc.defaultView;
      // The page's own scrolling only calls for a look once the reader has moved far enough
      // that the annotated band is running out; inner scrolling boxes and resizes always do.
      const nearLastLook =
        view && Math.abs(view.scrollY - this.lastCheckedScroll) < RECHECK_SCREENS * view.innerHeight;
      const onlyScrolled = this.pageScrolledOnly;
      this.pageScrolledOnly = true;
      if (onlyScrolled && nearLastLook) return;
      this.checkNow();
    });
  }

  private checkNow(): void {
    this.lastCheckedScroll = this.doc.defaultView?.scrollY ?? 0;
    const nodes: Node[] = [];
    const body = this.doc.body;
    for (const root of this.roots) {
      if (root.isConnected) nodes.push(...this.regions.collect(root, root === body));
      if (!root.isConnected || (root !== body && this.regions.isDone(root))) this.roots.delete(root);
    }
    if (nodes.length > 0) this.scanNodes(nodes);
  }

  /**
   * Scans and decides in short slices, then changes the DOM once for the whole batch: every
   * frame in which the DOM changes costs the browser a style and layout pass over the page.
   */
  private scanNodes(nodes: Node[]): void {
    const found: Text[] = [];
    const decided: Decided[] = [];
    const scanners = nodes.map(
      (node) =>
        new SubtreeScanner(node, this.setup.matcher, {
          onCandidate: (text) => {
            if (!this.wrapped.isOwn(text)) found.push(text);
          },
          onShadowRoot: (shadow) => this.watchShadowRoot(shadow),
        }),
    );
    this.queue.pushUrgent((deadline) => {
      while ((scanners.length > 0 || found.length > 0) && performance.now() < deadline) {
        const node = found[0];
        if (node) {
          if (this.decide(node, decided, deadline)) found.shift();
        } else if ((scanners[0] as SubtreeScanner).scanUntil(deadline)) scanners.shift();
      }
      if (scanners.length > 0 || found.length > 0) {
        // The first batch on a page shows what is on screen as soon as it is decided; later
        // batches wait, so that the browser lays the page out once per batch.
        if (!this.firstCommitDone) this.commit(decided, deadline + COMMIT_EXTRA_MS);
        return 'more';
      }
      this.commit(decided, deadline + COMMIT_EXTRA_MS);
      return decided.length > 0 ? 'more' : 'done';
    });
  }

  /** Decides the node's acronyms until `deadline`; false when some are left for the next slice. */
  private decide(node: Text, decided: Decided[], deadline: number): boolean {
    if (!node.isConnected || this.wrapped.has(node)) return true;
    const requests = this.decider.requestsFor(node, deadline);
    if (!requests) return false;
    if (requests.length > 0) decided.push({ node, data: node.data, requests });
    return true;
  }

  /** Wraps what was decided, in order, until `deadline`; what is left stays in `decided`. */
  private commit(decided: Decided[], deadline: number): void {
    if (decided.length === 0) return;
    this.firstCommitDone = true;
    this.watcher.quietly(() => {
      while (decided.length > 0 && performance.now() < deadline) {
        const { node, data, requests } = decided.shift() as Decided;
        // The page may have changed the node since; the watcher has queued it again if so.
        if (!node.isConnected || this.wrapped.has(node) || node.data !== data) continue;
        this.wrapped.add(
          splitText(node, requests),
          requests.map((request) => request.label.term),
        );
      }
    });
    this.setup.onCountsChanged(this.wrapped.counts);
  }

  private watchShadowRoot(shadow: ShadowRoot): void {
    this.watcher.watch(shadow);
    this.scanNodes([shadow]);
  }

  private onAdded(node: Node): void {
    const interrupted = this.wrapped.splitAround(node);
    if (interrupted) {
      // The page placed a node right after its own text, which now sits before our pieces:
      // put the text back whole so the page's order holds, then annotate it afresh.
      this.watcher.quietly(() => this.wrapped.restore(interrupted));
      this.scanNodes([interrupted]);
      this.setup.onCountsChanged(this.wrapped.counts);
    }
    if (node.nodeType === Node.TEXT_NODE) this.scanNodes([node]);
    else if (node.nodeType === Node.ELEMENT_NODE) {
      // Added inside a part already scanned, it must be looked at on its own; elsewhere the
      // next look from the body will reach it.
      if (this.regions.isInsideDone(node)) this.roots.add(node as Element);
      this.scheduleCheck();
    }
  }

  private onTextChanged(node: Text): void {
    this.release(node);
    // A node the page keeps writing to (a ticker, a typewriter, streamed text) is left whole
    // until it settles: a page that appends reads back the node's text, and once split that
    // would be only the part before the first acronym.
    const now = performance.now();
    const previous = this.lastTextChange.get(node);
    this.lastTextChange.set(node, now);
    clearTimeout(this.settleTimers.get(node));
    if (previous === undefined || now - previous > LIVE_TEXT_MS) {
      if (node.isConnected) this.scanNodes([node]);
      return;
    }
    this.settleTimers.set(
      node,
      setTimeout(() => {
        if (node.isConnected && this.lastTextChange.get(node) === now) this.scanNodes([node]);
      }, LIVE_TEXT_MS),
    );
  }

  private onRemoved(node: Node): void {
    if (node.nodeType === Node.TEXT_NODE) this.release(node as Text);
  }

  /**
   * Takes back our pieces of a text node the page changed or removed. Most such nodes were never
   * split, and going quiet stops and restarts watching every root, so only split ones do.
   */
  private release(node: Text): void {
    if (!this.wrapped.has(node)) return;
    this.watcher.quietly(() => this.wrapped.release(node));
    this.setup.onCountsChanged(this.wrapped.counts);
  }
}
