// Carrying the previous report into the open workbook against the recording double: four syncs whatever the size, notes on ExcelApi 1.18, values without them before.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CarryRefusedError } from '../../../src/core/carry/plan-carry';
import { parseReportData } from '../../../src/core/data/schema';
import type { ReportData } from '../../../src/core/data/types';
import { definedName } from '../../../src/core/forms/catalogue';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { applyWorkbookPlan } from '../../../src/hosts/excel/apply-plan';
import { carryPrevious } from '../../../src/hosts/excel/carry-previous';
import { checkWorkbook } from '../../../src/hosts/excel/check-workbook';
import { apiAtLeast, fakeExcel, findName, findSheet, typeAsExcelParses, typeInto, type FakeState } from './fake-excel';
import { DAMAGE_TEXT, UI_TEXT } from '../../../src/core/i18n/messages';
import { TEMPLATE_VERSION } from '../../../src/core/layout/names';
import { KNOWN_TEMPLATE_VERSIONS } from '../../../src/core/layout/template-versions';
import { OlderTemplateError } from '../../../src/hosts/excel/check-workbook';
import { keptWorkbook, snapshotOf } from '../../fixtures/versions/kept-workbooks';
import { excelHolding } from './kept-in-excel';

const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')));
if (!parsed.ok) throw new Error(parsed.problems.join('; '));
const q1: ReportData = { ...parsed.data, meta: { ...parsed.data.meta, period: 'Q1', year: 2026 } };
const plan = buildWorkbookPlan(null);
const CARRIED = [...BUILTIN_CATALOGUE.standing, ...BUILTIN_CATALOGUE.yearPlan].map((r) => definedName(r.form, r.key));

/** A freshly laid-out, empty workbook on a host with ExcelApi `api`; syncs counted from here. */
async function emptyWorkbook(api = '1.20'): Promise<ReturnType<typeof fakeExcel>> {
  const excel = fakeExcel();
  excel.state.excelApi = api;
  await applyWorkbookPlan(excel.asExcel, { buildPlan: buildWorkbookPlan, readData: () => null, supports: (v) => apiAtLeast(api, v) });
  excel.state.syncs = 0;
  return excel;
}

function cellOf(state: FakeState, name: string): { sheet: string; a1: string; value: unknown; note: string | undefined } {
  const [, at] = findName(state, name)!;
  const c = findSheet(state, at.sheet)?.cells.get(at.cell);
  return { sheet: at.sheet, a1: at.cell, value: c?.value, note: c?.note };
}

describe('carryPrevious (Excel)', () => {
  it('fills the empty standing and plan cells with a note each, the header with the new period, in four syncs, sheets protected again', async () => {
    const { state, asExcel } = await emptyWorkbook();
    const r = await carryPrevious(asExcel, plan, q1, (v) => apiAtLeast(state.excelApi, v));
    expect(state.syncs).toBe(4);
    expect(r.noted).toBe(true);
    expect(r.cells).toBe(CARRIED.length);
    expect(r.carry.target).toEqual({ period: 'H1', year: 2026 });
    for (const name of CARRIED) {
      const c = cellOf(state, name);
      expect([name, c.value]).toEqual([name, q1.forms[name.slice(2, 3) as '1']?.[name.slice(4).replace(/_/g, '.')]]);
      expect(c.note).toMatch(/^Lấy từ báo cáo kỳ trước \(Quý I năm 2026\)/);
    }
    expect(cellOf(state, 'TTC_unit').value).toBe('Hòa Phong');
    expect(cellOf(state, 'TTC_period').value).toBe('6 tháng đầu năm');
    expect(cellOf(state, 'TTC_date').value).toBe('');
    expect(cellOf(state, 'BM3_3_3_1').value).toBe('');
    expect(state.sheets.every((s) => s.protected)).toBe(true);
  });

  it('keeps a typed value, drops the note of a carried cell edited since, and still takes four syncs', async () => {
    const { state, asExcel } = await emptyWorkbook();
    const typed = cellOf(state, 'BM3_1_1');
    typeInto(state, typed.sheet, typed.a1, 160);
    await carryPrevious(asExcel, plan, q1, () => true);
    expect(cellOf(state, 'BM3_1_1')).toMatchObject({ value: 160, note: undefined });

    const edited = cellOf(state, 'BM7_6_4_1');
    typeInto(state, edited.sheet, edited.a1, 71);
    state.syncs = 0;
    const again = await carryPrevious(asExcel, plan, q1, () => true);
    expect(state.syncs).toBe(4);
    expect(again.cleared).toBe(1);
    expect(again.cells).toBe(0);
    expect(cellOf(state, 'BM7_6_4_1')).toMatchObject({ value: 71, note: undefined });
    expect(cellOf(state, 'BM7_6_4_2').note).toMatch(/Số đã lấy: 68$/);
  });

  it('reads a carried percent retyped with its sign as the check reads it: the same value, the note kept', async () => {
    const { state, asExcel } = await emptyWorkbook();
    await carryPrevious(asExcel, plan, q1, () => true);
    const pct = cellOf(state, 'BM4_2_5');
    expect(pct.note).toMatch(/Số đã lấy: 10,5$/);
    // Excel stores "10,5%" as 0.105 under a percent format; the check reads 10.5, the value carried.
    typeAsExcelParses(state, pct.sheet, pct.a1, '10,5%');
    expect(findSheet(state, pct.sheet)?.cells.get(pct.a1)).toMatchObject({ value: 0.105, numberFormat: '0%' });
    const check = await checkWorkbook(asExcel, plan, { notes: true });
    expect(check.data?.forms['4']?.['2.5']).toBe(10.5);
    expect(check.staleCarryNotes.size).toBe(0);
    state.syncs = 0;
    const again = await carryPrevious(asExcel, plan, q1, () => true);
    expect(state.syncs).toBe(4);
    expect(again.cleared).toBe(0);
    expect(cellOf(state, 'BM4_2_5').note).toMatch(/Số đã lấy: 10,5$/);
  });

  it('on Excel before ExcelApi 1.18 carries the values without notes in three syncs, never calling the notes API', async () => {
    const { state, asExcel } = await emptyWorkbook('1.17');
    const r = await carryPrevious(asExcel, plan, q1, (v) => apiAtLeast(state.excelApi, v));
    expect(state.syncs).toBe(3);
    expect(r.noted).toBe(false);
    expect(cellOf(state, 'BM3_1_1')).toMatchObject({ value: 158, note: undefined });
  });

  it('refuses another commune before writing anything', async () => {
    const { state, asExcel } = await emptyWorkbook();
    const unit = cellOf(state, 'TTC_unit');
    typeInto(state, unit.sheet, unit.a1, 'Thái Học');
    await expect(carryPrevious(asExcel, plan, q1, () => true)).rejects.toThrow(CarryRefusedError);
    expect(cellOf(state, 'BM3_1_1').value).toBe('');
    expect(state.syncs).toBe(2);
  });
});

