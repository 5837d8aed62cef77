// Excel with a province's form set (the recording double): laid out with a chosen set in three syncs; moved to a newer version keeping values and listing those without a row; back to the built-in set without the carried sheet; checked by the set it carries.
import { BUILTIN_SET } from '../../../src/core/forms/builtin';
import { CARRIED_SET_SHEET, readCarriedSet } from '../../../src/core/forms/carried-set';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import { setLabel } from '../../../src/core/forms/choose-form-set';
import { FORMSET_TEXT } from '../../../src/core/i18n/form-sets';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { readWorkbookValues } from '../../../src/core/read/read-workbook';
import { applyWorkbookPlan, OlderSetError, type LayoutDeps } from '../../../src/hosts/excel/apply-plan';
import { checkWorkbook } from '../../../src/hosts/excel/check-workbook';
import { carryPrevious } from '../../../src/hosts/excel/carry-previous';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../../src/core/data/schema';
import type { ReportData } from '../../../src/core/data/types';
import { setIdentity } from '../../../src/core/forms/builtin';
import { catalogueOf } from '../../../src/core/forms/builtin';
import { definedName } from '../../../src/core/forms/catalogue';
import { layoutMessage } from '../../../src/hosts/pane/excel-pane-host';
import { CROSS_RULE, FORM_8, TEST_SET } from '../../fixtures/form-sets/test-set';
import { cellValue, fakeExcel, findName, findSheet, typeInto, type FakeState } from './fake-excel';

jest.setTimeout(30_000);

const deps = (set?: FormSetDef): LayoutDeps => ({
  buildPlan: buildWorkbookPlan,
  readData: (values, catalogue) => readWorkbookValues(values, {}, catalogue).data,
  supports: () => true,
  ...(set ? { set } : {}),
});

/** The test set's next version: Biểu mẫu 8 without its money row (4), and one row more. */
const NEXT: FormSetDef = {
  ...TEST_SET,
  version: 2,
  forms: TEST_SET.forms.map((f) =>
    f.number !== 8 ? f : { ...f, rows: [...f.rows.filter((r) => r.key !== '4'), { key: '6', stt: '6.', label: 'Số cán bộ được tập huấn kỹ năng số', unit: 'Người', kind: 'count' }] },
  ),
};

/** Every defined name's value in the double, by name. */
function namedValues(state: FakeState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, at] of state.names) if (!at.broken) out[name] = cellValue(state, at.sheet, at.cell);
  return out;
}

/** A person typing into the cell a defined name points at. */
function typeAt(state: FakeState, name: string, value: string | number): void {
  const [, at] = findName(state, name) ?? [];
  if (!at) throw new Error(`no name ${name}`);
  typeInto(state, at.sheet, at.cell, value);
}

const valueAt = (state: FakeState, name: string): unknown => {
  const [, at] = findName(state, name) ?? [];
  return at && !at.broken ? cellValue(state, at.sheet, at.cell) : undefined;
};

