// `cchc check --previous`, `cchc report --compare` and `cchc consolidate --compare`: the warnings and comparisons across periods, and exit 2 for a previous report that does not fit.
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { CellValue, ReportData } from '../../../../src/core/data/types';
import { takeVariadic } from '../../../../src/hosts/cli/parse-command-args';
import { commune } from '../../../core/aggregate/sample-units';
import { sampleQ1 } from '../../../core/rules/sample-pair';
import { expectOneLineError, sandbox, type Sandbox } from '../cli-harness';

// Each case writes and reads workbooks and reports: seconds apiece on a shared machine.
jest.setTimeout(60_000);

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

type Edits = Readonly<Record<string, Readonly<Record<string, CellValue | undefined>>>>;

function write(file: string, data: ReportData): string {
  writeFileSync(box.path(file), JSON.stringify(data));
  return file;
}
const writeCommune = (file: string, meta: Partial<ReportData['meta']>, edits: Edits = {}): string => write(file, commune(meta, edits));

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(box.path(file)));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

interface JsonResult {
  findings: { form: number | null; row: string | null; cell: string | null; severity: string; rule: string; message: string }[];
  errors: number;
  warnings: number;
}

describe('cchc check --previous', () => {
  it('adds nothing on the sample pair (Q1 then H1 of one year): exit 0', async () => {
    writeCommune('h1.json', {});
    write('q1.json', sampleQ1());
    const r = await box.run('check', 'h1.json', '--previous', 'q1.json', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonResult).findings).toEqual([]);
  });

  it('adds the warnings across periods (exit stays 0: they are warnings), at the cells of a workbook', async () => {
    writeCommune('h1.json', {}, { '1': { '2.1': 44 }, '6': { '2': 1000 }, '3': { '1.1': 300 } });
    write('q1.json', sampleQ1());
    const r = await box.run('check', 'h1.json', '--previous', 'q1.json', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as JsonResult;
    expect(json.findings.map((f) => `${f.rule} ${f.form}:${f.row} ${f.severity}`)).toEqual([
      'plan-changed 1:2.1 warning',
      'standing-jump 3:1.1 warning',
      'cumulative-shrank 6:2 warning',
    ]);
    expect(json.warnings).toBe(3);
    expect(json.findings[0]?.message).toContain('44 trong báo cáo 6 tháng đầu năm 2026, khác với 40 trong báo cáo quý I năm 2026');

    expect((await box.run('template', '--out', 'h1.xlsx', '--data', 'h1.json')).code).toBe(0);
    const text = await box.run('check', 'h1.xlsx', '--previous', 'q1.json');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/\[cảnh báo\] .*Biểu mẫu 1, dòng 2\.1/);
    const cells = (JSON.parse((await box.run('check', 'h1.xlsx', '--previous', 'q1.json', '--json')).stdout) as JsonResult).findings;
    expect(cells.map((f) => f.cell)).toEqual([expect.stringMatching(/^'Biểu mẫu 1'!D\d+$/), expect.stringMatching(/^'Biểu mẫu 3'!D\d+$/), expect.stringMatching(/^'Biểu mẫu 6'!D\d+$/)]);
  });

  it('takes a workbook as the previous report', async () => {
    write('q1.json', sampleQ1());
    expect((await box.run('template', '--out', 'q1.xlsx', '--data', 'q1.json')).code).toBe(0);
    writeCommune('h1.json', {}, { '1': { '2.1': 44 } });
    const json = JSON.parse((await box.run('check', 'h1.json', '--previous', 'q1.xlsx', '--json')).stdout) as JsonResult;
    expect(json.findings.map((f) => f.rule)).toEqual(['plan-changed']);
  });

  it('refuses another commune and a report that is not earlier: exit 2, one line naming the file', async () => {
    writeCommune('h1.json', {});
    writeCommune('other.json', { unit: 'Tịnh Kỳ', period: 'Q1' });
    expectOneLineError(await box.run('check', 'h1.json', '--previous', 'other.json'), ['other.json', 'xã Tịnh Kỳ', 'cùng một đơn vị']);
    writeCommune('q3.json', { period: 'Q3' });
    expectOneLineError(await box.run('check', 'h1.json', '--previous', 'q3.json'), ['q3.json', 'không sớm hơn']);
    expectOneLineError(await box.run('check', 'h1.json', '--previous', 'h1.json'), ['không sớm hơn']);
    expectOneLineError(await box.run('check', 'h1.json', '--previous', 'missing.json'), ['missing.json']);
  });
});

