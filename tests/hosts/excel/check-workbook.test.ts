// Check, mark and select against the recording double: two syncs to read (what exists, then the values), one to mark, marks cleared on the next check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../../src/core/data/schema';
import type { ReportData } from '../../../src/core/data/types';
import { UI_TEXT } from '../../../src/core/i18n/messages';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { applyWorkbookPlan } from '../../../src/hosts/excel/apply-plan';
import { checkWorkbook, NotLaidOutError } from '../../../src/hosts/excel/check-workbook';
import { MARK_FILL, markFindings } from '../../../src/hosts/excel/mark-findings';
import { selectCell } from '../../../src/hosts/excel/select-cell';
import { fakeExcel, typeInto, type FakeState } from './fake-excel';

const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')));
if (!parsed.ok) throw new Error(parsed.problems.join('; '));
const sample: ReportData = parsed.data;
const plan = buildWorkbookPlan(null);

async function filledWorkbook(): Promise<ReturnType<typeof fakeExcel>> {
  const excel = fakeExcel();
  await applyWorkbookPlan(excel.asExcel, { buildPlan: () => buildWorkbookPlan(sample), readData: () => null, supports: () => true });
  excel.state.syncs = 0;
  return excel;
}

const fillOf = (state: FakeState, sheet: string, a1: string): string | undefined =>
  state.sheets.find((s) => s.name === sheet)?.cells.get(a1)?.fill;

describe('checkWorkbook', () => {
  it('reads the sample workbook in two syncs: no errors, the report data back', async () => {
    const { state, asExcel } = await filledWorkbook();
    const check = await checkWorkbook(asExcel, plan);
    expect(state.syncs).toBe(2);
    expect(check.result.errors).toBe(0);
    expect(check.data?.meta.unit).toBe('Hòa Phong');
    expect(check.data?.forms['1']?.['2.1']).toBe(40);
    expect(check.protectedSheets.get('Biểu mẫu 1')).toBe(true);
  });

  it('finds a part larger than its whole at its cell, marks it, and clears the mark once fixed', async () => {
    const { state, asExcel } = await filledWorkbook();
    const d = plan.sheets[1]?.names.find((n) => n.name === 'BM1_2_2')?.cell ?? '';
    typeInto(state, 'Biểu mẫu 1', d, 50);

    const check = await checkWorkbook(asExcel, plan);
    const finding = check.result.findings.find((f) => f.rule === 'part-exceeds-whole' && f.form === 1);
    expect(finding?.cell).toBe(`'Biểu mẫu 1'!${d}`);
    expect(finding?.message).toContain('50');
    expect(check.result.errors).toBeGreaterThan(0);

    const marked = await markFindings(asExcel, plan, check.result.findings, check.protectedSheets);
    expect(state.syncs).toBe(3);
    expect(marked).toBeGreaterThan(0);
    expect(fillOf(state, 'Biểu mẫu 1', d)).toBe(MARK_FILL.error);
    expect(state.sheets.every((s) => s.protected)).toBe(true);

    typeInto(state, 'Biểu mẫu 1', d, 27);
    const again = await checkWorkbook(asExcel, plan);
    expect(again.result.errors).toBe(0);
    await markFindings(asExcel, plan, again.result.findings, again.protectedSheets);
    expect(state.syncs).toBe(6);
    const inputFill = plan.sheets[1]?.styles.find((s) => s.range === d && s.style.fill)?.style.fill;
    expect(inputFill).toBeDefined();
    expect(fillOf(state, 'Biểu mẫu 1', d)).toBe(inputFill);
  });

  it('a failing mark (a sheet protected with a password) leaves no sheet it opened unprotected', async () => {
    const { state, asExcel } = await filledWorkbook();
    const d = plan.sheets[1]?.names.find((n) => n.name === 'BM1_2_2')?.cell ?? '';
    typeInto(state, 'Biểu mẫu 1', d, 50);
    state.sheets.find((s) => s.name === 'Biểu mẫu 4')!.password = true;
    const check = await checkWorkbook(asExcel, plan);
    await expect(markFindings(asExcel, plan, check.result.findings, check.protectedSheets)).rejects.toThrow(/password/);
    expect(state.sheets.find((s) => s.name === 'Biểu mẫu 1')?.unprotectCalls).toBeGreaterThan(0);
    expect(state.sheets.every((s) => s.protected)).toBe(true);
  });

  it('keeps text typed in a number cell as a not-a-number error', async () => {
    const { state, asExcel } = await filledWorkbook();
    const d = plan.sheets[2]?.names.find((n) => n.name === 'BM2_1_3')?.cell ?? '';
    typeInto(state, 'Biểu mẫu 2', d, 'Văn bản');
    const check = await checkWorkbook(asExcel, plan);
    expect(check.result.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'not-a-number', form: 2, row: '1.3', cell: `'Biểu mẫu 2'!${d}`, severity: 'error' })]),
    );
  });

  it('reads a date in a number cell as the date it shows, a not-a-number error as in the .xlsx reader and the Sheets API, still in two syncs', async () => {
    const { state, asExcel } = await filledWorkbook();
    const d = plan.sheets[2]?.names.find((n) => n.name === 'BM2_1_3')?.cell ?? '';
    // What Excel holds for "1/2" typed where a date format ended up: the serial of 1 February 2026 under that format.
    const cell = state.sheets.find((s) => s.name === 'Biểu mẫu 2')?.cells.get(d);
    if (!cell) throw new Error(`no cell ${d}`);
    Object.assign(cell, { value: 46054, numberFormat: 'dd/mm/yyyy' });
    const check = await checkWorkbook(asExcel, plan);
    expect(state.syncs).toBe(2);
    expect(check.data?.forms['2']?.['1.3']).toBe('01/02/2026');
    expect(check.result.findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'not-a-number', form: 2, row: '1.3', cell: `'Biểu mẫu 2'!${d}` })]));
  });

  it('says in Vietnamese that the workbook has no forms yet, after one sync', async () => {
    const { state, asExcel } = fakeExcel();
    await expect(checkWorkbook(asExcel, plan)).rejects.toThrow(NotLaidOutError);
    await expect(checkWorkbook(asExcel, plan)).rejects.toThrow(UI_TEXT.notLaidOut);
    expect(state.syncs).toBe(2);
  });

  it('selects a finding’s cell on its sheet', async () => {
    const { state, asExcel } = await filledWorkbook();
    await selectCell(asExcel, "'Biểu mẫu 3'!D9");
    expect(state.selected).toEqual({ sheet: 'Biểu mẫu 3', range: 'D9' });
    expect(state.active).toBe('Biểu mẫu 3');
    expect(state.syncs).toBe(1);
  });
});
