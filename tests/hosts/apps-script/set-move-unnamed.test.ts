// CCHC › Bộ biểu mẫu… in the fakes on a spreadsheet some of whose input cells have no named range: one deleted (Dữ liệu › Dải ô được
// đặt tên), or a version-1 layout that never named its Ghi chú cells. The move carries entries by name only; the by-place read a
// repair makes would take the new set's place for such a cell, another row's (the test set inserts two rows into Biểu mẫu 1 after
// 2.2: BM1_3_1 goes from D10 to D12). So it is refused before any change (core setMoveRefusal, as Excel and `cchc upgrade --forms`
// refuse it), telling to choose CCHC › Lập biểu mẫu first; done so, the move keeps every entry in its row.
import { BUILTIN_SET } from '../../../src/core/forms/builtin';
import { setLabel } from '../../../src/core/forms/choose-form-set';
import { DAMAGE_TEXT, GAS_TEXT } from '../../../src/core/i18n/messages';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { TEMPLATE_VERSION } from '../../../src/core/layout/names';
import { FIRST_TEMPLATE_VERSION } from '../../../src/core/layout/template-versions';
import { applyWorkbookPlan } from '../../../src/hosts/apps-script/apply-plan';
import { formSetCommand, layoutCommand } from '../../../src/hosts/apps-script/commands';
import { readNamedValues } from '../../../src/hosts/apps-script/read-named-values';
import { readCarriedSet } from '../../../src/core/forms/carried-set';
import { keptWorkbook, snapshotOf } from '../../fixtures/versions/kept-workbooks';
import { TEST_SET } from '../../fixtures/form-sets/test-set';
import { SAMPLE } from './fakes/fake-communes';
import { fakeEnv, type FakeEnv } from './fakes/fake-env';
import { shareAuthoring } from './fakes/fake-form-sets';
import { sheetsHolding } from './fakes/kept-spreadsheet';

jest.setTimeout(30_000);

const NOTE = 'Ghi chú của mục 3';

function typeInto(env: FakeEnv, name: string, v: unknown): void {
  const at = env.ss.nameCell(name);
  if (!at) throw new Error(`không có ô ${name}`);
  at.sheet.type(at.a1, v);
}

/** The cell a named range points at now ("Biểu mẫu 1!D10"), and what it shows. */
const where = (env: FakeEnv, name: string): string | null => {
  const at = env.ss.nameCell(name);
  return at ? `${at.sheet.name}!${at.a1}` : null;
};
const valueOf = (env: FakeEnv, name: string): unknown => {
  const at = env.ss.nameCell(name);
  return at ? at.sheet.valueAt(at.a1) : undefined;
};

/** Data › Named ranges › remove. */
function deleteName(env: FakeEnv, name: string): void {
  const nr = env.ss.namedRanges.find((n) => n.name === name)!;
  env.Sheets.Spreadsheets.batchUpdate({ requests: [{ deleteNamedRange: { namedRangeId: nr.namedRangeId } }] }, env.ss.id);
}

/** Today's spreadsheet laid out with the sample, or the kept workbook of an older version opened in Sheets; 3.1 holding 6, a Ghi chú on row 3. */
async function spreadsheetOf(version: string): Promise<FakeEnv> {
  const env = version === TEMPLATE_VERSION ? fakeEnv() : sheetsHolding(snapshotOf(await keptWorkbook(version)));
  if (version === TEMPLATE_VERSION) applyWorkbookPlan(env, env.ss, buildWorkbookPlan(SAMPLE));
  typeInto(env, 'BM1_3_1', 6);
  typeInto(env, 'GC1_3', NOTE);
  return env;
}

/** Everything of the spreadsheet a layout could change: each sheet's cells, formulas, notes, visibility and order; the named ranges. */
const everything = (env: FakeEnv): string =>
  JSON.stringify({
    sheets: env.ss.sheets.map((s) => ({ name: s.name, id: s.id, hidden: s.hidden, cells: [...s.cells], merges: s.merges, protections: s.protections.length })),
    names: env.ss.namedRanges,
  });

/** The test set chosen from the menu (the prompt answered with its link). */
function chooseTestSet(env: FakeEnv): void {
  env.app.ui.answers.push({ text: shareAuthoring(env, TEST_SET), button: 'OK' });
  formSetCommand(env);
}

/** Refused in one alert, `message`: no batchUpdate, no value written, the spreadsheet as it was, still of the built-in set. */
function expectRefused(env: FakeEnv, message: string): void {
  shareAuthoring(env, TEST_SET);
  const before = everything(env);
  env.log.reset();
  chooseTestSet(env);
  expect(env.app.ui.alerts.map((a) => a.prompt)).toEqual([message]);
  expect(env.log.count('Sheets', 'Spreadsheets.batchUpdate')).toBe(0);
  expect(env.log.calls.filter((c) => c.service === 'SpreadsheetApp' && /^Range\.set/.test(c.method))).toEqual([]);
  expect(everything(env)).toBe(before);
  expect(readCarriedSet(readNamedValues(env, env.ss).byName)).toBeNull();
  env.app.ui.alerts.length = 0;
}

/** As the refusal says: CCHC › Lập biểu mẫu, then the test set chosen again; 3.1 and row 3's Ghi chú in their rows. */
function repairThenMove(env: FakeEnv): void {
  layoutCommand(env);
  chooseTestSet(env);
  expect(env.app.ui.alerts).toEqual([]);
  expect(readCarriedSet(readNamedValues(env, env.ss).byName)?.id).toBe(TEST_SET.id);
  expect([where(env, 'BM1_3_1'), valueOf(env, 'BM1_3_1'), valueOf(env, 'GC1_3')]).toEqual(['Biểu mẫu 1!D12', 6, NOTE]);
  // The rows the set inserted are laid out empty (the first a count, the second its sum, at D10 where 3.1 sat).
  expect([where(env, 'BM1_2_4'), valueOf(env, 'BM1_2_3')]).toEqual(['Biểu mẫu 1!D10', '']);
}

