// Warnings across two reports of one commune: each rule fires just past its boundary and not at it; none on the sample's own Q1/H1 pair; another commune or a later report refused.
import { checkReport } from '../../../src/core/rules/check';
import { checkAcrossPeriods, EarlierReportError, pairAcrossPeriods, pairSamePeriod, warningsAgainst, withSamePeriodOf } from '../../../src/core/rules/check-across-periods';
import { STANDING_JUMP_SHARE } from '../../../src/core/forms/across-periods';
import type { ReportData } from '../../../src/core/data/types';
import { report, sampleQ1 } from './sample-pair';

const H1 = (forms: Parameters<typeof report>[1] = {}): ReportData => report({}, forms);
const rules = (current: ReportData, previous: ReportData): string[] => checkAcrossPeriods(current, previous).map((f) => `${f.rule} ${f.form}:${f.row}`);

describe('the sample pair', () => {
  it('Q1 and H1 of the sample are each clean and raise nothing across periods', () => {
    expect(checkReport(sampleQ1()).errors).toBe(0);
    expect(checkReport(sampleQ1()).warnings).toBe(0);
    expect(pairAcrossPeriods(H1().meta, sampleQ1().meta)).toEqual({ ok: true });
    expect(checkAcrossPeriods(H1(), sampleQ1())).toEqual([]);
  });
});

describe('plan-changed (within one year)', () => {
  it('fires when the plan differs, with both numbers and both periods', () => {
    const [f, ...rest] = checkAcrossPeriods(H1({ '1': { '2.1': 41 } }), sampleQ1());
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ form: 1, row: '2.1', severity: 'warning', rule: 'plan-changed', cell: null });
    expect(f?.message).toBe(
      'Biểu mẫu 1, dòng 2.1: số nhiệm vụ đề ra trong kế hoạch là 41 trong báo cáo 6 tháng đầu năm 2026, khác với 40 trong báo cáo quý I năm 2026; kế hoạch năm thường không đổi giữa các kỳ trong năm, nếu kế hoạch đã được điều chỉnh thì hãy ghi rõ ở cột Ghi chú.',
    );
    expect(rules(H1({ '6': { '1': 4000 } }), sampleQ1())).toEqual(['plan-changed 6:1']);
  });

  it('does not fire for an equal plan, an empty one, or across years (a new year has a new plan)', () => {
    expect(rules(H1({ '1': { '2.1': 40 } }), sampleQ1())).toEqual([]);
    expect(rules(H1({ '1': { '2.1': null } }), sampleQ1())).toEqual([]);
    const lastYear = report({ period: 'Y', year: 2025 }, { '1': { '2.1': 30, '2.2': 30 } });
    expect(rules(H1(), lastYear)).toEqual([]);
  });
});

describe('cumulative-shrank (within one year)', () => {
  it('fires when a lũy kế row is less than before, and not when equal', () => {
    const q1 = report({ period: 'Q1' }, { '1': { '2.2': 12 }, '5': { '3': 1 }, '6': { '2': 1500 } });
    expect(rules(H1({ '1': { '2.2': 11 }, '5': { '3': 1 } }), q1)).toEqual(['cumulative-shrank 1:2.2']);
    expect(rules(H1({ '1': { '2.2': 12 }, '5': { '3': 1 } }), q1)).toEqual([]);
    expect(rules(H1({ '5': { '3': 0 } }), q1)).toEqual(['cumulative-shrank 5:3']);
    expect(rules(H1({ '5': { '3': 1 }, '6': { '2': 1499.99 } }), q1)).toEqual(['cumulative-shrank 6:2']);
    expect(rules(H1({ '5': { '3': 1 }, '6': { '2': 1500 } }), q1)).toEqual([]);
    const [f] = checkAcrossPeriods(H1({ '5': { '3': 1 }, '6': { '2': 1200 } }), q1);
    expect(f?.message).toBe(
      'Biểu mẫu 6, dòng 2: số vốn đầu tư công đã giải ngân (lũy kế từ đầu năm) là 1.200 trong báo cáo 6 tháng đầu năm 2026, ít hơn 1.500 trong báo cáo quý I năm 2026; số lũy kế của kỳ sau không thể nhỏ hơn kỳ trước, hãy kiểm tra lại.',
    );
  });

  it('does not fire across years (lũy kế starts again each year)', () => {
    const lastYear = report({ period: 'Y', year: 2025 }, { '1': { '2.2': 40 } });
    expect(rules(H1(), lastYear)).toEqual([]);
  });
});

