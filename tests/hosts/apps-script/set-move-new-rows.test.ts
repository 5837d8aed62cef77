// CCHC › Bộ biểu mẫu… in the fakes, on a whole spreadsheet where the clerk typed under a form's table (a signature line, a number)
// in the cell the chosen set's new row takes over. As in Excel (tests/hosts/excel/set-move-new-rows.test.ts): the move carries
// entries by name only, the new row has no earlier entry, and what sat there is kept on `Giá trị không còn dòng` (core strayValues),
// never taken as that row's value nor overwritten unseen; a free cell the new layout does not reach stays. Whole-range writes only.
import { FORMSET_TEXT } from '../../../src/core/i18n/form-sets';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { catalogueOf } from '../../../src/core/forms/builtin';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import { applyWorkbookPlan } from '../../../src/hosts/apps-script/apply-plan';
import { moveSpreadsheetToSet } from '../../../src/hosts/apps-script/form-set-command';
import { APPENDED_SET, SHORTENED_SET } from '../../fixtures/form-sets/appended-set';
import { TEST_SET } from '../../fixtures/form-sets/test-set';
import { SAMPLE } from './fakes/fake-communes';
import { fakeEnv, type FakeEnv } from './fakes/fake-env';

jest.setTimeout(30_000);

const FORM1 = 'Biểu mẫu 1';
const O = FORMSET_TEXT.option;
const SIGNED = 'Người lập biểu: Nguyễn Văn A';

function laidOut(): FakeEnv {
  const env = fakeEnv();
  applyWorkbookPlan(env, env.ss, buildWorkbookPlan(SAMPLE));
  return env;
}
const form1Of = (set: FormSetDef) => buildWorkbookPlan(null, catalogueOf(set)).sheets.find((s) => s.name === FORM1)!;
const cellOf = (set: FormSetDef, name: string): string => form1Of(set).names.find((n) => n.name === name)!.cell;
const sheet = (env: FakeEnv, name: string) => env.ss.sheets.find((s) => s.name === name)!;
const valueOf = (env: FakeEnv, name: string): unknown => {
  const at = env.ss.nameCell(name);
  return at ? at.sheet.valueAt(at.a1) : undefined;
};
const blankish = (v: unknown): unknown => (v === '' || v === undefined ? null : v);

describe('CCHC › Bộ biểu mẫu… in Sheets: what the clerk typed where the new layout lays a new row', () => {
  it('a row appended at the end of Biểu mẫu 1: the signature under the old table is not its entry, it is kept on Giá trị không còn dòng; a free cell stays', () => {
    const env = laidOut();
    const at = cellOf(APPENDED_SET, 'BM1_7');
    expect(env.ss.namedRanges.some((n) => env.ss.nameCell(n.name)?.sheet.name === FORM1 && env.ss.nameCell(n.name)?.a1 === at)).toBe(false);
    sheet(env, FORM1).type(at, SIGNED);
    sheet(env, FORM1).type('K80', 'ghi nhớ của cán bộ');
    const old6 = valueOf(env, 'BM1_6');
    env.log.reset();

    const moved = moveSpreadsheetToSet(env, env.ss, APPENDED_SET);

    expect(env.ss.nameCell('BM1_7')?.a1).toBe(at);
    expect(blankish(valueOf(env, 'BM1_7'))).toBeNull();
    expect(valueOf(env, 'BM1_6')).toBe(old6);
    expect(moved.orphans).toContainEqual({ form: 1, key: '', label: O.strayLabel(at), value: SIGNED, note: null });
    const kept = sheet(env, O.orphansSheet);
    const rows = Array.from({ length: 20 }, (_, i) => ['A', 'B', 'C', 'D'].map((c) => blankish(kept.valueAt(`${c}${i + 3}`))));
    expect(rows).toContainEqual([1, null, O.strayLabel(at), SIGNED]);
    expect(sheet(env, FORM1).valueAt('K80')).toBe('ghi nhớ của cán bộ');
    // Whole-range writes only: one setValues per sheet laid out.
    const sets = env.log.calls.filter((c) => c.service === 'SpreadsheetApp' && /^Range\.set/.test(c.method));
    expect(sets.length).toBeLessThanOrEqual(env.ss.sheets.length);
  });

  it('a number typed there is not taken as the new row’s entry either', () => {
    const env = laidOut();
    const at = cellOf(APPENDED_SET, 'BM1_7');
    sheet(env, FORM1).type(at, 12);
    const moved = moveSpreadsheetToSet(env, env.ss, APPENDED_SET);
    expect(blankish(valueOf(env, 'BM1_7'))).toBeNull();
    expect(moved.orphans).toContainEqual({ form: 1, key: '', label: O.strayLabel(at), value: 12, note: null });
  });

  it('rows inserted in the middle (the test set): the table grows down over what was typed under it, which is kept', () => {
    const env = laidOut();
    const last = form1Of(APPENDED_SET).names.find((n) => n.name === 'BM1_6')!.cell;
    const [, col = 'D', row = '0'] = /^([A-Z]+)(\d+)$/.exec(last) ?? [];
    sheet(env, FORM1).type(`${col}${Number(row) + 1}`, SIGNED);
    const old6 = valueOf(env, 'BM1_6');
    const moved = moveSpreadsheetToSet(env, env.ss, TEST_SET);
    expect([blankish(valueOf(env, 'BM1_2_3')), valueOf(env, 'BM1_6')]).toEqual([null, old6]);
    expect(moved.orphans.filter((o) => o.value === SIGNED).map((o) => o.form)).toEqual([1]);
  });

  it('nothing typed outside the tables: no stray listed', () => {
    const env = laidOut();
    const moved = moveSpreadsheetToSet(env, env.ss, APPENDED_SET);
    expect(moved.orphans).toEqual([]);
  });

  it('a form that lost its last row: that row cleared and its value listed, a free cell beyond both tables left as typed (as in Excel)', () => {
    const env = laidOut();
    sheet(env, FORM1).type('K80', 'ghi nhớ của cán bộ');
    const old6 = valueOf(env, 'BM1_6');
    const at6 = cellOf(APPENDED_SET, 'BM1_6');
    const moved = moveSpreadsheetToSet(env, env.ss, SHORTENED_SET);
    expect(moved.orphans.map((o) => [o.form, o.key, o.value])).toContainEqual([1, '6', old6]);
    expect(blankish(sheet(env, FORM1).valueAt(at6))).toBeNull();
    expect(sheet(env, FORM1).valueAt('K80')).toBe('ghi nhớ của cán bộ');
  });
});
