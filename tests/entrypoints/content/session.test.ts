// @vitest-environment happy-dom
// A page's start in three tasks: the opening is read in one, its definitions found in the next and
// the page weighed in a third, each recorded as an annotation batch; switching off in between
// cancels the rest.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageSession } from '../../../entrypoints/content/session';
import { MEASURE_NAME } from '../../../entrypoints/content/work-queue';

const ARTICLE =
  '<h1>How the NHS is organised</h1><p>Each integrated care board (ICB) plans NHS services with local councils, hospitals and GP practices in its integrated care system (ICS).</p>';

const nextTask = () => new Promise((done) => setTimeout(done, 0));
const batches = () => performance.getEntriesByName(MEASURE_NAME).length;
const wrapped = () => document.querySelectorAll('[data-nhs-term]').length;

let session: PageSession | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  performance.clearMeasures();
  document.title = 'NHS structures explained';
  document.body.innerHTML = ARTICLE;
});
afterEach(() => {
  session?.stop();
  session = undefined;
});

describe('PageSession start', () => {
  it('reads the opening, finds its definitions and weighs it in three tasks, each a measured batch', async () => {
    session = new PageSession(
      document,
      () => undefined,
      () => {},
    );
    await session.begin();
    expect(batches()).toBe(1);
    expect(session.state).toBe('no-context');
    await nextTask();
    expect(batches()).toBe(2);
    expect(session.state).toBe('no-context');
    await nextTask();
    expect(batches()).toBeGreaterThanOrEqual(3);
    expect(session.state).toBe('on');
    await new Promise((done) => setTimeout(done, 50));
    expect(wrapped()).toBeGreaterThan(0);
  });

  it('does not weigh or annotate a page switched off before its second task', async () => {
    session = new PageSession(
      document,
      () => undefined,
      () => {},
    );
    await session.begin();
    session.stop();
    await new Promise((done) => setTimeout(done, 50));
    expect(batches()).toBe(1);
    expect(session.state).toBe('no-context');
    expect(wrapped()).toBe(0);
  });

  it('does not weigh or annotate a page switched off between its second and third tasks', async () => {
    session = new PageSession(
      document,
      () => undefined,
      () => {},
    );
    await session.begin();
    await nextTask();
    session.stop();
    await new Promise((done) => setTimeout(done, 50));
    expect(batches()).toBe(2);
    expect(wrapped()).toBe(0);
  });

  it('stops after the first task on a page with no word of health in its opening', async () => {
    document.title = 'Spanning tree settings';
    document.body.innerHTML = '<h1>Switch settings</h1><p>Set the STP priority on each switch.</p>';
    session = new PageSession(
      document,
      () => undefined,
      () => {},
    );
    await session.begin();
    await new Promise((done) => setTimeout(done, 50));
    expect(batches()).toBe(1);
    expect(wrapped()).toBe(0);
  });
});
