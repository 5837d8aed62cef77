// Lập biểu mẫu in Excel with another form set chosen, on a whole workbook where the clerk typed under a form's table (a signature
// line, a number) in the cell the chosen set's new row takes over. The move carries entries by name only: that row is new, it has no
// earlier entry, and what sits there is no row's: it is not taken as the new row's value, nor overwritten unseen, but kept on
// `Giá trị không còn dòng` (core strayValues), as the values without a row are. A free cell the new layout does not reach stays.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../../src/core/data/schema';
import { FORMSET_TEXT } from '../../../src/core/i18n/form-sets';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { catalogueOf } from '../../../src/core/forms/builtin';
import { readWorkbookValues } from '../../../src/core/read/read-workbook';
import { applyWorkbookPlan, type LayoutDeps } from '../../../src/hosts/excel/apply-plan';
import { APPENDED_SET, SHORTENED_SET } from '../../fixtures/form-sets/appended-set';
import { TEST_SET } from '../../fixtures/form-sets/test-set';
import { cellValue, fakeExcel, namedNow, typeInto } from './fake-excel';

jest.setTimeout(30_000);

const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')));
if (!parsed.ok) throw new Error(parsed.problems.join('; '));
const sample = parsed.data;
const deps: LayoutDeps = { buildPlan: buildWorkbookPlan, readData: (values, catalogue) => readWorkbookValues(values, {}, catalogue).data, supports: () => true };
const FORM1 = 'Biểu mẫu 1';
const O = FORMSET_TEXT.option;
const SIGNED = 'Người lập biểu: Nguyễn Văn A';

/**
 * The built-in set's workbook laid out with the sample, Biểu mẫu 1 unprotected by the clerk (Review › Unprotect Sheet: the layout
 * sets no password) to type under its table.
 */
async function laidOut(): Promise<ReturnType<typeof fakeExcel>> {
  const excel = fakeExcel();
  await applyWorkbookPlan(excel.asExcel, { ...deps, buildPlan: () => buildWorkbookPlan(sample) });
  excel.state.sheets.find((s) => s.name === FORM1)!.protected = false;
  return excel;
}
const form1Of = (set: typeof TEST_SET) => buildWorkbookPlan(null, catalogueOf(set)).sheets.find((s) => s.name === FORM1)!;
const cellOf = (set: typeof TEST_SET, name: string): string => form1Of(set).names.find((n) => n.name === name)!.cell;
const orphanRows = (excel: ReturnType<typeof fakeExcel>): unknown[][] => {
  const sheet = excel.state.sheets.find((s) => s.name === O.orphansSheet);
  if (!sheet) return [];
  const rows: unknown[][] = [];
  for (let r = 3; r < 200; r++) {
    const row = ['A', 'B', 'C', 'D', 'E'].map((c) => cellValue(excel.state, O.orphansSheet, `${c}${r}`) ?? '');
    if (row.every((v) => v === '')) break;
    rows.push(row);
  }
  return rows;
};

describe('Lập biểu mẫu in Excel with another set: what the clerk typed where the new layout lays a new row', () => {
  it('a row appended at the end of Biểu mẫu 1: the signature under the old table is not its entry, it is kept on Giá trị không còn dòng; a free cell stays', async () => {
    const excel = await laidOut();
    const at = cellOf(APPENDED_SET, 'BM1_7');
    // Below the built-in table: no name of the old layout holds it.
    expect([...excel.state.names.values()].some((n) => n.sheet === FORM1 && n.cell === at)).toBe(false);
    typeInto(excel.state, FORM1, at, SIGNED);
    typeInto(excel.state, FORM1, 'K80', 'ghi nhớ của cán bộ');
    const before = namedNow(excel.state);
    excel.state.syncs = 0;

    const moved = await applyWorkbookPlan(excel.asExcel, { ...deps, set: APPENDED_SET });

    expect(excel.state.syncs).toBe(3);
    const now = namedNow(excel.state);
    expect(excel.state.names.get('BM1_7')).toEqual({ sheet: FORM1, cell: at });
    // The new row has no earlier entry.
    expect(now.BM1_7 ?? null).toBeNull();
    // Every entry of the old rows in its row.
    expect(now.BM1_6).toBe(before.BM1_6);
    expect(now.BM1_5_1).toBe(before.BM1_5_1);
    // The signature kept where the values without a row are, its cell told.
    const stray = { form: 1, key: '', label: O.strayLabel(at), value: SIGNED, note: null };
    expect(moved.orphans).toContainEqual(stray);
    expect(orphanRows(excel)).toContainEqual([1, '', O.strayLabel(at), SIGNED, '']);
    expect(cellValue(excel.state, FORM1, 'K80')).toBe('ghi nhớ của cán bộ');
  });

  it('a number typed there is not taken as the new row’s entry either (it would pass every check as a count)', async () => {
    const excel = await laidOut();
    const at = cellOf(APPENDED_SET, 'BM1_7');
    typeInto(excel.state, FORM1, at, 12);
    const moved = await applyWorkbookPlan(excel.asExcel, { ...deps, set: APPENDED_SET });
    expect(namedNow(excel.state).BM1_7 ?? null).toBeNull();
    expect(moved.orphans).toContainEqual({ form: 1, key: '', label: O.strayLabel(at), value: 12, note: null });
  });

  it('rows inserted in the middle (the test set): the old table grows down over what was typed under it, which is kept, not overwritten unseen', async () => {
    const excel = await laidOut();
    const lastBefore = form1Of(APPENDED_SET).names.find((n) => n.name === 'BM1_6')!.cell;
    const [, col = 'D', row = '0'] = /^([A-Z]+)(\d+)$/.exec(lastBefore) ?? [];
    // The first cell under the old table in the value column: the test set's last row (6) moves there.
    const under = `${col}${Number(row) + 1}`;
    expect(cellOf(TEST_SET, 'BM1_6')).not.toBe(lastBefore);
    typeInto(excel.state, FORM1, under, SIGNED);
    const before = namedNow(excel.state);
    const moved = await applyWorkbookPlan(excel.asExcel, { ...deps, set: TEST_SET });
    const now = namedNow(excel.state);
    expect([now.BM1_2_3 ?? null, now.BM1_6]).toEqual([null, before.BM1_6]);
    const kept = moved.orphans.filter((o) => o.value === SIGNED);
    expect(kept.length).toBe(1);
    expect(kept[0]?.form).toBe(1);
  });

  it('nothing typed outside the tables: no stray listed, the move as before', async () => {
    const excel = await laidOut();
    const moved = await applyWorkbookPlan(excel.asExcel, { ...deps, set: APPENDED_SET });
    expect(moved.orphans).toEqual([]);
    expect(excel.state.sheets.some((s) => s.name === O.orphansSheet)).toBe(false);
  });

  it('a form that lost its last row: that row cleared and its value listed, a free cell beyond both tables left as typed', async () => {
    const excel = await laidOut();
    typeInto(excel.state, FORM1, 'K80', 'ghi nhớ của cán bộ');
    const old6 = namedNow(excel.state).BM1_6;
    const at6 = cellOf(APPENDED_SET, 'BM1_6');
    const moved = await applyWorkbookPlan(excel.asExcel, { ...deps, set: SHORTENED_SET });
    expect(moved.orphans.map((o) => [o.form, o.key, o.value])).toContainEqual([1, '6', old6]);
    expect(cellValue(excel.state, FORM1, at6) ?? '').toBe('');
    expect(cellValue(excel.state, FORM1, 'K80')).toBe('ghi nhớ của cán bộ');
  });
});
