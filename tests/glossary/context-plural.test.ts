// A product, a sum or a tally is never more than one: on a page that spells out GlobalProtect (GP),
// the VPN client, "GPs" are still doctors, while "GP" on its own may be the client.

import { describe, expect, it } from 'vitest';
import { type Block, judge } from './judge-blocks';

describe('GP on a practice IT page that defines the GlobalProtect VPN', () => {
  const laptops: Block[] = [
    {
      section: 1,
      text: 'Practice laptops connect through GlobalProtect (GP), the VPN that the ICB runs for practices.',
    },
    {
      section: 1,
      text: 'Newly qualified GPs are very welcome to ask for a laptop. If GP will not connect, restart the laptop.',
    },
  ];
  const title = 'Remote working: laptops and the VPN';

  it('annotates the doctors, as a VPN client is never plural', () => {
    expect(judge(title, laptops, 'GP', 'Newly qualified').annotate).toBe(true);
  });

  it('leaves the client alone', () => {
    expect(judge(title, laptops, 'GP', 'If GP will').annotate).toBe(false);
  });
});

describe('GP on a shop’s page that spells out gross profit', () => {
  const shop: Block[] = [
    { section: 1, text: 'Our gross profit (GP) on books fell this year as publishers raised prices.' },
    { section: 2, text: 'Two GPs from the surgery next door run a reading group here on Thursdays.' },
  ];

  it('annotates the doctors, as a sum is never plural', () => {
    expect(judge('Shop news: books and margins', shop, 'GP', 'Two GPs').annotate).toBe(true);
  });
});
