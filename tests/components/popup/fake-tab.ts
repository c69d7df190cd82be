// A browser with one focused window and an active tab whose content script answers `report`,
// for the popup's component tests.

import { type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageReport } from '../../../messaging/protocol';

/** A spy on tabs.sendMessage, typed to answer anything (the browser types give it `void`). */
export const answerMessages = () =>
  vi.spyOn(fakeBrowser.tabs, 'sendMessage') as unknown as MockInstance<
    (...args: unknown[]) => Promise<unknown>
  >;

export async function openTab(url: string, report?: PageReport): Promise<void> {
  const window = await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.tabs.create({ url, active: true, windowId: window?.id });
  const send = answerMessages();
  if (report) send.mockResolvedValue(report);
  else send.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
}
