// `cchc upgrade --forms S` on a workbook where the clerk typed under Biểu mẫu 1's table, in the cell S's new last row takes over, and
// in a free cell beside it. The command carries entries by name only (the new row takes nothing) and writes the file anew, so each
// cell the old layout left free would be lost: both are kept on `Giá trị không còn dòng` and printed, as the values without a row
// (core strayValues, as Excel and Sheets keep those their new table lies over).
import { readFileSync, writeFileSync } from 'node:fs';
import { catalogueOf } from '../../../../src/core/forms/builtin';
import { FORMSET_TEXT } from '../../../../src/core/i18n/form-sets';
import { buildWorkbookPlan } from '../../../../src/core/layout/build-workbook-plan';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { cellPlainValue, readNamedCells } from '../../../../src/hosts/shared/xlsx-named-cells';
import { APPENDED_NEXT, PROVINCE_V1 } from '../../../fixtures/form-sets/appended-set';
import { SAMPLE, sandbox, type Sandbox } from '../cli-harness';

jest.setTimeout(60_000);

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

const FORM1 = 'Biểu mẫu 1';
const O = FORMSET_TEXT.option;
const SIGNED = 'Người lập biểu: Nguyễn Văn A';
const at7 = buildWorkbookPlan(null, catalogueOf(APPENDED_NEXT)).sheets.find((s) => s.name === FORM1)!.names.find((n) => n.name === 'BM1_7')!.cell;

/** The sample's workbook by the province set, with `typed` written into Biểu mẫu 1 (as Excel saves a cell typed with the sheet unprotected). */
async function workbookTyped(typed: Readonly<Record<string, string | number>>): Promise<void> {
  const data = JSON.parse(readFileSync(SAMPLE, 'utf-8')) as Record<string, unknown>;
  writeFileSync(box.path('d.json'), JSON.stringify({ ...data, formSet: { id: PROVINCE_V1.id, version: PROVINCE_V1.version } }));
  writeFileSync(box.path('v1.json'), JSON.stringify(PROVINCE_V1));
  expect(await box.run('template', '--data', 'd.json', '--forms', 'v1.json', '--out', 'xa.xlsx')).toMatchObject({ code: 0, stderr: '' });
  const wb = await loadWorkbook(new Uint8Array(readFileSync(box.path('xa.xlsx'))));
  for (const [a1, v] of Object.entries(typed)) wb.getWorksheet(FORM1)!.getCell(a1).value = v;
  writeFileSync(box.path('xa.xlsx'), new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  writeFileSync(box.path('bo.json'), JSON.stringify(APPENDED_NEXT));
}

async function keptRows(): Promise<unknown[][]> {
  const wb = await loadWorkbook(new Uint8Array(readFileSync(box.path('xa.xlsx'))));
  const ws = wb.getWorksheet(O.orphansSheet);
  if (!ws) return [];
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 2) rows.push([1, 2, 3, 4].map((c) => cellPlainValue(row.getCell(c))));
  });
  return rows;
}

describe('cchc upgrade --forms: what the clerk typed where the old layout had nothing', () => {
  it('the signature where the new row lies and a free cell: neither taken as an entry nor lost, both kept and printed', async () => {
    await workbookTyped({ [at7]: SIGNED, K80: 'ghi nhớ của cán bộ' });
    const before = readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(box.path('xa.xlsx'))))).values;
    const r = await box.run('upgrade', 'xa.xlsx', '--forms', 'bo.json');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const now = readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(box.path('xa.xlsx'))))).values;
    expect(now.BM1_7 ?? null).toBeNull();
    expect(now.BM1_6).toBe(before.BM1_6);
    const rows = await keptRows();
    expect(rows).toContainEqual([1, null, O.strayLabel(at7), SIGNED]);
    expect(rows).toContainEqual([1, null, O.strayLabel('K80'), 'ghi nhớ của cán bộ']);
    expect(r.stdout).toContain(O.orphanLine(1, '', O.strayLabel(at7), SIGNED));
    expect(r.stdout).toContain(O.orphanLine(1, '', O.strayLabel('K80'), 'ghi nhớ của cán bộ'));
  });

  it('nothing typed outside the tables: no value listed', async () => {
    await workbookTyped({});
    const r = await box.run('upgrade', 'xa.xlsx', '--forms', 'bo.json');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).not.toContain(O.orphansSheet);
    expect(await keptRows()).toEqual([]);
  });
});
