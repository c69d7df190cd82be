// @vitest-environment happy-dom
// The watcher hears the page's changes and none of the extension's own, before, during and after them.
import { afterEach, describe, expect, it } from 'vitest';
import { PageWatcher } from '../../../entrypoints/content/page-watcher';

const settle = () => new Promise((done) => setTimeout(done, 0));

function watchBody() {
  const heard: string[] = [];
  const describe = (node: Node) =>
    node.nodeType === Node.TEXT_NODE ? `"${node.textContent}"` : node.nodeName;
  const watcher = new PageWatcher(
    {
      onAdded: (node) => heard.push(`added ${describe(node)}`),
      onTextChanged: (node) => heard.push(`text ${describe(node)}`),
      onRemoved: (node) => heard.push(`removed ${describe(node)}`),
    },
    () => false,
  );
  watcher.watch(document.body);
  return { watcher, heard };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PageWatcher', () => {
  it('hears nothing of changes made quietly, and hears the page again after them', async () => {
    document.body.innerHTML = '<p>The ICS met.</p>';
    const { watcher, heard } = watchBody();
    const paragraph = document.querySelector('p') as HTMLParagraphElement;
    watcher.quietly(() => {
      paragraph.append(document.createElement('nhs-term'));
      (paragraph.firstChild as Text).data = 'The ICB met.';
    });
    await settle();
    expect(heard).toEqual([]);

    paragraph.append('Later text.');
    await settle();
    expect(heard).toEqual(['added "Later text."']);
  });

  it('hands on the page’s changes made just before a quiet change, before making it', () => {
    document.body.innerHTML = '<p>The ICS met.</p>';
    const { watcher, heard } = watchBody();
    document.body.append(document.createElement('section'));
    watcher.quietly(() => {
      expect(heard).toEqual(['added SECTION']);
      document.body.append(document.createElement('aside'));
    });
    expect(heard).toEqual(['added SECTION']);
  });

  it('stays quiet until the outermost quiet change ends', async () => {
    const { watcher, heard } = watchBody();
    watcher.quietly(() => {
      watcher.quietly(() => document.body.append('inner'));
      document.body.append('outer');
    });
    await settle();
    expect(heard).toEqual([]);
    document.body.append('page');
    await settle();
    expect(heard).toEqual(['added "page"']);
  });

  it('keeps watching every root it was given, shadow roots included', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    const { watcher, heard } = watchBody();
    watcher.watch(shadow);
    watcher.quietly(() => shadow.append('ours'));
    shadow.append('the page’s');
    await settle();
    expect(heard).toEqual(['added "the page’s"']);
  });
});
