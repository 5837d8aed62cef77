// Lập biểu mẫu in Excel with another form set chosen (“Chọn bộ biểu mẫu…”) on a workbook some of whose input cells have no name:
// a name deleted, a form sheet replaced by its renamed copy (every name into it at #REF!), or a version-1 layout that never named its
// Ghi chú cells. The move carries entries by name only; the by-place read a repair makes would take the new set's place for a cell,
// which holds another row (the test set inserts two rows into Biểu mẫu 1 after 2.2: BM1_3_1 goes from D10 to D12). So it is refused
// after the reading syncs, before anything is written (core setMoveRefusal, as `cchc upgrade --forms` refuses it), telling to lay the
// workbook out by its own set first; done so, the move keeps every entry in its row.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../../src/core/data/schema';
import { BUILTIN_SET, catalogueOf } from '../../../src/core/forms/builtin';
import { setLabel } from '../../../src/core/forms/choose-form-set';
import { FORMSET_TEXT } from '../../../src/core/i18n/form-sets';
import { DAMAGE_TEXT, UI_TEXT } from '../../../src/core/i18n/messages';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { SHEET_INFO, TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../../src/core/layout/names';
import { FIRST_TEMPLATE_VERSION, namesOfToday } from '../../../src/core/layout/template-versions';
import { readWorkbookValues } from '../../../src/core/read/read-workbook';
import { applyWorkbookPlan, LayoutRefusedError, type LayoutDeps } from '../../../src/hosts/excel/apply-plan';
import { keptWorkbook, snapshotOf } from '../../fixtures/versions/kept-workbooks';
import { TEST_SET } from '../../fixtures/form-sets/test-set';
import { cellValue, copySheet, deleteSheet, fakeExcel, namedNow, renameSheet, typeInto, type FakeState } from './fake-excel';
import { excelHolding } from './kept-in-excel';
import { inputCellSet } from '../../../src/hosts/shared/plan-cells';

jest.setTimeout(30_000);

const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')));
if (!parsed.ok) throw new Error(parsed.problems.join('; '));
const sample = parsed.data;

const deps: LayoutDeps = { buildPlan: buildWorkbookPlan, readData: (values, catalogue) => readWorkbookValues(values, {}, catalogue).data, supports: () => true };
const choose = { ...deps, set: TEST_SET };
const FORM1 = 'Biểu mẫu 1';
const NOTE = 'Ghi chú của mục 3';

/**
 * The workbook of `version` as the clerk has it: today's laid out with the sample, or the kept workbook of an older one; 3.1 of
 * Biểu mẫu 1 holding 6 (the kept workbooks leave it empty) and a Ghi chú typed on its row 3.
 */
async function workbookOf(version: string): Promise<ReturnType<typeof fakeExcel>> {
  const excel = version === TEMPLATE_VERSION ? fakeExcel() : fakeExcel(excelHolding(snapshotOf(await keptWorkbook(version))));
  if (version === TEMPLATE_VERSION) await applyWorkbookPlan(excel.asExcel, { ...deps, buildPlan: () => buildWorkbookPlan(sample) });
  const value = excel.state.names.get('BM1_3_1')!;
  typeInto(excel.state, value.sheet, value.cell, 6);
  const at = excel.state.names.get('GC1_3')!;
  typeInto(excel.state, at.sheet, at.cell, NOTE);
  return excel;
}

/** Every name's value read as Excel reads it, by today's names: what a layout must keep. */
const entriesOf = (state: FakeState, version: string): Record<string, unknown> => namesOfToday(namedNow(state), version);

/** Biểu mẫu 1 replaced by its copy (the original deleted, the copy renamed to its name), the copy's numbers changed (+1000): the entries now. */
function replacedByCopy(state: FakeState, version: string): Record<string, unknown> {
  const own = entriesOf(state, version);
  const copy = copySheet(state, FORM1, `${FORM1} (2)`);
  for (const cell of copy.cells.values()) if (typeof cell.value === 'number') cell.value += 1000;
  for (const [name, at] of state.names) {
    if (at.sheet !== FORM1) continue;
    const v = cellValue(state, `${FORM1} (2)`, at.cell);
    own[name] = v === '' || v === undefined ? null : v;
  }
  deleteSheet(state, FORM1);
  renameSheet(state, `${FORM1} (2)`, FORM1);
  return own;
}

/** Everything of the workbook a layout could change: sheets (cells, names, protection, order, visibility), names, the active sheet. */
const everything = (state: FakeState): string =>
  JSON.stringify({ sheets: state.sheets, names: [...state.names], active: state.active, selected: state.selected }, (_k, v: unknown) => (v instanceof Map ? [...v] : v));

/** Refused, in `message`, after the two reading syncs (then restoreAfterFailure's one, events back on): nothing written, the workbook as it was. */
async function expectRefused(excel: ReturnType<typeof fakeExcel>, message: string): Promise<void> {
  const { state, asExcel } = excel;
  const before = everything(state);
  state.syncs = 0;
  state.log.length = 0;
  const refused = await applyWorkbookPlan(asExcel, choose).then(
    () => null,
    (e: unknown) => e,
  );
  expect(refused).toBeInstanceOf(LayoutRefusedError);
  expect((refused as Error).message).toBe(message);
  expect(state.log.filter((l) => !l.startsWith('enableEvents='))).toEqual([]);
  expect(state.syncs).toBe(3);
  expect(state.enableEvents).toBe(true);
  expect(everything(state)).toBe(before);
}

/** After the refusal, as it says: Lập biểu mẫu (the set the workbook carries), then the test set chosen again; every entry of Biểu mẫu 1 in its row. */
async function repairThenMove(excel: ReturnType<typeof fakeExcel>, expected: Readonly<Record<string, unknown>>): Promise<void> {
  const { state, asExcel } = excel;
  await applyWorkbookPlan(asExcel, deps);
  const moved = await applyWorkbookPlan(asExcel, choose);
  expect([moved.from, moved.set]).toEqual([BUILTIN_SET, TEST_SET]);
  const now = namedNow(state);
  const form1 = buildWorkbookPlan(null, catalogueOf(TEST_SET)).sheets.find((s) => s.name === FORM1)!;
  const inputs = inputCellSet(form1);
  const kept = form1.names.filter((n) => inputs.has(n.cell) && n.name in expected);
  expect(kept.length).toBeGreaterThan(30);
  for (const { name, cell } of kept) {
    expect({ name, value: now[name] ?? null }).toEqual({ name, value: expected[name] ?? null });
    expect({ name, at: state.names.get(name) }).toEqual({ name, at: { sheet: FORM1, cell } });
  }
  // The row the set inserted where 3.1 sat is laid out empty.
  expect(now.BM1_2_3 ?? null).toBeNull();
}

const refusedWith = (said: string): string => UI_TEXT.setMoveRefused(said, setLabel(BUILTIN_SET), setLabel(TEST_SET));

describe('Lập biểu mẫu in Excel with another set refuses a workbook whose input cell lost its name, before writing anything', () => {
  it('the words: what is lost, why the move cannot carry it, and the way (Lập biểu mẫu, then the set chosen again), all Vietnamese', () => {
    const message = refusedWith(DAMAGE_TEXT.workbookDamaged([], ['BM1_3_1']));
    expect(message).toBe(
      'Mất tên của 1 ô (tên bị xóa hoặc trỏ tới ô đã bị xóa): BM1_3_1. Chuyển sang bộ biểu mẫu “thu-nghiem” phiên bản 1 chỉ mang số liệu theo tên ô, nên số liệu ở ô không có tên sẽ bị mất hoặc vào nhầm dòng; sổ tính chưa bị thay đổi. ' +
        'Hãy bấm “Lập biểu mẫu” để lập lại sổ theo bộ “cchc-xa-2023” phiên bản 1 đang dùng (số liệu của ô không có tên được giữ theo vị trí của ô), rồi chọn lại bộ “thu-nghiem” phiên bản 1 ở “Chọn bộ biểu mẫu…”.',
    );
    expect(message).toContain(`“${UI_TEXT.layoutButton}”`);
    expect(message).toContain(`“${FORMSET_TEXT.pane.chooseLabel}”`);
  });

  it.each([TEMPLATE_VERSION, FIRST_TEMPLATE_VERSION])('BM1_3_1 deleted (version %s): refused, the workbook unchanged; repaired first, the move keeps its entry in its row', async (version) => {
    const excel = await workbookOf(version);
    const expected = entriesOf(excel.state, version);
    expect(expected.BM1_3_1).toBe(6);
    expect(excel.state.names.get('BM1_3_1')?.cell).toBe('D10');
    expect(excel.state.names.delete('BM1_3_1')).toBe(true);

    await expectRefused(excel, refusedWith(DAMAGE_TEXT.workbookDamaged([], ['BM1_3_1'])));
    await repairThenMove(excel, expected);
    expect(namedNow(excel.state).BM1_3_1).toBe(expected.BM1_3_1);
    expect(excel.state.names.get('BM1_3_1')?.cell).toBe('D12');
    expect(namedNow(excel.state).GC1_3).toBe(NOTE);
  });

  it.each([TEMPLATE_VERSION, FIRST_TEMPLATE_VERSION])('Biểu mẫu 1 replaced by its renamed copy (version %s): refused naming the names at #REF!, the workbook unchanged; repaired first, the move keeps the copy’s entries in their rows', async (version) => {
    const excel = await workbookOf(version);
    const expected = replacedByCopy(excel.state, version);
    expect(expected.BM1_3_1).toBe(1006);
    const broken = [...excel.state.names].filter(([, at]) => at.broken).map(([name]) => name);
    expect(broken.length).toBeGreaterThan(20);
    const form1Names = buildWorkbookPlan(null).sheets.find((s) => s.name === FORM1)!.names.map((n) => n.name);

    await expectRefused(excel, refusedWith(DAMAGE_TEXT.workbookDamaged([], form1Names)));
    await repairThenMove(excel, expected);
    expect(namedNow(excel.state).BM1_3_1).toBe(expected.BM1_3_1);
    expect(namedNow(excel.state).GC1_3).toBe(NOTE);
  });

  it('a name lost on a sheet the set lays out alike is refused too (the move carries by name only, as cchc upgrade --forms)', async () => {
    const excel = await workbookOf(TEMPLATE_VERSION);
    excel.state.names.delete('BM3_1_1');
    await expectRefused(excel, refusedWith(DAMAGE_TEXT.workbookDamaged([], ['BM3_1_1'])));
  });

  it('a version-1 workbook laid out before its Ghi chú cells were named: refused (its notes are found by place only); upgraded first, every note moves with its row', async () => {
    const excel = await workbookOf(FIRST_TEMPLATE_VERSION);
    const { state } = excel;
    const at = state.names.get('GC1_3_1')!;
    typeInto(state, at.sheet, at.cell, 'ghi chú dòng 3.1');
    const expected = entriesOf(state, FIRST_TEMPLATE_VERSION);
    for (const name of [...state.names.keys()]) if (name.startsWith('GC')) state.names.delete(name);
    expect(at.cell).toBe('E10');

    await expectRefused(excel, refusedWith(DAMAGE_TEXT.notesUnnamed(FIRST_TEMPLATE_VERSION)));
    await repairThenMove(excel, expected);
    const now = namedNow(state);
    expect([now.GC1_3_1, now.GC1_3, now.GC1_2_3 ?? null, now.GC1_2_4 ?? null]).toEqual(['ghi chú dòng 3.1', NOTE, null, null]);
  });

  it('a whole workbook moves as before: every entry in its row, three syncs', async () => {
    const excel = await workbookOf(TEMPLATE_VERSION);
    const expected = entriesOf(excel.state, TEMPLATE_VERSION);
    excel.state.syncs = 0;
    await applyWorkbookPlan(excel.asExcel, choose);
    expect(excel.state.syncs).toBe(3);
    expect(namedNow(excel.state).BM1_3_1).toBe(expected.BM1_3_1);
    expect(excel.state.names.get('BM1_3_1')?.cell).toBe('D12');
  });

  it('Lập biểu mẫu by the set the workbook carries still repairs it (no set chosen, or the same set chosen)', async () => {
    for (const same of [deps, { ...deps, set: BUILTIN_SET }]) {
      const excel = await workbookOf(TEMPLATE_VERSION);
      const expected = entriesOf(excel.state, TEMPLATE_VERSION);
      excel.state.names.delete('BM1_3_1');
      await applyWorkbookPlan(excel.asExcel, same);
      expect(namedNow(excel.state).BM1_3_1).toBe(expected.BM1_3_1);
      expect(excel.state.names.get('BM1_3_1')?.cell).toBe('D10');
    }
  });
});

// The same flaw was looked for in a repair by the set the workbook carries: a sheet replaced by its renamed copy at an older version,
// where that sheet's cells moved since (Thông tin chung since version 1), is refused (upgradeRefusal) and never read by today's places,
// whether the version cell's name went with it or the clerk gave it back; with another set chosen, the same refusal comes first.
describe('a version-1 workbook whose Thông tin chung was replaced by its renamed copy (its cells moved since version 1)', () => {
  async function infoReplaced(giveVersionBack: boolean): Promise<ReturnType<typeof fakeExcel>> {
    const excel = await workbookOf(FIRST_TEMPLATE_VERSION);
    const { state } = excel;
    const copy = copySheet(state, SHEET_INFO, `${SHEET_INFO} (2)`);
    deleteSheet(state, SHEET_INFO);
    renameSheet(state, `${SHEET_INFO} (2)`, SHEET_INFO);
    expect(state.names.get('TTC_year')?.broken).toBe(true);
    if (giveVersionBack) state.names.set(TEMPLATE_VERSION_NAME, { ...copy.names.get(TEMPLATE_VERSION_NAME)! });
    return excel;
  }

  it.each([
    ['its version cell’s name lost with it', false],
    ['its version cell’s name given back', true],
  ])('%s: Lập biểu mẫu (same set, or another chosen) refuses it, nothing written', async (_label, giveBack) => {
    for (const layout of [deps, choose]) {
      const excel = await infoReplaced(giveBack);
      const before = everything(excel.state);
      excel.state.log.length = 0;
      const refused = await applyWorkbookPlan(excel.asExcel, layout).then(
        () => null,
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(LayoutRefusedError);
      const message = (refused as Error).message;
      // The re-layout's own refusal (give the names back), not the move's.
      expect(message).not.toContain('Chuyển sang bộ biểu mẫu');
      expect(message).toContain(giveBack ? 'TTC_year' : TEMPLATE_VERSION_NAME);
      expect(excel.state.log.filter((l) => !l.startsWith('enableEvents='))).toEqual([]);
      expect(everything(excel.state)).toBe(before);
    }
  });
});