describe('carryPrevious (Excel) on a workbook of an older template version', () => {
  /** The kept workbook of `version` as Excel opens it, less `lost`; syncs counted from zero. */
  async function keptIn(version: string, lost: readonly string[] = []): Promise<ReturnType<typeof fakeExcel>> {
    const excel = fakeExcel(excelHolding(snapshotOf(await keptWorkbook(version))));
    for (const name of lost) excel.state.names.delete(name);
    return excel;
  }
  const older = KNOWN_TEMPLATE_VERSIONS.filter((v) => v !== TEMPLATE_VERSION);

  it.each(older)('refuses a whole one of version %s, to be upgraded first (Lập biểu mẫu) as Kiểm tra does, then carried into again: nothing written, within two syncs', async (version) => {
    const { state, asExcel } = await keptIn(version);
    const e = await carryPrevious(asExcel, plan, q1, () => true).then(
      () => null,
      (x: unknown) => x,
    );
    // Not told it is damaged, nor that today's added names are lost: older, to be upgraded.
    expect(e).toBeInstanceOf(OlderTemplateError);
    expect((e as Error).message).toBe(UI_TEXT.olderTemplate(version, TEMPLATE_VERSION, undefined, UI_TEXT.damageHint.excel.upgradeToCarry));
    expect((e as Error).message).not.toContain('Mất tên');
    // The second sync reads the version cell, where a carry's reads its values: never more syncs than a carry takes.
    expect({ log: state.log, syncs: state.syncs }).toEqual({ log: [], syncs: 2 });
    const checked = await checkWorkbook((await keptIn(version)).asExcel, plan).then(
      () => null,
      (x: unknown) => x,
    );
    // Kiểm tra's words, but for the last sentence: upgraded, then the carry pressed again (Kiểm tra: checked again).
    const older = DAMAGE_TEXT.olderTemplate(version, TEMPLATE_VERSION);
    expect((checked as Error).message).toBe(`${older} Hãy bấm “Lập biểu mẫu” để nâng cấp (số liệu đã nhập được giữ nguyên) rồi kiểm tra lại.`);
    expect((e as Error).message).toBe(`${older} Hãy bấm “Lập biểu mẫu” để nâng cấp (số liệu đã nhập được giữ nguyên) rồi bấm lại “Lấy số liệu kỳ trước”.`);
  });

  it.each(older)('refuses one of version %s that lost a name its version had in Kiểm tra’s words, naming what it lost', async (version) => {
    const { state, asExcel } = await keptIn(version, ['BM3_1_1']);
    const e = await carryPrevious(asExcel, plan, q1, () => true).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(OlderTemplateError);
    expect((e as Error).message).toBe(UI_TEXT.olderTemplate(version, TEMPLATE_VERSION, DAMAGE_TEXT.workbookDamaged([], ['BM3_1_1']), UI_TEXT.damageHint.excel.upgradeToCarry));
    expect((e as Error).message).toMatch(/rồi bấm lại “Lấy số liệu kỳ trước”\.$/);
    expect({ log: state.log, syncs: state.syncs }).toEqual({ log: [], syncs: 2 });
  });
});
