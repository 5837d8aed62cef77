// Moving a workbook to a newer version of its set: the values whose row is gone are found, and kept on a visible sheet.
import { buildCatalogue } from '../../../src/core/forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import { orphansSheet, orphanValues } from '../../../src/core/forms/orphan-values';
import { FORM_8, TEST_CATALOGUE, TEST_SET } from '../../fixtures/form-sets/test-set';

const v2: FormSetDef = {
  ...TEST_SET,
  version: 2,
  forms: TEST_SET.forms.map((f) => (f.number !== 8 ? f : { ...f, rows: FORM_8.rows.filter((r) => r.key !== '3') })),
};

describe('orphanValues', () => {
  it('lists a value and a note on a row the new version lacks, not the values that still have a row, not the empty ones', () => {
    const values = { BM8_1: 10, BM8_3: 2, GC8_3: 'đang làm', BM8_4: '', BM1_1: 5 };
    expect(orphanValues(values, TEST_CATALOGUE, buildCatalogue(v2))).toEqual([
      { form: 8, key: '3', label: FORM_8.rows.find((r) => r.key === '3')?.label, value: 2, note: 'đang làm' },
    ]);
  });

  it('lists the values of a form the new set no longer has', () => {
    const found = orphanValues({ BM5_1_1: 120, BM5_1_3: 50, BM1_1: 3 }, BUILTIN_CATALOGUE, TEST_CATALOGUE);
    expect(found.map((o) => [o.form, o.key, o.value])).toEqual([[5, '1.1', 120]]); // a computed value (1.3) follows from the inputs: not listed
  });

  it('keeps them on a visible, unprotected sheet: a line saying what it is, the headers, one row each', () => {
    const sheet = orphansSheet([{ form: 8, key: '3', label: 'Mức độ', value: 2, note: null }], 'A', 'B');
    expect(sheet.name).toBe('Giá trị không còn dòng');
    expect(sheet.hidden).toBeUndefined();
    expect(sheet.protect).toBe(false);
    expect(sheet.values[2]).toEqual([8, '3', 'Mức độ', 2, null]);
  });
});
