// STP on finance pages: Australia's Single Touch Payroll and the straight-through processing of
// invoices, often on NHS shared-services pages that also name the sustainability and
// transformation partnership.

import { describe, expect, it } from 'vitest';
import { type Block, judge } from './judge-blocks';

describe('STP on a trust payroll page about nurses moving from Australia', () => {
  const faq: Block[] = [
    {
      section: 1,
      text: 'Welcome to the trust. If you worked in Australia, your pay there was reported to the Australian Taxation Office through STP, and your income statement is in your myGov account.',
    },
    { section: 1, text: 'Keep copies of your STP income statement and payslips.' },
    {
      section: 2,
      text: 'Trusts in the Trent and Peak STP are consulting on outsourcing payroll and accounts payable to an Australian firm.',
    },
    {
      section: 2,
      text: 'The trust is one of the partners in the Kellerby and Wold STP, with the two CCGs and the county council.',
    },
  ];

  it('leaves Single Touch Payroll alone and annotates the partnership named after its place', () => {
    const title = 'Payroll for staff joining from Australia';
    expect(judge(title, faq, 'STP', 'Welcome', '2018-05-01').annotate).toBe(false);
    expect(judge(title, faq, 'STP', 'Keep copies', '2018-05-01').annotate).toBe(false);
    expect(judge(title, faq, 'STP', 'The trust is one', '2018-05-01').annotate).toBe(true);
  });

  it('annotates the partnership that consults, even beside payroll words', () => {
    const title = 'Payroll for staff joining from Australia';
    expect(judge(title, faq, 'STP', 'Trusts in the Trent', '2018-05-01').annotate).toBe(true);
  });
});

describe('STP on a shared services page about invoices', () => {
  const update: Block[] = [
    {
      section: 1,
      text: 'Invoices that match a purchase order and a goods receipt are paid with no manual touch. Our STP rate is now 78 per cent.',
    },
    { section: 1, text: 'Most invoices that fail STP are missing a goods receipt.' },
    {
      section: 2,
      text: 'The new service has saved £1m for the hospital trusts across STP partners this year.',
    },
  ];

  it('leaves straight-through processing alone, and annotates the partners across the STP', () => {
    const title = 'Accounts payable update';
    expect(judge(title, update, 'STP', 'Invoices that match', '2018-10-15').annotate).toBe(false);
    expect(judge(title, update, 'STP', 'Most invoices', '2018-10-15').annotate).toBe(false);
    expect(judge(title, update, 'STP', 'The new service', '2018-10-15').annotate).toBe(true);
  });
});

describe('STP on a hospital network page', () => {
  const outage: Block[] = [
    {
      section: 1,
      text: 'A switch with the wrong spanning tree settings took the network down. Once found, the STP priority was corrected in ten minutes.',
    },
  ];

  it('is spanning tree in "the STP priority"', () => {
    expect(judge('What happened in the network outage', outage, 'STP', 'Once found').annotate).toBe(false);
  });
});
