// A commune's workbook in which the clerk copied "Biểu mẫu 1" in Excel for scratch work (right-click › Move or Copy › Create a copy): the copy
// "Biểu mẫu 1 (2)" holds other numbers and has sheet-scoped names of the same text pointing at its cells (<definedName localSheetId>). check,
// export and consolidate read the workbook-level names only, wherever the copy's names stand: the findings, data and totals of the file
// without the copy's names; a template name left only as the copy's is missing, and check says the workbook is damaged, naming it.
import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { CellValue, ReportData } from '../../../../src/core/data/types';
import { CLI_TEXT } from '../../../../src/core/i18n/cli';
import { DAMAGE_TEXT } from '../../../../src/core/i18n/damage';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { readNamedCells } from '../../../../src/hosts/shared/xlsx-named-cells';
import { readXlsxNamedCells } from '../../../../src/hosts/shared/read-xlsx-named-cells';
import { zlibInflate } from '../../../../src/hosts/cli/xlsx/zlib-inflate';
import { TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../../../src/core/layout/names';
import { FIRST_TEMPLATE_VERSION, namesOfToday } from '../../../../src/core/layout/template-versions';
import { keptWorkbookPath } from '../../../fixtures/versions/kept-workbooks';
import { buildWorkbookPlan } from '../../../../src/core/layout/build-workbook-plan';
import { inputCellSet } from '../../../../src/hosts/shared/plan-cells';
import { sheetCopied } from '../../../helpers/copied-sheet';
import { commune } from '../../../core/aggregate/sample-units';
import { laidOutSample, sandbox, type CliRun, type Sandbox } from '../cli-harness';

jest.setTimeout(60_000);

const ORDERS = ['before', 'after'] as const;
let laidOut: Uint8Array;
beforeAll(async () => {
  laidOut = await laidOutSample();
});

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

const copied = (scoped: 'before' | 'after', deleteWorkbookLevel?: readonly string[]): Uint8Array =>
  sheetCopied(laidOut, { sheet: 'Biểu mẫu 1', copy: 'Biểu mẫu 1 (2)', scoped, shift: 1000, deleteWorkbookLevel });
const runOn = (bytes: Uint8Array, argv: readonly string[]): Promise<CliRun> => box.runOnXlsx(bytes, argv);

describe('a workbook with a copied form sheet and its sheet-scoped names', () => {
  it.each(ORDERS)('check, check --json and export with the copy’s names %s the workbook-level ones: the findings and data of the untouched file', async (order) => {
    for (const argv of [['check', 'xa.xlsx'], ['check', 'xa.xlsx', '--json'], ['export', 'xa.xlsx']]) {
      const before = await runOn(laidOut, argv);
      expect(before.code).toBe(0);
      expect(await runOn(copied(order), argv)).toEqual(before);
    }
  });

  it.each(ORDERS)('consolidate with the copy’s names %s: the untouched totals (40 + 10), not the copy’s numbers', async (order) => {
    const other = commune({ unit: 'Tịnh Kỳ' }, { '1': { '2.1': 10, '2.2': 10 } } as Readonly<Record<string, Readonly<Record<string, CellValue | undefined>>>>);
    writeFileSync(box.path('tinh-ky.json'), JSON.stringify(other as ReportData));
    const argv = ['consolidate', 'xa.xlsx', 'tinh-ky.json', '--out', 'tong-hop.xlsx', '--force'];
    const before = await runOn(laidOut, argv);
    expect(before.code).toBe(0);
    const totals = readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(box.path('tong-hop.xlsx'))))).values;
    expect(totals.TH1_2_1).toBe(50);
    expect(await runOn(copied(order), argv)).toEqual(before);
    expect(readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(box.path('tong-hop.xlsx'))))).values).toEqual(totals);
  });

  it.each(ORDERS)('check refuses a workbook whose BM1_2_1 is left only as the copy’s (%s), naming it as damaged', async (order) => {
    const r = await runOn(copied(order, ['BM1_2_1']), ['check', 'xa.xlsx']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(DAMAGE_TEXT.workbookDamaged([], ['BM1_2_1']));
    expect(r.stderr).not.toContain('1040');
  });

  it.each(ORDERS)('upgrade finds the workbook at today’s version and undamaged with the copy’s names %s: nothing to do, the file untouched', async (order) => {
    const bytes = copied(order);
    const r = await runOn(bytes, ['upgrade', 'xa.xlsx']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('không cần nâng cấp');
    expect(new Uint8Array(readFileSync(box.path('xa.xlsx')))).toEqual(bytes);
  });

  it('upgrade refuses to lay out again a workbook whose BM1_2_1 is left only as the copy’s: it names the lost name, then the copy, a sheet it would lose, the file untouched', async () => {
    const bytes = copied('after', ['BM1_2_1']);
    const r = await runOn(bytes, ['upgrade', 'xa.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(CLI_TEXT.upgradeOtherSheets('xa.xlsx', ['Biểu mẫu 1 (2)'], DAMAGE_TEXT.workbookDamaged([], ['BM1_2_1'])));
    expect(r.stderr).toMatch(/^xa\.xlsx: Mất tên của 1 ô \(.*\): BM1_2_1\. Sổ còn có trang tính ngoài biểu mẫu \(“Biểu mẫu 1 \(2\)”\)/);
    expect(new Uint8Array(readFileSync(box.path('xa.xlsx')))).toEqual(bytes);
  });
});

// The clerk copied "Biểu mẫu 1", deleted the original, then renamed the copy "Biểu mẫu 1" and saved: the workbook-level names into the original
// are at #REF! (<definedName>#REF!$D$7), the renamed copy, in the original's place, holds sheet-scoped names of the same text at its own cells.
describe('a workbook whose form sheet was replaced by its copy (the original deleted, the copy renamed to its name)', () => {
  const replaced = (): Uint8Array => sheetCopied(laidOut, { sheet: 'Biểu mẫu 1', copy: 'Biểu mẫu 1 (2)', scoped: 'after', shift: 1000, originalDeleted: true });
  const form1 = buildWorkbookPlan(null).sheets.find((s) => s.name === 'Biểu mẫu 1')!;
  const FORM1 = form1.names.map((n) => n.name);
  const inputs = inputCellSet(form1);
  const FORM1_INPUTS = form1.names.filter((n) => inputs.has(n.cell)).map((n) => n.name);
  const read = (bytes: Uint8Array) => readXlsxNamedCells(bytes, zlibInflate);

  it('check tells it as damaged, naming the names at #REF!, exit 2, reading none of the copy’s numbers', async () => {
    const r = await runOn(replaced(), ['check', 'xa.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(DAMAGE_TEXT.workbookDamaged([], FORM1));
    expect(r.stderr).toMatch(new RegExp(`^xa\\.xlsx: Mất tên của ${FORM1.length} ô `));
    expect(r.stderr).not.toContain('1040');
    const json = await runOn(replaced(), ['check', 'xa.xlsx', '--json']);
    expect(json.code).toBe(2);
    expect(json.stdout).toBe('');
  });

  it.each([
    ['today’s version', TEMPLATE_VERSION],
    ['version 2', '2'],
    ['version 1 (the form’s cells kept their place since)', FIRST_TEMPLATE_VERSION],
  ])('upgrade lays it out again (%s) keeping the entries typed on the copy (taken by their cells’ places), the copy’s names no obstacle; check then reads the same numbers', async (_label, version) => {
    const source = version === TEMPLATE_VERSION ? laidOut : new Uint8Array(readFileSync(keptWorkbookPath(version)));
    const bytes = sheetCopied(source, { sheet: 'Biểu mẫu 1', copy: 'Biểu mẫu 1 (2)', scoped: 'after', shift: 1000, originalDeleted: true });
    // The clerk's entries now: the copy's cells at the form's places (+1000 on every number), by today's names; the other forms as they were.
    const untouched = read(source);
    const own = Object.fromEntries(
      Object.entries(untouched.values).map(([name, v]) => [name, untouched.addresses[name]?.startsWith("'Biểu mẫu 1'!") && typeof v === 'number' ? v + 1000 : v]),
    );
    const expected = namesOfToday(own, version);
    const before = namesOfToday(untouched.values, version);
    expect(expected.BM1_2_1).toBe((before.BM1_2_1 as number) + 1000);

    const up = await runOn(bytes, ['upgrade', 'xa.xlsx']);
    expect(up.stderr).toBe('');
    expect(up.code).toBe(0);
    expect(up.stdout).toContain(DAMAGE_TEXT.workbookDamaged([], Object.keys(untouched.values).filter((n) => untouched.addresses[n]?.startsWith("'Biểu mẫu 1'!"))));
    const repaired = read(new Uint8Array(readFileSync(box.path('xa.xlsx'))));
    expect(repaired.brokenNames).toEqual([]);
    for (const name of FORM1_INPUTS) expect({ name, value: repaired.values[name] }).toEqual({ name, value: expected[name] });
    for (const [name, value] of Object.entries(before)) if (!FORM1.includes(name) && name !== TEMPLATE_VERSION_NAME) expect({ name, value: repaired.values[name] }).toEqual({ name, value });
    expect(repaired.values[TEMPLATE_VERSION_NAME]).toBe(TEMPLATE_VERSION);
    expect(repaired.sheets.filter((s) => s.startsWith('Biểu mẫu 1'))).toEqual(['Biểu mẫu 1']);
    // The file laid out anew: each template name once, workbook-level, at its cell (no leftover of the copy's names, no second name of one
    // text); only the print titles are a sheet's own (_xlnm.Print_Titles, one per sheet).
    const workbookXml = strFromU8(unzipSync(new Uint8Array(readFileSync(box.path('xa.xlsx'))))['xl/workbook.xml'] ?? new Uint8Array());
    const definedNames = [...workbookXml.matchAll(/<definedName ([^>]*)>([^<]*)</g)];
    expect(definedNames.filter((m) => (m[1] ?? '').includes('localSheetId') && !(m[1] ?? '').includes('name="_xlnm.')).map((m) => m[0])).toEqual([]);
    const texts = definedNames.map((m) => m[1]);
    expect(new Set(texts).size).toBe(texts.length);
    expect(definedNames.find((m) => (m[1] ?? '').includes('name="BM1_2_1"'))?.[2]).toBe(`&apos;Biểu mẫu 1&apos;!${form1.names.find((n) => n.name === 'BM1_2_1')?.cell.replace(/([A-Z]+)(\d+)/, '$$$1$$$2')}`);

    const checked = await box.run('check', 'xa.xlsx');
    expect(checked.stderr).toBe('');
    expect([0, 1]).toContain(checked.code);
    const data = JSON.parse((await box.run('export', 'xa.xlsx')).stdout) as ReportData;
    expect(data.forms['1']?.['2.1']).toBe(expected.BM1_2_1);
    expect((await box.run('upgrade', 'xa.xlsx')).stdout).toBe(CLI_TEXT.upgradeNotNeeded('xa.xlsx', TEMPLATE_VERSION));
  });
});
