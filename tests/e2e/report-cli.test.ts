// `cchc report` end to end in-process: refusal with errors (nothing written), --draft, bad usage, workbook and JSON input.
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { sandbox, SAMPLE } from '../hosts/cli/cli-harness';
import type { Sandbox } from '../hosts/cli/cli-harness';

const documentText = async (bytes: Uint8Array): Promise<string> => {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((f) => /^word\/(document|header\d+)\.xml$/.test(f));
  const xml = await Promise.all(parts.map((p) => zip.file(p)!.async('string')));
  return xml.join('').replace(/<[^>]+>/g, '');
};

function withError(box: Sandbox): string {
  const data = JSON.parse(readFileSync(SAMPLE, 'utf-8'));
  data.forms['1']['2.2'] = 45; // more tasks done than planned (40)
  writeFileSync(box.path('loi.json'), JSON.stringify(data));
  return 'loi.json';
}

describe('cchc report', () => {
  let box: Sandbox;
  beforeEach(() => {
    box = sandbox();
  });
  afterEach(() => box.dispose());

  it('writes the report of clean JSON data', async () => {
    const r = await box.run('report', SAMPLE, '--out', 'bao-cao.docx');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Đã lập báo cáo: bao-cao.docx');
    expect(box.files()).toEqual(['bao-cao.docx']);
    const text = await documentText(readFileSync(box.path('bao-cao.docx')));
    expect(text).toContain('ỦY BAN NHÂN DÂN');
    expect(text).toContain('XÃ HÒA PHONG');
    expect(text).not.toContain('UBND XÃ HÒA PHONG');
    expect(text).toContain('đạt 67,5% kế hoạch');
    expect(text).not.toContain('DỰ THẢO');
  });

  it('refuses while the data has errors: prints them, exits 1 and writes nothing', async () => {
    const file = withError(box);
    const r = await box.run('report', file, '--out', 'bao-cao.docx');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Biểu mẫu 1');
    expect(r.stderr).toContain('2.2');
    expect(r.stderr).toMatch(/Không lập báo cáo vì số liệu còn \d+ lỗi/u);
    expect(box.files()).toEqual([file]);
  });

  it('writes a draft marked DỰ THẢO with --draft, errors or not', async () => {
    const file = withError(box);
    const r = await box.run('report', file, '--out', 'du-thao.docx', '--draft');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Đã lập bản DỰ THẢO \(số liệu còn \d+ lỗi\): du-thao\.docx$/u);
    const text = await documentText(readFileSync(box.path('du-thao.docx')));
    expect(text).toContain('DỰ THẢO');
    expect(text).toContain('lũy kế đến thời điểm báo cáo, UBND xã đã hoàn thành 45 nhiệm vụ');
  });

  it('reports from a workbook laid out by cchc template', async () => {
    expect((await box.run('template', '--out', 'so.xlsx', '--data', SAMPLE)).code).toBe(0);
    const r = await box.run('report', 'so.xlsx', '--out', 'bao-cao.docx');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = await documentText(readFileSync(box.path('bao-cao.docx')));
    expect(text).toContain('Hòa Phong, ngày 08 tháng 6 năm 2026');
    expect(text).toContain('1.234 hồ sơ');
  });

  it.each([[[]], [['--draft']]])(
    'refuses (%j) a workbook whose Thông tin chung is empty: header errors with their cells, exit 1, nothing written',
    async (extra) => {
      expect((await box.run('template', '--out', 'trong.xlsx')).code).toBe(0);
      const r = await box.run('report', 'trong.xlsx', '--out', 'bao-cao.docx', ...extra);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/\[lỗi\] 'Thông tin chung'!\$?[A-Z]+\$?\d+ — /u);
      expect(r.stderr).toContain('Tên đơn vị');
      expect(r.stderr).not.toMatch(/\.\./u);
      expect(r.stderr.trim().split('\n').at(-1)).toBe(
        'Không lập được báo cáo, kể cả bản DỰ THẢO, vì phần Thông tin chung còn thiếu hoặc sai (các lỗi trên). Điền đủ rồi chạy lại.',
      );
      expect(box.files()).toEqual(['trong.xlsx']);
    },
  );

  it.each([
    [['report', 'x.json'], /thiếu tùy chọn --out/u],
    [['report', '--out', 'r.docx'], /thiếu tên tệp/u],
    [['report', 'x.json', '--out', 'r.pdf'], /\.docx/u],
    [['report', 'khong-co.json', '--out', 'r.docx'], /khong-co\.json: không tìm thấy tệp/u],
  ])('exits 2 on bad usage or unreadable input, with one Vietnamese line: %j', async (argv, message) => {
    const r = await box.run(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(box.files()).toEqual([]);
  });

  it('exits 2 on a file that is neither JSON nor a workbook, and leaves no file', async () => {
    writeFileSync(box.path('hong.json'), '{ "schemaVersion": 1, ');
    const r = await box.run('report', 'hong.json', '--out', 'r.docx');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^hong\.json: /u);
    expect(box.files()).toEqual(['hong.json']);
  });

  it('cchc demo writes the workbook, the check result and the report', async () => {
    const r = await box.run('demo', '--out', 'ket-qua');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã lập báo cáo: ket-qua/bao-cao-cchc-mau.docx');
    const text = await documentText(readFileSync(box.path('ket-qua/bao-cao-cchc-mau.docx')));
    expect(text).toContain('PHỤ LỤC 01');
  });
});
