// The charts' model: one per key ratio of the set, communes ranked lowest first, the area's ratio, the lowest fifteen and the spread of all.
import { consolidate } from '../../../../src/core/aggregate/consolidate';
import { unitName } from '../../../../src/core/aggregate/grouping';
import { BUILTIN_CATALOGUE } from '../../../../src/core/forms/builtin';
import { computeRow } from '../../../../src/core/forms/compute';
import { CHART_BARS_MAX, keyRatioCharts, quantile, valueAxis, type ChartUnit } from '../../../../src/core/report/charts/ratio-charts';
import { chartCommunes } from '../../../fixtures/chart-communes';

const units = (n: number): ChartUnit[] => chartCommunes(n).map((d) => ({ name: unitName(d.meta), unit: { meta: d.meta }, forms: d.forms }));
const chartsOf = (us: readonly ChartUnit[]) => keyRatioCharts(us, consolidate(us.map((u) => u.forms)), BUILTIN_CATALOGUE);

describe('keyRatioCharts', () => {
  const few = units(8);
  const charts = chartsOf(few);

  it('draws one chart per key ratio, in the set order, numbered from 1, titled with the set’s key-ratio name', () => {
    expect(charts.map((c) => ({ form: c.form, key: c.key }))).toEqual(BUILTIN_CATALOGUE.keyRatios);
    expect(charts.map((c) => c.number)).toEqual(charts.map((_, i) => i + 1));
    for (const c of charts) expect(c.title).toBe(BUILTIN_CATALOGUE.row(c.form, c.key)?.keyRatioName);
    expect(charts[0]?.caption).toBe('Biểu đồ 1. Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn của các xã, phường');
  });

  it('ranks every commune lowest first, marks those below the area’s own ratio, and draws that ratio as the reference', () => {
    const c = charts[0];
    if (!c) throw new Error('no chart');
    const row = BUILTIN_CATALOGUE.row(c.form, c.key);
    if (row?.kind !== 'ratio') throw new Error('not a ratio');
    const own = few.map((u) => computeRow(c.form, row, u.forms[`${c.form}`] ?? {}, BUILTIN_CATALOGUE, u.forms) ?? NaN);
    expect(c.bars.map((b) => b.value)).toEqual([...own].sort((a, b) => a - b));
    const total = consolidate(few.map((u) => u.forms)).forms[c.form]?.[c.key];
    const area = total?.kind === 'ratio' ? total.value : null;
    expect(area).not.toBeNull();
    expect(c.reference?.value).toBe(area);
    expect(c.bars.filter((b) => b.below).length).toBe(own.filter((v) => v < (area ?? 0)).length);
    expect(c.bars.some((b) => b.below) && c.bars.some((b) => !b.below)).toBe(true);
    // Vietnamese numbers: a comma before the decimals.
    expect(c.reference?.label).toMatch(/^Tỷ lệ chung: \d+(,\d)?%$/);
    for (const b of c.bars) expect(b.valueText).toBe(`${String(b.value).replace('.', ',')}%`);
    expect(c.spread).toBeNull();
  });

  it('says what the chart shows in one sentence', () => {
    for (const c of charts) {
      expect(c.altText.startsWith('Biểu đồ cột ngang tỷ lệ')).toBe(true);
      expect(c.altText.endsWith('.')).toBe(true);
      expect(c.altText.slice(0, -1)).not.toMatch(/\.\s/);
      expect(c.altText).toContain(`${c.bars[0]?.label} ${c.bars[0]?.valueText}`);
      expect(c.altText).toContain(`tỷ lệ chung ${c.reference?.label.replace('Tỷ lệ chung: ', '')}`);
    }
  });

  it(`with more than ${CHART_BARS_MAX} communes draws the lowest ${CHART_BARS_MAX} and the spread of all`, () => {
    const many = units(40);
    const [c] = chartsOf(many);
    if (!c) throw new Error('no chart');
    expect(c.bars).toHaveLength(CHART_BARS_MAX);
    expect(c.caption).toBe('Biểu đồ 1. Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn của 15 xã, phường thấp nhất (trong 40 xã, phường có số liệu)');
    const row = BUILTIN_CATALOGUE.row(c.form, c.key);
    if (row?.kind !== 'ratio') throw new Error('not a ratio');
    const all = many.map((u) => computeRow(c.form, row, u.forms[`${c.form}`] ?? {}, BUILTIN_CATALOGUE, u.forms) ?? NaN).sort((a, b) => a - b);
    expect(c.bars.map((b) => b.value)).toEqual(all.slice(0, CHART_BARS_MAX));
    expect(c.spread).toMatchObject({ label: 'Cả 40 xã, phường', min: all[0], max: all[all.length - 1], median: quantile(all, 0.5) });
    expect(c.altText).toContain('hộp phía dưới cho phân bố của cả 40 đơn vị');
  });

  it('leaves out a commune without the ratio, and says so; draws nothing for a ratio no commune has', () => {
    const us = units(4);
    const c0 = BUILTIN_CATALOGUE.keyRatios[0];
    if (!c0) throw new Error('no key ratio');
    const row = BUILTIN_CATALOGUE.row(c0.form, c0.key);
    if (row?.kind !== 'ratio') throw new Error('not a ratio');
    const blank = (u: ChartUnit): ChartUnit => ({ ...u, forms: { ...u.forms, [`${c0.form}`]: { ...u.forms[`${c0.form}`], [row.whole]: null } } });
    const one = chartsOf([blank(us[0] as ChartUnit), ...us.slice(1)]);
    expect(one[0]?.bars).toHaveLength(3);
    expect(one[0]?.altText).toContain('1 đơn vị chưa có số liệu không được vẽ');
    const none = chartsOf(us.map(blank));
    expect(none.map((c) => `${c.form}:${c.key}`)).not.toContain(`${c0.form}:${c0.key}`);
    expect(none[0]?.number).toBe(1);
    expect(none[0]?.caption.startsWith('Biểu đồ 1. ')).toBe(true);
  });

  it('names only the kinds of unit drawn', () => {
    const xa = units(6).filter((u) => u.unit.meta.unitKind === 'xã');
    expect(chartsOf(xa)[0]?.caption).toBe('Biểu đồ 1. Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn của các xã');
  });
});

describe('valueAxis and quantile', () => {
  it('runs 0–100% in steps of 20, further in round steps when a ratio passes 100', () => {
    expect(valueAxis(87.5).ticks.map((t) => t.text)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    expect(valueAxis(131.2)).toMatchObject({ max: 150 });
    expect(valueAxis(131.2).ticks.map((t) => t.value)).toEqual([0, 30, 60, 90, 120, 150]);
  });
  it('interpolates between neighbours', () => {
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(25);
    expect(quantile([10, 20, 30, 40], 0.25)).toBe(17.5);
    expect(quantile([5], 0.75)).toBe(5);
  });
});
