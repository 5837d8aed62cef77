// "90%" typed into a percent row of the Excel template reads as 90 in the check and stays 90 through a new layout, with no extra sync.
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