describe('cchc report --compare', () => {
  it('adds the comparisons with the same period last year to the report', async () => {
    writeCommune('h1.json', {});
    writeCommune('h1-2025.json', { year: 2025 }, { '3': { '3.3.1': 1100, '3.3.2': 1078 } });
    const r = await box.run('report', 'h1.json', '--out', 'bao-cao.docx', '--compare', 'h1-2025.json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = await docxText('bao-cao.docx');
    expect(text).toContain('1.234 hồ sơ thủ tục hành chính (tăng 12,2% so với cùng kỳ năm 2025), trong đó 1.229 hồ sơ đúng hạn, đạt 99,6% (tăng 1,6 điểm phần trăm so với cùng kỳ năm 2025)');
    expect((await box.run('report', 'h1.json', '--out', 'plain.docx')).code).toBe(0);
    expect(await docxText('plain.docx')).not.toContain('cùng kỳ năm');
  });

  it('reads a previous block carried in the report data', async () => {
    write('h1.json', { ...commune({}), previous: { period: 'H1', year: 2025, forms: { '7': { '6.7.1': 1000, '6.7.2': 800 } } } });
    expect((await box.run('report', 'h1.json', '--out', 'r.docx')).code).toBe(0);
    expect(await docxText('r.docx')).toContain('1.310 hồ sơ (tăng 31% so với cùng kỳ năm 2025), trong đó 1.187 hồ sơ được nộp trực tuyến (90,6%, tăng 10,6 điểm phần trăm so với cùng kỳ năm 2025)');
  });

  it('refuses another period, a later year or another commune: exit 2, nothing written', async () => {
    writeCommune('h1.json', {});
    write('q1.json', sampleQ1());
    expectOneLineError(await box.run('report', 'h1.json', '--out', 'r.docx', '--compare', 'q1.json'), ['q1.json', 'cùng kỳ']);
    writeCommune('h1-2027.json', { year: 2027 });
    expectOneLineError(await box.run('report', 'h1.json', '--out', 'r.docx', '--compare', 'h1-2027.json'), ['h1-2027.json']);
    writeCommune('other.json', { unit: 'Tịnh Kỳ', year: 2025 });
    expectOneLineError(await box.run('report', 'h1.json', '--out', 'r.docx', '--compare', 'other.json'), ['other.json', 'xã Tịnh Kỳ']);
    expect(box.files()).not.toContain('r.docx');
  });
});

describe('cchc consolidate --compare', () => {
  const lastYear = { '3': { '3.3.1': 1000, '3.3.2': 900 } };

  it("compares the district's totals with last year's files, consolidated the same way", async () => {
    writeCommune('a.json', {});
    writeCommune('b.json', { unit: 'Tịnh Kỳ' });
    writeCommune('a-2025.json', { year: 2025 }, lastYear);
    writeCommune('b-2025.json', { unit: 'Tịnh Kỳ', year: 2025 }, lastYear);
    const r = await box.run('consolidate', 'a.json', 'b.json', '--out', 't.xlsx', '--report', 't.docx', '--compare', 'a-2025.json', 'b-2025.json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã đọc 2 tệp cùng kỳ năm trước (6 tháng đầu năm 2025) để so sánh.');
    const text = await docxText('t.docx');
    // 2 468 against 2 000 files; 99,6% on time against 90%.
    expect(text).toContain('Các đơn vị đã giải quyết xong 2.468 hồ sơ thủ tục hành chính (tăng 23,4% so với cùng kỳ năm 2025), trong đó 2.458 hồ sơ đúng hạn; tỷ lệ giải quyết đúng hạn đạt 99,6%, tăng 9,6 điểm phần trăm so với cùng kỳ năm 2025.');
  });

  it('takes the files after --compare up to the next option, and a repeated --compare', async () => {
    writeCommune('a.json', {});
    writeCommune('a-2025.json', { year: 2025 }, lastYear);
    const r = await box.run('consolidate', 'a.json', '--compare', 'a-2025.json', '--out', 't.xlsx', '--report', 't.docx');
    expect(r.code).toBe(0);
    expect(await docxText('t.docx')).toContain('(tăng 23,4% so với cùng kỳ năm 2025)');
    expect(takeVariadic(['a', '--compare', 'p1', 'p2', '--out', 'x', '--compare=p3', '--compare', 'p4'], '--compare')).toEqual({
      rest: ['a', '--out', 'x'],
      values: ['p1', 'p2', 'p3', 'p4'],
    });
    expect(takeVariadic(['a', '--out', 'x'], '--compare').values).toBeUndefined();
  });

  it('bad usage is exit 2: --compare without files or without --report, last year of another period or not earlier', async () => {
    writeCommune('a.json', {});
    writeCommune('a-2025.json', { year: 2025 });
    expectOneLineError(await box.run('consolidate', 'a.json', '--out', 't.xlsx', '--report', 't.docx', '--compare'), ['--compare']);
    expectOneLineError(await box.run('consolidate', 'a.json', '--out', 't.xlsx', '--compare', 'a-2025.json'), ['--report']);
    writeCommune('a-q1.json', { period: 'Q1', year: 2025 });
    const r = await box.run('consolidate', 'a.json', '--out', 't.xlsx', '--report', 't.docx', '--compare', 'a-q1.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Quý I năm 2025');
    const same = await box.run('consolidate', 'a.json', '--out', 't.xlsx', '--report', 't.docx', '--compare', 'a.json');
    expect(same.code).toBe(2);
    expect(box.files()).not.toContain('t.xlsx');
  });

  it("a rejected file of last year is named, and nothing is written unless --skip-rejected", async () => {
    writeCommune('a.json', {});
    writeCommune('a-2025.json', { year: 2025 }, lastYear);
    writeCommune('bad-2025.json', { unit: 'Tịnh Kỳ', year: 2025 }, { '1': { '2.2': 99 } });
    const r = await box.run('consolidate', 'a.json', '--out', 't.xlsx', '--report', 't.docx', '--compare', 'a-2025.json', 'bad-2025.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad-2025.json');
    expect(box.files()).not.toContain('t.xlsx');
    const skipped = await box.run('consolidate', 'a.json', '--out', 't.xlsx', '--report', 't.docx', '--skip-rejected', '--compare', 'a-2025.json', 'bad-2025.json');
    expect(skipped.code).toBe(0);
    expect(await docxText('t.docx')).toContain('(tăng 23,4% so với cùng kỳ năm 2025)');
  });
});
