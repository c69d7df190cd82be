// `npm start`: builds the extension, serves the demo article from 127.0.0.1 and opens a
// browser window with the extension loaded on it. `npm start -- --firefox` for Firefox.

import { spawnSync } from 'node:child_process';
import { launch } from '../tests/browser/harness.ts';
import { startServer } from '../tests/browser/server.ts';

const browserName = process.argv.includes('--firefox') ? 'firefox' : 'chromium';
const build = spawnSync('npx', ['wxt', 'build', ...(browserName === 'firefox' ? ['-b', 'firefox'] : [])], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startServer();
const extension = await launch(browserName, { headless: false });
const [page] = await extension.browser.pages();
const demo = await (page ?? (await extension.browser.newPage())).goto(`${server.origin}/demo-article.html`);
console.log(`Demo article: ${demo?.url()} — hover a dotted term. Close the browser to stop.`);
extension.browser.on('disconnected', async () => {
  await server.close();
  process.exit(0);
});
