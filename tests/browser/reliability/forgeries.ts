// What a hostile page can send the extension without any privilege: window messages, custom
// events named as WXT names its own, and input events made by script (isTrusted false).

export interface Forgery {
  name: string;
  /** Runs in the page with the extension's runtime id; returns how many inputs it sent. */
  forge(runtimeId: string): number;
}

// WXT's content-script context listens for these names to stop an older copy of the script
// (content-script-started) and to follow single-page navigation (locationchange).
export const FORGERIES: Forgery[] = [
  {
    name: 'the extension’s own message types sent by postMessage',
    forge: () => {
      const messages = [
        { type: 'page-report' },
        { type: 'next-term' },
        { type: 'open-entry', term: 'ICS' },
        { type: 'counts', total: 999 },
      ];
      for (const message of messages) window.postMessage(message, '*');
      return messages.length;
    },
  },
  {
    name: 'a WXT script-started message by postMessage',
    forge: (id) => {
      const type = `${id}:content:wxt:content-script-started`;
      window.postMessage({ type, contentScriptName: 'content', messageId: 'forged' }, '*');
      return 1;
    },
  },
  {
    name: 'a WXT script-started CustomEvent on the document',
    forge: (id) => {
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail }));
      return 1;
    },
  },
  {
    name: 'a WXT location-change event on the window',
    forge: (id) => {
      window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
      return 1;
    },
  },
  {
    name: 'look-alike custom events without the id',
    forge: () => {
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      const events = [
        new CustomEvent('wxt:content-script-started', { detail }),
        new Event('wxt:locationchange'),
        new CustomEvent('nhs-glossary:next-term'),
      ];
      for (const event of events) {
        document.dispatchEvent(event);
        window.dispatchEvent(event);
      }
      return events.length;
    },
  },
];

// Events a page script can make (isTrusted false) that a reader's hand would make for real.
export const SCRIPT_INPUTS: { name: string; dispatch(): void }[] = [
  {
    name: 'pointerover on a term',
    dispatch: () =>
      document
        .querySelector('[data-nhs-term]')
        ?.dispatchEvent(
          new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }),
        ),
  },
  {
    name: 'the Alt+Shift+N shortcut',
    dispatch: () => {
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', { bubbles: true, altKey: true, shiftKey: true, code: 'KeyN', key: 'N' }),
      );
    },
  },
];
