// A commune workbook in which "Biểu mẫu 1" was copied in Excel (right-click › Move or Copy › Create a copy): the copy, "Biểu mẫu 1 (2)", gets
// sheet-scoped names of the same text as the workbook-level names into the original (<definedName localSheetId="9">, ECMA-376 Part 1 §18.2.5),
// pointing at the copy's cells. The template's names are the workbook-level ones: every reader reads them only, wherever the copy's names
// stand in <definedNames>; a template name left ONLY as sheet-scoped (its workbook-level name deleted) is missing — the workbook is damaged.
import sample from '../../../examples/xa-hoa-phong.json';
import type { ReportData } from '../../../src/core/data/types';
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { DAMAGE_TEXT } from '../../../src/core/i18n/damage';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { DamagedWorkbookError, refuseDamaged, templateSheets, workbookDamage } from '../../../src/core/read/workbook-damage';
import { loadWorkbook } from '../../../src/hosts/cli/xlsx/load-workbook';
import { planToWorkbook } from '../../../src/hosts/cli/xlsx/write-plan';
import { zlibInflate } from '../../../src/hosts/cli/xlsx/zlib-inflate';
import { fflateInflate } from '../../../src/hosts/shared/fflate-inflate';
import { readXlsxNamedCells, xlsxPresence } from '../../../src/hosts/shared/read-xlsx-named-cells';
import { readNamedCells, type NamedCells } from '../../../src/hosts/shared/xlsx-named-cells';
import { sheetCopied } from '../../helpers/copied-sheet';

const INFLATERS = [
  ['fflate (pane)', fflateInflate],
  ['zlib (CLI)', zlibInflate],
] as const;
const ORDERS = ['before', 'after'] as const;
const COPY = 'Biểu mẫu 1 (2)';

let laidOut: Uint8Array;
beforeAll(async () => {
  laidOut = new Uint8Array(await (await planToWorkbook(buildWorkbookPlan(sample as unknown as ReportData))).xlsx.writeBuffer());
});

const copied = (scoped: 'before' | 'after', deleteWorkbookLevel?: readonly string[]): Uint8Array =>
  sheetCopied(laidOut, { sheet: 'Biểu mẫu 1', copy: COPY, scoped, shift: 1000, deleteWorkbookLevel });
const cellsOf = ({ values, addresses, formulas }: NamedCells): NamedCells => ({ values, addresses, formulas: formulas ?? {} });
const viaExcelJS = async (bytes: Uint8Array): Promise<NamedCells> => cellsOf(readNamedCells(await loadWorkbook(bytes)));
const hint = { repair: 'SỬA.', upgrade: 'NÂNG CẤP.', giveBack: (names: readonly string[]) => `ĐẶT LẠI ${names.join(', ')}.` };

describe.each(INFLATERS)('the light reader (%s)', (_label, inflate) => {
  const read = (bytes: Uint8Array) => readXlsxNamedCells(bytes, inflate);

  it('is given a copy whose own names point at other numbers (the helper changed them)', () => {
    const untouched = read(laidOut);
    expect(untouched.values.BM1_2_1).toBe(40);
    const copy = read(copied('before'));
    expect(copy.sheets).toContain(COPY);
  });

  it('(ExcelJS sees the copy as a sheet, holding the shifted numbers)', async () => {
    const wb = await loadWorkbook(copied('after'));
    expect(wb.getWorksheet(COPY)?.getCell('D7').value).toBe(1040);
    expect(wb.getWorksheet('Biểu mẫu 1')?.getCell('D7').value).toBe(40);
  });

  it.each(ORDERS)('reads only the workbook-level names with the copy’s names %s them: the untouched values, nothing broken, nothing damaged', (order) => {
    const untouched = read(laidOut);
    const withCopy = read(copied(order));
    expect(withCopy.values.BM1_2_1).toBe(40);
    expect(withCopy.addresses.BM1_2_1).toBe(untouched.addresses.BM1_2_1);
    expect(cellsOf(withCopy)).toEqual(cellsOf(untouched));
    expect(withCopy.brokenNames).toEqual([]);
    expect(workbookDamage(templateSheets(BUILTIN_CATALOGUE), xlsxPresence(withCopy))).toEqual({ missingSheets: [], brokenNames: [], blank: false });
    expect(() => refuseDamaged(withCopy.values, xlsxPresence(withCopy), BUILTIN_CATALOGUE, hint)).not.toThrow();
  });

  it.each(ORDERS)('takes a template name left only as the copy’s (%s) as missing: the damage check names it, the copy’s number is not read', (order) => {
    const lost = read(copied(order, ['BM1_2_1']));
    expect('BM1_2_1' in lost.values).toBe(false);
    expect(lost.values.BM1_2_2).toBe(27);
    expect(workbookDamage(templateSheets(BUILTIN_CATALOGUE), xlsxPresence(lost)).brokenNames).toEqual(['BM1_2_1']);
    expect(() => refuseDamaged(lost.values, xlsxPresence(lost), BUILTIN_CATALOGUE, hint)).toThrow(DamagedWorkbookError);
    expect(() => refuseDamaged(lost.values, xlsxPresence(lost), BUILTIN_CATALOGUE, hint)).toThrow(`${DAMAGE_TEXT.workbookDamaged([], ['BM1_2_1'])} SỬA.`);
  });
});

