// Lập biểu mẫu and Kiểm tra in Excel (the recording double) on the kept workbooks: an older version upgraded in three syncs with every entry kept; a newer one refused before any write.
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { SHEET_INFO, TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../../src/core/layout/names';
import { FIRST_TEMPLATE_VERSION, KNOWN_TEMPLATE_VERSIONS, namesOfToday } from '../../../src/core/layout/template-versions';
import { readWorkbookValues } from '../../../src/core/read/read-workbook';
import { TemplateVersionError } from '../../../src/core/read/template-version';
import { DAMAGE_TEXT, UI_TEXT } from '../../../src/core/i18n/messages';
import { applyWorkbookPlan, LayoutRefusedError, type LayoutDeps } from '../../../src/hosts/excel/apply-plan';
import { checkWorkbook, OlderTemplateError, WorkbookDamagedError } from '../../../src/hosts/excel/check-workbook';
import { layoutMessage } from '../../../src/hosts/pane/excel-pane-host';
import { messageOf } from '../../../src/hosts/pane/pane-controller';
import { inputCellSet } from '../../../src/hosts/shared/plan-cells';
import { keptWorkbook, namedValuesOf, snapshotOf } from '../../fixtures/versions/kept-workbooks';
import { fakeExcel, namedNow } from './fake-excel';
import { excelHolding } from './kept-in-excel';
import { TEST_SET } from '../../fixtures/form-sets/test-set';
import { deleteSheet, typeInto, findSheet } from './fake-excel';

jest.setTimeout(30_000);

const deps: LayoutDeps = { buildPlan: buildWorkbookPlan, readData: (values) => readWorkbookValues(values).data, supports: () => true };

const INPUT_NAMES = buildWorkbookPlan(null).sheets.flatMap((s) => {
  const inputs = inputCellSet(s);
  return s.names.filter((n) => inputs.has(n.cell)).map((n) => n.name);
});


describe('Lập biểu mẫu in Excel on a workbook of an older template version', () => {
  it('upgrades the kept version-1 workbook in three syncs, every entry under its row identity, the old name gone', async () => {
    const kept = snapshotOf(await keptWorkbook(FIRST_TEMPLATE_VERSION));
    const expected = namesOfToday(namedValuesOf(kept), FIRST_TEMPLATE_VERSION);
    const { state, asExcel } = fakeExcel(excelHolding(kept));
    const readBefore = readWorkbookValues(namedValuesOf(kept)).data;

    const result = await applyWorkbookPlan(asExcel, deps);

    expect(state.syncs).toBe(3);
    expect(result.upgradedFrom).toBe(FIRST_TEMPLATE_VERSION);
    expect(result.created).toEqual([]);
    const now = namedNow(state);
    expect(INPUT_NAMES.filter((n) => expected[n] !== null && expected[n] !== undefined).length).toBeGreaterThan(40);
    for (const name of INPUT_NAMES) expect({ name, value: now[name] ?? null }).toEqual({ name, value: expected[name] ?? null });
    expect(now.TTC_signerForm).toBe('KT. ỦY BAN NHÂN DÂN');
    expect(now[TEMPLATE_VERSION_NAME]).toBe(TEMPLATE_VERSION);
    expect(state.names.has('TTC_signerAuthority')).toBe(false);
    expect(state.log).toContain('deleteName TTC_signerAuthority');
    // Every name where today's plan puts it, and the workbook reads as it did before.
    for (const sheet of buildWorkbookPlan(null).sheets) for (const n of sheet.names) expect(state.names.get(n.name)).toEqual({ sheet: sheet.name, cell: n.cell });
    expect(readWorkbookValues(now).data).toEqual(readBefore);
  });

  it('costs the same syncs as re-laying a workbook of today’s version', async () => {
    const today = fakeExcel(excelHolding(snapshotOf(await keptWorkbook(TEMPLATE_VERSION))));
    const result = await applyWorkbookPlan(today.asExcel, deps);
    expect(result.upgradedFrom).toBeNull();
    expect(today.state.syncs).toBe(3);
  });

  it('refuses a workbook of a newer version after reading it, before any write, events back on', async () => {
    const kept = snapshotOf(await keptWorkbook(TEMPLATE_VERSION));
    const state = excelHolding(kept);
    const at = state.names.get(TEMPLATE_VERSION_NAME)!;
    const newer = String(Number(TEMPLATE_VERSION) + 1);
    state.sheets.find((s) => s.name === at.sheet)!.cells.get(at.cell)!.value = newer;
    const { asExcel } = fakeExcel(state);

    const failure = applyWorkbookPlan(asExcel, deps);

    await expect(failure).rejects.toThrow(TemplateVersionError);
    const message = await failure.catch((e: unknown) => messageOf(e));
    expect(message).toBe(`Tệp được tạo bằng mẫu phiên bản ${newer}, mới hơn phiên bản ${TEMPLATE_VERSION} mà phần mềm này đọc được; hãy cập nhật phần mềm.`);
    expect(state.log.filter((l) => !l.startsWith('enableEvents='))).toEqual([]);
    expect(state.enableEvents).toBe(true);
    expect(state.sheets.filter((s) => s.protected).map((s) => s.name)).toEqual(kept.sheets.filter((s) => s.protected).map((s) => s.name));
  });
});

describe('Lập biểu mẫu in Excel never loses what was typed (core upgradeRefusal, as cchc upgrade)', () => {
  /** The kept workbook of `version` in the double, without the names `lost`. */
  async function keptWithout(version: string, lost: readonly string[]) {
    const state = excelHolding(snapshotOf(await keptWorkbook(version)));
    for (const name of lost) expect(state.names.delete(name)).toBe(true);
    return fakeExcel(state);
  }

  /** Refused after the two reading syncs, nothing written (events back on), the entries where they were. */
  async function expectRefused(version: string, lost: readonly string[], message: string): Promise<void> {
    const { state, asExcel } = await keptWithout(version, lost);
    const before = namedNow(state);
    const failure = applyWorkbookPlan(asExcel, deps);
    await expect(failure).rejects.toThrow(LayoutRefusedError);
    expect(await failure.catch((e: unknown) => messageOf(e))).toBe(message);
    expect(state.log.filter((l) => !l.startsWith('enableEvents='))).toEqual([]);
    expect(state.enableEvents).toBe(true);
    expect(namedNow(state)).toEqual(before);
  }

  it('refuses version 1 that lost TTC_year (its Thông tin chung rows moved since), telling to give the name back in the Name Manager', async () => {
    const lost = [{ sheet: 'Thông tin chung', names: ['TTC_year'] }];
    await expectRefused(FIRST_TEMPLATE_VERSION, ['TTC_year'], UI_TEXT.layoutRefused(DAMAGE_TEXT.upgradeWouldLose('1', lost), ['TTC_year']));
    expect(UI_TEXT.layoutRefused(DAMAGE_TEXT.upgradeWouldLose('1', lost), ['TTC_year'])).toContain('Công thức › Trình quản lý Tên');
  });

  it('refuses version 2 that lost its version cell’s name (its names say 2 or 3, which place Thông tin chung’s cells differently)', async () => {
    const said = DAMAGE_TEXT.versionNameLost(TEMPLATE_VERSION_NAME, 'Phiên bản mẫu', 'Thông tin chung', '2', TEMPLATE_VERSION, ['Thông tin chung']);
    await expectRefused('2', [TEMPLATE_VERSION_NAME], UI_TEXT.layoutRefused(said, [TEMPLATE_VERSION_NAME]));
  });

  it('upgrades a province set’s workbook of version 2 whose carried set lost a part’s name, by the set chosen now: the hidden set sheet holds no entry to lose', async () => {
    const province: LayoutDeps = { ...deps, readData: (values, catalogue) => readWorkbookValues(values, {}, catalogue).data, set: TEST_SET };
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, province);
    const at = (name: string) => state.names.get(name)!;
    typeInto(state, at('BM8_1').sheet, at('BM8_1').cell, 1000);
    // Version 2 as it says it is (version 3 added only Đơn vị cũ); its carried set lost the name of a part.
    const version = at(TEMPLATE_VERSION_NAME);
    findSheet(state, version.sheet)!.cells.get(version.cell)!.value = '2';
    state.names.delete('TTC_formerUnits');
    state.names.delete('CCHC_FORMSET_1');

    const result = await applyWorkbookPlan(asExcel, province);
    expect(result.upgradedFrom).toBe('2');
    const now = namedNow(state);
    expect([now.BM8_1, now[TEMPLATE_VERSION_NAME], typeof now.CCHC_FORMSET_1]).toEqual([1000, TEMPLATE_VERSION, 'string']);
  });

  it('upgrades version 1 that lost a form row’s name (form rows kept their place), the entry taken from its cell, in three syncs', async () => {
    const { state, asExcel } = await keptWithout(FIRST_TEMPLATE_VERSION, ['BM3_1_1']);
    const expected = namesOfToday(namedValuesOf(snapshotOf(await keptWorkbook(FIRST_TEMPLATE_VERSION))), FIRST_TEMPLATE_VERSION);
    const result = await applyWorkbookPlan(asExcel, deps);
    expect(result.upgradedFrom).toBe(FIRST_TEMPLATE_VERSION);
    expect(state.syncs).toBe(3);
    expect(expected.BM3_1_1).not.toBeNull();
    expect(namedNow(state).BM3_1_1).toEqual(expected.BM3_1_1);
  });

  it('lays today’s workbook that lost its version cell’s name and TTC_unit out again as today’s (told by its names), TTC_unit kept by its place', async () => {
    const expected = namedValuesOf(snapshotOf(await keptWorkbook(TEMPLATE_VERSION)));
    const { state, asExcel } = await keptWithout(TEMPLATE_VERSION, [TEMPLATE_VERSION_NAME, 'TTC_unit']);
    const result = await applyWorkbookPlan(asExcel, deps);
    expect(result.upgradedFrom).toBeNull();
    expect(state.syncs).toBe(3);
    const now = namedNow(state);
    for (const name of INPUT_NAMES) expect({ name, value: now[name] ?? null }).toEqual({ name, value: expected[name] ?? null });
    expect(now.TTC_unit).toBe('Tân Lập');
    expect(now[TEMPLATE_VERSION_NAME]).toBe(TEMPLATE_VERSION);
  });
});

