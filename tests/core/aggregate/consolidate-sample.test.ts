// Consolidation over the sample commune and variations of it: sums, ratios recomputed (not averaged), missing communes, `expected`.
import { completeness, consolidate, type Consolidated, type ConsolidatedCell } from '../../../src/core/aggregate/consolidate';
import { computeForm } from '../../../src/core/forms/compute';
import { formsWith, SAMPLE } from './sample-units';

/** A consolidated cell the test expects to be there. */
function cellOf(c: Consolidated, form: number, key: string): ConsolidatedCell {
  const cell = c.forms[form]?.[key];
  if (!cell) throw new Error(`no cell ${form}:${key}`);
  return cell;
}

const hoaPhong = SAMPLE.forms;
// A smaller commune: 10 tasks all done (100 %), against the sample's 27 of 40 (67,5 %).
const small = formsWith({ '1': { '2.1': 10, '2.2': 10, '5': 0, '5.1': undefined, '5.2': undefined }, '4': { '2.5': 2 }, '6': { '1': 750.25, '2': 812.5 } });
// A commune whose file leaves some rows empty.
const partial = formsWith({ '1': { '1': undefined, '2.2': undefined }, '4': { '2.5': undefined }, '7': { '2': null } });

describe('consolidate the sample commune and variations', () => {
  it('gives back the sample itself when it is alone (totals = values, ratios = computeForm)', () => {
    const r = consolidate([hoaPhong]);
    expect(r.expected).toBe(1);
    expect(r.forms[3]?.['3.3.1']).toEqual({ kind: 'total', total: 1234, reported: 1 });
    const computed = computeForm(1, hoaPhong['1'] ?? {});
    expect(r.forms[1]?.['2']).toMatchObject({ kind: 'ratio', value: computed['2'] });
    expect(r.forms[1]?.['2']).toEqual({ kind: 'ratio', value: 67.5, part: 27, whole: 40, reported: 1 });
  });

  it('adds counts and money of three communes', () => {
    const r = consolidate([hoaPhong, small, partial]);
    expect(r.forms[1]?.['2.1']).toEqual({ kind: 'total', total: 90, reported: 3 });
    expect(r.forms[1]?.['2.2']).toEqual({ kind: 'total', total: 37, reported: 2 });
    expect(r.forms[6]?.['1']).toEqual({ kind: 'total', total: 4250 + 750.25 + 4250, reported: 3 });
    expect(r.forms[6]?.['2']).toEqual({ kind: 'total', total: 3187.5 + 812.5 + 3187.5, reported: 3 });
  });

  it('recomputes a ratio from the added parts, never the mean of the communes’ ratios', () => {
    const r = consolidate([hoaPhong, small]);
    // (27 + 10) ÷ (40 + 10) = 74 %; the mean of 67,5 % and 100 % would be 83,8 %.
    expect(r.forms[1]?.['2']).toEqual({ kind: 'ratio', value: 74, part: 37, whole: 50, reported: 2 });
    // Disbursement: (3187,5 + 812,5) ÷ (4250 + 750,25) = 80,0 %.
    expect(r.forms[6]?.['0']).toMatchObject({ kind: 'ratio', value: 80 });
    // A ratio over a sum (Biểu mẫu 7: 6.6 = 6.6.2 ÷ (6.4.2 + 6.5.2)), both added first.
    expect(r.forms[7]?.['6.6.1']).toEqual({ kind: 'computed', value: 2 * (68 + 58) });
    expect(r.forms[7]?.['6.6']).toEqual({ kind: 'ratio', value: Math.round((240 / 252) * 1000) / 10, part: 240, whole: 252, reported: 2 });
  });

  it('adds a ratio’s part and whole over the communes that gave both: a part without its whole never pushes it past 100 %', () => {
    // `partial` gave 2.1 (40 tasks) but not 2.2; a commune with 2.2 but no 2.1 adds its 30 done tasks to the part only if paired.
    const noWhole = formsWith({ '1': { '2.1': undefined, '2.2': 30 } });
    const r = consolidate([hoaPhong, partial, noWhole]);
    // Row totals: 2.1 = 40 + 40, 2.2 = 27 + 30 — but the ratio pairs only Hòa Phong's 27 ÷ 40.
    expect(r.forms[1]?.['2.1']).toMatchObject({ total: 80, reported: 2 });
    expect(r.forms[1]?.['2.2']).toMatchObject({ total: 57, reported: 2 });
    expect(r.forms[1]?.['2']).toEqual({ kind: 'ratio', value: 67.5, part: 27, whole: 40, reported: 1 });
    expect(completeness(cellOf(r, 1, '2'), r.expected)).toBe(33.3);
    // Without pairs, 57 ÷ 80 would be 71,3 %; with BM5-like rows, 4 ÷ 3 would be 133,3 %.
    const over = consolidate([formsWith({ '5': { '1.1': 3, '1.2': 3 } }), formsWith({ '5': { '1.1': undefined, '1.2': 1 } })]);
    expect(over.forms[5]?.['1.3']).toEqual({ kind: 'ratio', value: 100, part: 3, whole: 3, reported: 1 });
    // No commune gave both: empty, counted 0.
    expect(consolidate([noWhole]).forms[1]?.['2']).toEqual({ kind: 'ratio', value: null, part: null, whole: null, reported: 0 });
  });

  it('counts a row a commune left empty as missing in that row, not as 0', () => {
    const r = consolidate([hoaPhong, partial]);
    expect(r.forms[1]?.['1']).toEqual({ kind: 'total', total: 12, reported: 1 });
    expect(completeness(cellOf(r, 1, '1'), r.expected)).toBe(50);
    // The percent's spread ignores the empty commune: min = max = the sample's 10,5.
    expect(r.forms[4]?.['2.5']).toEqual({ kind: 'spread', min: 10.5, mean: 10.5, max: 10.5, reported: 1 });
    expect(r.forms[7]?.['2']).toEqual({ kind: 'spread', min: 96.5, mean: 96.5, max: 96.5, reported: 1 });
  });

  it('counts communes that sent no file in `expected`, lowering completeness but not the totals', () => {
    const r = consolidate([hoaPhong, small], { expected: 5 });
    expect(r.expected).toBe(5);
    expect(r.forms[1]?.['2.1']).toEqual({ kind: 'total', total: 50, reported: 2 });
    expect(completeness(cellOf(r, 1, '2.1'), r.expected)).toBe(40);
    expect(r.forms[1]?.['2']).toMatchObject({ kind: 'ratio', value: 74 });
    // Never fewer expected than received: completeness cannot pass 100 %.
    expect(consolidate([hoaPhong, small], { expected: 1 }).expected).toBe(2);
  });

  it('counts the communes per code and spreads the entered percents', () => {
    const r = consolidate([hoaPhong, small, partial]);
    expect(r.forms[1]?.['5']).toEqual({ kind: 'codes', counts: { 0: 1, 1: 2 }, reported: 3 });
    expect(r.forms[1]?.['5.2']).toEqual({ kind: 'codes', counts: { 0: 0, 1: 0, 2: 2 }, reported: 2 });
    expect(r.forms[4]?.['2.5']).toEqual({ kind: 'spread', min: 2, mean: 6.3, max: 10.5, reported: 2 });
  });
});