describe('ExcelJS’s reader (cchc upgrade, template over an existing --out)', () => {
  it.each(ORDERS)('reads only the workbook-level names with the copy’s names %s them', async (order) => {
    const untouched = await viaExcelJS(laidOut);
    expect(untouched.values.BM1_2_1).toBe(40);
    expect(await viaExcelJS(copied(order))).toEqual(untouched);
  });

  it.each(ORDERS)('leaves a template name left only as the copy’s (%s) unread', async (order) => {
    const lost = await viaExcelJS(copied(order, ['BM1_2_1']));
    expect('BM1_2_1' in lost.values).toBe(false);
    expect(lost.values.BM1_2_2).toBe(27);
  });
});

// The clerk copied "Biểu mẫu 1", deleted the original, then renamed the copy "Biểu mẫu 1": the workbook-level names into the original are at
// #REF! (the deleted sheet), while the renamed copy, in the original's place, keeps sheet-scoped names of the same text at its own cells.
// The readers read workbook-level names only: every name of the form is broken, none read from the copy's names; the damage check names them.
describe('a copy renamed as the original it replaced (the original deleted)', () => {
  const replaced = (): Uint8Array => sheetCopied(laidOut, { sheet: 'Biểu mẫu 1', copy: COPY, scoped: 'after', shift: 1000, originalDeleted: true });
  const FORM1 = buildWorkbookPlan(null).sheets.find((s) => s.name === 'Biểu mẫu 1')!.names.map((n) => n.name);

  it('(ExcelJS sees the renamed copy in the original’s place, holding the shifted numbers, the original gone)', async () => {
    const wb = await loadWorkbook(replaced());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Thông tin chung', 'Biểu mẫu 1', 'Biểu mẫu 2', 'Biểu mẫu 3', 'Biểu mẫu 4', 'Biểu mẫu 5', 'Biểu mẫu 6', 'Biểu mẫu 7', 'Thuyết minh']);
    expect(wb.getWorksheet('Biểu mẫu 1')?.getCell('D7').value).toBe(1040);
  });

  it.each(INFLATERS)('the light reader (%s) reports every name of the form as broken, reads none of the copy’s numbers, and the damage check names them', (_label, inflate) => {
    const named = readXlsxNamedCells(replaced(), inflate);
    expect(FORM1.length).toBeGreaterThan(20);
    expect([...named.brokenNames].sort()).toEqual([...FORM1].sort());
    for (const name of FORM1) expect(name in named.values).toBe(false);
    expect(named.sheets).toContain('Biểu mẫu 1');
    expect(named.sheets).not.toContain(COPY);
    expect(named.values.BM2_1_1).toBe(readXlsxNamedCells(laidOut, inflate).values.BM2_1_1);
    const damage = workbookDamage(templateSheets(BUILTIN_CATALOGUE), xlsxPresence(named));
    expect(damage.missingSheets).toEqual([]);
    expect([...damage.brokenNames].sort()).toEqual([...FORM1].sort());
    expect(() => refuseDamaged(named.values, xlsxPresence(named), BUILTIN_CATALOGUE, hint)).toThrow(DamagedWorkbookError);
    expect(() => refuseDamaged(named.values, xlsxPresence(named), BUILTIN_CATALOGUE, hint)).toThrow(`${DAMAGE_TEXT.workbookDamaged([], damage.brokenNames)} SỬA.`);
  });

  it('ExcelJS’s reader reads none of the form’s names (neither the #REF! ones nor the copy’s), the other forms’ as before', async () => {
    const untouched = await viaExcelJS(laidOut);
    const named = await viaExcelJS(replaced());
    for (const name of FORM1) expect(name in named.values).toBe(false);
    const others = Object.fromEntries(Object.entries(untouched.values).filter(([name]) => !FORM1.includes(name)));
    expect(named.values).toEqual(others);
  });
});
