// A province edits its form set as a person would: cchc forms export, edits in the workbook (and a LibreOffice re-save), cchc forms check.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT, runBuiltCli } from './helpers/built-cli';
import { convertWithLibreOffice } from './helpers/libreoffice';
import { tempDir } from '../helpers/temp-dir';

jest.setTimeout(180_000);

/** The 1-based column of a header in a sheet's first row. */
function column(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((cell, col) => {
    if (cell.text.trim() === header) found = col;
  });
  if (!found) throw new Error(`no column ${header} in ${ws.name}`);
  return found;
}

/** The rows (1-based) whose cells in the given columns hold the given texts. */
function rowsWhere(ws: ExcelJS.Worksheet, match: Readonly<Record<string, string>>): number[] {
  const cols = Object.entries(match).map(([h, v]) => [column(ws, h), v] as const);
  const out: number[] = [];
  ws.eachRow((row, n) => {
    if (n > 1 && cols.every(([c, v]) => row.getCell(c).text.trim() === v)) out.push(n);
  });
  return out;
}

function only(rows: readonly number[]): number {
  const [n] = rows;
  if (rows.length !== 1 || n === undefined) throw new Error(`expected one row, found ${rows.length}`);
  return n;
}

describe('a province edits its form set', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('cchc-forms-');
  });

  /**
   * The edits issue 20 names: a label, a row and a ratio over it, a rule, the words of a sentence; and Biểu mẫu 1
   * row 6 (đối thoại) deleted, with (`alsoSentence`) or without the sentence that reads it.
   */
  async function edit(file: string, out: string, alsoSentence: boolean): Promise<{ readonly sentenceRow: number }> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    // An edited set takes the province's own id (under the built-in set's id it would be refused).
    const identity = wb.getWorksheet('Thông tin')!;
    identity.getRow(only(rowsWhere(identity, { Mục: 'Mã bộ biểu mẫu' }))).getCell(column(identity, 'Giá trị')).value = 'hai-phong-2026';
    const rows = wb.getWorksheet('Chỉ tiêu')!;
    const label = column(rows, 'Chỉ tiêu thống kê');
    rows.getRow(only(rowsWhere(rows, { 'Biểu mẫu': '1', 'Mã dòng': '1' }))).getCell(label).value = 'Số văn bản chỉ đạo, điều hành CCHC đã ban hành';
    const six = only(rowsWhere(rows, { 'Biểu mẫu': '1', 'Mã dòng': '6' }));
    // Row 6 goes; in its place, a count and a ratio over it (meetings held, the share of those with minutes).
    rows.spliceRows(six, 1, [], []);
    const put = (n: number, cells: Readonly<Record<string, string | number>>): void => {
      for (const [h, v] of Object.entries(cells)) rows.getRow(n).getCell(column(rows, h)).value = v;
    };
    put(six, { 'Biểu mẫu': 1, 'Mã dòng': '7', STT: '7.', 'Chỉ tiêu thống kê': 'Số cuộc họp giao ban về CCHC', 'Đơn vị tính': 'Cuộc', Loại: 'số' });
    put(six + 1, { 'Biểu mẫu': 1, 'Mã dòng': '7.1', STT: '7.1.', 'Chỉ tiêu thống kê': 'Số cuộc họp có biên bản', 'Đơn vị tính': 'Cuộc', Loại: 'số' });
    rows.spliceRows(six + 2, 0, []);
    put(six + 2, { 'Biểu mẫu': 1, 'Mã dòng': '7.2', STT: '7.2.', 'Chỉ tiêu thống kê': 'Tỷ lệ cuộc họp có biên bản', 'Đơn vị tính': '%', Loại: 'tỷ lệ', 'Tử số': '7.1', 'Mẫu số': '7' });

    const rules = wb.getWorksheet('Quy tắc')!;
    const next = rules.actualRowCount + 1;
    for (const [h, v] of Object.entries({ 'Biểu mẫu': 1, 'Mã dòng': '7.1', 'So sánh': '<=', Với: '7', Mức: 'lỗi' })) rules.getRow(next).getCell(column(rules, h)).value = v;

    const sentences = wb.getWorksheet('Câu văn')!;
    const template = column(sentences, 'Câu');
    const directives = only(rowsWhere(sentences, { Mục: 'I.1' }));
    const old = sentences.getRow(directives).getCell(template).text;
    sentences.getRow(directives).getCell(template).value = old.replace('đã ban hành', 'đã ký ban hành');
    // The dialogue's sentence, beside the survey's in II.2.c (issue 22), read from Biểu mẫu 1 row 6.
    const dialogue = only(rowsWhere(sentences, { Mục: 'II.2.c', 'Biểu mẫu': '1', Dòng: '6' }));
    if (alsoSentence) sentences.spliceRows(dialogue, 1);
    await wb.xlsx.writeFile(out);
    return { sentenceRow: dialogue };
  }

  it('exports the built-in set, takes the edits (also after a LibreOffice re-save), and refuses a deleted row a sentence still reads, at its Câu văn cell', async () => {
    const exported = runBuiltCli(['forms', 'export', '--out', 'bo.xlsx'], dir);
    expect([exported.code, exported.stderr]).toEqual([0, '']);
    expect(runBuiltCli(['forms', 'check', 'bo.xlsx'], dir).code).toBe(0);

    await edit(join(dir, 'bo.xlsx'), join(dir, 'sua.xlsx'), true);
    const ok = runBuiltCli(['forms', 'check', 'sua.xlsx'], dir);
    expect([ok.code, ok.stderr]).toEqual([0, '']);
    expect(ok.stdout).toContain('hợp lệ');

    // The same set as a person would keep it after opening and saving it in LibreOffice Calc.
    copyFileSync(join(dir, 'sua.xlsx'), join(dir, 'sua-lo-in.xlsx'));
    const [resaved] = convertWithLibreOffice([join(dir, 'sua-lo-in.xlsx')], 'xlsx');
    expect(runBuiltCli(['forms', 'check', resaved!], dir).code).toBe(0);
    const json = runBuiltCli(['forms', 'export', '--forms', 'sua.xlsx', '--json', '--out', 'sua.json'], dir);
    expect(json.code).toBe(0);
    const set = JSON.parse(readFileSync(join(dir, 'sua.json'), 'utf-8'));
    const form1 = set.forms.find((f: { number: number }) => f.number === 1);
    expect(form1.rows.map((r: { key: string }) => r.key).slice(-4)).toEqual(['5.2', '7', '7.1', '7.2']);
    expect(form1.rows.find((r: { key: string }) => r.key === '1').label).toBe('Số văn bản chỉ đạo, điều hành CCHC đã ban hành');
    expect(form1.rows.find((r: { key: string }) => r.key === '7.2')).toMatchObject({ kind: 'ratio', part: '7.1', whole: '7' });
    expect(set.rules).toContainEqual({ form: 1, rows: ['7.1'], operator: '<=', against: ['7'], severity: 'error' });
    expect(set.sentences.some((s: { template: string }) => s.template.includes('đã ký ban hành'))).toBe(true);
    expect(set.sentences.some((s: { section: string }) => s.section === 'I.4')).toBe(false);

    const { sentenceRow } = await edit(join(dir, 'bo.xlsx'), join(dir, 'thieu.xlsx'), false);
    const refused = runBuiltCli(['forms', 'check', 'thieu.xlsx'], dir);
    expect(refused.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'thieu.xlsx'));
    const rowsColumn = String.fromCharCode(64 + column(wb.getWorksheet('Câu văn')!, 'Dòng'));
    expect(refused.stdout).toContain(`'Câu văn'!${rowsColumn}${sentenceRow}`);
    expect(refused.stdout).toMatch(/“6” không phải là dòng nào của Biểu mẫu 1/u);
    writeFileSync(join(dir, 'log.txt'), refused.stdout);
  });

  it('lays a commune workbook out with the edited set; check, export and report follow the set it carries with no --forms; consolidate over two sets exits 1 naming the set', async () => {
    // The edited set of the test above (a label, a row and a ratio over it, a rule, a sentence's words, row 6 and its sentence gone).
    expect(runBuiltCli(['forms', 'export', '--out', 'bo-2.xlsx'], dir).code).toBe(0);
    await edit(join(dir, 'bo-2.xlsx'), join(dir, 'tinh.xlsx'), true);
    const laid = runBuiltCli(['template', '--out', 'xa.xlsx', '--forms', 'tinh.xlsx'], dir);
    expect([laid.code, laid.stderr]).toEqual([0, '']);

    // A commune fills it: the new rows 7 and 7.1 (7.1 larger than 7 breaks the new rule), the edited label shows.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'xa.xlsx'));
    const named = (name: string): ExcelJS.Cell => {
      const [range] = wb.definedNames.getRanges(name).ranges;
      const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range ?? '');
      if (!m) throw new Error(`no name ${name}`);
      return wb.getWorksheet(m[1]!)!.getCell(`${m[2]}${m[3]}`);
    };
    named('TTC_unit').value = 'Hòa Phong';
    named('TTC_superior').value = 'UBND thành phố Hải Phòng';
    named('TTC_period').value = '6 tháng đầu năm';
    named('TTC_year').value = 2026;
    named('BM1_1').value = 12;
    named('BM1_7').value = 4;
    named('BM1_7_1').value = 5;
    expect(() => named('BM1_6')).toThrow();
    expect(JSON.stringify(wb.getWorksheet('Biểu mẫu 1')!.getSheetValues())).toContain('Số văn bản chỉ đạo, điều hành CCHC đã ban hành');
    await wb.xlsx.writeFile(join(dir, 'xa.xlsx'));

    const check = runBuiltCli(['check', 'xa.xlsx', '--json'], dir);
    expect(check.code).toBe(1);
    const findings = JSON.parse(check.stdout);
    expect(findings.formSet).toEqual({ id: 'hai-phong-2026', version: 1 });
    expect(findings.findings).toContainEqual(expect.objectContaining({ form: 1, row: '7.1', rule: 'part-exceeds-whole', severity: 'error' }));

    const exported = runBuiltCli(['export', 'xa.xlsx', '--out', 'xa.json'], dir);
    expect([exported.code, exported.stderr]).toEqual([0, '']);
    const data = JSON.parse(readFileSync(join(dir, 'xa.json'), 'utf-8'));
    expect(data.forms['1']).toMatchObject({ '1': 12, '7': 4, '7.1': 5 });
    expect(data.forms['1']['6']).toBeUndefined();

    const report = runBuiltCli(['report', 'xa.xlsx', '--out', 'xa.docx', '--draft'], dir);
    expect([report.code, report.stderr]).toEqual([0, '']);
    const [txt] = convertWithLibreOffice([join(dir, 'xa.docx')], 'txt:Text (encoded):UTF8');
    const text = readFileSync(txt!, 'utf-8');
    expect(text).toContain('đã ký ban hành 12 văn bản');
    expect(text).toContain('Số cuộc họp giao ban về CCHC');
    expect(text).not.toContain('Tổ chức đối thoại của lãnh đạo');

    // A commune of the built-in set beside one of the edited set: one set per consolidation.
    const builtin = runBuiltCli(['template', '--out', 'xa-khac.xlsx', '--data', join(ROOT, 'examples/xa-hoa-phong.json')], dir);
    expect(builtin.code).toBe(0);
    const both = runBuiltCli(['consolidate', 'xa.xlsx', 'xa-khac.xlsx', '--out', 'tong.xlsx'], dir);
    expect(both.code).toBe(1);
    // One file each: the tie goes to the first set by code (“cchc-xa-2023” before “hai-phong-2026”), said in a line;
    // the province's file is rejected naming its set.
    expect(both.stderr).toContain('Các tệp theo các bộ biểu mẫu “cchc-xa-2023” phiên bản 1 và “hai-phong-2026” phiên bản 1 có số tệp bằng nhau');
    expect(both.stderr).toMatch(/Từ chối xa\.xlsx: [^\n]*bộ biểu mẫu “hai-phong-2026”/u);
  });
});
