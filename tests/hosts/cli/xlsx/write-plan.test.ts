// write-plan → read-names round trip on a hand-made plan: values, cached results, protection, validation, names, print setup.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planToWorkbook, writePlanFile } from '../../../../src/hosts/cli/xlsx/write-plan';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { readNamedCells } from '../../../../src/hosts/shared/xlsx-named-cells';
import { TargetExistsError } from '../../../../src/hosts/cli/xlsx/atomic-write';
import { tinyPlan } from './tiny-plan';
import { tempDir } from '../../../helpers/temp-dir';

let dir: string;
beforeEach(() => {
  dir = tempDir('cchc-write-plan-');
});

let serial = 0;
async function writeAndLoad(plan = tinyPlan(3000, 3500.5, 'ghi chú')): Promise<ExcelJS.Workbook> {
  const file = join(dir, `w${serial++}.xlsx`);
  await writePlanFile(plan, file);
  return loadWorkbook(new Uint8Array(readFileSync(file)));
}

describe('writePlanFile and readNamedCells', () => {
  it('reads back every named value, the ratio as the core computed it', async () => {
    const named = readNamedCells(await writeAndLoad());
    expect(named.values).toEqual({ TTC_unit: 'Hòa Phong', CCHC_TEMPLATE_VERSION: '1', BM6_0: 116.7, BM6_1: 3000, BM6_2: 3500.5 });
    expect(named.addresses).toEqual({
      TTC_unit: "'Thông tin chung'!B1",
      CCHC_TEMPLATE_VERSION: "'Thông tin chung'!B2",
      BM6_0: "'Biểu mẫu 6'!D2",
      BM6_1: "'Biểu mẫu 6'!D3",
      BM6_2: "'Biểu mẫu 6'!D4",
    });
  });

  it('leaves the cached result out where the whole is 0 or empty, keeps text typed in a number cell', async () => {
    for (const [plan, done] of [
      [0, 5],
      [null, 5],
      ['Văn bản', 5],
    ] as const) {
      const wb = await writeAndLoad(tinyPlan(plan, done));
      const named = readNamedCells(wb);
      expect(named.values.BM6_0).toBeNull();
      expect(named.values.BM6_1).toBe(plan);
      expect(wb.getWorksheet('Biểu mẫu 6')?.getCell('D2').formula).toBe('IF(OR(D3="",D3=0,D4=""),"",ROUND(D4/D3*100,1))');
    }
  });

  it('reads back a cached result of 0 as 0, not as empty', async () => {
    // 0 ÷ 3000 = 0: ExcelJS's cell.value would lose this 0.
    const named = readNamedCells(await writeAndLoad(tinyPlan(3000, 0)));
    expect(named.values.BM6_0).toBe(0);
    expect(named.values.BM6_2).toBe(0);
  });

  it('writes formulas without "=" and asks for a full recalculation on load', async () => {
    const wb = await writeAndLoad();
    expect(wb.getWorksheet('Biểu mẫu 6')?.getCell('D2').formula?.startsWith('IF(')).toBe(true);
    const file = join(dir, 'calc.xlsx');
    await writePlanFile(tinyPlan(1, 1), file);
    const xml = await (await JSZip.loadAsync(readFileSync(file))).file('xl/workbook.xml')?.async('string');
    expect(xml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('protects form sheets with inputs unlocked and everything else locked', async () => {
    const ws = (await writeAndLoad()).getWorksheet('Biểu mẫu 6');
    if (!ws) throw new Error('missing sheet');
    const protection = (ws as unknown as { sheetProtection: { sheet?: boolean } | null }).sheetProtection;
    expect(protection?.sheet).toBe(true);
    expect(ws.getCell('D3').protection?.locked).toBe(false);
    expect(ws.getCell('E2').protection?.locked).toBe(false);
    // Locked is the default: a cell without an explicit protection is locked.
    expect(ws.getCell('D2').protection?.locked ?? true).toBe(true);
    expect(ws.getCell('B3').protection?.locked ?? true).toBe(true);
    const info = (await writeAndLoad()).getWorksheet('Thông tin chung') as unknown as { sheetProtection: unknown };
    expect(info.sheetProtection ?? null).toBeNull();
  });

  it('writes data validation with its Vietnamese prompt and error', async () => {
    const ws = (await writeAndLoad()).getWorksheet('Biểu mẫu 6');
    const dv = ws?.getCell('D4').dataValidation;
    expect(dv).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      formulae: [0],
      showErrorMessage: true,
      promptTitle: 'Triệu đồng',
      prompt: 'Nhập số tiền (triệu đồng), không âm.',
      errorTitle: 'Số tiền không hợp lệ',
      error: 'Chỉ nhập số không âm.',
    });
    expect(ws?.getCell('D2').dataValidation).toBeUndefined();
    const text = (await writeAndLoad()).getWorksheet('Thông tin chung')?.getCell('B1').dataValidation;
    expect(text).toMatchObject({ type: 'textLength', operator: 'lessThanOrEqual', formulae: [100] });
  });

  it('sets A4, orientation, margins, print titles, widths, number formats and styles', async () => {
    const ws = (await writeAndLoad()).getWorksheet('Biểu mẫu 6');
    if (!ws) throw new Error('missing sheet');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('portrait');
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.margins).toMatchObject({ top: 0.8, bottom: 0.8, left: 1.2, right: 0.6 });
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');
    expect(ws.getColumn(2).width).toBe(60);
    expect(ws.getCell('D3').numFmt).toBe('#,##0.00');
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Times New Roman', bold: true, size: 12 });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(ws.getCell('D3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    expect(ws.getCell('B2').border?.top?.style).toBe('thin');
    expect(ws.getRow(2).height).toBe(33);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('refuses to overwrite an existing file unless asked, and leaves no temp file', async () => {
    const file = join(dir, 'a.xlsx');
    writeFileSync(file, 'đã nhập');
    await expect(writePlanFile(tinyPlan(1, 1), file)).rejects.toBeInstanceOf(TargetExistsError);
    expect(readFileSync(file, 'utf-8')).toBe('đã nhập');
    await writePlanFile(tinyPlan(1, 1), file, { overwrite: true });
    expect(readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(file)))).values.BM6_0).toBe(100);
    expect(readdirSync(dir)).toEqual(['a.xlsx']);
  });

  it('builds the same workbook in memory as on disk', async () => {
    const wb = await planToWorkbook(tinyPlan(3000, 3500.5));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Thông tin chung', 'Biểu mẫu 6']);
  });
});