const refusedWith = (said: string): string => GAS_TEXT.formSet.moveRefused(said, setLabel(BUILTIN_SET), setLabel(TEST_SET));

describe('CCHC › Bộ biểu mẫu… refuses a spreadsheet with an input cell it has no name for, before any change', () => {
  it('the words: what is lost, why the move cannot carry it, the menu items as the menu calls them', () => {
    const message = refusedWith(DAMAGE_TEXT.workbookDamaged([], ['BM1_3_1']));
    expect(message).toBe(
      'Mất tên của 1 ô (tên bị xóa hoặc trỏ tới ô đã bị xóa): BM1_3_1. Chuyển sang bộ biểu mẫu “thu-nghiem” phiên bản 1 chỉ mang số liệu theo tên vùng, nên số liệu ở ô không có tên sẽ bị mất hoặc vào nhầm dòng; bảng tính chưa bị thay đổi. ' +
        'Hãy chọn CCHC › Lập biểu mẫu để lập lại bảng tính theo bộ “cchc-xa-2023” phiên bản 1 đang dùng (số liệu của ô không có tên được giữ theo vị trí của ô), rồi chọn lại CCHC › Bộ biểu mẫu….',
    );
    expect(message).toContain(`${GAS_TEXT.menu.title} › ${GAS_TEXT.menu.layout}`);
    expect(message).toContain(`${GAS_TEXT.menu.title} › ${GAS_TEXT.menu.formSet}`);
  });

  it.each([TEMPLATE_VERSION, FIRST_TEMPLATE_VERSION])('BM1_3_1 deleted (version %s): refused, nothing changed; laid out first, the move keeps its entry in its row', async (version) => {
    const env = await spreadsheetOf(version);
    expect(where(env, 'BM1_3_1')).toBe('Biểu mẫu 1!D10');
    deleteName(env, 'BM1_3_1');
    expectRefused(env, refusedWith(DAMAGE_TEXT.workbookDamaged([], ['BM1_3_1'])));
    repairThenMove(env);
  });

  it('a name lost on a sheet the set lays out alike is refused too (the move carries by name only)', async () => {
    const env = await spreadsheetOf(TEMPLATE_VERSION);
    deleteName(env, 'BM3_1_1');
    expectRefused(env, refusedWith(DAMAGE_TEXT.workbookDamaged([], ['BM3_1_1'])));
  });

  it('a version-1 spreadsheet laid out before its Ghi chú cells were named: refused; upgraded first, every note moves with its row', async () => {
    const env = await spreadsheetOf(FIRST_TEMPLATE_VERSION);
    typeInto(env, 'GC1_3_1', 'ghi chú dòng 3.1');
    expect(where(env, 'GC1_3_1')).toBe('Biểu mẫu 1!E10');
    for (const { name } of [...env.ss.namedRanges]) if (name.startsWith('GC')) deleteName(env, name);
    expectRefused(env, refusedWith(DAMAGE_TEXT.notesUnnamed(FIRST_TEMPLATE_VERSION)));
    repairThenMove(env);
    expect([valueOf(env, 'GC1_3_1'), valueOf(env, 'GC1_2_3'), valueOf(env, 'GC1_2_4')]).toEqual(['ghi chú dòng 3.1', '', '']);
  });

  it('a whole spreadsheet moves, 3.1 and row 3’s Ghi chú in their rows, none copied into the rows the set inserted at their old places', async () => {
    const env = await spreadsheetOf(TEMPLATE_VERSION);
    typeInto(env, 'GC1_3_1', 'ghi chú dòng 3.1');
    chooseTestSet(env);
    expect(env.app.ui.alerts).toEqual([]);
    expect([where(env, 'BM1_3_1'), valueOf(env, 'BM1_3_1'), valueOf(env, 'GC1_3'), valueOf(env, 'GC1_3_1')]).toEqual(['Biểu mẫu 1!D12', 6, NOTE, 'ghi chú dòng 3.1']);
    // E9 and E10 held row 3's and 3.1's Ghi chú; the set's new rows 2.3 and 2.4 sit there now, their names new: laid out empty.
    expect([where(env, 'GC1_2_3'), where(env, 'GC1_2_4')]).toEqual(['Biểu mẫu 1!E9', 'Biểu mẫu 1!E10']);
    expect([valueOf(env, 'GC1_2_3'), valueOf(env, 'GC1_2_4')]).toEqual(['', '']);
  });
});

// Lập biểu mẫu keeps a cell by its place only where no named range points at it now: a cell a name holds is carried by that name.
describe('CCHC › Lập biểu mẫu takes no entry by place from a cell a name holds', () => {
  it('upgrading version 2: Đơn vị cũ (new in version 3, where version 2’s version cell sat) is laid out empty, not given the old version number', async () => {
    const env = sheetsHolding(snapshotOf(await keptWorkbook('2')));
    expect([where(env, 'CCHC_TEMPLATE_VERSION'), valueOf(env, 'CCHC_TEMPLATE_VERSION')]).toEqual(['Thông tin chung!B21', '2']);
    layoutCommand(env);
    expect(env.app.ui.alerts).toEqual([]);
    expect([where(env, 'TTC_formerUnits'), valueOf(env, 'TTC_formerUnits')]).toEqual(['Thông tin chung!B21', '']);
    expect([where(env, 'CCHC_TEMPLATE_VERSION'), valueOf(env, 'CCHC_TEMPLATE_VERSION')]).toEqual(['Thông tin chung!B22', TEMPLATE_VERSION]);
  });
});
