// The comparison phrase on its own: the rounding a reader can check, and no comparison against an empty or zero base.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { comparisonPhrase, isComparedRow, rowComparison } from '../../../src/core/report/year-on-year';

describe('comparisonPhrase', () => {
  it('counts in per cent of last year, one decimal, Vietnamese decimal comma', () => {
    expect(comparisonPhrase(false, 1234, 1100, 2025)).toBe('tăng 12,2% so với cùng kỳ năm 2025');
    expect(comparisonPhrase(false, 900, 1000, 2025)).toBe('giảm 10% so với cùng kỳ năm 2025');
    expect(comparisonPhrase(false, 12000, 1000, 2024)).toBe('tăng 1.100% so với cùng kỳ năm 2024');
    expect(comparisonPhrase(false, 5, 5, 2025)).toBe('bằng cùng kỳ năm 2025');
  });

  it('a change too small to show at one decimal is said as such, never "tăng 0%"', () => {
    expect(comparisonPhrase(false, 100001, 100000, 2025)).toBe('tăng chưa đến 0,1% so với cùng kỳ năm 2025');
    expect(comparisonPhrase(false, 99999, 100000, 2025)).toBe('giảm chưa đến 0,1% so với cùng kỳ năm 2025');
  });

  it('ratios in percentage points, from the figures as printed (one decimal)', () => {
    expect(comparisonPhrase(true, 98.3, 96.2, 2025)).toBe('tăng 2,1 điểm phần trăm so với cùng kỳ năm 2025');
    expect(comparisonPhrase(true, 75, 80, 2025)).toBe('giảm 5 điểm phần trăm so với cùng kỳ năm 2025');
    expect(comparisonPhrase(true, 90.6, 90.6, 2025)).toBe('bằng cùng kỳ năm 2025');
  });

  it('no comparison with an empty or zero base, nor without this year\'s number', () => {
    expect(comparisonPhrase(false, 10, 0, 2025)).toBe('');
    expect(comparisonPhrase(true, 10, 0, 2025)).toBe('');
    expect(comparisonPhrase(false, 10, null, 2025)).toBe('');
    expect(comparisonPhrase(false, null, 10, 2025)).toBe('');
  });
});

describe('rowComparison', () => {
  it('compares only the rows DOMAIN.md lists, ratios from their computation', () => {
    expect(isComparedRow(3, '3.3.1', BUILTIN_CATALOGUE)).toBe(true);
    expect(isComparedRow(6, '0', BUILTIN_CATALOGUE)).toBe(true);
    expect(isComparedRow(1, '2.1', BUILTIN_CATALOGUE)).toBe(false);
    const base = { year: 2025, forms: { '3': { '3.3.1': 200, '3.3.2': 150 }, '1': { '2.1': 10 } } };
    expect(rowComparison(3, '3.3', 80, base, BUILTIN_CATALOGUE)).toBe('tăng 5 điểm phần trăm so với cùng kỳ năm 2025');
    expect(rowComparison(3, '3.3.1', 250, base, BUILTIN_CATALOGUE)).toBe('tăng 25% so với cùng kỳ năm 2025');
    expect(rowComparison(1, '2.1', 20, base, BUILTIN_CATALOGUE)).toBe('');
    expect(rowComparison(3, '3.3.1', 250, undefined, BUILTIN_CATALOGUE)).toBe('');
  });
});
