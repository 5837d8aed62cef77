import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';

describe('rows across periods', () => {
  it.each([
    ['standing', BUILTIN_CATALOGUE.standing],
    ['year plan', BUILTIN_CATALOGUE.yearPlan],
    ['cumulative', BUILTIN_CATALOGUE.cumulative],
    ['year on year', BUILTIN_CATALOGUE.compared],
  ])('every %s row is a row of its form', (_name, rows) => {
    for (const r of rows) expect([r.form, r.key, BUILTIN_CATALOGUE.row(r.form, r.key)?.key]).toEqual([r.form, r.key, r.key]);
  });

  it('carried rows are all typed in (never a formula), compared rows are counts, money or ratios', () => {
    for (const r of [...BUILTIN_CATALOGUE.standing, ...BUILTIN_CATALOGUE.yearPlan, ...BUILTIN_CATALOGUE.cumulative]) {
      expect([r.form, r.key, ['count', 'money', 'percent', 'code'].includes(BUILTIN_CATALOGUE.row(r.form, r.key)?.kind ?? '')]).toEqual([r.form, r.key, true]);
    }
    // The set lists them in its forms' order; the report only asks whether a row is one of them.
    expect(BUILTIN_CATALOGUE.compared.map((r) => `${r.form}:${r.key}:${BUILTIN_CATALOGUE.row(r.form, r.key)?.kind}`)).toEqual([
      '3:3.3:ratio',
      '3:3.3.1:count',
      '6:0:ratio',
      '7:6.7:ratio',
      '7:6.7.1:count',
    ]);
  });

  it('no row is both standing and cumulative', () => {
    const standing = new Set([...BUILTIN_CATALOGUE.standing, ...BUILTIN_CATALOGUE.yearPlan].map((r) => `${r.form}:${r.key}`));
    expect(BUILTIN_CATALOGUE.cumulative.filter((r) => standing.has(`${r.form}:${r.key}`))).toEqual([]);
  });
});
