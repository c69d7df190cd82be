// What patients have, or are treated with, is a condition, medicine or device, never a body:
// "patients with a blocked PCN" (a nephrostomy), "people with ACS" (acute coronary syndrome),
// "under-treatment with ICS" (inhaled corticosteroids), even on pages full of the NHS bodies.

import { describe, expect, it } from 'vitest';
import { type OtherUseKind, otherUseHere } from '../../glossary/context/other-uses';
import { type Block, judge } from './judge-blocks';

const CLINICAL: ReadonlySet<OtherUseKind> = new Set<OtherUseKind>(['what patients have']);
const at = (sentence: string, term: string, kinds = CLINICAL) =>
  otherUseHere(sentence, sentence.indexOf(term), term, kinds);

describe('letters after "patients with" or "treatment with"', () => {
  it('are what patients have: "patients with a PCN", "Patients discharged with a PCN", "women with ICP"', () => {
    expect(at('Many patients with a PCN live at home with cancer or frailty.', 'PCN')).toBe(
      'what patients have',
    );
    expect(at('Patients discharged with a PCN return every 10 weeks.', 'PCN')).toBe('what patients have');
    expect(at('Several women with ICP said no one checked their liver tests.', 'ICP')).toBe(
      'what patients have',
    );
    expect(at('Under-treatment with ICS is likely to raise admissions.', 'ICS')).toBe('what patients have');
    expect(at('Each PCN has a list of children with no ICS issued.', 'ICS')).toBe('what patients have');
  });

  it('are not what patients have where they are registered with it, or for letters with no such meaning', () => {
    expect(at('Pharmacists see records of patients registered with PCN practices.', 'PCN')).toBeUndefined();
    expect(at('Patients with ACS wait for transfer.', 'ACS', new Set())).toBeUndefined();
  });
});

describe('PCN on a primary care network’s page about a nephrostomy service', () => {
  const page: Block[] = [
    {
      section: 1,
      text: 'Our primary care network (PCN) works with the urology team at the hospital so that patients get joined-up care.',
    },
    { section: 2, text: 'Many patients with a PCN live at home with cancer or frailty.' },
  ];

  it('leaves the tube alone and annotates the network', () => {
    const title = 'Nephrostomy care at home';
    expect(judge(title, page, 'PCN', 'Many patients').annotate).toBe(false);
    expect(judge(title, page, 'PCN', 'Our primary care network').annotate).toBe(true);
  });
});

describe('GP, whose sense is a person', () => {
  it('is booked with patients, not had by them: "booking every patient with a GP"', () => {
    const notes: Block[] = [
      {
        section: 1,
        text: 'A pilot in one PCN, where reception teams route requests to the right person rather than booking every patient with a GP, will be extended.',
      },
    ];
    expect(judge('ICB board: summary', notes, 'GP', 'A pilot').annotate).toBe(true);
  });
});
