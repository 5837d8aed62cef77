// The core's computation of ratio and sum rows: empty where the whole is 0 or empty, one decimal half away from zero.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { computeForm, computeRow, roundHalfAway } from '../../../src/core/forms/compute';
import type { ComputedRow, FormNumber } from '../../../src/core/forms/types';

const computed = (form: FormNumber, key: string): ComputedRow => {
  const row = BUILTIN_CATALOGUE.row(form, key);
  if (!row || (row.kind !== 'ratio' && row.kind !== 'sum')) throw new Error(`${form}/${key} is not computed`);
  return row;
};

describe('roundHalfAway', () => {
  it('rounds halves away from zero, as spreadsheet ROUND does', () => {
    expect(roundHalfAway(56.75, 1)).toBe(56.8);
    expect(roundHalfAway(56.749, 1)).toBe(56.7);
    expect(roundHalfAway(-2.25, 1)).toBe(-2.3);
    expect(roundHalfAway(0.05, 1)).toBe(0.1);
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(2.5, 0)).toBe(3);
  });
});

describe('computeRow: ratio', () => {
  const ratio = computed(1, '2'); // 2.2 ÷ 2.1

  it('is part ÷ whole × 100 with one decimal', () => {
    expect(computeRow(1, ratio, { '2.1': 37, '2.2': 21 }, BUILTIN_CATALOGUE)).toBe(56.8);
    expect(computeRow(6, computed(6, '0'), { '1': 3000, '2': 3500 }, BUILTIN_CATALOGUE)).toBe(116.7);
    expect(computeRow(7, computed(7, '6.7'), { '6.7.1': 998, '6.7.2': 981 }, BUILTIN_CATALOGUE)).toBe(98.3);
    expect(computeRow(1, ratio, { '2.1': 8, '2.2': 1 }, BUILTIN_CATALOGUE)).toBe(12.5);
    // 1 ÷ 16 = 6,25 % → 6,3 (half away from zero, not banker's 6,2).
    expect(computeRow(1, ratio, { '2.1': 16, '2.2': 1 }, BUILTIN_CATALOGUE)).toBe(6.3);
  });

  it('is empty where the whole is 0, which the reference wrongly prints as 0', () => {
    expect(computeRow(1, computed(1, '3.2'), { '3.2.1': 0, '3.2.2': 0 }, BUILTIN_CATALOGUE)).toBeNull();
  });

  it('is empty where the whole or the part is empty or text', () => {
    expect(computeRow(1, ratio, { '2.2': 21 }, BUILTIN_CATALOGUE)).toBeNull();
    expect(computeRow(1, ratio, { '2.1': null, '2.2': 21 }, BUILTIN_CATALOGUE)).toBeNull();
    expect(computeRow(1, ratio, { '2.1': 37 }, BUILTIN_CATALOGUE)).toBeNull();
    expect(computeRow(1, ratio, { '2.1': 37, '2.2': null }, BUILTIN_CATALOGUE)).toBeNull();
    expect(computeRow(1, ratio, { '2.1': 'ba mươi', '2.2': 21 }, BUILTIN_CATALOGUE)).toBeNull();
  });

  it('is 0 where the part is 0 and the whole is not', () => {
    expect(computeRow(1, ratio, { '2.1': 37, '2.2': 0 }, BUILTIN_CATALOGUE)).toBe(0);
  });

  it('uses the computed sum when the whole is a sum row', () => {
    expect(computeRow(7, computed(7, '6.6'), { '6.4.2': 62, '6.5.2': 56, '6.6.2': 118 }, BUILTIN_CATALOGUE)).toBe(100);
    expect(computeRow(7, computed(7, '6.6'), { '6.4.2': 60, '6.5.2': 40, '6.6.2': 75 }, BUILTIN_CATALOGUE)).toBe(75);
    expect(computeRow(7, computed(7, '6.6'), { '6.6.2': 75 }, BUILTIN_CATALOGUE)).toBeNull();
  });
});

describe('computeRow: sum', () => {
  const sum = computed(2, '1'); // 1.1 + 1.2 + 1.3

  it('adds the terms that hold numbers', () => {
    expect(computeRow(2, sum, { '1.1': 1, '1.2': 2, '1.3': 3 }, BUILTIN_CATALOGUE)).toBe(6);
    expect(computeRow(2, sum, { '1.1': 1, '1.3': 3 }, BUILTIN_CATALOGUE)).toBe(4);
    expect(computeRow(2, sum, { '1.1': 1, '1.2': 'Văn bản' }, BUILTIN_CATALOGUE)).toBe(1);
    expect(computeRow(7, computed(7, '6.6.1'), { '6.4.2': 62, '6.5.2': 56 }, BUILTIN_CATALOGUE)).toBe(118);
  });

  it('is empty when no term holds a number, and 0 when they are zeros', () => {
    expect(computeRow(2, sum, {}, BUILTIN_CATALOGUE)).toBeNull();
    expect(computeRow(2, sum, { '1.1': null, '1.3': 'x' }, BUILTIN_CATALOGUE)).toBeNull();
    expect(computeRow(2, sum, { '1.1': 0, '1.2': 0, '1.3': 0 }, BUILTIN_CATALOGUE)).toBe(0);
  });

  it('keeps decimal sums exact', () => {
    expect(computeRow(2, sum, { '1.1': 0.1, '1.2': 0.2 }, BUILTIN_CATALOGUE)).toBe(0.3);
  });
});

describe('computeForm', () => {
  it('returns every computed row of a form by key, and nothing else', () => {
    expect(computeForm(7, { '6.4.1': 62, '6.4.2': 62, '6.5.1': 56, '6.5.2': 56, '6.6.2': 118, '6.7.1': 998, '6.7.2': 981 })).toEqual({
      '6.4': 100,
      '6.5': 100,
      '6.6': 100,
      '6.6.1': 118,
      '6.7': 98.3,
      '6.8': null,
    });
    expect(computeForm(5, {})).toEqual({ '1.3': null });
  });
});
