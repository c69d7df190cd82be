// Runs the content script's work in short slices so no task blocks the page for long, and
// records each slice as a `nhs-glossary:annotate` performance measure (a documented contract).

export const MEASURE_NAME = 'nhs-glossary:annotate';

/** Our share of a frame: the browser still has to restyle and lay out what we changed. */
export const SLICE_BUDGET_MS = 4;

/** A unit of work that does as much as it can before the deadline and says whether any is left. */
export type SlicedTask = (deadline: number) => 'more' | 'done';

type Schedule = (run: () => void) => void;

// Urgent work (what is on screen) goes in the next task; the rest waits for idle time.
const soon: Schedule = (run) => setTimeout(run, 0);
const whenIdle: Schedule = (run) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(() => run(), { timeout: 500 })
    : setTimeout(run, 16);

export class WorkQueue {
  private readonly urgent: SlicedTask[] = [];
  private readonly idle: SlicedTask[] = [];
  private scheduled: 'soon' | 'idle' | null = null;
  private stopped = false;

  pushUrgent(task: SlicedTask): void {
    this.urgent.push(task);
    this.schedule();
  }

  pushIdle(task: SlicedTask): void {
    this.idle.push(task);
    this.schedule();
  }

  /** Drops all queued work; used when the extension is switched off or invalidated. */
  stop(): void {
    this.stopped = true;
    this.urgent.length = 0;
    this.idle.length = 0;
  }

  resume(): void {
    this.stopped = false;
  }

  private schedule(): void {
    if (this.stopped) return;
    const wanted = this.urgent.length > 0 ? 'soon' : this.idle.length > 0 ? 'idle' : null;
    if (!wanted || this.scheduled === 'soon' || this.scheduled === wanted) return;
    this.scheduled = wanted;
    (wanted === 'soon' ? soon : whenIdle)(() => this.runSlice(wanted));
  }

  private runSlice(kind: 'soon' | 'idle'): void {
    if (this.scheduled !== kind) return; // superseded by a more urgent schedule
    this.scheduled = null;
    if (this.stopped) return;
    const start = performance.now();
    const deadline = start + SLICE_BUDGET_MS;
    for (const queue of [this.urgent, this.idle]) {
      while (queue.length > 0 && performance.now() < deadline) {
        const task = queue[0] as SlicedTask;
        if (task(deadline) === 'done') queue.shift();
      }
    }
    performance.measure(MEASURE_NAME, { start, end: performance.now() });
    this.schedule();
  }
}