describe('Lập biểu mẫu in Excel with a chosen form set', () => {
  it('lays a new workbook out with the set in three syncs: its forms, its hidden carried sheet holding the whole set', async () => {
    const { state, asExcel } = fakeExcel();
    const r = await applyWorkbookPlan(asExcel, deps(TEST_SET));
    expect(state.syncs).toBe(3);
    expect(r.set).toBe(TEST_SET);
    expect(r.orphans).toEqual([]);
    const names = state.sheets.map((s) => s.name);
    expect(names).toContain('Biểu mẫu 8');
    expect(names).not.toContain('Biểu mẫu 5');
    expect(findSheet(state, CARRIED_SET_SHEET)?.visibility).toBe('Hidden');
    expect(readCarriedSet(namedValues(state))).toEqual(TEST_SET);
    expect(layoutMessage(r, false)).toContain('“thu-nghiem” phiên bản 1');
  });

  it('moves a built-in workbook to the set: every value whose row remains kept, those of the dropped form listed on a visible sheet, its sheet removed; three syncs', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps());
    typeAt(state, 'BM1_2_1', 37);
    typeAt(state, 'BM5_1_1', 12);
    typeAt(state, 'GC5_1_1', 'ghi chú của xã');
    const before = state.syncs;

    const r = await applyWorkbookPlan(asExcel, deps(TEST_SET));
    expect(state.syncs - before).toBe(3);
    expect(valueAt(state, 'BM1_2_1')).toBe(37);
    expect(findSheet(state, 'Biểu mẫu 5')).toBeUndefined();
    expect(findName(state, 'BM5_1_1')).toBeUndefined();
    expect(r.removed).toEqual(['Biểu mẫu 5']);
    expect(r.orphans).toEqual([expect.objectContaining({ form: 5, key: '1.1', value: 12, note: 'ghi chú của xã' })]);
    const sheet = findSheet(state, FORMSET_TEXT.option.orphansSheet);
    expect(sheet?.visibility).toBe('Visible');
    expect(sheet?.protected).toBe(false);
    expect([1, 2, 3, 4, 5].map((c) => cellValue(state, FORMSET_TEXT.option.orphansSheet, `${'ABCDE'[c - 1]}3`))).toEqual([5, '1.1', expect.any(String), 12, 'ghi chú của xã']);
    const message = layoutMessage(r, false);
    expect(message).toContain(FORMSET_TEXT.pane.moved(setLabel(BUILTIN_SET), setLabel(TEST_SET), r.kept));
    expect(message).toContain('Biểu mẫu 5, dòng 1.1');
  });

  it('moves to a newer version of the set: values kept, the dropped row listed after the rows an earlier move left, still three syncs', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps());
    typeAt(state, 'BM5_1_1', 12);
    await applyWorkbookPlan(asExcel, deps(TEST_SET));
    typeAt(state, 'BM8_1', 40);
    typeAt(state, 'BM8_4', 250);
    typeAt(state, 'BM1_2_3', 3);
    const before = state.syncs;

    const r = await applyWorkbookPlan(asExcel, deps(NEXT));
    expect(state.syncs - before).toBe(3);
    expect(valueAt(state, 'BM8_1')).toBe(40);
    expect(valueAt(state, 'BM1_2_3')).toBe(3);
    expect(findName(state, 'BM8_4')).toBeUndefined();
    expect(r.orphans.map((o) => [o.form, o.key, o.value])).toEqual([
      [5, '1.1', 12],
      [8, '4', 250],
    ]);
    expect(cellValue(state, FORMSET_TEXT.option.orphansSheet, 'D4')).toBe(250);
    expect(readCarriedSet(namedValues(state))).toEqual(NEXT);
    expect(layoutMessage(r, false)).toContain(`${FORM_8.rows.find((x) => x.key === '4')?.label}): 250`);
  });

  it('refuses an older version of the set the workbook carries before writing anything', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps(NEXT));
    const log = state.log.length;
    await expect(applyWorkbookPlan(asExcel, deps(TEST_SET))).rejects.toBeInstanceOf(OlderSetError);
    // Only events switched back on (restoreAfterFailure): no cell, sheet or name written.
    expect(state.log.slice(log).filter((w) => !/^enableEvents/.test(w))).toEqual([]);
    expect(readCarriedSet(namedValues(state))).toEqual(NEXT);
  });

  it('back to the built-in set: the carried sheet and its names removed, Biểu mẫu 5 laid out again, the new form listed', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps(TEST_SET));
    typeAt(state, 'BM8_1', 40);
    typeAt(state, 'BM1_2_1', 37);
    const r = await applyWorkbookPlan(asExcel, deps(BUILTIN_SET));
    expect(findSheet(state, CARRIED_SET_SHEET)).toBeUndefined();
    expect([...state.names.keys()].filter((n) => n.startsWith('CCHC_FORMSET'))).toEqual([]);
    expect(readCarriedSet(namedValues(state))).toBeNull();
    expect(findSheet(state, 'Biểu mẫu 5')).toBeDefined();
    expect(findSheet(state, 'Biểu mẫu 8')).toBeUndefined();
    expect(valueAt(state, 'BM1_2_1')).toBe(37);
    expect(r.orphans.map((o) => [o.form, o.key, o.value])).toEqual([[8, '1', 40]]);
    expect(state.sheets.map((s) => s.name)).toEqual([...buildWorkbookPlan(null).sheets.map((s) => s.name), FORMSET_TEXT.option.orphansSheet]);
  });

  it('back to a set whose form has fewer rows: the rows below the new table are emptied, locked and without rules, in the same three syncs', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps(TEST_SET));
    const sheetOf = (set: FormSetDef) => buildWorkbookPlan(null, catalogueOf(set)).sheets.find((s) => s.name === 'Biểu mẫu 1')!;
    const [longer, shorter] = [sheetOf(TEST_SET), sheetOf(BUILTIN_SET)];
    expect(longer.rows).toBeGreaterThan(shorter.rows);
    // The last row of the longer table holds an entry and a note: the row exists in the built-in set too, higher up.
    const last = longer.rows;
    typeInto(state, 'Biểu mẫu 1', `D${last}`, 1);
    typeInto(state, 'Biểu mẫu 1', `E${last}`, 'ghi chú dòng cuối');
    const before = state.syncs;

    await applyWorkbookPlan(asExcel, deps(BUILTIN_SET));
    expect(state.syncs - before).toBe(3);
    const bm1 = findSheet(state, 'Biểu mẫu 1')!;
    for (let r = shorter.rows + 1; r <= last; r++) {
      for (const c of ['A', 'B', 'C', 'D', 'E']) {
        const cell = bm1.cells.get(`${c}${r}`);
        expect({ at: `${c}${r}`, value: cell?.value ?? '', formula: cell?.formula, locked: cell?.locked ?? true, fill: cell?.fill }).toEqual({ at: `${c}${r}`, value: '', formula: undefined, locked: true, fill: undefined });
        expect([...bm1.validations.keys()].filter((k) => k.startsWith(`${c}${r}.`))).toEqual([]);
      }
    }
    // The entry moved with its row (by name) to the last row of the shorter table (the test set inserts its rows above it).
    expect(cellValue(state, 'Biểu mẫu 1', `D${shorter.rows}`)).toBe(1);
    expect(cellValue(state, 'Biểu mẫu 1', `E${shorter.rows}`)).toBe('ghi chú dòng cuối');
  });

  it('moves the note on a named cell with its name (rows inserted above it), and leaves none behind on a dropped row, in the same three syncs', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps());
    const noteOn = (name: string, text: string): void => {
      const [, at] = findName(state, name)!;
      const cell = findSheet(state, at.sheet)!.cells.get(at.cell)!;
      cell.note = text;
    };
    const noteAt = (name: string): string | undefined => {
      const [, at] = findName(state, name)!;
      return findSheet(state, at.sheet)!.cells.get(at.cell)?.note;
    };
    // BM1_3_1 sits below 2.2, where the test set inserts two rows.
    noteOn('BM1_3_1', 'Lấy từ báo cáo Quý I năm 2026. Giá trị: 5');
    const [, old] = findName(state, 'BM1_3_1')!;
    const before = state.syncs;
    await applyWorkbookPlan(asExcel, deps(TEST_SET));
    expect(state.syncs - before).toBe(3);
    expect(findName(state, 'BM1_3_1')![1].cell).not.toBe(old.cell);
    expect(noteAt('BM1_3_1')).toBe('Lấy từ báo cáo Quý I năm 2026. Giá trị: 5');
    // The row now at the old place (2.3, inserted) has no note of another row's.
    expect(findSheet(state, 'Biểu mẫu 1')!.cells.get(old.cell)?.note).toBeUndefined();

    // A row the next version drops: its note does not stay on the row that takes its place.
    noteOn('BM8_4', 'Ghi chú của dòng 4');
    const [, dropped] = findName(state, 'BM8_4')!;
    await applyWorkbookPlan(asExcel, deps(NEXT));
    expect(findSheet(state, 'Biểu mẫu 8')!.cells.get(dropped.cell)?.note).toBeUndefined();
    expect(noteAt('BM1_3_1')).toBe('Lấy từ báo cáo Quý I năm 2026. Giá trị: 5');
  });

  it('a plain re-layout keeps the set the workbook carries', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps(TEST_SET));
    typeAt(state, 'BM8_1', 40);
    const r = await applyWorkbookPlan(asExcel, deps());
    expect(r.set).toEqual(TEST_SET);
    expect(r.orphans).toEqual([]);
    expect(valueAt(state, 'BM8_1')).toBe(40);
    expect(findSheet(state, CARRIED_SET_SHEET)?.visibility).toBe('Hidden');
  });
});

