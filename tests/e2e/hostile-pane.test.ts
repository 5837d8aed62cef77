// End to end in Chromium (issue 13): the standalone pane refuses a zip bomb with a Vietnamese line, in Kiểm tra and in Tổng hợp, and stays responsive (the tab used to crash).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { ROOT, runBuiltCli } from './helpers/built-cli';
import { bombSheet, withSheet } from './helpers/hostile-files';
import { ADDIN_DIST, launchChromium, serveStatic } from './helpers/pane-harness';
import { tempDir } from '../helpers/temp-dir';
import { buildAddin } from './helpers/built-addin';

jest.setTimeout(300_000);

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: BrowserContext;
let dir: string;

beforeAll(async () => {
  // The production build, as deployed (as taskpane.test does).
  buildAddin();
  dir = tempDir('cchc-hostile-pane-');
  expect(runBuiltCli(['template', '--data', join(ROOT, 'examples/xa-hoa-phong.json'), '--out', join(dir, 'tot.xlsx')]).code).toBe(0);
  const good = new Uint8Array(readFileSync(join(dir, 'tot.xlsx')));
  const bomb = bombSheet(19);
  writeFileSync(join(dir, 'bom.xlsx'), withSheet(good, bomb));
  writeFileSync(join(dir, 'bom-gia.xlsx'), withSheet(good, { data: bomb.data, size: 10_603 }));
  server = await serveStatic(ADDIN_DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page's own count of a timer that should tick every 50 ms: a frozen tab misses ticks. */
const ticking = `window.__ticks = 0; setInterval(() => { window.__ticks++; }, 50);`;

describe('the standalone pane and a zip bomb', () => {
  it('refuses the bomb picked for Kiểm tra with a Vietnamese line, quickly, and stays responsive', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector('body[data-ready="standalone"]');
    await page.evaluate(ticking);
    const started = Date.now();
    await page.setInputFiles('#file', join(dir, 'bom.xlsx'));
    await page.waitForSelector('body[data-checked="failed"]', { timeout: 30_000 });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await page.locator('#message').textContent()).toContain(
      'Không đọc được tệp bom.xlsx: Phần “xl/worksheets/sheet2.xml” của sổ khi giải nén vượt quá 32 MiB',
    );
    // Responsive: a round trip to the page answers, and its timer kept ticking.
    const ticks = (await page.evaluate('window.__ticks')) as number;
    await page.waitForTimeout(300);
    expect((await page.evaluate('window.__ticks')) as number).toBeGreaterThan(ticks);
    // The same pane still reads a good workbook afterwards.
    await page.setInputFiles('#file', join(dir, 'tot.xlsx'));
    await page.waitForSelector('body[data-checked="yes"]', { timeout: 60_000 });
    await page.close();
  });

  it('names both bombs among the rejected files of Tổng hợp and builds nothing', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector('body[data-ready="standalone"]');
    await page.setInputFiles('#consolidate-files', [join(dir, 'tot.xlsx'), join(dir, 'bom.xlsx'), join(dir, 'bom-gia.xlsx')]);
    await page.waitForSelector('body[data-consolidated]', { timeout: 60_000 });
    expect(await page.locator('body').getAttribute('data-consolidated')).toBe('failed');
    const message = (await page.locator('#message').textContent()) ?? '';
    expect(message).toContain('Từ chối bom.xlsx: Phần “xl/worksheets/sheet2.xml” của sổ khi giải nén vượt quá 32 MiB');
    expect(message).toContain('Từ chối bom-gia.xlsx: tệp hỏng hoặc không phải sổ Excel .xlsx.');
    await page.close();
  });
});
