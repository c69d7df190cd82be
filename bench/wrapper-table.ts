// `node bench/wrapper-table.ts`: why the 10 MB page still has annotate slices over 10 ms.
// Creates elements one at a time from the page's own world and from an isolated world (where
// extension content scripts run) and prints every createElement call that took over 2 ms, with
// how many elements had been created before it. Chromium keeps an isolated world's script objects
// for DOM nodes in a table that doubles as it fills; each doubling is one long call, twice as long
// as the one before. The page's own world keeps them with the nodes and has no such steps.

import { launch } from '../tests/browser/harness.ts';
import { startServer } from '../tests/browser/server.ts';

const ELEMENTS = Number(process.env.ELEMENTS ?? 300_000);
const SLOW_CALL_MS = 2;

// Sent to the page as source: creates ELEMENTS elements, keeps them, and lists the slow calls.
const createElements = `(() => {
  const kept = [];
  const slow = [];
  for (let index = 0; index < ${ELEMENTS}; index++) {
    const start = performance.now();
    kept.push(document.createElement('nhs-term'));
    const took = performance.now() - start;
    if (took > ${SLOW_CALL_MS}) slow.push(index.toLocaleString('en-GB') + ': ' + took.toFixed(1) + ' ms');
  }
  return slow.join(', ') || 'none';
})()`;

const server = await startServer();
server.route('/blank', '<!doctype html><title>blank</title>');
const { browser, close } = await launch('chromium', { withoutExtension: true });
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/blank`);
  const cdp = await page.createCDPSession();
  const mainWorld = await cdp.send('Runtime.evaluate', { expression: createElements, returnByValue: true });
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'bench',
  });
  const isolated = await cdp.send('Runtime.evaluate', {
    expression: createElements,
    contextId: world.executionContextId,
    returnByValue: true,
  });
  console.log(
    `createElement calls over ${SLOW_CALL_MS} ms, of ${ELEMENTS.toLocaleString('en-GB')} (elements before: time)`,
  );
  console.log(`  page's own world: ${mainWorld.result.value}`);
  console.log(`  isolated world:   ${isolated.result.value}`);
} finally {
  await close();
  await server.close();
}
