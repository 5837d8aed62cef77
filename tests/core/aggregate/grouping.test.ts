// Grouping: one file per commune, one period and year; problems name the files.
import { groupUnits, type GroupedUnit } from '../../../src/core/aggregate/grouping';

const unit = (file: string, unitName: string, extra: Partial<GroupedUnit['meta']> = {}): GroupedUnit => ({
  file,
  meta: { unit: unitName, unitKind: 'xã', period: 'H1', year: 2026, ...extra },
});

describe('groupUnits', () => {
  it('groups communes of one period, in the order given', () => {
    const r = groupUnits([unit('a.json', 'Hòa Phong'), unit('b.xlsx', 'Hòa Bình', { unitKind: 'phường' })]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.grouping.period).toBe('H1');
    expect(r.grouping.year).toBe(2026);
    expect(r.grouping.units.map((u) => u.file)).toEqual(['a.json', 'b.xlsx']);
  });

  it('rejects the same commune twice, naming both files, even typed with other case or spacing', () => {
    const r = groupUnits([unit('a.json', 'Hòa Phong'), unit('b.json', 'Tịnh Kỳ'), unit('c.xlsx', ' hòa  phong ')]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind: 'duplicate', files: ['a.json', 'c.xlsx'] });
    expect(r.problems[0]?.message).toContain('a.json, c.xlsx');
    expect(r.problems[0]?.message).toContain('xã Hòa Phong');
  });

  it('treats a xã and a phường of the same name as two units', () => {
    expect(groupUnits([unit('a.json', 'An Phú'), unit('b.json', 'An Phú', { unitKind: 'phường' })]).ok).toBe(true);
  });

  it('rejects mixed periods or years, listing which file has which period', () => {
    const r = groupUnits([unit('a.json', 'A'), unit('b.json', 'B', { period: 'Q3' }), unit('c.json', 'C', { year: 2025 })]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.kind)).toEqual(['mixed-periods']);
    const m = r.problems[0]?.message ?? '';
    expect(m).toContain('6 tháng đầu năm 2026: a.json');
    expect(m).toContain('Quý III năm 2026: b.json');
    expect(m).toContain('6 tháng đầu năm 2025: c.json');
  });

  it('the same commune in two periods is a mixed-period problem, not a duplicate', () => {
    const r = groupUnits([unit('a.json', 'A'), unit('b.json', 'A', { period: 'Y' })]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.kind)).toEqual(['mixed-periods']);
  });

  it('refuses an empty list', () => {
    const r = groupUnits([]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.kind).toBe('empty');
  });
});
