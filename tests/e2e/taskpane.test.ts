// The built pane in Debian's headless Chromium, standalone: load the sample workbook, see the findings, get a .docx LibreOffice opens.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { parseReportData } from '../../src/core/data/schema';
import { buildWorkbookPlan } from '../../src/core/layout/build-workbook-plan';
import { planToWorkbook } from '../../src/hosts/cli/xlsx/write-plan';
import { ADDIN_DIST, firstLoadGzipBytes, launchChromium, runPane, serveStatic } from '../../src/hosts/excel/pane-harness';
import { convertWithLibreOffice } from './helpers/libreoffice';

const ROOT = resolve(__dirname, '../..');
const ARTIFACTS = join(ROOT, 'test-artifacts');

jest.setTimeout(300_000);

describe('task pane (standalone, Chromium)', () => {
  let server: { url: string; close: () => Promise<void> };
  let browser: BrowserContext;
  let workbook: string;
  const work = mkdtempSync(join(tmpdir(), 'cchc-pane-'));

  beforeAll(async () => {
    // The production build, as deployed (webpack, about a minute on two cores).
    execFileSync(process.execPath, [join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production'], { cwd: ROOT, stdio: 'pipe' });
    const parsed = parseReportData(JSON.parse(readFileSync(join(ROOT, 'examples/xa-hoa-phong.json'), 'utf8')));
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    workbook = join(work, 'xa-hoa-phong.xlsx');
    // One warning (more staff present than assigned) so the pane has a finding to list; warnings do not block the report.
    const data = { ...parsed.data, forms: { ...parsed.data.forms, '4': { ...parsed.data.forms['4'], '2.2': 23 } } };
    const wb = await planToWorkbook(buildWorkbookPlan(data));
    writeFileSync(workbook, Buffer.from(await wb.xlsx.writeBuffer()));
    server = await serveStatic(ADDIN_DIST);
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('checks the sample workbook, downloads its report, and LibreOffice reads it', async () => {
    const screenshot = join(ARTIFACTS, 'taskpane.png');
    const run = await runPane(browser, server.url, workbook, join(work, 'report.docx'), screenshot);

    expect(run.buttons).toEqual(expect.arrayContaining(['Kiểm tra', 'Tạo báo cáo']));
    expect(run.message).toContain('0 lỗi, 1 cảnh báo');
    expect(run.findingGroups).toContain('Biểu mẫu 4');
    expect(run.overflowX).toBe(0);
    expect(existsSync(screenshot)).toBe(true);
    expect(run.downloadName).toBe('Báo cáo CCHC xã Hòa Phong - 6 tháng đầu năm 2026.docx');
    expect(readFileSync(run.downloadPath).subarray(0, 2).toString()).toBe('PK');

    const [txt] = convertWithLibreOffice([run.downloadPath], 'txt:Text (encoded):UTF8');
    const text = readFileSync(txt ?? '', 'utf8');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Hòa Phong');
    expect(text).toContain('PHỤ LỤC');
  });

  it('stays within the first-load budget: 200 KiB of gzipped JavaScript besides office.js', () => {
    const { files, bytes } = firstLoadGzipBytes();
    expect(files.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(200 * 1024);
  });
});
