// The demo report through LibreOffice: PDF text shows the header, every section, Vietnamese numbers and the appendix; PNGs for a person.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync} from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReportData } from '../../src/core/data/types';
import { buildReport } from '../../src/core/report/build-report';
import { SAMPLE, sandbox } from '../hosts/cli/cli-harness';
import type { Sandbox } from '../hosts/cli/cli-harness';
import { tempDir } from '../helpers/temp-dir';

const ARTIFACTS = resolve(__dirname, '../../test-artifacts/report');

const pdftotext = (pdf: string, page?: number): string =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', pdf, '-'], { encoding: 'utf-8' });
const squash = (s: string): string => s.replace(/\s+/g, ' ');

describe('demo report as PDF', () => {
  let box: Sandbox;
  let pdf: string;
  let profile: string;
  let text: string;
  let pages: number;

  beforeAll(async () => {
    box = sandbox();
    expect((await box.run('demo', '--out', 'out')).code).toBe(0);
    // A private LibreOffice profile, so that a parallel soffice does not block this one.
    profile = tempDir('cchc-lo-profile-');
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', box.path('out'), box.path('out/bao-cao-cchc-mau.docx')],
      { timeout: 180_000, stdio: 'ignore' },
    );
    pdf = box.path('out/bao-cao-cchc-mau.pdf');
    text = squash(pdftotext(pdf));
    pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf-8' }))?.[1]);
  }, 240_000);

  afterAll(() => {
    box?.dispose();
  });

  it('shows the header block and the title on page 1, without a page number', () => {
    const p1 = squash(pdftotext(pdf, 1));
    for (const s of ['ỦY BAN NHÂN DÂN', 'XÃ HÒA PHONG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 45/BC-UBND', 'Hòa Phong, ngày 08 tháng 6 năm 2026', 'BÁO CÁO', 'Công tác cải cách hành chính 6 tháng đầu năm 2026']) {
      expect(p1).toContain(s);
    }
    expect(pdftotext(pdf, 1).trimStart().startsWith('1')).toBe(false);
    expect(pdftotext(pdf, 2).trim().split('\n')[0]?.trim()).toBe('2');
  });

  it('shows every section', () => {
    for (const s of [
      'I. VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      'II. KẾT QUẢ THỰC HIỆN',
      'a) Kiểm soát thủ tục hành chính',
      'c) Kết quả thực hiện cơ chế một cửa',
      '6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
      'III. ĐÁNH GIÁ CHUNG',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026',
      'V. KIẾN NGHỊ VÀ ĐỀ XUẤT',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN XÃ',
      'Trần Văn Minh',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('shows every heading of the document model, in order (I.1–I.5, II.1–II.6 with II.2 a)–c), III.1–III.2)', () => {
    const model = buildReport(JSON.parse(readFileSync(SAMPLE, 'utf-8')) as ReportData, { draft: false });
    const headings = model.body.flatMap((b) => (b.kind === 'heading' || b.kind === 'part-heading' ? [squash(b.text)] : []));
    expect(headings.filter((h) => /^\d+\. /.test(h))).toHaveLength(5 + 6 + 2);
    expect(headings.filter((h) => /^[abc]\) /.test(h))).toHaveLength(3);
    let from = 0;
    for (const h of headings) {
      const at = text.indexOf(h, from);
      expect({ heading: h, found: at >= 0 }).toEqual({ heading: h, found: true });
      from = at + h.length;
    }
  });

  it('writes numbers in Vietnamese notation', () => {
    expect(text).toContain('1.234 hồ sơ');
    expect(text).toContain('đạt 99,6%');
    expect(text).toContain('3.187,5 triệu đồng');
    expect(text).toContain('đạt 67,5% kế hoạch');
  });

  it('ends with the appendix and its seven forms', () => {
    expect(text).toContain('PHỤ LỤC 01');
    expect(text).toContain('(Kèm theo Báo cáo số: 45/BC-UBND ngày 08/06/2026 của UBND xã Hòa Phong)');
    for (let n = 1; n <= 7; n++) expect(text).toContain(`Biểu mẫu ${n}`);
    expect(text.indexOf('PHỤ LỤC 01')).toBeGreaterThan(text.indexOf('Nơi nhận:'));
  });

  it('renders page 1 and the first appendix page to PNG for a person to look at', () => {
    let appendixPage = 0;
    for (let p = 1; p <= pages && !appendixPage; p++) if (pdftotext(pdf, p).includes('PHỤ LỤC 01')) appendixPage = p;
    expect(appendixPage).toBeGreaterThan(1);
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, join(ARTIFACTS, 'trang-1')]);
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', String(appendixPage), '-l', String(appendixPage), '-singlefile', pdf, join(ARTIFACTS, 'phu-luc')]);
    execFileSync('cp', [pdf, join(ARTIFACTS, 'bao-cao-cchc-mau.pdf')]);
    expect(existsSync(join(ARTIFACTS, 'trang-1.png'))).toBe(true);
    expect(existsSync(join(ARTIFACTS, 'phu-luc.png'))).toBe(true);
  });
});
