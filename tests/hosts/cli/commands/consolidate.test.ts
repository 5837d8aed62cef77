// `cchc consolidate`: totals of many communes' files (JSON or workbooks); exit 0 / 1 (a file rejected, named) / 2 (unreadable); the workbook read back with ExcelJS.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellValue, ReportData } from '../../../../src/core/data/types';
import { memoryIo, processIo } from '../../../../src/hosts/cli/cli-io';
import { PROGRESS_MIN_FILES } from '../../../../src/hosts/cli/commands/consolidate';
import { runCli } from '../../../../src/hosts/cli/run-cli';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { readNamedCells } from '../../../../src/hosts/shared/xlsx-named-cells';
import { FIXTURES, expectOneLineError, sandbox, type Sandbox } from '../cli-harness';
import { commune } from '../../../core/aggregate/sample-units';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

type Edits = Readonly<Record<string, Readonly<Record<string, CellValue | undefined>>>>;

function writeCommune(file: string, meta: Partial<ReportData['meta']>, edits: Edits = {}): string {
  writeFileSync(box.path(file), JSON.stringify(commune(meta, edits)));
  return file;
}

async function namedValues(file: string) {
  return readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(box.path(file)))));
}

describe('cchc consolidate', () => {
  it('totals JSON files and a workbook, writes the consolidated workbook and prints a Vietnamese summary', async () => {
    writeCommune('hoa-phong.json', {});
    writeCommune('tinh-ky.json', { unit: 'Tịnh Kỳ' }, { '1': { '2.1': 10, '2.2': 10, '1': undefined, '5': 0, '5.1': undefined, '5.2': undefined }, '4': { '2.5': 2 } });
    writeCommune('an-phu.json', { unit: 'An Phú', unitKind: 'phường' }, { '6': { '1': 750.25, '2': 812.5 } });
    expect((await box.run('template', '--out', 'an-phu.xlsx', '--data', 'an-phu.json')).code).toBe(0);

    const r = await box.run('consolidate', 'hoa-phong.json', 'tinh-ky.json', 'an-phu.xlsx', '--out', 'tong-hop.xlsx', '--expected', '4');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã đọc 3 tệp số liệu, kỳ 6 tháng đầu năm 2026.');
    expect(r.stdout).toContain('Đã ghi sổ tổng hợp: tong-hop.xlsx');
    expect(r.stdout).toContain('1/4 đơn vị chưa gửi số liệu');
    expect(r.stdout).toContain('Biểu mẫu 1, dòng 1: 2/3');
    expect(r.stdout).toContain('Biểu mẫu 1, dòng 5.1: 2/3');

    const { values } = await namedValues('tong-hop.xlsx');
    // Counts add: 40 + 10 + 40 tasks, 27 + 10 + 27 done; the ratio is recomputed: 64 ÷ 90 = 71,1 %, not the mean of 67,5 / 100 / 67,5.
    expect(values.TH1_2_1).toBe(90);
    expect(values.TH1_2_2).toBe(64);
    expect(values.TH1_2).toBe(71.1);
    // A row one commune left empty is the total of the others, not a zero for the missing one.
    expect(values.TH1_1).toBe(24);
    expect(values.TH6_1).toBe(4250 + 4250 + 750.25);
    expect(values.TH6_0).toBe(Math.round(((3187.5 * 2 + 812.5) / (4250 * 2 + 750.25)) * 1000) / 10);
    expect(values.TH1_5).toBe('Có: 2; Không: 1');
    expect(values.TH4_2_5).toBe('2 – 7,7 – 10,5');
    expect(values.TH_SO_DON_VI).toBe(3);
    expect(values.TH_SO_DON_VI_PHAI_BAO_CAO).toBe(4);
    expect(values.TH_TY_LE_BAO_CAO).toBe(75);
  });

  it('writes the grouping sheet, the official columns with completeness, formulas and protection (read back with ExcelJS)', async () => {
    writeCommune('a.json', {});
    writeCommune('b.json', { unit: 'Tịnh Kỳ' }, { '1': { '1': undefined } });
    expect((await box.run('consolidate', 'a.json', 'b.json', '--out', 'th.xlsx')).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(box.path('th.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Biểu mẫu 1', 'Biểu mẫu 2', 'Biểu mẫu 3', 'Biểu mẫu 4', 'Biểu mẫu 5', 'Biểu mẫu 6', 'Biểu mẫu 7']);
    const g = wb.getWorksheet('Tổng hợp')!;
    expect(g.getCell('A11').value).toBe(1);
    expect(g.getCell('B11').value).toBe('Hòa Phong');
    expect(g.getCell('C11').value).toBe('xã');
    expect(g.getCell('D11').value).toBe('a.json');
    expect(g.getCell('B12').value).toBe('Tịnh Kỳ');

    const ws = wb.getWorksheet('Biểu mẫu 1')!;
    expect([1, 2, 3, 4, 5, 6].map((c) => ws.getRow(4).getCell(c).value)).toEqual(['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Tổng hợp', 'Số đơn vị báo cáo', 'Ghi chú']);
    expect(ws.getCell('B5').value).toContain('Số văn bản chỉ đạo CCHC');
    expect(ws.getCell('D5').value).toBe(12);
    expect(ws.getCell('E5').value).toBe('1/2');
    const ratio = ws.getCell('D6');
    // The ratio reads its pair totals beside it (G: part, H: whole, over the communes that gave both).
    expect(ratio.formula).toBe('IF(AND(ISNUMBER(H6),ISNUMBER(G6)),IF(H6=0,"",ROUND(G6/H6*100,1)),"")');
    expect(ratio.result).toBe(67.5);
    expect([ws.getCell('G6').value, ws.getCell('H6').value, ws.getCell('E6').value]).toEqual([54, 80, '2/2']);
    expect(ws.getCell('E7').value).toBe('2/2');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(ws.getCell('D7').protection?.locked).not.toBe(false);
    expect(ws.getCell('F7').protection?.locked).toBe(false);
    expect(box.files()).toEqual(['a.json', 'b.json', 'th.xlsx']);
  });

  it('writes a consolidated report with --report: BÁO CÁO and its subject, the issuing body under its managing body', async () => {
    writeCommune('a.json', {});
    writeCommune('b.json', { unit: 'Tịnh Kỳ' });
    writeCommune('c.json', { unit: 'An Phú', unitKind: 'phường' }, { '3': { '3.3.1': 1000, '3.3.2': 700 } });
    writeFileSync(box.path('loi.json'), JSON.stringify(commune({ unit: 'Tịnh Châu' }, { '1': { '2.2': 45 } })));
    const r = await box.run(
      'consolidate', 'a.json', 'b.json', 'c.json', 'loi.json', '--out', 'th.xlsx', '--report', 'th.docx', '--skip-rejected', '--expected', '5',
      '--issuer', 'Sở Nội vụ tỉnh Quảng Ngãi', '--superior', 'UBND tỉnh Quảng Ngãi',
      '--signer-authority', 'KT. Giám đốc', '--signer-title', 'Phó Giám đốc', '--signer-name', 'Trần Thị Bình',
      '--recipient', 'UBND tỉnh Quảng Ngãi', '--recipient', 'Bộ Nội vụ',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã lập báo cáo tổng hợp: th.docx');
    const zip = await JSZip.loadAsync(readFileSync(box.path('th.docx')));
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    // The issuing body's name does not repeat its managing body's place: UBND TỈNH QUẢNG NGÃI over SỞ NỘI VỤ.
    expect(xml).toContain('UBND TỈNH QUẢNG NGÃISỞ NỘI VỤCỘNG HÒA');
    expect(xml).toContain('BÁO CÁOKết quả công tác cải cách hành chính cấp xã 6 tháng đầu năm 2026');
    expect(xml).toContain('KT. GIÁM ĐỐC');
    expect(xml).toContain('PHÓ GIÁM ĐỐC');
    expect(xml).toContain('Trần Thị Bình');
    expect(xml).toContain('- Bộ Nội vụ;');
    expect(xml).toContain('- Lưu: VT.');
    expect(xml).toContain('Đã tổng hợp số liệu của 3/5 đơn vị (60%)');
    expect(xml).toContain('xã Tịnh Châu (số liệu còn 1 lỗi); 01 đơn vị chưa gửi báo cáo.');
    expect(xml).not.toContain('loi.json');
    // The district's sentence on the totals, and the commune below the district's on-time rate (2.468 + 700 of 3.468).
    expect(xml).toContain('Các đơn vị đã giải quyết xong 3.468 hồ sơ thủ tục hành chính');
    expect(xml).toContain('phường An Phú (70%)');
    // Biểu mẫu 3 row 3.3.1: 1.234 + 1.234 + 1.000 hồ sơ, with its completeness (the rejected commune and the one never sent are missing).
    expect(xml).toContain('3.4683/5');
  });

  it('rejects a file whose check finds errors: names it and its errors, writes nothing, exit 1', async () => {
    writeCommune('a.json', {});
    const r = await box.run('consolidate', 'a.json', join(FIXTURES, 'has-errors.json'), '--out', 'th.xlsx', '--report', 'th.docx');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('has-errors.json');
    expect(r.stderr).toMatch(/\[lỗi\] .*2\.2.*40.*37/);
    expect(r.stderr).toContain('chưa ghi tệp nào');
    expect(box.files()).toEqual(['a.json']);
  });

  it('rejects a workbook whose header does not say which commune and period it is', async () => {
    writeCommune('a.json', {});
    expect((await box.run('template', '--out', 'trong.xlsx')).code).toBe(0);
    const r = await box.run('consolidate', 'a.json', 'trong.xlsx', '--out', 'th.xlsx');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Từ chối trong.xlsx');
    expect(existsSync(box.path('th.xlsx'))).toBe(false);
  });

  it('does not reject a file for warnings', async () => {
    writeCommune('a.json', {});
    // More staff present than assigned (Biểu mẫu 4: 2.2 > 2.1) is a warning.
    writeCommune('b.json', { unit: 'Tịnh Kỳ' }, { '4': { '2.1': 20, '2.2': 21 } });
    const r = await box.run('consolidate', 'a.json', 'b.json', '--out', 'th.xlsx');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/b\.json: \d+ cảnh báo/);
    expect(existsSync(box.path('th.xlsx'))).toBe(true);
  });

  it('rejects the same commune given twice, naming both files', async () => {
    writeCommune('a.json', {});
    writeCommune('b.json', { unit: 'Tịnh Kỳ' });
    writeCommune('a-lan-2.json', {}, { '1': { '1': 13 } });
    const r = await box.run('consolidate', 'a.json', 'b.json', 'a-lan-2.json', '--out', 'th.xlsx');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('xã Hòa Phong');
    expect(r.stderr).toContain('a.json, a-lan-2.json');
    expect(existsSync(box.path('th.xlsx'))).toBe(false);
  });

  it('rejects files of different periods or years', async () => {
    writeCommune('a.json', {});
    writeCommune('b.json', { unit: 'Tịnh Kỳ', period: 'Q3' });
    const r = await box.run('consolidate', 'a.json', 'b.json', '--out', 'th.xlsx');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nhiều kỳ báo cáo khác nhau');
    expect(r.stderr).toContain('6 tháng đầu năm 2026: a.json');
    expect(r.stderr).toContain('Quý III năm 2026: b.json');
    expect(existsSync(box.path('th.xlsx'))).toBe(false);
  });

  it('names every problem in one run — damaged, not our template, errors with their findings, a commune twice (NFD), another period — exit 1, nothing written', async () => {
    writeCommune('a.json', {});
    writeCommune('b.json', { unit: 'Tịnh Kỳ' });
    writeFileSync(box.path('hong.xlsx'), Buffer.from('PK\u0003\u0004 not really a zip'));
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = 'bảng tính khác';
    await other.xlsx.writeFile(box.path('khac-mau.xlsx'));
    writeFileSync(box.path('loi.json'), readFileSync(join(FIXTURES, 'has-errors.json')));
    // The same commune typed with decomposed diacritics (Unikey on macOS) and other case/spacing.
    writeCommune('b-lan-2.json', { unit: ' tịnh  KỲ '.normalize('NFD') });
    writeCommune('quy-3.json', { unit: 'An Phú', period: 'Q3' });
    const r = await box.run('consolidate', 'a.json', 'hong.xlsx', 'b.json', 'khac-mau.xlsx', 'loi.json', 'khong-co.json', 'b-lan-2.json', 'quy-3.json', '--out', 'th.xlsx', '--report', 'th.docx');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const rejected = r.stderr.split('\n').filter((l) => l.startsWith('Từ chối '));
    expect(rejected.map((l) => /^Từ chối (\S+):/.exec(l)?.[1])).toEqual(['hong.xlsx', 'b.json', 'khac-mau.xlsx', 'loi.json', 'khong-co.json', 'b-lan-2.json', 'quy-3.json']);
    expect(r.stderr).toContain('Từ chối hong.xlsx: tệp hỏng hoặc không phải sổ Excel .xlsx.');
    expect(r.stderr).toMatch(/Từ chối khac-mau\.xlsx: .*mẫu/u);
    expect(r.stderr).toContain('Từ chối loi.json: số liệu còn');
    expect(r.stderr).toMatch(/\[lỗi\] .*2\.2.*40.*37/u);
    expect(r.stderr).toContain('Từ chối b.json: đơn vị xã Tịnh Kỳ có nhiều hơn một tệp số liệu cùng kỳ: b.json, b-lan-2.json');
    expect(r.stderr).toContain('Từ chối quy-3.json: số liệu kỳ Quý III năm 2026, khác kỳ đang tổng hợp (6 tháng đầu năm 2026).');
    expect(r.stderr).toContain('Không tổng hợp: 7 tệp bị từ chối');
    expect(r.stderr).toContain('chưa ghi tệp nào');
    expect(r.stderr).not.toMatch(/\bat .*\(|Error:|undefined/);
    expect(box.files()).toEqual(['a.json', 'b-lan-2.json', 'b.json', 'hong.xlsx', 'khac-mau.xlsx', 'loi.json', 'quy-3.json']);
  });

  it('--skip-rejected: totals from the accepted files, exit 0; rejected files listed on the terminal and the Tổng hợp sheet, counted as not reported', async () => {
    writeCommune('a.json', {});
    writeCommune('b.json', { unit: 'Tịnh Kỳ' }, { '1': { '1': 7, '2.1': 10, '2.2': 4 }, '6': { '1': 100.5 } });
    writeCommune('c.json', { unit: 'An Phú', unitKind: 'phường' }, { '1': { '1': undefined } });
    writeFileSync(box.path('loi.json'), readFileSync(join(FIXTURES, 'has-errors.json')));
    writeFileSync(box.path('hong.xlsx'), Buffer.from('PK\u0003\u0004 not really a zip'));
    const r = await box.run('consolidate', 'a.json', 'loi.json', 'b.json', 'hong.xlsx', 'c.json', '--out', 'th.xlsx', '--skip-rejected');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Từ chối loi.json: số liệu còn');
    expect(r.stderr).toContain('Từ chối hong.xlsx: tệp hỏng');
    expect(r.stdout).toContain('Đã đọc 3 tệp số liệu');
    expect(r.stdout).toContain('Bỏ qua 2 tệp bị từ chối');
    // loi.json is Hòa Phong's (like a.json): four communes, of which one never came through.
    expect(r.stdout).toContain('1/4 đơn vị chưa được tổng hợp (tệp bị từ chối hoặc chưa gửi)');
    const { values } = await namedValues('th.xlsx');
    // Sums over the accepted files only: a 12 + b 7 + c (empty) documents; tasks 40 + 10 + 40.
    expect(values.TH1_1).toBe(12 + 7);
    expect(values.TH1_2_1).toBe(40 + 10 + 40);
    expect(values.TH1_2_2).toBe(27 + 4 + 27);
    expect(values.TH6_1).toBe(4250 + 100.5 + 4250);
    expect(values.TH_SO_DON_VI).toBe(3);
    expect(values.TH_SO_DON_VI_PHAI_BAO_CAO).toBe(4);
    expect(values.TH_TY_LE_BAO_CAO).toBe(75);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(box.path('th.xlsx'));
    const g = wb.getWorksheet('Tổng hợp')!;
    const rows: string[][] = [];
    g.eachRow((row) => rows.push([1, 2, 3, 4].map((c) => String(row.getCell(c).value ?? ''))));
    const title = rows.findIndex((r) => r[0]?.startsWith('Các tệp bị từ chối'));
    expect(title).toBeGreaterThan(0);
    expect(rows.slice(title + 1)).toEqual([
      ['STT', 'Tệp số liệu', 'Đơn vị', 'Lý do'],
      ['1', 'loi.json', 'xã Hòa Phong', expect.stringMatching(/^số liệu còn \d+ lỗi\.$/) as unknown as string],
      ['2', 'hong.xlsx', '', 'tệp hỏng hoặc không phải sổ Excel .xlsx.'],
    ]);
  });

  it('no file readable at all: exit 2, each named, nothing written; one readable file among unreadable ones is exit 1', async () => {
    writeFileSync(box.path('hong.xlsx'), Buffer.from('PK\u0003\u0004 not really a zip'));
    const r = await box.run('consolidate', join(FIXTURES, 'not-json.json'), 'khong-co.json', 'hong.xlsx', '--out', 'th.xlsx', '--skip-rejected');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Từ chối');
    for (const f of ['not-json.json', 'khong-co.json', 'hong.xlsx']) expect(r.stderr).toContain(f);
    expect(r.stderr).toContain('Không đọc được tệp nào trong 3 tệp');
    writeCommune('a.json', {});
    expect((await box.run('consolidate', 'a.json', 'hong.xlsx', '--out', 'th.xlsx')).code).toBe(1);
    expect(box.files()).toEqual(['a.json', 'hong.xlsx']);
  });

  it('--skip-rejected with every readable file rejected: exit 1, nothing written', async () => {
    writeFileSync(box.path('loi.json'), readFileSync(join(FIXTURES, 'has-errors.json')));
    const r = await box.run('consolidate', 'loi.json', '--out', 'th.xlsx', '--skip-rejected');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cả 1 tệp đều bị từ chối');
    expect(box.files()).toEqual(['loi.json']);
  });

  it('bad usage is exit 2: no file, no --out, --expected below the files given, out among the inputs', async () => {
    writeCommune('a.json', {});
    expectOneLineError(await box.run('consolidate', '--out', 'th.xlsx'), ['consolidate']);
    expectOneLineError(await box.run('consolidate', 'a.json'), ['--out']);
    expectOneLineError(await box.run('consolidate', 'a.json', '--out', 'th.xlsx', '--expected', 'x'), ['--expected']);
    writeCommune('b.json', { unit: 'B' });
    expectOneLineError(await box.run('consolidate', 'a.json', 'b.json', '--out', 'th.xlsx', '--expected', '1'), ['(1)', '(2)']);
    expectOneLineError(await box.run('consolidate', 'a.json', '--out', 'th.xlsx', '--report', 'th.pdf'), ['th.pdf']);
    expect(box.files()).toEqual(['a.json', 'b.json']);
    expect((await box.run('template', '--out', 'b.xlsx', '--data', 'b.json')).code).toBe(0);
    const before = readFileSync(box.path('b.xlsx'));
    expectOneLineError(await box.run('consolidate', 'a.json', 'b.xlsx', '--out', 'b.xlsx', '--force'), ['b.xlsx']);
    expect(readFileSync(box.path('b.xlsx')).equals(before)).toBe(true);
  });

  it('keeps an existing workbook unless --force', async () => {
    writeCommune('a.json', {});
    writeFileSync(box.path('th.xlsx'), 'ghi chú cũ');
    expectOneLineError(await box.run('consolidate', 'a.json', '--out', 'th.xlsx'), ['th.xlsx']);
    expect(readFileSync(box.path('th.xlsx'), 'utf8')).toBe('ghi chú cũ');
    expect((await box.run('consolidate', 'a.json', '--out', 'th.xlsx', '--force')).code).toBe(0);
    expect((await namedValues('th.xlsx')).values.TH1_2_1).toBe(40);
  });

  it('refuses its own output as input (a consolidated workbook is not a commune report), naming it', async () => {
    writeCommune('a.json', {});
    expect((await box.run('consolidate', 'a.json', '--out', 'th.xlsx')).code).toBe(0);
    const r = await box.run('consolidate', 'a.json', 'th.xlsx', '--out', 'th2.xlsx');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Từ chối th.xlsx');
    expect(box.files()).toEqual(['a.json', 'th.xlsx']);
  });
});

describe('cchc consolidate: progress while reading many files', () => {
  /** `n` communes with distinct names, as files x01.json … */
  function communes(n: number): string[] {
    return Array.from({ length: n }, (_, i) => writeCommune(`x${String(i + 1).padStart(2, '0')}.json`, { unit: `Xã số ${i + 1}` }));
  }

  /** Runs in-process through the same io abstraction as the CLI, with standard error a terminal or not. */
  async function runWithIo(errIsTty: boolean | undefined, ...argv: string[]) {
    const mem = memoryIo(box.dir);
    const code = await runCli(argv, errIsTty === undefined ? mem : { ...mem, errIsTty });
    return { code, stdout: mem.stdout, stderr: mem.stderr };
  }

  it(`prints one Vietnamese line per file, in order, when there are more than ${PROGRESS_MIN_FILES} files (not a terminal)`, async () => {
    const files = communes(PROGRESS_MIN_FILES + 1);
    const r = await runWithIo(false, 'consolidate', ...files, '--out', 'th.xlsx');
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual(files.map((f, i) => `Đang đọc ${i + 1}/21: ${f}`));
    expect(r.stderr[11]).toBe('Đang đọc 12/21: x12.json');
    // The summary stays on standard output, untouched by progress.
    expect(r.stdout.join('\n')).toContain('Đã đọc 21 tệp số liệu, kỳ 6 tháng đầu năm 2026.');
    expect(r.stdout.join('\n')).not.toContain('Đang đọc');
    expect((await namedValues('th.xlsx')).values.TH1_2_1).toBe(40 * 21);
  });

  it(`stays quiet with ${PROGRESS_MIN_FILES} files or fewer when standard error is not a terminal (pipes, logs, tests)`, async () => {
    const files = communes(PROGRESS_MIN_FILES);
    expect((await runWithIo(false, 'consolidate', ...files, '--out', 'th.xlsx')).stderr).toEqual([]);
    // An io that says nothing about a terminal (memoryIo as other commands use it) is not one.
    expect((await runWithIo(undefined, 'consolidate', ...files.slice(0, 2), '--out', 'th2.xlsx')).stderr).toEqual([]);
  });

  it('prints progress for a few files when standard error is a terminal', async () => {
    const files = communes(3);
    const r = await runWithIo(true, 'consolidate', ...files, '--out', 'th.xlsx');
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual(['Đang đọc 1/3: x01.json', 'Đang đọc 2/3: x02.json', 'Đang đọc 3/3: x03.json']);
    expect(r.stderr.every((line) => line.normalize('NFC') === line)).toBe(true);
  });

  it('goes on past an unreadable file, then names it among the rejected', async () => {
    const files = communes(2);
    const r = await runWithIo(true, 'consolidate', files[0] as string, 'khong-co.json', files[1] as string, '--out', 'th.xlsx');
    expect(r.code).toBe(1);
    expect(r.stderr.slice(0, 3)).toEqual(['Đang đọc 1/3: x01.json', 'Đang đọc 2/3: khong-co.json', 'Đang đọc 3/3: x02.json']);
    expect(r.stderr[3]).toContain('Từ chối khong-co.json');
    expect(box.files()).toEqual(files);
  });

  it('processIo reports whether the real standard error is a terminal', () => {
    expect(processIo().errIsTty).toBe(process.stderr.isTTY === true);
  });
});

describe('cchc consolidate: what the office supplies (--office-text, --assessment/--tasks/--proposals, --expected-list)', () => {
  const docxText = async (file: string): Promise<string> =>
    (await (await JSZip.loadAsync(readFileSync(box.path(file)))).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  const superior = { superior: 'UBND tỉnh Ninh Bình' };

  it('puts the office’s text in parts IV–VI: the JSON file, each part replaced by its own option', async () => {
    writeCommune('a.json', superior);
    writeCommune('b.json', { ...superior, unit: 'Gia Viễn' });
    writeFileSync(box.path('van-ban.json'), JSON.stringify({ assessment: ['Đánh giá của Sở.', '- Hạn chế thứ nhất.'], tasks: 'Nhiệm vụ từ tệp.', proposals: 'Kiến nghị từ tệp.' }));
    const r = await box.run('consolidate', 'a.json', 'b.json', '--out', 'th.xlsx', '--report', 'th.docx', '--office-text', 'van-ban.json', '--tasks', 'Nhiệm vụ gõ ở lệnh.');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('để trống');
    const text = await docxText('th.docx');
    expect(text).toContain('IV. ĐÁNH GIÁ CHUNGĐánh giá của Sở.');
    expect(text).toContain('Hạn chế thứ nhất.');
    expect(text).toContain('V. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026Nhiệm vụ gõ ở lệnh.');
    expect(text).not.toContain('Nhiệm vụ từ tệp.');
    expect(text).toContain('VI. KIẾN NGHỊ VÀ ĐỀ XUẤTKiến nghị từ tệp.');
    // BM1 row 4 names the communes' superior's level.
    expect(text).toContain('Thực hiện nhiệm vụ của UBND tỉnh, Chủ tịch UBND tỉnh giao');
  });

  it('warns when a part of the report is left empty', async () => {
    writeCommune('a.json', {});
    const r = await box.run('consolidate', 'a.json', '--out', 'th.xlsx', '--report', 'th.docx', '--assessment', 'Đánh giá.');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cảnh báo: báo cáo tổng hợp còn để trống mục V, VI (ghi bằng --tasks, --proposals hoặc --office-text)');
  });

  it('names the listed communes that sent nothing, counts the list as expected, and names a commune the list lacks', async () => {
    writeCommune('a.json', superior);
    writeCommune('b.json', { ...superior, unit: 'Nho Quan' });
    writeCommune('c.json', { ...superior, unit: 'Hoa Lư', unitKind: 'phường' });
    writeFileSync(box.path('ds.txt'), '# Các đơn vị phải báo cáo\nxã Hòa Phong\nHoa Lư\nxã Kim Sơn\nphường Tam Điệp\n');
    const r = await box.run('consolidate', 'a.json', 'b.json', 'c.json', '--out', 'th.xlsx', '--report', 'th.docx', '--expected-list', 'ds.txt');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Có số liệu của đơn vị không có trong --expected-list (vẫn được tổng hợp và tính là đơn vị phải báo cáo): xã Nho Quan.');
    expect(r.stdout).toContain('2/5 đơn vị chưa gửi số liệu');
    const text = await docxText('th.docx');
    expect(text).toContain('Đã tổng hợp số liệu của 3/5 đơn vị (60%)');
    expect(text).toContain('Chưa tổng hợp được 02 đơn vị: chưa nhận được số liệu của xã Kim Sơn, phường Tam Điệp.');
  });

  it('refuses --expected with --expected-list, a list naming no one, and office text with an unknown field (exit 2, one line)', async () => {
    writeCommune('a.json', {});
    writeFileSync(box.path('ds.txt'), 'xã Hòa Phong\n');
    writeFileSync(box.path('trong.txt'), '\n# không có ai\n');
    writeFileSync(box.path('vb.json'), JSON.stringify({ assessment: 'x', kienNghi: 'y' }));
    expectOneLineError(await box.run('consolidate', 'a.json', '--out', 'th.xlsx', '--expected', '3', '--expected-list', 'ds.txt'), ['--expected-list']);
    expectOneLineError(await box.run('consolidate', 'a.json', '--out', 'th.xlsx', '--expected-list', 'trong.txt'), ['trong.txt', 'không có đơn vị nào']);
    expectOneLineError(await box.run('consolidate', 'a.json', '--out', 'th.xlsx', '--report', 'th.docx', '--office-text', 'vb.json'), ['vb.json', 'kienNghi']);
    expectOneLineError(await box.run('consolidate', 'a.json', '--out', 'th.xlsx', '--expected-list', 'khong-co.txt'), ['khong-co.txt']);
    expect(box.files()).toEqual(['a.json', 'ds.txt', 'trong.txt', 'vb.json']);
  });
});
