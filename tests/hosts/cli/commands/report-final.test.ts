// `cchc report` (issue 22 items 2 and 3): without --draft it refuses, exit 1 as with errors, while a compulsory input
// is empty, naming each with its cell; --draft writes a DỰ THẢO that says "chưa có số liệu"; warnings never block.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { CLI_TEXT } from '../../../../src/core/i18n/messages';
import { finalReportPath } from '../../../fixtures/final-report/final-report-data';
import { sandbox, type Sandbox } from '../cli-harness';

// Each case writes workbooks or reports: seconds apiece on a shared machine.
jest.setTimeout(60_000);

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
  copyFileSync(finalReportPath('half-filled-xa-h1'), box.path('binh-minh.json'));
  copyFileSync(finalReportPath('unfinished-phuong-y'), box.path('an-hai.json'));
});
afterEach(() => box.dispose());

/** The text of the body and of the page headers (where the DỰ THẢO mark is). */
async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(box.path(file)));
  const parts = zip.file(/^word\/(document|header\d*)\.xml$/);
  return (await Promise.all(parts.map((p) => p.async('string')))).join('\n').replace(/<[^>]+>/g, '');
}

const LEAD = 'Chưa lập được báo cáo chính thức: còn 4 chỉ tiêu bắt buộc để trống';

describe('cchc report without --draft', () => {
  it('refuses data with empty compulsory inputs: exit 1, each named with its label, nothing written', async () => {
    const r = await box.run('report', 'binh-minh.json', '--out', 'bao-cao.docx');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${LEAD}`, 'u'));
    expect(lines.slice(1, 5)).toEqual([
      '- Biểu mẫu 1, dòng 3.1 “Số bộ phận chuyên môn các chức danh công chức xã đã kiểm tra”',
      '- Biểu mẫu 3, dòng 3.3.2 “Số hồ sơ TTHC giải quyết đúng hạn”',
      '- Biểu mẫu 6, dòng 2 “Đã thực hiện”',
      '- Biểu mẫu 7, dòng 6.7.2 “Số hồ sơ TTHC đã tiếp nhận trực tuyến”',
    ]);
    expect(lines.at(-1)).toBe(CLI_TEXT.report.refusedEmpty);
    expect(existsSync(box.path('bao-cao.docx'))).toBe(false);
  });

  it('names the cell of each in a workbook, as the README shows it', async () => {
    expect((await box.run('template', '--out', 'binh-minh.xlsx', '--data', 'binh-minh.json')).code).toBe(0);
    const r = await box.run('report', 'binh-minh.xlsx', '--out', 'bao-cao.docx');
    expect(r.code).toBe(1);
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf-8');
    const example = /## What the report never says[\s\S]*?```text\n\$ [^\n]*\n([\s\S]*?)\n```/u.exec(readme)?.[1];
    expect(r.stderr).toBe(example);
    expect(r.stderr).toMatch(/^- Biểu mẫu 1, dòng 3\.1 “Số bộ phận chuyên môn các chức danh công chức xã đã kiểm tra”, ô 'Biểu mẫu 1'!D\d+$/mu);
    expect(r.stderr).toMatch(/^- Biểu mẫu 7, dòng 6\.7\.2 “Số hồ sơ TTHC đã tiếp nhận trực tuyến”, ô 'Biểu mẫu 7'!D\d+$/mu);
    expect(existsSync(box.path('bao-cao.docx'))).toBe(false);
  });

  it('lists the errors and the empty inputs together when both remain', async () => {
    const data = JSON.parse(readFileSync(box.path('binh-minh.json'), 'utf-8'));
    data.forms['1']['2.2'] = 99;
    writeFileSync(box.path('loi.json'), JSON.stringify(data));
    const r = await box.run('report', 'loi.json', '--out', 'bao-cao.docx');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Biểu mẫu 1, dòng 2.2: số nhiệm vụ đã hoàn thành (99) lớn hơn');
    expect(r.stderr).toContain(LEAD);
    expect(r.stderr.split('\n').at(-1)).toBe(CLI_TEXT.report.refused(1));
  });

  it('writes a final report despite warnings: an unfinished report is questioned by check, not refused', async () => {
    const r = await box.run('report', 'an-hai.json', '--out', 'an-hai.docx');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(CLI_TEXT.report.wrote('an-hai.docx'));
    const text = await docxText('an-hai.docx');
    expect(text).not.toMatch(/DỰ THẢO|chưa có số liệu/iu);
    const check = await box.run('check', 'an-hai.json', '--json');
    expect(check.code).toBe(0);
    const rules = (JSON.parse(check.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(rules).toEqual(['data-to-after-date', 'signer-name-missing', 'section-empty', 'section-empty', 'section-empty', 'section-empty']);
  });
});

describe('cchc report --draft', () => {
  it('writes the draft of the same data: marked DỰ THẢO, saying "chưa có số liệu" where inputs are empty', async () => {
    const r = await box.run('report', 'binh-minh.json', '--out', 'du-thao.docx', '--draft');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(CLI_TEXT.report.wroteDraft('du-thao.docx', 0));
    const text = await docxText('du-thao.docx');
    expect(text).toContain('DỰ THẢO');
    expect(text).toContain('chưa có số liệu về số hồ sơ TTHC giải quyết đúng hạn');
  });
});
