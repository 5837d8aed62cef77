// Delivering the report: a real .docx downloaded where allowed; on Mac the data travels in the fragment and rebuilds the same file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../../src/core/data/schema';
import { deliverReport, officeDeliverEnv, type DeliverEnv } from '../../../src/hosts/excel/deliver-report';
import { buildDocx } from '../../../src/hosts/shared/build-docx';
import { decodeFragment, encodeFragment } from '../../../src/hosts/shared/fragment-codec';

const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')));
if (!parsed.ok) throw new Error('sample');
const sample = parsed.data;

function env(blocksDownloads: boolean): DeliverEnv & { downloads: [Uint8Array, string][]; opened: string[] } {
  const downloads: [Uint8Array, string][] = [];
  const opened: string[] = [];
  return {
    blocksDownloads,
    openBrowserWindow: (u) => opened.push(u),
    reportPageUrl: 'https://cchc.example.vn/addin/report.html',
    download: (b, n) => downloads.push([b, n]),
    downloads,
    opened,
  };
}

describe('deliverReport', () => {
  it('downloads a .docx named after the commune and period', async () => {
    const e = env(false);
    const text = await deliverReport(sample, false, e);
    expect(e.opened).toEqual([]);
    const [bytes, name] = e.downloads[0] ?? [new Uint8Array(), ''];
    expect(name).toBe('Báo cáo CCHC xã Hòa Phong - 6 tháng đầu năm 2026.docx');
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
    expect(bytes.length).toBeGreaterThan(5000);
    expect(text).toContain(name);
  });

  it('on Mac opens the report page with the data in the fragment only, and the page gets the same data back', async () => {
    const e = env(true);
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

  it('sends Mac and iPad (WKWebView, no downloads) to the system browser, only where OpenBrowserWindowApi 1.1 is supported', () => {
    const g = globalThis as unknown as { Office?: unknown; window?: unknown };
    const envFor = (platform: string, sets: string[]): boolean => {
      g.Office = {
        PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS' },
        context: { platform, requirements: { isSetSupported: (name: string) => sets.includes(name) }, ui: {} },
      };
      g.window = { location: { href: 'https://cchc.example.vn/addin/taskpane.html' } };
      try {
        const e = officeDeliverEnv();
        expect(e.reportPageUrl).toBe('https://cchc.example.vn/addin/report.html');
        return e.blocksDownloads;
      } finally {
        delete g.Office;
        delete g.window;
      }
    };
    expect(envFor('Mac', ['OpenBrowserWindowApi'])).toBe(true);
    expect(envFor('iOS', ['OpenBrowserWindowApi'])).toBe(true);
    expect(envFor('Mac', [])).toBe(false);
    expect(envFor('PC', ['OpenBrowserWindowApi'])).toBe(false);
    expect(envFor('OfficeOnline', [])).toBe(false);
  });
});
