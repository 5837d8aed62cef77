// The built pane's Tổng hợp in Chromium: 20 communes in → each key ratio's chart shown (inline SVG, caption, a table for screen readers), axe-core finds no violation, and the downloaded report holds the charts drawn by the browser's canvas.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import type { BrowserContext } from 'playwright-core';
import { BUILTIN_CATALOGUE } from '../../src/core/forms/builtin';
import { CHART_PNG_SCALE } from '../../src/render/docx-chart';
import { chartCommunes, chartDistrict } from '../fixtures/chart-communes';
import { ADDIN_DIST, launchChromium, serveStatic } from './helpers/pane-harness';
import { tempDir } from '../helpers/temp-dir';
import { buildAddin } from './helpers/built-addin';

const ROOT = resolve(__dirname, '../..');
const ARTIFACTS = join(ROOT, 'test-artifacts/charts');
const COMMUNES = 20;

jest.setTimeout(300_000);

interface AxeResult {
  readonly violations: readonly { readonly id: string; readonly impact: string | null; readonly nodes: readonly { readonly target: readonly string[] }[] }[];
}

describe('task pane Tổng hợp with charts (standalone, Chromium)', () => {
  let server: { url: string; close: () => Promise<void> };
  let browser: BrowserContext;
  const work = tempDir('cchc-pane-charts-');
  const files = chartCommunes(COMMUNES).map((d, i) => {
    const file = join(work, `c${i + 1}.json`);
    writeFileSync(file, JSON.stringify(d));
    return file;
  });
  const { charts } = chartDistrict(COMMUNES);

  beforeAll(async () => {
    buildAddin();
    server = await serveStatic(ADDIN_DIST);
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows each key ratio’s chart with its caption and a table of its numbers, passes axe-core, and downloads the report with the charts', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector('body[data-ready="standalone"]');
    const downloads: import('playwright-core').Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.setInputFiles('#consolidate-files', files);
    await page.waitForSelector('body[data-consolidated]', { timeout: 120_000 });
    expect(await page.locator('body').getAttribute('data-consolidated')).toBe('yes');
    await page.waitForSelector('body[data-charts]', { timeout: 30_000 });

    // What the pane shows: a figure per key ratio, the core's SVG drawn inline, the caption, the numbers as a table.
    expect(await page.locator('#charts h2').textContent()).toBe('Biểu đồ các chỉ tiêu chính');
    expect(await page.locator('#charts figure').count()).toBe(BUILTIN_CATALOGUE.keyRatios.length);
    expect(await page.locator('#charts figcaption').allTextContents()).toEqual(charts.map((c) => c.caption));
    const first = page.locator('#charts figure').first();
    expect(await first.locator('svg rect[height="14"]').count()).toBe(15);
    const box = await first.locator('svg').boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(100);
    // The table: the chart's sentence as its caption, a row per bar, then the area's ratio and the spread.
    expect(await first.locator('table caption').textContent()).toBe(charts[0]?.altText);
    const rows = await first.locator('table tbody tr').allTextContents();
    expect(rows).toHaveLength(15 + 2);
    expect(rows[0]).toBe(`${charts[0]?.bars[0]?.label}${charts[0]?.bars[0]?.valueText}Thấp hơn`);
    await page.screenshot({ path: join(ARTIFACTS, 'pane-charts.png'), fullPage: true });

    // axe-core, evaluated in the page (the pane's CSP refuses an injected script tag, not the debugger's evaluation).
    await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const result = (await page.evaluate(() => (window as unknown as { axe: { run: (c: unknown) => Promise<unknown> } }).axe.run(document))) as AxeResult;
    expect(result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // The downloaded report: the charts as drawings, their PNGs drawn by the canvas at twice the size.
    for (let i = 0; i < 50 && downloads.length < 2; i++) await page.waitForTimeout(100);
    const docx = join(work, 'tong-hop.docx');
    await downloads[1]?.saveAs(docx);
    await page.close();
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const c of charts) expect(document).toContain(`descr="${c.altText.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}"`);
    const pngs = Object.keys(zip.files).filter((f) => /^word\/media\/.*\.png$/.test(f));
    expect(pngs).toHaveLength(charts.length);
    for (const f of pngs) {
      const png = (await zip.file(f)?.async('uint8array')) ?? new Uint8Array();
      expect(Array.from(png.slice(0, 8))).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(640 * CHART_PNG_SCALE);
      expect(png.length).toBeGreaterThan(10_000);
    }
  });
});
