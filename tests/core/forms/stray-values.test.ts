// strayValues: what a move to another set lays its table over (or clears) where the old layout had nothing, kept with the values
// without a row; what the old layout held (its labels, inputs, formulas), what the new one writes alike and what it leaves alone are not.
import { BUILTIN_SET, catalogueOf } from '../../../src/core/forms/builtin';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import { orphansSheet, strayValues } from '../../../src/core/forms/orphan-values';
import { FORMSET_TEXT } from '../../../src/core/i18n/form-sets';
import { cellAddress, parseCellAddress } from '../../../src/core/layout/a1';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { APPENDED_SET } from '../../fixtures/form-sets/appended-set';

const form1 = (set: FormSetDef) => buildWorkbookPlan(null, catalogueOf(set)).sheets.find((s) => s.name === 'Biểu mẫu 1')!;
const before = form1(BUILTIN_SET);
const after = form1(APPENDED_SET);
const at7 = after.names.find((n) => n.name === 'BM1_7')!.cell;

/** The old layout as written, with `typed` over it (A1 → value). */
const sheetWith = (typed: Readonly<Record<string, unknown>>) => (r: number, c: number): unknown =>
  typed[cellAddress(r + 1, c + 1)] ?? (before.formulas[r]?.[c] ? 0 : before.values[r]?.[c] ?? null);

describe('strayValues', () => {
  it('lists a cell under the old table that the new row takes over, with its cell and value, no row key', () => {
    expect(strayValues(before, after, 1, sheetWith({ [at7]: 'Người lập biểu' }))).toEqual([
      { form: 1, key: '', label: FORMSET_TEXT.option.strayLabel(at7), value: 'Người lập biểu', note: null },
    ]);
  });

  it('leaves out what the old layout held (a label changed, an input typed), blanks, and a cell beyond both tables', () => {
    const input = before.inputs[0]!.split(':')[0]!;
    const typed = { A1: 'tiêu đề sửa tay', [input]: 5, [at7]: '  ', K80: 'ghi nhớ' };
    expect(strayValues(before, after, 1, sheetWith(typed))).toEqual([]);
  });

  it('a host that keeps nothing of the sheet (the command line writes the file anew) has the cells up to `lostToo` listed too', () => {
    const listed = strayValues(before, after, 1, sheetWith({ K80: 'ghi nhớ' }), { rows: 80, columns: parseCellAddress('K1').col });
    expect(listed.map((o) => [o.label, o.value])).toEqual([[FORMSET_TEXT.option.strayLabel('K80'), 'ghi nhớ']]);
  });

  it('a sheet the old layout lacked: every cell of the new block holding something else than the new layout', () => {
    expect(strayValues(undefined, after, 1, (r, c) => (r === 0 && c === 0 ? 'của cán bộ' : null)).map((o) => o.value)).toEqual(['của cán bộ']);
  });

  it('the sheet keeping them shows no row key for such a cell', () => {
    const [row] = orphansSheet([{ form: 1, key: '', label: 'Ô D23', value: 'x', note: null }], 'a', 'b').values.slice(2);
    expect(row).toEqual([1, null, 'Ô D23', 'x', null]);
  });
});
