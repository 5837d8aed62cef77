// The Google Sheets sidebar page in Debian's headless Chromium: findings listed, and each one with a cell reachable by keyboard and mouse.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { scriptJson, type SidebarPayload } from '../../src/hosts/apps-script/sidebar';
import { launchChromium } from './helpers/pane-harness';

jest.setTimeout(120_000);

const PAYLOAD: SidebarPayload = {
  title: 'Kết quả kiểm tra',
  summary: '2 lỗi, 0 cảnh báo, 1 thông tin.',
  hint: 'Bấm vào một dòng để chuyển tới ô có vấn đề.',
  findings: [
    { severity: 'error', label: 'lỗi', cell: "'Biểu mẫu 1'!D8", message: 'Biểu mẫu 1, dòng 2.2: số nhiệm vụ đã hoàn thành (50) lớn hơn số nhiệm vụ đề ra (40).' },
    { severity: 'info', label: 'thông tin', cell: null, message: 'Biểu mẫu 6: chưa có số liệu nào.' },
    { severity: 'error', label: 'lỗi', cell: "'Biểu mẫu 2'!D7", message: 'Biểu mẫu 2, dòng 1.3: “Văn bản” không phải là số.' },
  ],
  close: 'Đóng',
};

/** The page as HtmlService serves it: the template's scriptlet replaced by the payload, google.script stubbed to record calls. */
async function openSidebar(browser: BrowserContext): Promise<Page> {
  const template = readFileSync(resolve(__dirname, '../../apps-script/sidebar.html'), 'utf8');
  const stub =
    '<script>window.calls = []; var google = { script: { run: { cchcGoToCell: function (c) { calls.push(c); } }, host: { close: function () { calls.push("close"); } } } };</script>';
  const html = template.replace('<?!= payload ?>', scriptJson(PAYLOAD)).replace('</head>', `${stub}</head>`);
  const page = await browser.newPage();
  await page.setContent(html);
  return page;
}

const calls = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { calls: string[] }).calls);

describe('Apps Script sidebar (Chromium)', () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists every finding; Tab reaches those with a cell, Enter and Space go to it, a click too', async () => {
    const page = await openSidebar(browser);
    expect(await page.locator('li').allTextContents()).toHaveLength(3);
    expect(await page.locator('li[role="button"]').count()).toBe(2);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("'Biểu mẫu 1'!D8");
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // skips the finding without a cell
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("'Biểu mẫu 2'!D7");
    await page.keyboard.press(' ');
    await page.locator('li', { hasText: 'Biểu mẫu 1, dòng 2.2' }).click();
    await page.getByRole('button', { name: 'Đóng' }).click();
    expect(await calls(page)).toEqual(["'Biểu mẫu 1'!D8", "'Biểu mẫu 2'!D7", "'Biểu mẫu 1'!D8", 'close']);
    await page.close();
  });

  it('Tổng hợp under way: the page asks for the progress every 15 s and redraws; once done, its button starts the district report', async () => {
    const template = readFileSync(resolve(__dirname, '../../apps-script/sidebar.html'), 'utf8');
    const progress: SidebarPayload = { title: 'Tổng hợp', lead: 'Đã đọc 27/40 đơn vị.', poll: 'cchcConsolidateStatus', close: 'Đóng' };
    const done: SidebarPayload = {
      title: 'Tổng hợp',
      lead: 'Đã tổng hợp 38/40 đơn vị.',
      findings: [{ severity: 'error', label: 'Không tính', cell: null, message: 'Xã Thử 2: bạn chưa có quyền xem bảng tính này.' }],
      actions: [{ label: 'Tạo báo cáo tổng hợp', fn: 'cchcConsolidateReport' }],
      close: 'Đóng',
    };
    // google.script.run as the page uses it: withSuccessHandler(…).withFailureHandler(…)[fn]().
    const stub = `<script>window.calls = []; var DONE = ${scriptJson(done)};
      function runner(ok) { return {
        withSuccessHandler: function (f) { return runner(f); },
        withFailureHandler: function () { return runner(ok); },
        cchcConsolidateStatus: function () { calls.push('status'); setTimeout(function () { ok(DONE); }, 0); },
        cchcConsolidateReport: function () { calls.push('report'); }
      }; }
      var google = { script: { run: runner(null), host: { close: function () {} } } };</script>`;
    const page = await browser.newPage();
    await page.clock.install();
    await page.setContent(template.replace('<?!= payload ?>', scriptJson(progress)).replace('</head>', `${stub}</head>`));
    expect(await page.locator('p.lead').textContent()).toBe('Đã đọc 27/40 đơn vị.');
    await page.clock.runFor(15_000);
    await page.clock.runFor(10);
    expect(await page.locator('p.lead').textContent()).toBe('Đã tổng hợp 38/40 đơn vị.');
    expect(await page.locator('li').allTextContents()).toEqual(['Không tínhXã Thử 2: bạn chưa có quyền xem bảng tính này.']);
    // Done: no more polling.
    await page.clock.runFor(60_000);
    await page.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }).click();
    expect(await calls(page)).toEqual(['status', 'report']);
    await page.close();
  });
});