describe('standing-jump', () => {
  it('fires just past half of the previous value, up or down, and not at exactly half', () => {
    expect(STANDING_JUMP_SHARE).toBe(0.5);
    const q1 = report({ period: 'Q1' }, { '3': { '1.1': 100 } });
    expect(rules(H1({ '3': { '1.1': 150 } }), q1)).toEqual([]);
    expect(rules(H1({ '3': { '1.1': 151 } }), q1)).toEqual(['standing-jump 3:1.1']);
    expect(rules(H1({ '3': { '1.1': 50 } }), q1)).toEqual([]);
    expect(rules(H1({ '3': { '1.1': 49 } }), q1)).toEqual(['standing-jump 3:1.1']);
  });

  it('says which way, by how much, with both numbers and both periods, across a year too', () => {
    const lastYear = report({ period: 'Y', year: 2025 }, { '4': { '2.1': 10 } });
    const [f, ...rest] = checkAcrossPeriods(H1(), lastYear, { cellOf: (form, key) => `'Biểu mẫu ${form}'!D${key.length}` });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ form: 4, row: '2.1', rule: 'standing-jump', severity: 'warning', cell: "'Biểu mẫu 4'!D3" });
    expect(f?.message).toBe(
      'Biểu mẫu 4, dòng 2.1: tổng số biên chế được giao trong năm là 22 trong báo cáo 6 tháng đầu năm 2026, tăng 120% so với 10 trong báo cáo năm 2025; số liệu này thường ổn định giữa các kỳ (trừ khi có sáp nhập, điều chỉnh), hãy kiểm tra lại.',
    );
  });

  it('does not measure against a previous 0 or an empty value, nor treat codes and entered percents as counts', () => {
    expect(rules(H1({ '3': { '2.1': 4 } }), report({ period: 'Q1' }, { '3': { '2.1': 0 } }))).toEqual([]);
    expect(rules(H1({ '3': { '2.1': 4 } }), report({ period: 'Q1' }, { '3': { '2.1': null } }))).toEqual([]);
    // BM4 1.1 is an entered percent, BM7 4 a code: both standing, neither a count.
    expect(rules(H1({ '4': { '1.1': 100 }, '7': { '4': 2 } }), report({ period: 'Q1' }, { '4': { '1.1': 20 }, '7': { '4': 0 } }))).toEqual([]);
  });
});

describe('pairing', () => {
  it('refuses another commune, naming both', () => {
    const r = pairAcrossPeriods(H1().meta, report({ period: 'Q1', unit: 'Hòa Bình' }).meta);
    expect(r).toEqual({ ok: false, reason: 'Báo cáo kỳ trước là của xã Hòa Bình, quý I năm 2026, không phải của xã Hòa Phong, 6 tháng đầu năm 2026: chỉ so sánh được các báo cáo của cùng một đơn vị.' });
    expect(pairAcrossPeriods(H1().meta, report({ period: 'Q1', unitKind: 'phường' }).meta).ok).toBe(false);
  });

  it('accepts the same commune written differently (case, spaces)', () => {
    expect(pairAcrossPeriods(H1().meta, report({ period: 'Q1', unit: ' hòa  phong' }).meta)).toEqual({ ok: true });
  });

  it('refuses a report that is not earlier: the same period, or a later one', () => {
    expect(pairAcrossPeriods(H1().meta, H1().meta)).toEqual({
      ok: false,
      reason: 'Báo cáo kỳ trước (xã Hòa Phong, 6 tháng đầu năm 2026) không sớm hơn báo cáo đang kiểm tra (xã Hòa Phong, 6 tháng đầu năm 2026): hãy chọn báo cáo của một kỳ trước đó.',
    });
    expect(pairAcrossPeriods(H1().meta, report({ period: 'Q3' }).meta).ok).toBe(false);
    expect(pairAcrossPeriods(H1().meta, report({ period: 'Q1', year: 2027 }).meta).ok).toBe(false);
    expect(pairAcrossPeriods(H1().meta, report({ period: 'Y', year: 2025 }).meta).ok).toBe(true);
  });

  it('the comparison needs the same period of an earlier year', () => {
    expect(pairSamePeriod(H1().meta, report({ year: 2025 }).meta)).toEqual({ ok: true });
    expect(pairSamePeriod(H1().meta, report({ year: 2022 }).meta)).toEqual({ ok: true });
    expect(pairSamePeriod(H1().meta, report({ period: 'Q1' }).meta).ok).toBe(false);
    expect(pairSamePeriod(H1().meta, report({ period: 'Q1', year: 2025 }).meta).ok).toBe(false);
    expect(pairSamePeriod(H1().meta, H1().meta).ok).toBe(false);
    expect(pairSamePeriod(H1().meta, report({ year: 2025, unit: 'Hòa Bình' }).meta).ok).toBe(false);
  });
});

describe('what every host does with an earlier report (warningsAgainst, withSamePeriodOf)', () => {
  it('pairs, then warns or attaches the earlier forms as the previous block; a report that cannot serve throws its reason', () => {
    const h1 = report({}, { '1': { '2.1': 44 } });
    expect(warningsAgainst(h1, sampleQ1())).toEqual(checkAcrossPeriods(h1, sampleQ1()));
    expect(() => warningsAgainst(sampleQ1(), h1)).toThrow(EarlierReportError);
    const last = report({ year: 2025 }, { '3': { '3.3.1': 1100 } });
    expect(withSamePeriodOf({ ...h1, previous: { period: 'H1', year: 2024, forms: {} } }, last).previous).toEqual({ period: 'H1', year: 2025, forms: last.forms });
    expect(() => withSamePeriodOf(h1, sampleQ1())).toThrow(pairSamePeriod(h1.meta, sampleQ1().meta).ok ? 'x' : (pairSamePeriod(h1.meta, sampleQ1().meta) as { reason: string }).reason);
  });
});
