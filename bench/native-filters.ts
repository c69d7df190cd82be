// `node bench/native-filters.ts`: whether a native filter could replace the scanner's walk.
// On each bench page, from an isolated world (where content scripts run), times the walk the
// scanner does (elements and text, so that open shadow roots are seen), a walk of text nodes only,
// and XPath queries that hand back only the text nodes that may hold an acronym, or only the custom
// elements that may host a shadow root. Each runs once, in a fresh isolated world: a world makes a
// script object for each node handed to it, once, and a second run would find them made.

import { launch } from '../tests/browser/harness.ts';
import { startServer } from '../tests/browser/server.ts';
import { buildPages } from './pages/index.ts';

const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ&';
// Two capitals (or an ampersand) in a row, found by mapping every capital to A.
const MAY_HOLD_ACRONYM = `.//text()[contains(translate(., '${CAPITALS}', '${'A'.repeat(CAPITALS.length)}'), 'AA')]`;
const CUSTOM_ELEMENTS = ".//*[contains(local-name(), '-')]";

// Sent to the page as source, so that they run in the isolated world as written.
const timed = (work: string) => `(() => {
  const start = performance.now();
  const count = (${work})();
  return (performance.now() - start).toFixed(0) + ' ms (' + count.toLocaleString('en-GB') + ')';
})()`;
const walk = (what: string) =>
  timed(`() => {
    const walker = document.createTreeWalker(document.body, ${what});
    let count = 0;
    while (walker.nextNode()) count++;
    return count;
  }`);
const xpath = (expression: string) =>
  timed(`() => document.evaluate(${JSON.stringify(expression)}, document.body, null,
    XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null).snapshotLength`);
const MEASURES: [string, string][] = [
  ['walk, elements and text', walk('NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT')],
  ['walk, text only', walk('NodeFilter.SHOW_TEXT')],
  ['XPath, text with two capitals', xpath(MAY_HOLD_ACRONYM)],
  ['XPath, custom elements', xpath(CUSTOM_ELEMENTS)],
];

const pages = buildPages();
const server = await startServer();
for (const page of pages) server.route(`/${page.id}`, page.html);
const { browser, close } = await launch('chromium', { withoutExtension: true });
try {
  const tab = await browser.newPage();
  for (const page of pages) {
    await tab.goto(`${server.origin}/${page.id}`, { timeout: 120_000 });
    const cdp = await tab.createCDPSession();
    const { frameTree } = await cdp.send('Page.getFrameTree');
    console.log(`${page.label}: time (nodes returned)`);
    for (const [what, expression] of MEASURES) {
      const world = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: `${page.id}: ${what}`,
      });
      const { result } = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: world.executionContextId,
        returnByValue: true,
      });
      console.log(`  ${what.padEnd(32)}${result.value}`);
    }
    await cdp.detach();
  }
} finally {
  await close();
  await server.close();
}
