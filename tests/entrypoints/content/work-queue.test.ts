// The queue's promise to the page: work runs in slices of SLICE_BUDGET_MS, urgent work first,
// and each slice is recorded as a performance measure. A fake clock makes this exact.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MEASURE_NAME,
  SLICE_BUDGET_MS,
  type SlicedTask,
  WorkQueue,
} from '../../../entrypoints/content/work-queue';

let clock = 0;
const measures: { start: number; end: number }[] = [];

beforeEach(() => {
  clock = 0;
  measures.length = 0;
  vi.useFakeTimers({ toFake: ['setTimeout', 'requestIdleCallback'] });
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  vi.spyOn(performance, 'measure').mockImplementation((name, options) => {
    if (name === MEASURE_NAME && typeof options === 'object') {
      measures.push({ start: Number(options.start), end: Number(options.end) });
    }
    return undefined as unknown as PerformanceMeasure;
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A task of `units` steps of 1 ms each that stops at its deadline, logging what it did. */
function steps(name: string, units: number, log: string[]): SlicedTask {
  let left = units;
  return (deadline) => {
    while (left > 0 && clock < deadline) {
      clock += 1;
      left -= 1;
      log.push(name);
    }
    return left > 0 ? 'more' : 'done';
  };
}

describe('WorkQueue', () => {
  it('cuts long work into slices of the budget, each one measured', () => {
    const queue = new WorkQueue();
    const log: string[] = [];
    queue.pushUrgent(steps('scan', 10, log));
    vi.runAllTimers();
    expect(log).toHaveLength(10);
    expect(measures.map(({ start, end }) => end - start)).toEqual([SLICE_BUDGET_MS, SLICE_BUDGET_MS, 2]);
  });

  it('runs urgent work before idle work queued earlier', () => {
    const queue = new WorkQueue();
    const log: string[] = [];
    queue.pushIdle(steps('idle', 2, log));
    queue.pushUrgent(steps('urgent', 2, log));
    vi.runAllTimers();
    expect(log).toEqual(['urgent', 'urgent', 'idle', 'idle']);
  });

  it('drops queued work when stopped, and takes new work after resuming', () => {
    const queue = new WorkQueue();
    const log: string[] = [];
    queue.pushUrgent(steps('before', 3, log));
    queue.stop();
    vi.runAllTimers();
    expect(log).toEqual([]);
    queue.resume();
    queue.pushUrgent(steps('after', 1, log));
    vi.runAllTimers();
    expect(log).toEqual(['after']);
  });
});
