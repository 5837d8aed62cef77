// `cchc upgrade` against the kept workbooks: an older version's every entry read back equal, today's left alone, a newer or unknown version refused by every command.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import type * as XL from 'exceljs';
import { buildWorkbookPlan, namedCellAddresses } from '../../../../src/core/layout/build-workbook-plan';
import { TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../../../src/core/layout/names';
import { FIRST_TEMPLATE_VERSION, namesOfToday } from '../../../../src/core/layout/template-versions';
import { sheetRef } from '../../../../src/core/layout/a1';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { inputCellSet } from '../../../../src/hosts/shared/plan-cells';
import { keptWorkbook, keptWorkbookPath, namedValuesOf, snapshotOf } from '../../../fixtures/versions/kept-workbooks';
import { expectOneLineError, sandbox, type Sandbox } from '../cli-harness';

// Each test loads and writes whole workbooks with ExcelJS several times (and the first loads ExcelJS itself).
jest.setTimeout(30_000);

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

/** Every input cell's defined name in today's plan (values, notes, header, narrative). */
const INPUT_NAMES = buildWorkbookPlan(null).sheets.flatMap((s) => {
  const inputs = inputCellSet(s);
  return s.names.filter((n) => inputs.has(n.cell)).map((n) => n.name);
});

const snapshotAt = async (path: string): Promise<ReturnType<typeof snapshotOf>> => snapshotOf(await loadWorkbook(new Uint8Array(readFileSync(path))));

/** The kept workbook of `version`, changed by `edit`, saved into the sandbox as `file`. */
async function keptWith(version: string, file: string, edit: (wb: XL.Workbook) => void): Promise<void> {
  const wb = await keptWorkbook(version);
  edit(wb);
  writeFileSync(box.path(file), new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** Writes `value` into the cell of defined name `name`. */
function setNamed(wb: XL.Workbook, name: string, value: string | number | null): void {
  const entry = wb.definedNames.model.find((n) => n.name === name);
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(entry?.ranges[0] ?? '');
  if (!m) throw new Error(`no name ${name}`);
  wb.getWorksheet(m[1]!.replace(/''/g, "'"))!.getCell(`${m[2]}${m[3]}`).value = value;
}

describe('cchc upgrade', () => {
  it('upgrades the kept version-1 workbook in place: every entered value read back equal, under its row identity', async () => {
    const before = snapshotOf(await keptWorkbook(FIRST_TEMPLATE_VERSION));
    const expected = namesOfToday(namedValuesOf(before), FIRST_TEMPLATE_VERSION);
    const entered = INPUT_NAMES.filter((n) => expected[n] !== null && expected[n] !== undefined);
    // The kept workbook is a filled one: numbers, 0, text in a number cell, notes, header, narrative.
    expect(entered.length).toBeGreaterThan(40);
    copyFileSync(keptWorkbookPath(FIRST_TEMPLATE_VERSION), box.path('xa.xlsx'));
    const exportedBefore = await box.run('export', 'xa.xlsx');
    expect(exportedBefore.code).toBe(0);

    const r = await box.run('upgrade', 'xa.xlsx');

    expect(r).toEqual({ code: 0, stderr: '', stdout: `Đã nâng cấp xa.xlsx từ mẫu phiên bản 1 lên phiên bản ${TEMPLATE_VERSION}; giữ nguyên ${entered.length} ô số liệu đã nhập.` });
    expect(box.files()).toEqual(['xa.xlsx']); // no temp file left beside it
    const after = await snapshotAt(box.path('xa.xlsx'));
    const values = namedValuesOf(after);
    for (const name of INPUT_NAMES) expect({ name, value: values[name] ?? null }).toEqual({ name, value: expected[name] ?? null });
    // The single "Thẩm quyền ký" line of version 1 now sits in Hình thức ký, whole; the old name is gone.
    expect(values.TTC_signerForm).toBe('KT. ỦY BAN NHÂN DÂN');
    expect(after.names).not.toHaveProperty('TTC_signerAuthority');
    expect(values[TEMPLATE_VERSION_NAME]).toBe(TEMPLATE_VERSION);
    // Laid out as today's template: every name where today's plan puts it.
    const addresses = Object.fromEntries(Object.entries(after.names).map(([n, at]) => [n, sheetRef(at.sheet, at.a1)]));
    expect(addresses).toEqual(Object.fromEntries(namedCellAddresses(buildWorkbookPlan(null))));
    // And read by every command as before the upgrade.
    const exportedAfter = await box.run('export', 'xa.xlsx');
    expect(JSON.parse(exportedAfter.stdout)).toEqual(JSON.parse(exportedBefore.stdout));
  });

  it('carries notes by their place where a version-1 workbook had no names for them (laid out before Ghi chú cells were named)', async () => {
    await keptWith(FIRST_TEMPLATE_VERSION, 'xa.xlsx', (wb) => {
      for (const { name, ranges } of wb.definedNames.model.filter((n) => n.name.startsWith('GC'))) wb.definedNames.remove(ranges[0]!, name);
    });
    const named = snapshotOf(await keptWorkbook(FIRST_TEMPLATE_VERSION));
    expect((await snapshotAt(box.path('xa.xlsx'))).names).not.toHaveProperty('GC1_2_1');

    expect((await box.run('upgrade', 'xa.xlsx')).code).toBe(0);

    const values = namedValuesOf(await snapshotAt(box.path('xa.xlsx')));
    const notes = INPUT_NAMES.filter((n) => n.startsWith('GC'));
    const was = namedValuesOf(named);
    expect(notes.filter((n) => was[n] !== null).length).toBeGreaterThan(3);
    for (const name of notes) expect({ name, value: values[name] ?? null }).toEqual({ name, value: was[name] ?? null });
  });

  it('keeps the note on a named cell with its name (a carry note, a person’s own), where the cell moved too, as Excel and Sheets keep a cell’s note', async () => {
    const cellOf = (wb: XL.Workbook, name: string): XL.Cell => {
      const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(wb.definedNames.model.find((n) => n.name === name)?.ranges[0] ?? '');
      if (!m) throw new Error(`no name ${name}`);
      return wb.getWorksheet(m[1]!.replace(/''/g, "'"))!.getCell(`${m[2]}${m[3]}`);
    };
    const notes: Record<string, string> = {
      BM1_2_1: 'Lấy từ báo cáo Quý I năm 2026. Giá trị: 37',
      // Below the signer's cell, which version 2 split in two: this cell is one row lower today.
      TTC_recipients: 'Thêm Văn phòng HĐND và UBND huyện',
    };
    await keptWith(FIRST_TEMPLATE_VERSION, 'xa.xlsx', (wb) => {
      for (const [name, text] of Object.entries(notes)) cellOf(wb, name).note = text;
    });
    const before = await loadWorkbook(new Uint8Array(readFileSync(box.path('xa.xlsx'))));
    const moved = cellOf(before, 'TTC_recipients').address;

    expect((await box.run('upgrade', 'xa.xlsx')).code).toBe(0);

    const after = await loadWorkbook(new Uint8Array(readFileSync(box.path('xa.xlsx'))));
    expect(cellOf(after, 'TTC_recipients').address).not.toBe(moved);
    for (const [name, text] of Object.entries(notes)) expect({ name, note: cellOf(after, name).note }).toEqual({ name, note: text });
  });

  it('leaves a workbook of today’s version untouched (exit 0)', async () => {
    copyFileSync(keptWorkbookPath(TEMPLATE_VERSION), box.path('xa.xlsx'));
    const bytes = readFileSync(box.path('xa.xlsx'));
    const r = await box.run('upgrade', 'xa.xlsx');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`xa.xlsx: sổ đã ở mẫu phiên bản ${TEMPLATE_VERSION} (hiện hành), không cần nâng cấp; tệp không bị thay đổi.`);
    expect(readFileSync(box.path('xa.xlsx')).equals(bytes)).toBe(true);
  });

  it('refuses a workbook with sheets of its own, which a fresh layout would drop, and leaves it as it was', async () => {
    await keptWith(FIRST_TEMPLATE_VERSION, 'xa.xlsx', (wb) => {
      wb.addWorksheet('Nháp').getCell('A1').value = 'ghi chép riêng';
    });
    const bytes = readFileSync(box.path('xa.xlsx'));
    expectOneLineError(await box.run('upgrade', 'xa.xlsx'), ['xa.xlsx', '“Nháp”', 'Lập biểu mẫu']);
    expect(readFileSync(box.path('xa.xlsx')).equals(bytes)).toBe(true);
  });

  it('refuses a file that is not a workbook of ours', async () => {
    writeFileSync(box.path('x.xlsx'), 'not a zip');
    expectOneLineError(await box.run('upgrade', 'x.xlsx'), ['x.xlsx', 'không phải sổ Excel']);
    await keptWith(TEMPLATE_VERSION, 'khac.xlsx', (wb) => {
      for (const { name, ranges } of wb.definedNames.model) wb.definedNames.remove(ranges[0]!, name);
    });
    expectOneLineError(await box.run('upgrade', 'khac.xlsx'), ['khac.xlsx', 'không phải mẫu báo cáo CCHC']);
  });
});

describe('a workbook of a newer or unknown template version', () => {
  const newer = String(Number(TEMPLATE_VERSION) + 1);

  it.each([
    ['newer', newer, `phiên bản ${newer}, mới hơn phiên bản ${TEMPLATE_VERSION}`],
    ['unknown', 'x7', `ghi “x7”, không phải phiên bản nào của mẫu`],
  ])('is refused, exit 2 and one Vietnamese line, by upgrade, check, export and report (%s)', async (_kind, version, says) => {
    await keptWith(TEMPLATE_VERSION, 'moi.xlsx', (wb) => setNamed(wb, TEMPLATE_VERSION_NAME, version));
    const bytes = readFileSync(box.path('moi.xlsx'));
    for (const argv of [['upgrade', 'moi.xlsx'], ['check', 'moi.xlsx'], ['export', 'moi.xlsx'], ['report', 'moi.xlsx', '--out', 'r.docx']]) {
      const r = await box.run(...argv);
      expectOneLineError(r, ['moi.xlsx', says]);
    }
    expect(readFileSync(box.path('moi.xlsx')).equals(bytes)).toBe(true);
    expect(box.files()).toEqual(['moi.xlsx']);
  });

  it('is named among the rejected files by consolidate', async () => {
    await keptWith(TEMPLATE_VERSION, 'moi.xlsx', (wb) => setNamed(wb, TEMPLATE_VERSION_NAME, newer));
    copyFileSync(keptWorkbookPath(TEMPLATE_VERSION), box.path('cu.xlsx'));
    const r = await box.run('consolidate', 'cu.xlsx', 'moi.xlsx', '--out', 't.xlsx');
    expect(r.code).toBe(1);
    expect(`${r.stdout}\n${r.stderr}`).toContain(`phiên bản ${newer}, mới hơn phiên bản ${TEMPLATE_VERSION}`);
    expect(box.files()).not.toContain('t.xlsx');
  });
});
