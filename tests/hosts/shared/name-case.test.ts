// A workbook whose defined names another tool (or a hand in the XML) respelled in another case ("bm1_2_1" for "BM1_2_1"): Excel finds every
// name whatever its case, and so do both .xlsx readers — the light one (CLI, pane) and ExcelJS's (the CLI's upgrade and carry): the same
// values, addresses and formulas as the untouched file's, nothing broken. One name spelled two ways is read with care.
import sample from '../../../examples/xa-hoa-phong.json';
import type { ReportData } from '../../../src/core/data/types';
import { BUILTIN_CATALOGUE, catalogueOf } from '../../../src/core/forms/builtin';
import { readCarriedSet } from '../../../src/core/forms/carried-set';
import { cachedResults } from '../../../src/hosts/cli/xlsx/cached-results';
import { TEST_SET } from '../../fixtures/form-sets/test-set';
import { DAMAGE_TEXT } from '../../../src/core/i18n/damage';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { DamagedWorkbookError, refuseDamaged, templateSheets, workbookDamage } from '../../../src/core/read/workbook-damage';
import { loadWorkbook } from '../../../src/hosts/cli/xlsx/load-workbook';
import { planToWorkbook } from '../../../src/hosts/cli/xlsx/write-plan';
import { zlibInflate } from '../../../src/hosts/cli/xlsx/zlib-inflate';
import { fflateInflate } from '../../../src/hosts/shared/fflate-inflate';
import { readXlsxNamedCells, xlsxPresence } from '../../../src/hosts/shared/read-xlsx-named-cells';
import { readNamedCells, type NamedCells } from '../../../src/hosts/shared/xlsx-named-cells';
import { editWorkbookXml, nameAdded, namesRespelled, sheetRenamedInFile } from '../../helpers/damaged-xlsx';

const INFLATERS = [
  ['fflate (pane)', fflateInflate],
  ['zlib (CLI)', zlibInflate],
] as const;

let laidOut: Uint8Array;
beforeAll(async () => {
  laidOut = new Uint8Array(await (await planToWorkbook(buildWorkbookPlan(sample as unknown as ReportData))).xlsx.writeBuffer());
});

const cellsOf = ({ values, addresses, formulas }: NamedCells): NamedCells => ({ values, addresses, formulas: formulas ?? {} });
const viaExcelJS = async (bytes: Uint8Array): Promise<NamedCells> => cellsOf(readNamedCells(await loadWorkbook(bytes)));
/** "'Biểu mẫu 1'!D9" → "'Biểu mẫu 1'!$D$9", as a <definedName> holds it. */
const absolute = (address: string | undefined): string => (address ?? '').replace(/!([A-Z]+)(\d+)$/, '!$$$1$$$2');

const RESPELLED: readonly [string, (xml: string) => string][] = [
  ['every name in lower case', namesRespelled((n) => n.toLowerCase())],
  ['every name in capitals', namesRespelled((n) => n.toUpperCase())],
  ['one number and one header name in lower case', namesRespelled((n) => n.toLowerCase(), ['BM1_2_1', 'TTC_unit'])],
  ['the version and a narrative name respelled', namesRespelled((n) => n.toLowerCase(), ['CCHC_TEMPLATE_VERSION', 'TM_II_2_a'])],
];

describe.each(INFLATERS)('the light reader (%s)', (_label, inflate) => {
  const read = (bytes: Uint8Array) => readXlsxNamedCells(bytes, inflate);

  it.each(RESPELLED)('reads a workbook with %s as the untouched one: every value under the template’s name, nothing broken', (_what, edit) => {
    const untouched = read(laidOut);
    expect(untouched.values.BM1_2_1).toBe(40);
    const respelled = read(editWorkbookXml(laidOut, edit));
    expect(cellsOf(respelled)).toEqual(cellsOf(untouched));
    expect(respelled.brokenNames).toEqual([]);
    expect(workbookDamage(templateSheets(BUILTIN_CATALOGUE), xlsxPresence(respelled))).toEqual({ missingSheets: [], brokenNames: [], blank: false });
  });

  it('takes the template’s spelling where the file spells a name two ways (the other pointing at another cell)', () => {
    const untouched = read(laidOut);
    const both = read(editWorkbookXml(laidOut, nameAdded('bm1_2_1', absolute(untouched.addresses.BM1_2_2))));
    expect(cellsOf(both)).toEqual(cellsOf(untouched));
    expect(both.brokenNames).toEqual([]);
  });

  it('reads two other spellings of one name at one cell as that name', () => {
    const untouched = read(laidOut);
    const edit = (xml: string): string => nameAdded('Bm1_2_1', absolute(untouched.addresses.BM1_2_1))(namesRespelled((n) => n.toLowerCase(), ['BM1_2_1'])(xml));
    const twice = read(editWorkbookXml(laidOut, edit));
    expect(cellsOf(twice)).toEqual(cellsOf(untouched));
    expect(twice.brokenNames).toEqual([]);
  });

  it('reads two other spellings of one name at two cells as broken (which cell is meant cannot be told): the damage check names it', () => {
    const untouched = read(laidOut);
    const edit = (xml: string): string => nameAdded('Bm1_2_1', absolute(untouched.addresses.BM1_2_2))(namesRespelled((n) => n.toLowerCase(), ['BM1_2_1'])(xml));
    const ambiguous = read(editWorkbookXml(laidOut, edit));
    expect('BM1_2_1' in ambiguous.values).toBe(false);
    expect(ambiguous.brokenNames).toEqual(['BM1_2_1']);
    const hint = { repair: 'SỬA.', upgrade: 'NÂNG CẤP.', giveBack: (names: readonly string[]) => `ĐẶT LẠI ${names.join(', ')}.` };
    expect(() => refuseDamaged(ambiguous.values, xlsxPresence(ambiguous), BUILTIN_CATALOGUE, hint)).toThrow(DamagedWorkbookError);
    expect(() => refuseDamaged(ambiguous.values, xlsxPresence(ambiguous), BUILTIN_CATALOGUE, hint)).toThrow(`${DAMAGE_TEXT.workbookDamaged([], ['BM1_2_1'])} SỬA.`);
  });
});

