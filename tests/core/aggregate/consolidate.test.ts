// Consolidation: sums over reporting communes, ratios recomputed from added parts, codes counted, percents spread.
import { completeness, consolidate, type Consolidated, type ConsolidatedCell } from '../../../src/core/aggregate/consolidate';
import type { FormsData } from '../../../src/core/data/types';

/** A consolidated cell the test expects to be there. */
function cellOf(c: Consolidated, form: number, key: string): ConsolidatedCell {
  const cell = c.forms[form]?.[key];
  if (!cell) throw new Error(`no cell ${form}:${key}`);
  return cell;
}

const a: FormsData = { '1': { '2.1': 37, '2.2': 21, '5': 1 }, '4': { '2.5': 5 }, '6': { '1': 3000, '2': 3500.5 }, '7': { '6.4.2': 10, '6.5.2': 4 } };
const b: FormsData = { '1': { '2.1': 3, '2.2': 3, '5': 0 }, '4': { '2.5': 10.5 }, '6': { '1': 1000 }, '7': { '6.4.2': 2 } };
const c: FormsData = {}; // a commune that has not reported

describe('consolidate', () => {
  const r = consolidate([a, b, c]);

  it('adds counts over the communes that reported and counts the others as missing', () => {
    expect(r.expected).toBe(3);
    expect(r.forms[1]?.['2.1']).toEqual({ kind: 'total', total: 40, reported: 2 });
    expect(r.forms[1]?.['2.2']).toEqual({ kind: 'total', total: 24, reported: 2 });
    expect(completeness(cellOf(r, 1, '2.1'), r.expected)).toBe(66.7);
  });

  it('recomputes ratios from the added parts, never averaging them', () => {
    // (21 + 3) / (37 + 3) = 60 %, whereas the mean of 56,8 % and 100 % would be 78,4 %.
    expect(r.forms[1]?.['2']).toEqual({ kind: 'ratio', value: 60, part: 24, whole: 40, reported: 2 });
  });

  it('leaves a ratio empty where the added whole is 0 or empty', () => {
    expect(r.forms[1]?.['3.2']).toEqual({ kind: 'ratio', value: null, part: null, whole: null, reported: 0 });
    const zero = consolidate([{ '1': { '3.2.1': 0, '3.2.2': 0 } }, { '1': { '3.2.1': 0, '3.2.2': 0 } }]);
    expect(zero.forms[1]?.['3.2']).toEqual({ kind: 'ratio', value: null, part: 0, whole: 0, reported: 2 });
  });

  it('adds money with decimals and recomputes sums, then ratios of sums', () => {
    expect(r.forms[6]?.['1']).toEqual({ kind: 'total', total: 4000, reported: 2 });
    expect(r.forms[6]?.['2']).toEqual({ kind: 'total', total: 3500.5, reported: 1 });
    // Only commune a gave both plan and disbursement: 3500,5 ÷ 3000.
    expect(r.forms[6]?.['0']).toEqual({ kind: 'ratio', value: 116.7, part: 3500.5, whole: 3000, reported: 1 });
    expect(r.forms[7]?.['6.6.1']).toEqual({ kind: 'computed', value: 16 });
  });

  it('counts the communes that answered each code', () => {
    expect(r.forms[1]?.['5']).toEqual({ kind: 'codes', counts: { 0: 1, 1: 1 }, reported: 2 });
    expect(r.forms[1]?.['6']).toEqual({ kind: 'codes', counts: { 0: 0, 1: 0 }, reported: 0 });
  });

  it('shows entered percents as min, mean and max of the communes that reported them', () => {
    expect(r.forms[4]?.['2.5']).toEqual({ kind: 'spread', min: 5, mean: 7.8, max: 10.5, reported: 2 });
    expect(r.forms[4]?.['1.1']).toEqual({ kind: 'spread', min: null, mean: null, max: null, reported: 0 });
  });

  it('ignores text typed where a number belongs instead of counting it as zero', () => {
    const t = consolidate([{ '2': { '1.3': 'Văn bản' } }, { '2': { '1.3': 2 } }]);
    expect(t.forms[2]?.['1.3']).toEqual({ kind: 'total', total: 2, reported: 1 });
  });
});
