// The built pane in Debian's headless Chromium: standalone (sample workbook → findings → a .docx LibreOffice opens), ribbon functions bound before Office is ready, ES5 classic scripts and the guidance where the modern bundle cannot run.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'acorn';
import type { BrowserContext } from 'playwright-core';
import { UI_TEXT } from '../../src/core/i18n/messages';
import { encodeFragment } from '../../src/hosts/pane/fragment-codec';
import { parseReportData } from '../../src/core/data/schema';
import { buildWorkbookPlan } from '../../src/core/layout/build-workbook-plan';
import { planToWorkbook } from '../../src/hosts/cli/xlsx/write-plan';
import { loadWorkbook } from '../../src/hosts/cli/xlsx/load-workbook';
import { readNamedCells } from '../../src/hosts/shared/xlsx-named-cells';
import { ADDIN_DIST, firstLoadGzipBytes, launchChromium, runPane, serveStatic } from './helpers/pane-harness';
import { convertWithLibreOffice } from './helpers/libreoffice';
import { tempDir } from '../helpers/temp-dir';
import { buildAddin } from './helpers/built-addin';

const ROOT = resolve(__dirname, '../..');
const ARTIFACTS = join(ROOT, 'test-artifacts');

jest.setTimeout(300_000);

describe('task pane (standalone, Chromium)', () => {
  let server: { url: string; close: () => Promise<void> };
  let browser: BrowserContext;
  let workbook: string;
  const work = tempDir('cchc-pane-');

  beforeAll(async () => {
    // The production build, as deployed (webpack, about 20 s of CPU).
    buildAddin();
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

  it('Tổng hợp: many files in (a workbook, JSON, one with errors skipped), the consolidated workbook and report downloaded, LibreOffice opens both', async () => {
    const sample = JSON.parse(readFileSync(join(ROOT, 'examples/xa-hoa-phong.json'), 'utf8')) as { meta: Record<string, unknown>; forms: Record<string, Record<string, unknown>> };
    const renamed = (unit: string, forms: Record<string, Record<string, unknown>> = {}) => ({
      ...sample,
      meta: { ...sample.meta, unit, place: unit },
      forms: Object.fromEntries(Object.entries(sample.forms).map(([f, rows]) => [f, { ...rows, ...forms[f] }])),
    });
    const files = [workbook, join(work, 'tinh-ky.json'), join(work, 'loi.json')];
    writeFileSync(files[1]!, JSON.stringify(renamed('Tịnh Kỳ', { '1': { '2.1': 10, '2.2': 10 } })));
    writeFileSync(files[2]!, JSON.stringify(renamed('An Phú', { '1': { '2.2': 45 } })));
    const page = await browser.newPage();
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector('body[data-ready="standalone"]');
    expect(await page.locator('#consolidate-section h2').textContent()).toBe('Tổng hợp nhiều đơn vị');
    // The district report's inputs, each found by its label (its accessible name), typed as the office would.
    const C = UI_TEXT.consolidate;
    await page.click('#office-inputs summary');
    const fields: [string, string, string][] = [
      [C.issuerLabel, 'office-issuer', 'Sở Nội vụ tỉnh Thử'],
      [C.superiorLabel, 'office-superior', 'UBND tỉnh Thử'],
      [C.signerAuthorityLabel, 'office-signerAuthority', 'KT. GIÁM ĐỐC'],
      [C.signerTitleLabel, 'office-signerTitle', 'PHÓ GIÁM ĐỐC'],
      [C.signerNameLabel, 'office-signerName', 'Lê Văn An'],
      [C.recipientsLabel, 'office-recipients', 'UBND tỉnh Thử\nBộ Nội vụ'],
      [C.assessmentLabel, 'office-assessment', 'Các xã đã chủ động triển khai kế hoạch.'],
      [C.tasksLabel, 'office-tasks', '- Đôn đốc các xã gửi số liệu đúng hạn.'],
      [C.proposalsLabel, 'office-proposals', 'Đề nghị tập huấn nghiệp vụ.'],
      [C.expectedLabel, 'office-expectedList', 'xã Hòa Phong\nxã Tịnh Kỳ\nxã An Phú\nxã Nghĩa Hà'],
    ];
    for (const [label, id, value] of fields) {
      const field = page.getByLabel(label, { exact: true });
      expect(await field.getAttribute('id')).toBe(id);
      await field.fill(value);
    }
    await page.check('#skip-rejected');
    const downloads: import('playwright-core').Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.setInputFiles('#consolidate-files', files);
    await page.waitForSelector('body[data-consolidated]', { timeout: 120_000 });
    expect(await page.locator('body').getAttribute('data-consolidated')).toBe('yes');
    const message = (await page.locator('#message').textContent()) ?? '';
    expect(message).toContain('Từ chối loi.json: số liệu còn 1 lỗi.');
    expect(message).toContain('Đã tổng hợp 2/4 đơn vị');
    for (let i = 0; i < 50 && downloads.length < 2; i++) await page.waitForTimeout(100);
    expect(downloads.map((d) => d.suggestedFilename())).toEqual(['Tổng hợp CCHC - 6 tháng đầu năm 2026.xlsx', 'Báo cáo tổng hợp CCHC - 6 tháng đầu năm 2026.docx']);
    const xlsx = join(work, 'tong-hop.xlsx');
    const docx = join(work, 'tong-hop.docx');
    await downloads[0]!.saveAs(xlsx);
    await downloads[1]!.saveAs(docx);
    // What was typed is put back when the pane opens again (localStorage).
    await page.reload();
    await page.waitForSelector('body[data-ready="standalone"]');
    for (const [, id, value] of fields) expect(await page.inputValue(`#${id}`)).toBe(value);
    await page.close();

    // LibreOffice opens both: the workbook recalculated (the ratio of pairs 37 ÷ 50), the report as text.
    const [recalculated] = convertWithLibreOffice([xlsx], 'xlsx');
    const { values } = readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(recalculated!))));
    expect(values.TH1_2_1).toBe(50);
    expect(values.TH1_2).toBe(74);
    expect(values.TH_SO_DON_VI_PHAI_BAO_CAO).toBe(4);
    const [txt] = convertWithLibreOffice([docx], 'txt:Text (encoded):UTF8');
    const text = readFileSync(txt ?? '', 'utf8');
    expect(text).toContain('Kết quả công tác cải cách hành chính cấp xã 6 tháng đầu năm 2026');
    expect(text).toContain('xã An Phú (số liệu còn 1 lỗi)');
    expect(text).not.toContain('loi.json');
    // The typed header, parts IV–VI and signer; the listed commune that sent nothing named.
    expect(text).toContain('SỞ NỘI VỤ');
    expect(text).toContain('Các xã đã chủ động triển khai kế hoạch.');
    expect(text).toContain('Đôn đốc các xã gửi số liệu đúng hạn.');
    expect(text).toContain('Đề nghị tập huấn nghiệp vụ.');
    expect(text).toContain('Lê Văn An');
    expect(text).toContain('xã Nghĩa Hà');
  });

  it('stays within the first-load budget: 100 KiB of gzipped JavaScript besides office.js (issue 20: the form-set engine loads with the first command, not before)', () => {
    const { files, bytes } = firstLoadGzipBytes();
    expect(files.some((f) => f.startsWith('pane-loader.'))).toBe(true);
    expect(files.some((f) => f.startsWith('taskpane.'))).toBe(true);
    expect(bytes).toBeLessThan(100 * 1024);
  });

  it('binds every ribbon function of the manifest while Office.onReady has not resolved', async () => {
    const manifest = readFileSync(join(ROOT, 'manifest/manifest.xml'), 'utf8');
    const functionNames = [...manifest.matchAll(/<FunctionName>\s*([^<\s]+)\s*<\/FunctionName>/g)].map((m) => m[1]).sort();
    expect(functionNames.length).toBe(3);
    const page = await browser.newPage();
    // An office.js stand-in instead of the CDN's: Office.actions.associate records, Office.onReady never resolves.
    // (Page routes take precedence over the context's, which aborts the CDN.)
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `window.__associated = {};
          window.Office = {
            actions: { associate: function (name, handler) { window.__associated[name] = handler; } },
            onReady: function () { return new Promise(function () {}); },
            HostType: { Excel: 'Excel', Word: 'Word' },
            PlatformType: { PC: 'PC', Mac: 'Mac', iOS: 'iOS', OfficeOnline: 'OfficeOnline' }
          };`,
      }),
    );
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForFunction(() => Object.keys((window as unknown as { __associated: object }).__associated).length >= 3);
    const bound = await page.evaluate(() => Object.keys((window as unknown as { __associated: object }).__associated).sort());
    expect(bound).toEqual(functionNames);
    // A click now waits for Office: its event is not completed yet, and nothing was wired.
    const completed = await page.evaluate(async () => {
      let done = false;
      const handlers = (window as unknown as { __associated: Record<string, (e: { completed: () => void }) => void> }).__associated;
      handlers['cchcCheck']?.({ completed: () => (done = true) });
      await new Promise((ok) => setTimeout(ok, 200));
      return done;
    });
    expect(completed).toBe(false);
    expect(await page.locator('body').getAttribute('data-ready')).toBeNull();
    await page.close();
  });

  it('ships only ES5 classic scripts: every <script> of taskpane.html and report.html without type=module, inline ones too', () => {
    for (const html of ['taskpane.html', 'report.html']) {
      const text = readFileSync(join(ADDIN_DIST, html), 'utf8');
      const tags = [...text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
      const classic = tags.filter((t) => !/\btype=["']?module/.test(t[1] ?? ''));
      let parsed = 0;
      for (const [, attributes = '', inline = ''] of classic) {
        const src = /\bsrc=(?:"([^"]+)"|([^\s>]+))/.exec(attributes);
        const file = src ? (src[1] ?? src[2] ?? '') : '';
        if (/^https?:/.test(file)) continue; // office.js, Microsoft's own, runs in Internet Explorer 11
        const code = file ? readFileSync(join(ADDIN_DIST, file), 'utf8') : inline;
        expect(() => parse(code, { ecmaVersion: 5 })).not.toThrow();
        parsed++;
      }
      expect([html, parsed]).toEqual([html, 1]);
    }
  });

  it('with modern features missing (as in Internet Explorer 11), says in Vietnamese what this computer can use instead', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      delete w['Promise'];
      delete w['fetch'];
      delete w['Symbol'];
    });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${server.url}taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN`);
    await page.waitForSelector('body[data-ready="unsupported"]');
    const text = (await page.locator('#unsupported').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(UI_TEXT.unsupported.title);
    expect(text).toContain(UI_TEXT.unsupported.oldWebView);
    expect(text).toContain(UI_TEXT.unsupported.template);
    // The actual address of the page, without Office's query string.
    expect(text).toContain(UI_TEXT.unsupported.browser(`${server.url}taskpane.html`));
    expect(requested.filter((u) => /\/taskpane\.[0-9a-f]+\.js$/.test(u))).toEqual([]);

    await page.goto(`${server.url}report.html#z.abc`);
    await page.waitForSelector('body[data-ready="unsupported"]');
    expect(await page.locator('#unsupported').innerText()).toContain(UI_TEXT.unsupported.reportInBrowser);
    await page.close();
  });

  it('in a web view the bundle cannot run in (no String.prototype.replaceAll), binds the three ribbon functions: each shows the pane with the guidance and completes its event', async () => {
    const manifest = readFileSync(join(ROOT, 'manifest/manifest.xml'), 'utf8');
    const functionNames = [...new Set([...manifest.matchAll(/<FunctionName>\s*([^<\s]+)\s*<\/FunctionName>/g)].map((m) => m[1]))].sort();
    const page = await browser.newPage();
    await page.addInitScript(() => {
      delete (String.prototype as unknown as Record<string, unknown>)['replaceAll'];
    });
    // office.js stand-in: Office.actions.associate records its handlers; Office.addin.showAsTaskpane counts and resolves.
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `window.__associated = {}; window.__shown = 0;
          window.Office = {
            actions: { associate: function (name, handler) { window.__associated[name] = handler; } },
            addin: { showAsTaskpane: function () { window.__shown++; return Promise.resolve(); } },
            onReady: function () { return new Promise(function () {}); }
          };`,
      }),
    );
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${server.url}taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN`);
    await page.waitForSelector('body[data-ready="unsupported"]');
    const result = await page.evaluate(async () => {
      const w = window as unknown as { __associated: Record<string, (e: { completed: () => void }) => void>; __shown: number };
      const completed: Record<string, number> = {};
      for (const name of Object.keys(w.__associated)) {
        completed[name] = 0;
        w.__associated[name]?.({ completed: () => completed[name]!++ });
      }
      await new Promise((ok) => setTimeout(ok, 200));
      return { completed, shown: w.__shown };
    });
    expect(Object.keys(result.completed).sort()).toEqual(functionNames);
    expect(Object.values(result.completed)).toEqual([1, 1, 1]);
    expect(result.shown).toBe(3);
    const text = (await page.locator('#unsupported').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(UI_TEXT.unsupported.oldWebView);
    expect(text).toContain(UI_TEXT.unsupported.browser(`${server.url}taskpane.html`));
    expect(requested.filter((u) => /\/taskpane\.[0-9a-f]+\.js$/.test(u))).toEqual([]);
    await page.close();
  });

  it('the report page, loaded through the loader in a modern browser, rebuilds and downloads the report from its fragment', async () => {
    const parsed = parseReportData(JSON.parse(readFileSync(join(ROOT, 'examples/xa-hoa-phong.json'), 'utf8')));
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    const page = await browser.newPage();
    const fragment = await encodeFragment({ data: parsed.data, draft: false });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.goto(`${server.url}report.html#${fragment}`)]);
    expect(download.suggestedFilename()).toBe('Báo cáo CCHC xã Hòa Phong - 6 tháng đầu năm 2026.docx');
    await page.close();
  });
});
