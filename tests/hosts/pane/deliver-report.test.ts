// Delivering the report: a real .docx downloaded where allowed; on Mac the data travels in the fragment and rebuilds the same file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../../src/core/data/schema';
import { deliverReport, officeDeliverEnv, type DeliverEnv, type DeliverRoute } from '../../../src/hosts/pane/deliver-report';
import { UI_TEXT } from '../../../src/core/i18n/messages';
import { buildDocx } from '../../../src/hosts/pane/build-docx';
import { decodeFragment, encodeFragment } from '../../../src/hosts/pane/fragment-codec';
import { BUILTIN_SET } from '../../../src/core/forms/builtin';
import { TEST_SET } from '../../fixtures/form-sets/test-set';

const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')));
if (!parsed.ok) throw new Error('sample');
const sample = parsed.data;

function env(route: DeliverRoute): DeliverEnv & { downloads: [Uint8Array, string][]; offered: [Uint8Array, string][]; opened: string[] } {
  const downloads: [Uint8Array, string][] = [];
  const offered: [Uint8Array, string][] = [];
  const opened: string[] = [];
  return {
    route,
    openBrowserWindow: (u) => opened.push(u),
    reportPageUrl: 'https://cchc.example.vn/addin/report.html',
    paneAddress: 'https://cchc.example.vn/addin/taskpane.html',
    download: (b, n) => downloads.push([b, n]),
    offer: (b, n) => offered.push([b, n]),
    downloads,
    offered,
    opened,
  };
}

describe('deliverReport', () => {
  it('downloads a .docx named after the commune and period', async () => {
    const e = env('download');
    const text = await deliverReport(sample, false, e);
    expect(e.opened).toEqual([]);
    expect(e.offered).toEqual([]);
    const [bytes, name] = e.downloads[0] ?? [new Uint8Array(), ''];
    expect(name).toBe('Báo cáo CCHC xã Hòa Phong - 6 tháng đầu năm 2026.docx');
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
    expect(bytes.length).toBeGreaterThan(5000);
    expect(text).toContain(name);
  });

  it('from the ribbon, offers the file behind a button in the pane instead of downloading without a click', async () => {
    const e = env('download');
    const text = await deliverReport(sample, false, e, 'ribbon');
    expect(e.downloads).toEqual([]);
    const [bytes, name] = e.offered[0] ?? [new Uint8Array(), ''];
    expect(name).toBe('Báo cáo CCHC xã Hòa Phong - 6 tháng đầu năm 2026.docx');
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
    expect(text).toBe(UI_TEXT.reportReady(name));
  });

  it('on a Mac or iPad that cannot open a browser window, reports no success and says what to do instead', async () => {
    for (const trigger of ['pane', 'ribbon'] as const) {
      const e = env('none');
      const failure = deliverReport(sample, false, e, trigger);
      await expect(failure).rejects.toThrow(UI_TEXT.reportCannotDownload('https://cchc.example.vn/addin/taskpane.html'));
      await expect(failure).rejects.toMatchObject({ name: 'ReportNotDeliveredError' });
      expect([e.downloads, e.offered, e.opened]).toEqual([[], [], []]);
    }
    expect(UI_TEXT.reportCannotDownload('https://x/taskpane.html')).toContain('cchc report');
  });

  it('on Mac opens the report page with the data in the fragment only, and the page gets the same data back', async () => {
    const e = env('browser');
    await deliverReport(sample, true, e);
    expect(e.downloads).toEqual([]);
    const url = new URL(e.opened[0] ?? '');
    expect(url.origin + url.pathname).toBe('https://cchc.example.vn/addin/report.html');
    expect(url.search).toBe('');
    const request = await decodeFragment(url.hash);
    expect(request).toEqual({ data: sample, draft: true });
    // Deflated: well under the JSON's own size.
    expect(url.hash.length).toBeLessThan(JSON.stringify(sample).length);
  });

  it('on Mac a report of another set carries the set in the fragment (the report page has no workbook to read it from); the built-in set travels by absence', async () => {
    const e = env('browser');
    await deliverReport(sample, false, e, 'pane', TEST_SET);
    const request = await decodeFragment(new URL(e.opened[0] ?? '').hash);
    expect(request.set).toEqual(TEST_SET);
    const plain = env('browser');
    await deliverReport(sample, false, plain, 'pane', BUILTIN_SET);
    expect(await decodeFragment(new URL(plain.opened[0] ?? '').hash)).toEqual({ data: sample, draft: false });
  });

  it('round-trips Vietnamese text through the fragment, and rejects a fragment it did not make', async () => {
    const data = { meta: { unit: 'Đặc khu Côn Đảo — “kiểm tra”' } };
    expect(await decodeFragment(await encodeFragment({ data, draft: false }))).toEqual({ data, draft: false });
    await expect(decodeFragment('#x.abc')).rejects.toThrow();
  });

  it('builds the draft as a different document', async () => {
    const a = await buildDocx(sample, false);
    const b = await buildDocx(sample, true);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).not.toBe(0);
  });

  it('sends Mac and iPad (WKWebView, no downloads) to the system browser where OpenBrowserWindowApi 1.1 is supported, and nowhere without it', () => {
    const g = globalThis as unknown as { Office?: unknown; window?: unknown };
    const envFor = (platform: string, sets: string[]): DeliverRoute => {
      g.Office = {
        PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS' },
        context: { platform, requirements: { isSetSupported: (name: string) => sets.includes(name) }, ui: {} },
      };
      g.window = { location: { href: 'https://cchc.example.vn/addin/taskpane.html?_host_Info=Excel$Mac#x' } };
      try {
        const e = officeDeliverEnv(() => undefined);
        expect(e.reportPageUrl).toBe('https://cchc.example.vn/addin/report.html');
        expect(e.paneAddress).toBe('https://cchc.example.vn/addin/taskpane.html');
        return e.route;
      } finally {
        delete g.Office;
        delete g.window;
      }
    };
    expect(envFor('Mac', ['OpenBrowserWindowApi'])).toBe('browser');
    expect(envFor('iOS', ['OpenBrowserWindowApi'])).toBe('browser');
    expect(envFor('Mac', [])).toBe('none');
    expect(envFor('iOS', [])).toBe('none');
    expect(envFor('PC', ['OpenBrowserWindowApi'])).toBe('download');
    expect(envFor('OfficeOnline', [])).toBe('download');
  });
});