describe('Lấy số liệu kỳ trước in Excel on a workbook carrying a set', () => {
  it('carries the set’s rows across periods by its plan (no Biểu mẫu 5 asked for), one sync more to read the set', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps(TEST_SET));
    const sample = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')));
    if (!sample.ok) throw new Error('sample');
    const { '5': _dropped, ...forms } = sample.data.forms;
    const q1: ReportData = { ...sample.data, meta: { ...sample.data.meta, period: 'Q1', year: 2026 }, formSet: setIdentity(TEST_SET), forms };
    const before = state.syncs;
    const r = await carryPrevious(asExcel, buildWorkbookPlan(null), q1, () => true);
    expect(state.syncs - before).toBe(5);
    const catalogue = catalogueOf(TEST_SET);
    const rows = [...catalogue.standing, ...catalogue.yearPlan].filter((row) => typeof q1.forms[`${row.form}`]?.[row.key] === 'number');
    expect(rows.length).toBeGreaterThan(0);
    expect(r.cells).toBe(rows.length);
    for (const row of rows) expect(valueAt(state, definedName(row.form, row.key))).toBe(q1.forms[`${row.form}`]?.[row.key]);
  });
});

describe('Kiểm tra in Excel on a workbook carrying a set', () => {
  it('reads the set (one sync more), checks by its rules and marks by its plan', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps(TEST_SET));
    typeAt(state, 'BM7_6_7_1', 10);
    typeAt(state, 'BM8_1', 40);
    const before = state.syncs;
    const check = await checkWorkbook(asExcel, buildWorkbookPlan(null));
    expect(state.syncs - before).toBe(3);
    expect(check.set).toEqual(TEST_SET);
    expect(check.plan.sheets.map((s) => s.name)).toContain('Biểu mẫu 8');
    const [, at] = findName(state, 'BM8_1') ?? [];
    const finding = check.result.findings.find((f) => f.form === CROSS_RULE.form && f.row === '1' && f.severity === 'error');
    expect(finding?.cell).toBe(`'Biểu mẫu 8'!${at?.cell}`);
    expect(check.result.findings.some((f) => f.form === 5)).toBe(false);
  });

  it('a workbook of the built-in set is still read in two syncs', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps());
    const before = state.syncs;
    const check = await checkWorkbook(asExcel, buildWorkbookPlan(null));
    expect(state.syncs - before).toBe(2);
    expect(check.set).toBe(BUILTIN_SET);
  });
});
