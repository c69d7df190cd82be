// The popup's addresses: which view each one opens.
import { describe, expect, it } from 'vitest';
import { hashForView, initialViews, viewFromHash } from '../../../components/popup/navigation';

describe('popup addresses', () => {
  it('opens an entry and sense named in the address, in its canonical spelling', () => {
    expect(viewFromHash('#entry=icp&sense=provider')).toEqual({
      kind: 'entry',
      entryId: 'ICP',
      senseId: 'provider',
    });
    expect(viewFromHash('#entry=A%26E')).toEqual({ kind: 'entry', entryId: 'A&E', senseId: undefined });
  });

  it('ignores unknown entries and senses', () => {
    expect(viewFromHash('#entry=XYZ')).toEqual({ kind: 'home' });
    expect(viewFromHash('#entry=ICP&sense=nonsense')).toEqual({
      kind: 'entry',
      entryId: 'ICP',
      senseId: undefined,
    });
  });

  it('round-trips views through the address, with home underneath a linked view', () => {
    for (const hash of ['#entry=ICP&sense=provider', '#comparison', '#entry=A%26E']) {
      const views = initialViews(hash);
      expect(views[0]).toEqual({ kind: 'home' });
      expect(hashForView(views[1] ?? views[0] ?? { kind: 'home' })).toBe(hash);
    }
    expect(initialViews('')).toEqual([{ kind: 'home' }]);
  });
});
