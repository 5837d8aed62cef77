// Node-side harness for the built pane (end-to-end test and `npm run bench:pane`): a static server, headless Chromium, one standalone run.
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { tempDir } from '../../helpers/temp-dir';

export const ADDIN_DIST = resolve(__dirname, '../../../dist/addin');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `dir` on 127.0.0.1 at a free port. */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(root, path === '/' ? 'taskpane.html' : path);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/**
 * Debian's headless Chromium with the flags this machine needs and a fresh profile. Close the context in the
 * test file's afterAll: its profile folder is removed after that (tempDir), once Chromium has exited.
 */
export async function launchChromium(): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(tempDir('cchc-chromium-'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 380, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // Standalone means no Office: office.js from the CDN is refused, as in a browser without network.
  await context.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
  return context;
}

export interface PaneRun {
  readonly buttons: readonly string[];
  readonly message: string;
  /** Headings of the finding groups shown ("Biểu mẫu 4"). */
  readonly findingGroups: readonly string[];
  readonly downloadName: string;
  readonly downloadPath: string;
  readonly reportMs: number;
  /** Pixels the page is wider than the pane once the findings are shown (0: no sideways scrolling). */
  readonly overflowX: number;
}

/** Opens the pane, loads `workbook` through its file input, clicks `Tạo báo cáo`, saves the download to `saveTo`. */
export async function runPane(context: BrowserContext, baseUrl: string, workbook: string, saveTo: string, screenshot?: string): Promise<PaneRun> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}taskpane.html`);
  await page.waitForSelector('body[data-ready="standalone"]');
  await page.setInputFiles('#file', workbook);
  await page.waitForSelector('body[data-checked="yes"]', { timeout: 60_000 });
  await page.waitForSelector('#findings:not([hidden])');
  const buttons = await page.locator('.actions button:visible').allTextContents();
  const message = (await page.locator('#message').textContent()) ?? '';
  const findingGroups = await page.locator('#findings-list .group h3').allTextContents();
  const overflowX = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Tạo báo cáo' }).click()]);
  await download.saveAs(saveTo);
  await page.waitForSelector('body[data-report-ms]');
  const reportMs = Number(await page.locator('body').getAttribute('data-report-ms'));
  await page.close();
  return { buttons, message, findingGroups, downloadName: download.suggestedFilename(), downloadPath: saveTo, reportMs, overflowX };
}

/** The values of `attribute` on the <script> tags of `html` (minified HTML may leave them unquoted). */
function scriptAttributes(html: string, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`<script[^>]*\\b${attribute}=(?:"([^"]+)"|([^\\s>]+))`, 'g'))].map((m) => m[1] ?? m[2] ?? '');
}

/**
 * Gzipped size of the JavaScript the pane loads at first: its <script> tags (office.js excepted)
 * and the modern bundle the ES5 loader injects (data-bundle), as a modern Office loads them.
 */
export function firstLoadGzipBytes(dist: string = ADDIN_DIST): { files: string[]; bytes: number } {
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  const files = [...scriptAttributes(html, 'src'), ...scriptAttributes(html, 'data-bundle').flatMap((b) => b.split(' '))].filter(
    (src) => src !== '' && !/^https?:/.test(src),
  );
  let bytes = 0;
  for (const f of files) {
    const path = join(dist, f);
    statSync(path);
    bytes += gzipSync(readFileSync(path), { level: 9 }).length;
  }
  return { files, bytes };
}
