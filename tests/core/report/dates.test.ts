import { decreeDay, decreeMonth, defaultDataPeriod, paddedDate, parseIsoDate, shortDate } from '../../../src/core/report/dates';

describe('dates in the decree format', () => {
  it('pads days under 10 and months 1–2 only', () => {
    expect([1, 9, 10, 31].map(decreeDay)).toEqual(['01', '09', '10', '31']);
    expect([1, 2, 3, 9, 12].map(decreeMonth)).toEqual(['01', '02', '3', '9', '12']);
    expect(shortDate({ day: 5, month: 2, year: 2026 })).toBe('05/02/2026');
    expect(shortDate({ day: 14, month: 6, year: 2026 })).toBe('14/6/2026');
    expect(paddedDate({ day: 8, month: 6, year: 2026 })).toBe('08/06/2026');
  });

  it('parses ISO dates and rejects others', () => {
    expect(parseIsoDate('2026-06-08')).toEqual({ year: 2026, month: 6, day: 8 });
    expect(parseIsoDate('08/06/2026')).toBeNull();
    expect(parseIsoDate(undefined)).toBeNull();
  });

  it('defaults the data period as Nghị định 09/2019 counts it', () => {
    expect(defaultDataPeriod('H1', 2026)).toEqual({ from: { day: 15, month: 12, year: 2025 }, to: { day: 14, month: 6, year: 2026 } });
    expect(defaultDataPeriod('Q1', 2026)).toEqual({ from: { day: 15, month: 12, year: 2025 }, to: { day: 14, month: 3, year: 2026 } });
    expect(defaultDataPeriod('Q3', 2026)).toEqual({ from: { day: 15, month: 6, year: 2026 }, to: { day: 14, month: 9, year: 2026 } });
    expect(defaultDataPeriod('Y', 2026)).toEqual({ from: { day: 15, month: 12, year: 2025 }, to: { day: 14, month: 12, year: 2026 } });
  });
});
