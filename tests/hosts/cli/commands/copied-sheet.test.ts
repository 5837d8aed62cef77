// A commune's workbook in which the clerk copied "Biểu mẫu 1" in Excel for scratch work (right-click › Move or Copy › Create a copy): the copy
// "Biểu mẫu 1 (2)" holds other numbers and has sheet-scoped names of the same text pointing at its cells (<definedName localSheetId>). check,
// export and consolidate read the workbook-level names only, wherever the copy's names stand: the findings, data and totals of the file
// without the copy's names; a template name left only as the copy's is missing, and check says the workbook is damaged, naming it.
import { readFileSync, writeFileSync } from 'node:fs';
import type { CellValue, ReportData } from '../../../../src/core/data/types';
import { CLI_TEXT } from '../../../../src/core/i18n/cli';
import { DAMAGE_TEXT } from '../../../../src/core/i18n/damage';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { readNamedCells } from '../../../../src/hosts/shared/xlsx-named-cells';
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