describe('ExcelJS’s reader (cchc upgrade, template over an existing --out)', () => {
  it.each(RESPELLED)('reads a workbook with %s as the untouched one', async (_what, edit) => {
    const untouched = await viaExcelJS(laidOut);
    expect(untouched.values.BM1_2_1).toBe(40);
    expect(await viaExcelJS(editWorkbookXml(laidOut, edit))).toEqual(untouched);
  });

  it('takes the template’s spelling where the file spells a name two ways, and leaves one spelled two other ways at two cells unread', async () => {
    const untouched = await viaExcelJS(laidOut);
    expect(await viaExcelJS(editWorkbookXml(laidOut, nameAdded('bm1_2_1', absolute(untouched.addresses.BM1_2_2))))).toEqual(untouched);
    const edit = (xml: string): string => nameAdded('Bm1_2_1', absolute(untouched.addresses.BM1_2_2))(namesRespelled((n) => n.toLowerCase(), ['BM1_2_1'])(xml));
    const ambiguous = await viaExcelJS(editWorkbookXml(laidOut, edit));
    expect('BM1_2_1' in ambiguous.values).toBe(false);
    expect('bm1_2_1' in ambiguous.values || 'Bm1_2_1' in ambiguous.values).toBe(false);
  });
});

describe('a sheet respelled in another case in the file only (its names still say the template’s spelling)', () => {
  const edit = sheetRenamedInFile('Biểu mẫu 1', 'BIỂU MẪU 1');
  /** The untouched file's cells, at the sheet as the file now spells it. */
  const atRespelledSheet = (named: NamedCells): NamedCells => ({
    ...named,
    addresses: Object.fromEntries(Object.entries(named.addresses).map(([n, a]) => [n, a.replace(/^'Biểu mẫu 1'!/, "'BIỂU MẪU 1'!")])),
  });

  it.each(INFLATERS)('is read by the light reader (%s) as Excel reads it: every value, nothing broken, nothing damaged', (_label, inflate) => {
    const untouched = readXlsxNamedCells(laidOut, inflate);
    const respelled = readXlsxNamedCells(editWorkbookXml(laidOut, edit), inflate);
    expect(respelled.addresses.BM1_2_1).toMatch(/^'BIỂU MẪU 1'!D\d+$/);
    expect(cellsOf(respelled)).toEqual(atRespelledSheet(cellsOf(untouched)));
    expect(respelled.brokenNames).toEqual([]);
    expect(workbookDamage(templateSheets(BUILTIN_CATALOGUE), xlsxPresence(respelled))).toEqual({ missingSheets: [], brokenNames: [], blank: false });
  });

  it('is read by ExcelJS’s reader alike', async () => {
    expect(await viaExcelJS(editWorkbookXml(laidOut, edit))).toEqual(atRespelledSheet(await viaExcelJS(laidOut)));
  });
});

describe('a workbook of a province’s set, every name in lower case (the carried set’s too)', () => {
  it.each(INFLATERS)('is read by the light reader (%s) as the untouched one, carrying its set and undamaged', async (_label, inflate) => {
    const catalogue = catalogueOf(TEST_SET);
    const plan = buildWorkbookPlan(null, catalogue);
    const bytes = new Uint8Array(await (await planToWorkbook(plan, cachedResults(plan, catalogue))).xlsx.writeBuffer());
    const untouched = readXlsxNamedCells(bytes, inflate);
    const respelled = readXlsxNamedCells(editWorkbookXml(bytes, namesRespelled((n) => n.toLowerCase())), inflate);
    expect(cellsOf(respelled)).toEqual(cellsOf(untouched));
    expect(readCarriedSet(respelled.values)).toEqual(TEST_SET);
    expect(workbookDamage(templateSheets(catalogue), xlsxPresence(respelled))).toEqual({ missingSheets: [], brokenNames: [], blank: false });
  });
});
