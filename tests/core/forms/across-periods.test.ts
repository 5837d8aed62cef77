import { CUMULATIVE_ROWS, STANDING_ROWS, YEAR_ON_YEAR_ROWS, YEAR_PLAN_ROWS } from '../../../src/core/forms/across-periods';
import { findRow } from '../../../src/core/forms/catalogue';

describe('rows across periods', () => {
  it.each([
    ['standing', STANDING_ROWS],
    ['year plan', YEAR_PLAN_ROWS],
    ['cumulative', CUMULATIVE_ROWS],
    ['year on year', YEAR_ON_YEAR_ROWS],
  ])('every %s row is a row of its form', (_name, rows) => {
    for (const r of rows) expect([r.form, r.key, findRow(r.form, r.key)?.key]).toEqual([r.form, r.key, r.key]);
  });

  it('carried rows are all typed in (never a formula), compared rows are counts, money or ratios', () => {
    for (const r of [...STANDING_ROWS, ...YEAR_PLAN_ROWS, ...CUMULATIVE_ROWS]) {
      expect([r.form, r.key, ['count', 'money', 'percent', 'code'].includes(findRow(r.form, r.key)?.kind ?? '')]).toEqual([r.form, r.key, true]);
    }
    // The set lists them in its forms' order; the report only asks whether a row is one of them.
    expect(YEAR_ON_YEAR_ROWS.map((r) => `${r.form}:${r.key}:${findRow(r.form, r.key)?.kind}`)).toEqual([
      '3:3.3:ratio',
      '3:3.3.1:count',
      '6:0:ratio',
      '7:6.7:ratio',
      '7:6.7.1:count',
    ]);
  });

  it('no row is both standing and cumulative', () => {
    const standing = new Set([...STANDING_ROWS, ...YEAR_PLAN_ROWS].map((r) => `${r.form}:${r.key}`));
    expect(CUMULATIVE_ROWS.filter((r) => standing.has(`${r.form}:${r.key}`))).toEqual([]);
  });
});
