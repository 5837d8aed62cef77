// The authoring workbook through a real .xlsx: written by ExcelJS, read back into the same set, with its lists and frozen headers in the file.
import type * as XL from 'exceljs';
import { BUILTIN_SET } from '../../../../src/core/forms/builtin';
import { ExcelJS } from '../../../../src/hosts/cli/xlsx/exceljs';
import { readAuthoringWorkbook } from '../../../../src/hosts/cli/xlsx/read-authoring-workbook';
import { authoringWorkbookBytes } from '../../../../src/hosts/cli/xlsx/write-authoring-workbook';
import { EVERY_FIELD_SET } from '../../../core/forms/every-field-set';

async function load(bytes: Uint8Array): Promise<XL.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as XL.Buffer);
  return wb;
}

const bytesOf = async (wb: XL.Workbook): Promise<Uint8Array> => new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

function sheet(wb: XL.Workbook, name: string): XL.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(name);
  return ws;
}

describe('readAuthoringWorkbook', () => {
  let builtin: Uint8Array;
  beforeAll(async () => {
    builtin = await authoringWorkbookBytes(BUILTIN_SET);
  });

  it('reads the written built-in set back, equal to BUILTIN_SET', async () => {
    const read = await readAuthoringWorkbook(builtin);
    expect('problems' in read ? read.problems : read.set).toEqual(BUILTIN_SET);
  });

  it('reads a set that uses every field back, equal to it', async () => {
    const read = await readAuthoringWorkbook(await authoringWorkbookBytes(EVERY_FIELD_SET));
    expect('problems' in read ? read.problems : read.set).toEqual(EVERY_FIELD_SET);
  });

  it('writes the drop-down lists and freezes every header row', async () => {
    const wb = await load(builtin);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Thông tin', 'Biểu mẫu', 'Chỉ tiêu', 'Quy tắc', 'Câu văn', 'Câu văn tổng hợp', 'Hướng dẫn']);
    for (const ws of wb.worksheets) expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const rows = sheet(wb, 'Chỉ tiêu');
    const list = (ws: XL.Worksheet, a1: string): unknown => {
      const dv = ws.getCell(a1).dataValidation;
      return dv.type === 'list' ? dv.formulae : dv;
    };
    expect(list(rows, 'F2')).toEqual(['"mục,số,tiền,phần trăm,mã,tỷ lệ,tổng"']);
    // The lists reach the blank rows below the items too, for rows a person adds.
    const lastRow = BUILTIN_SET.forms.reduce((n, f) => n + f.rows.length, 1);
    expect(list(rows, `F${lastRow + 50}`)).toEqual(['"mục,số,tiền,phần trăm,mã,tỷ lệ,tổng"']);
    expect(list(rows, 'K2')).toEqual(['"có,không"']);
    expect(list(rows, 'L2')).toEqual(['"có,không"']);
    expect(list(rows, 'M2')).toEqual(['"cố định,kế hoạch năm,lũy kế,trong kỳ"']);
    expect(list(rows, 'N2')).toEqual(['"có,không"']);
    const rules = sheet(wb, 'Quy tắc');
    expect(list(rules, 'C2')).toEqual(['"<=,<,=,>=,>,có số liệu"']);
    expect(list(rules, 'F2')).toEqual(['"lỗi,cảnh báo"']);
    expect(rows.getColumn(4).width).toBeGreaterThan(40);
    expect(rows.getCell('D2').alignment?.wrapText).toBe(true);
  });

  it('reads a workbook whose columns were moved, with extra columns and blank rows, numbers typed as text', async () => {
    const wb = await load(await authoringWorkbookBytes(EVERY_FIELD_SET));
    const rows = sheet(wb, 'Chỉ tiêu');
    // Columns reversed, a title and a blank row above the header row, a note column, a blank row between items.
    const values = rows.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []));
    const width = 21;
    const moved = new ExcelJS.Workbook();
    for (const ws of wb.worksheets) {
      const copy = moved.addWorksheet(ws.name);
      if (ws !== rows) {
        ws.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
        continue;
      }
      copy.getCell(1, 1).value = 'Bộ biểu mẫu của tỉnh';
      let at = 3;
      values.forEach((line, i) => {
        if (line.length === 0) return;
        for (let c = 0; c < width; c++) {
          const v = (line[c] ?? null) as XL.CellValue;
          copy.getCell(at, width - c).value = i > 1 && typeof v === 'number' ? String(v) : v;
        }
        copy.getCell(at, width + 2).value = 'ghi chú';
        at += 2;
      });
    }
    const read = await readAuthoringWorkbook(await bytesOf(moved));
    expect('problems' in read ? read.problems : read.set).toEqual(EVERY_FIELD_SET);
  });

  it('reads a date typed as a date, and names problems at their cells', async () => {
    const wb = await load(builtin);
    sheet(wb, 'Thông tin').getCell('B6').value = new Date(Date.UTC(2026, 6, 1));
    sheet(wb, 'Chỉ tiêu').getCell('F3').value = 'tỉ số';
    sheet(wb, 'Quy tắc').getCell('A2').value = 'một';
    const read = await readAuthoringWorkbook(await bytesOf(wb));
    expect(read).toEqual({
      problems: [
        { place: { sheet: 'Chỉ tiêu', cell: 'F3' }, message: expect.stringContaining('không hiểu “tỉ số”') as unknown },
        { place: { sheet: 'Quy tắc', cell: 'A2' }, message: '“Biểu mẫu” cần một số, không phải “một”.' },
      ],
    });
    sheet(wb, 'Chỉ tiêu').getCell('F3').value = 'tỷ lệ';
    sheet(wb, 'Quy tắc').getCell('A2').value = 1;
    const fixed = await readAuthoringWorkbook(await bytesOf(wb));
    expect('set' in fixed && fixed.set.appliesFrom).toBe('2026-07-01');
  });

  it('refuses a value far beyond any set, as a problem of its sheet', async () => {
    const wb = await load(builtin);
    sheet(wb, 'Câu văn').getCell('A50000').value = 'x';
    expect(await readAuthoringWorkbook(await bytesOf(wb))).toEqual({
      problems: [{ place: { sheet: 'Câu văn', cell: null }, message: 'Trang “Câu văn” quá lớn: chỉ đọc tối đa 20000 hàng và 100 cột.' }],
    });
  });

  it('a missing sheet is a problem; a file that is not a workbook throws', async () => {
    const wb = await load(builtin);
    wb.removeWorksheet(sheet(wb, 'Quy tắc').id);
    expect(await readAuthoringWorkbook(await bytesOf(wb))).toEqual({ problems: [{ place: { sheet: 'Quy tắc', cell: null }, message: 'Thiếu trang tính “Quy tắc”.' }] });
    await expect(readAuthoringWorkbook(new TextEncoder().encode('not a workbook'))).rejects.toThrow();
  });
});