describe('Lập biểu mẫu in Excel claims no version Kiểm tra cannot tell (core upgradeClaim, as cchc upgrade)', () => {
  const plan = buildWorkbookPlan(null);
  /** Thông tin chung's names (the version cell among them): gone with the sheet. */
  const onInfo = (name: string): boolean => plan.sheets.find((s) => s.name === SHEET_INFO)!.names.some((n) => n.name === name);

  it.each(KNOWN_TEMPLATE_VERSIONS)(
    'lays the kept workbook of version %s that lost Thông tin chung, and with it the version cell (its names leave it 1 to 3, its other sheets alike in each), out again as today’s, as Kiểm tra tells it: no “upgraded from”, every form entry kept, three syncs',
    async (version) => {
      const kept = snapshotOf(await keptWorkbook(version));
      const expected = namesOfToday(namedValuesOf(kept), version);
      const { state, asExcel } = fakeExcel(excelHolding(kept));
      deleteSheet(state, SHEET_INFO);

      // Kiểm tra: damaged, of today's version (the way to lay it out again, not to upgrade it).
      const checked = await checkWorkbook(asExcel, plan).catch((e: unknown) => e);
      expect(checked).toBeInstanceOf(WorkbookDamagedError);
      expect(messageOf(checked)).toBe(UI_TEXT.workbookDamaged([SHEET_INFO], []));
      state.syncs = 0;

      const result = await applyWorkbookPlan(asExcel, deps);
      expect(state.syncs).toBe(3);
      expect(result.upgradedFrom).toBeNull();
      // What the pane says of a damaged workbook of today's version laid out again: the sheets and the entries kept.
      expect(layoutMessage(result, false)).toBe(UI_TEXT.layoutDone(result.sheets, result.kept));
      const now = namedNow(state);
      const formNames = INPUT_NAMES.filter((n) => !onInfo(n));
      expect(formNames.filter((n) => expected[n] !== null && expected[n] !== undefined).length).toBeGreaterThan(25);
      for (const name of formNames) expect({ name, value: now[name] ?? null }).toEqual({ name, value: expected[name] ?? null });
      expect(now[TEMPLATE_VERSION_NAME]).toBe(TEMPLATE_VERSION);
      expect(result.created).toEqual([SHEET_INFO]);
    },
  );
});

