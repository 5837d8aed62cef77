// The formulas as written in the .xlsx, evaluated by HyperFormula, give the cached results write-plan stored (the core's values).
import { BUILTIN_CATALOGUE } from '../../../../src/core/forms/builtin';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { HyperFormula } from 'hyperformula';
import type { ReportData } from '../../../../src/core/data/types';
import { definedName } from '../../../../src/core/forms/catalogue';
import { isComputedRow } from '../../../../src/core/forms/types';
import { buildWorkbookPlan } from '../../../../src/core/layout/build-workbook-plan';
import { planToWorkbook } from '../../../../src/hosts/cli/xlsx/write-plan';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { cellPlainValue, readNamedCells } from '../../../../src/hosts/shared/xlsx-named-cells';

const ROOT = resolve(__dirname, '../../../..');
const load = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf-8')) as ReportData;

/** Each sheet as HyperFormula takes it: "=formula" where the file holds one, else the value. */
function sheetsOf(wb: ExcelJS.Workbook): Record<string, (string | number | boolean | null)[][]> {
  const out: Record<string, (string | number | boolean | null)[][]> = {};
  wb.eachSheet((ws) => {
    const rows: (string | number | boolean | null)[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: (string | number | boolean | null)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.type === ExcelJS.ValueType.Formula ? `=${cell.formula}` : cellPlainValue(cell);
        cells[c - 1] = v instanceof Date ? v.toISOString() : v;
      });
      rows[r - 1] = Array.from(cells, (x) => x ?? null);
    });
    out[ws.name] = Array.from(rows, (x) => x ?? []);
  });
  return out;
}

describe.each([
  ['the sample commune', 'examples/xa-hoa-phong.json'],
  ['every kind of value', 'tests/fixtures/cli/every-kind.json'],
])('formulas written for %s', (_label, file) => {
  it('evaluate to the cached results, which are the core computation', async () => {
    const written = await planToWorkbook(buildWorkbookPlan(load(file)));
    const wb = await loadWorkbook(new Uint8Array(await written.xlsx.writeBuffer()));
    const named = readNamedCells(wb);
    const hf = HyperFormula.buildFromSheets(sheetsOf(wb), { licenseKey: 'gpl-v3' });
    let compared = 0;
    for (const form of BUILTIN_CATALOGUE.forms) {
      const sheetId = hf.getSheetId(`Biểu mẫu ${form.number}`);
      if (sheetId === undefined) throw new Error(`no sheet for form ${form.number}`);
      for (const row of form.rows.filter(isComputedRow)) {
        const name = definedName(form.number, row.key);
        const a1 = named.addresses[name]?.split('!')[1] ?? '';
        const address = hf.simpleCellAddressFromString(a1, sheetId);
        if (!address) throw new Error(`bad address ${a1}`);
        const evaluated = hf.getCellValue(address);
        const cached = named.values[name];
        expect({ name, value: evaluated === '' ? null : evaluated }).toEqual({ name, value: cached });
        compared++;
      }
    }
    expect(compared).toBe(BUILTIN_CATALOGUE.forms.flatMap((f) => f.rows.filter(isComputedRow)).length);
    hf.destroy();
  });
});
