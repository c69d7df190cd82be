import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../components/shared/format-date';

describe('formatDate', () => {
  it('writes a full date as day, month name and year', () => {
    expect(formatDate('2022-07-01')).toBe('1 July 2022');
    expect(formatDate('2013-12-31')).toBe('31 December 2013');
  });

  it('never claims more precision than the date has', () => {
    expect(formatDate('2018-05')).toBe('May 2018');
    expect(formatDate('2016')).toBe('2016');
  });

  it('drops the day or month when asked for less precision', () => {
    expect(formatDate('2018-05-24', 'month')).toBe('May 2018');
    expect(formatDate('2018-05-24', 'year')).toBe('2018');
    expect(formatDate('2018', 'month')).toBe('2018');
  });

  it('reads dates that carry a time', () => {
    expect(formatDate('2025-03-04T10:00:00Z')).toBe('4 March 2025');
  });

  it('gives back text that is not an ISO date unchanged', () => {
    expect(formatDate('n.d.')).toBe('n.d.');
    expect(formatDate('c. 2018')).toBe('c. 2018');
  });
});
