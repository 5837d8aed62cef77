// "90%" typed into a percent row of the Excel template reads as 90 in the check and stays 90 through a new layout, with no extra sync; a date where a number belongs stays the date it shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../../src/core/data/schema';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { applyWorkbookPlan, type LayoutDeps } from '../../../src/hosts/excel/apply-plan';
import { checkWorkbook } from '../../../src/hosts/excel/check-workbook';
import { fakeExcel, typeAsExcelParses } from './fake-excel';

const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')));
if (!parsed.ok) throw new Error(parsed.problems.join('; '));
const sample = parsed.data;
const plan = buildWorkbookPlan(null);
const where = (name: string): { sheet: string; cell: string } => {
  for (const s of plan.sheets) {
    const n = s.names.find((x) => x.name === name);
    if (n) return { sheet: s.name, cell: n.cell };
  }
  throw new Error(`no name ${name}`);
};

describe('a percent typed with its sign in Excel', () => {
  it('is read as the percent it shows, in the same two syncs as before', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, { buildPlan: () => buildWorkbookPlan(sample), readData: () => null, supports: () => true });
    const at = where('BM4_1_1');
    typeAsExcelParses(state, at.sheet, at.cell, '90%');
    // What Excel itself holds: 0.9 under a percent format.
    const cell = state.sheets.find((s) => s.name === at.sheet)?.cells.get(at.cell);
    expect([cell?.value, cell?.numberFormat]).toEqual([0.9, '0%']);
    state.syncs = 0;

    const check = await checkWorkbook(asExcel, plan);

    expect(state.syncs).toBe(2);
    expect(check.data?.forms['4']?.['1.1']).toBe(90);
  });

  it('stays 90 when the template is laid out again (the plan format 0.0 would show 0.9)', async () => {
    const { state, asExcel } = fakeExcel();
    const deps: LayoutDeps = { buildPlan: buildWorkbookPlan, readData: () => null, supports: () => true };
    await applyWorkbookPlan(asExcel, deps);
    const at = where('BM4_1_1');
    typeAsExcelParses(state, at.sheet, at.cell, '90%');
    state.syncs = 0;

    await applyWorkbookPlan(asExcel, deps);

    expect(state.syncs).toBe(3);
    const cell = state.sheets.find((s) => s.name === at.sheet)?.cells.get(at.cell);
    expect([cell?.value, cell?.numberFormat]).toEqual([90, '0.0']);
  });
});

describe('a date where a number belongs, in Excel', () => {
  it('stays the date it shows when the template is laid out again, as in Sheets: never the serial under the plan format 0', async () => {
    const { state, asExcel } = fakeExcel();
    const deps: LayoutDeps = { buildPlan: buildWorkbookPlan, readData: () => null, supports: () => true };
    await applyWorkbookPlan(asExcel, deps);
    const at = where('BM1_2_2');
    // What Excel holds for a date there: its serial (8 June 2026) under a date format.
    const cell = state.sheets.find((s) => s.name === at.sheet)?.cells.get(at.cell);
    if (!cell) throw new Error(`no cell ${at.cell}`);
    Object.assign(cell, { value: 46181, numberFormat: 'dd/mm/yyyy' });

    await applyWorkbookPlan(asExcel, deps);

    const after = state.sheets.find((s) => s.name === at.sheet)?.cells.get(at.cell);
    expect(after).toMatchObject({ value: '08/06/2026' });
    const check = await checkWorkbook(asExcel, plan);
    expect(check.result.findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'not-a-number', form: 1, row: '2.2', message: expect.stringContaining('08/06/2026') })]));
  });
});
