// The carry planner: period order, which cells are filled (never over a typed one), refusals, and the note that tells an edited cell.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { carriedValueOfNote, carryNote, isStaleCarryNote } from '../../../src/core/carry/carry-note';
import { comparePeriods, nextPeriod } from '../../../src/core/carry/period-order';
import { planNamedValues } from '../../../src/core/carry/carry-into-plan';
import { CarryRefusedError, planCarry, requirePreviousData } from '../../../src/core/carry/plan-carry';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { parseReportData } from '../../../src/core/data/schema';
import type { Period, ReportData } from '../../../src/core/data/types';

const parsed = parseReportData(JSON.parse(readFileSync(resolve(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf-8')));
if (!parsed.ok) throw new Error('sample');
const at = (period: Period, year: number): ReportData => ({ ...parsed.data, meta: { ...parsed.data.meta, period, year } });

describe('period order', () => {
  it('puts years first, then Q1 < H1 < Q3 < Y', () => {
    const order = [
      { period: 'Y', year: 2025 },
      { period: 'Q1', year: 2026 },
      { period: 'H1', year: 2026 },
      { period: 'Q3', year: 2026 },
      { period: 'Y', year: 2026 },
    ] as const;
    for (let i = 0; i + 1 < order.length; i++) {
      expect(comparePeriods(order[i]!, order[i + 1]!)).toBeLessThan(0);
      expect(comparePeriods(order[i + 1]!, order[i]!)).toBeGreaterThan(0);
      expect(nextPeriod(order[i]!)).toEqual(order[i + 1]);
    }
    expect(comparePeriods({ period: 'H1', year: 2026 }, { period: 'H1', year: 2026 })).toBe(0);
  });
});

describe('planCarry', () => {
  const written = (writes: readonly { name: string; value: unknown }[]): Record<string, unknown> => Object.fromEntries(writes.map((w) => [w.name, w.value]));

  it('fills a fresh workbook for the next period: header without the report’s own number and dates, standing and plan rows noted', () => {
    const plan = planCarry(at('Q1', 2026), {});
    expect(plan.from).toBe('Quý I năm 2026');
    expect(plan.target).toEqual({ period: 'H1', year: 2026 });
    const w = written(plan.writes);
    expect(w).toMatchObject({ TTC_unit: 'Hòa Phong', TTC_period: '6 tháng đầu năm', TTC_year: 2026, BM3_1_1: 158, BM1_2_1: 40, BM6_1: 4250 });
    expect(Object.keys(w)).not.toEqual(expect.arrayContaining(['TTC_date']));
    for (const n of ['TTC_reportNumber', 'TTC_date', 'TTC_dataFrom', 'TTC_dataTo', 'TTC_basis', 'BM3_3_3_1', 'BM1_2_2']) expect(w).not.toHaveProperty(n);
    expect(plan.writes.filter((x) => x.name.startsWith('BM')).every((x) => x.note?.startsWith('Lấy từ báo cáo kỳ trước (Quý I năm 2026)'))).toBe(true);
    expect(plan.writes.filter((x) => x.name.startsWith('TTC_')).every((x) => x.note === undefined)).toBe(true);
  });

  it('never writes over a typed cell, and takes the target period as typed', () => {
    const plan = planCarry(at('Q1', 2026), { TTC_period: 'Quý III', TTC_year: 2026, BM3_1_1: 0, BM3_2_1: 'chưa rõ', TTC_superior: 'UBND thành phố Đà Nẵng' });
    const w = written(plan.writes);
    expect(plan.target).toEqual({ period: 'Q3', year: 2026 });
    for (const n of ['BM3_1_1', 'BM3_2_1', 'TTC_superior', 'TTC_period', 'TTC_year']) expect(w).not.toHaveProperty(n);
    expect(w.BM3_2_2).toBe(3);
  });

  it('replaces what the layout preset in the header (xã, TM., CHỦ TỊCH), never what a person typed', () => {
    const phuong: ReportData = {
      ...at('Q1', 2026),
      meta: { ...at('Q1', 2026).meta, unitKind: 'phường', signer: { form: 'KT.', body: 'ỦY BAN NHÂN DÂN', title: 'PHÓ CHỦ TỊCH', name: 'Lê Thị Hoa' } },
    };
    const fresh = planNamedValues(buildWorkbookPlan(null));
    expect(fresh.TTC_unitKind).toBe('xã');
    expect(written(planCarry(phuong, fresh).writes)).toMatchObject({ TTC_unitKind: 'phường', TTC_signerForm: 'KT.', TTC_signerTitle: 'PHÓ CHỦ TỊCH', TTC_signerName: 'Lê Thị Hoa' });
    // The unit typed, its kind still the layout's "xã": the same commune, not another one.
    expect(() => planCarry(phuong, { ...fresh, TTC_unit: 'Hòa Phong' })).not.toThrow();
    expect(written(planCarry(phuong, { ...fresh, TTC_signerTitle: 'CHỦ TỊCH XÃ' }).writes)).not.toHaveProperty('TTC_signerTitle');
  });

  it("carries the year's plan only within the year", () => {
    const w = written(planCarry(at('Q3', 2025), { TTC_period: 'Q1', TTC_year: 2026 }).writes);
    expect(w).not.toHaveProperty('BM1_2_1');
    expect(w).not.toHaveProperty('BM6_1');
    expect(w.BM3_1_1).toBe(158);
    // A period typed without its year: the first such period after the previous report.
    expect(planCarry(at('Q3', 2025), { TTC_period: 'Quý I' }).target).toEqual({ period: 'Q1', year: 2026 });
    expect(planCarry(at('Q1', 2025), { TTC_period: 'Năm' }).target).toEqual({ period: 'Y', year: 2025 });
  });

  it('refuses another commune, compared as consolidation does, and a report that is not earlier', () => {
    expect(() => planCarry(at('Q1', 2026), { TTC_unit: 'Thái Học' })).toThrow(new CarryRefusedError('Báo cáo kỳ trước là của xã Hòa Phong, không phải của Thái Học: không lấy số liệu từ báo cáo của đơn vị khác.'));
    expect(() => planCarry(at('Q1', 2026), { TTC_unit: 'Hòa Phong', TTC_unitKind: 'phường' })).toThrow(/không phải của phường Hòa Phong/);
    expect(() => planCarry(at('Q1', 2026), { TTC_unit: ' hòa  PHONG '.normalize('NFD'), TTC_unitKind: 'Xã' })).not.toThrow();
    expect(() => planCarry(at('Y', 2026), { TTC_period: 'Y', TTC_year: 2026 })).toThrow(/Báo cáo đã chọn \(năm 2026\) không trước kỳ đang lập \(năm 2026\)/);
    expect(() => planCarry(at('Q1', 2027), { TTC_period: 'Y', TTC_year: 2026 })).toThrow(CarryRefusedError);
    expect(() => requirePreviousData(null)).toThrow(/thiếu thông tin chung/);
  });
});

describe('the carry note', () => {
  it('records the value as carried, in Vietnamese notation with every decimal', () => {
    const note = carryNote('Quý I năm 2026', 1234.125);
    expect(carriedValueOfNote(note)).toBe('1.234,125');
    expect(carriedValueOfNote(carryNote('Quý I năm 2026', 'chưa rõ'))).toBe('chưa rõ');
    expect(carriedValueOfNote('Số liệu do phòng Nội vụ cung cấp. Số đã lấy: 3')).toBeNull();
  });

  it('is stale once the cell holds anything else, never while it holds the carried value', () => {
    const note = carryNote('Quý I năm 2026', 10.5);
    expect(isStaleCarryNote(note, 10.5)).toBe(false);
    expect(isStaleCarryNote(note, 10.51)).toBe(true);
    expect(isStaleCarryNote(note, null)).toBe(true);
    expect(isStaleCarryNote(note, '10,5')).toBe(false); // shows exactly what was carried
    expect(isStaleCarryNote(carryNote('Quý I năm 2026', 'chưa rõ'), 'chưa rõ')).toBe(false);
    // A person's own note is never taken for ours.
    expect(isStaleCarryNote('Theo Quyết định 12/QĐ-UBND', 99)).toBe(false);
  });
});