describe('Kiểm tra in Excel on a workbook of another template version', () => {
  const plan = buildWorkbookPlan(null);

  it('tells an older workbook, which lacks today’s names, to be upgraded by Lập biểu mẫu, not that it is damaged', async () => {
    const { state, asExcel } = fakeExcel(excelHolding(snapshotOf(await keptWorkbook(FIRST_TEMPLATE_VERSION))));
    const checking = checkWorkbook(asExcel, plan);
    await expect(checking).rejects.toThrow(OlderTemplateError);
    expect(await checking.catch((e: unknown) => messageOf(e))).toBe(
      `Sổ tính được lập bằng mẫu phiên bản 1, cũ hơn mẫu phiên bản ${TEMPLATE_VERSION} hiện hành. Hãy bấm “Lập biểu mẫu” để nâng cấp (số liệu đã nhập được giữ nguyên) rồi kiểm tra lại.`,
    );
    expect(state.syncs).toBe(2);
  });

  it('names what an older workbook lost of its own version (a name deleted by hand), as every host does, in the same two syncs', async () => {
    const state = excelHolding(snapshotOf(await keptWorkbook(FIRST_TEMPLATE_VERSION)));
    state.names.delete('TTC_signerAuthority');
    state.names.delete('BM3_1_1');
    const { asExcel } = fakeExcel(state);
    const e = await checkWorkbook(asExcel, plan).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OlderTemplateError);
    expect((e as OlderTemplateError).message).toBe(
      `Sổ tính được lập bằng mẫu phiên bản 1, cũ hơn mẫu phiên bản ${TEMPLATE_VERSION} hiện hành. Mất tên của 2 ô (tên bị xóa hoặc trỏ tới ô đã bị xóa): TTC_signerAuthority, BM3_1_1. ` +
        'Từ phiên bản 1, các ô của trang “Thông tin chung” đã dời chỗ nên khi nâng cấp, số liệu của ô mất tên ở đó sẽ không được giữ: hãy đặt lại tên bị mất cho đúng ô trước khi nâng cấp. ' +
        'Hãy bấm “Lập biểu mẫu” để nâng cấp (số liệu đã nhập được giữ nguyên) rồi kiểm tra lại.',
    );
    expect(state.syncs).toBe(2);
  });

  it('refuses a newer workbook as newer, whether or not it has every name of today’s', async () => {
    const newer = String(Number(TEMPLATE_VERSION) + 1);
    for (const dropName of [false, true]) {
      const state = excelHolding(snapshotOf(await keptWorkbook(TEMPLATE_VERSION)));
      const at = state.names.get(TEMPLATE_VERSION_NAME)!;
      state.sheets.find((s) => s.name === at.sheet)!.cells.get(at.cell)!.value = newer;
      if (dropName) state.names.delete('BM1_2_1'); // a later layout may have renamed it
      await expect(checkWorkbook(fakeExcel(state).asExcel, plan)).rejects.toThrow(TemplateVersionError);
    }
  });
});
