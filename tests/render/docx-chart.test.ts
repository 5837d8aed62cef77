// The consolidated report's charts in the .docx: each a drawing (PNG, SVG beside it) with its alternative text, its caption under it, all before the appendix.
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import { BUILTIN_CATALOGUE } from '../../src/core/forms/builtin';
import { CHART_PNG_SCALE } from '../../src/render/docx-chart';
import { drawCharts, renderDocx, renderDrawnDocx } from '../../src/render/render-docx';
import { rasteriseChart } from '../../src/hosts/cli/charts/chart-png';
import { chartDistrict } from '../fixtures/chart-communes';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';

const paraText = (p: Element): string => Array.from(p.getElementsByTagNameNS(W, 't')).map((t) => t.textContent ?? '').join('');

describe('renderDocx with charts', () => {
  const { charts, doc } = chartDistrict(20);
  let zip: JSZip;
  let body: Element[];

  beforeAll(async () => {
    zip = await JSZip.loadAsync(await renderDocx(doc, undefined, rasteriseChart));
    const xml = new DOMParser().parseFromString(await (zip.file('word/document.xml')?.async('string') ?? Promise.resolve('')), 'text/xml') as unknown as Document;
    body = Array.from(xml.getElementsByTagNameNS(W, 'body')[0]?.childNodes ?? []).filter((n): n is Element => n.nodeType === 1);
  });

  it('the report model places one chart per key ratio after the communes that need attention', () => {
    expect(charts.length).toBe(BUILTIN_CATALOGUE.keyRatios.length);
    const kinds = doc.body.map((b) => b.kind);
    expect(kinds.filter((k) => k === 'chart')).toHaveLength(charts.length);
    const firstChart = kinds.indexOf('chart');
    const attention = doc.body.findIndex((b) => b.kind === 'part-heading' && b.text.startsWith('III.'));
    expect(firstChart).toBeGreaterThan(attention);
    expect(doc.body[firstChart + charts.length]?.kind).toBe('part-heading');
  });

  it('holds each chart as an inline drawing whose descr is the alternative text, its caption right under it, before the appendix', () => {
    const drawings = body.flatMap((p, i) => (p.getElementsByTagNameNS(WP, 'docPr').length > 0 ? [i] : []));
    expect(drawings).toHaveLength(charts.length);
    const appendix = body.findIndex((p) => paraText(p) === doc.appendix.heading.text);
    expect(appendix).toBeGreaterThan(0);
    drawings.forEach((at, k) => {
      const chart = charts[k];
      const docPr = body[at]?.getElementsByTagNameNS(WP, 'docPr')[0];
      expect(docPr?.getAttribute('descr')).toBe(chart?.altText);
      expect(docPr?.getAttribute('title')).toBe(chart?.caption);
      expect(body[at]?.getElementsByTagNameNS(WP, 'inline')).toHaveLength(1);
      expect(paraText(body[at + 1] as Element)).toBe(chart?.caption);
      expect(at).toBeLessThan(appendix);
    });
  });

  it('embeds a PNG for every Word, drawn at twice the size, and the SVG beside it', async () => {
    const pngs = Object.keys(zip.files).filter((f) => /^word\/media\/.*\.png$/.test(f));
    const svgs = Object.keys(zip.files).filter((f) => /^word\/media\/.*\.svg$/.test(f));
    expect(pngs).toHaveLength(charts.length);
    expect(svgs).toHaveLength(charts.length);
    const png = await zip.file(pngs[0] as string)?.async('uint8array');
    expect(Array.from(png?.slice(0, 8) ?? [])).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const width = new DataView((png as Uint8Array).buffer, (png as Uint8Array).byteOffset).getUint32(16);
    expect(width).toBe(640 * CHART_PNG_SCALE);
  });

  it('refuses to drop the charts when no rasteriser is given', async () => {
    await expect(renderDocx(doc)).rejects.toThrow(/ChartRasteriser/);
  });
});

describe('drawCharts', () => {
  const { charts, doc } = chartDistrict(20);

  it('hands every chart to the rasteriser at once, and keeps them in the body order whatever order they come back in', async () => {
    const asked: string[] = [];
    const answers: (() => void)[] = [];
    const slow = (chart: { readonly svg: string }): Promise<Uint8Array> =>
      new Promise((resolve) => {
        asked.push(chart.svg);
        answers.push(() => resolve(new Uint8Array([asked.indexOf(chart.svg)])));
      });
    const drawing = drawCharts(doc, slow);
    // Every chart asked for before any is answered (the CLI's thread draws them while the workbook is written).
    expect(asked).toHaveLength(charts.length);
    for (const answer of [...answers].reverse()) answer();
    const images = await drawing;
    const chartAt = doc.body.flatMap((b, i) => (b.kind === 'chart' ? [i] : []));
    expect([...images.keys()]).toEqual(chartAt);
    expect([...images.values()].map((im) => im.png[0])).toEqual(charts.map((_c, k) => k));
  });

  it('makes with renderDrawnDocx the same parts as renderDocx drawing them itself', async () => {
    const parts = async (bytes: Uint8Array): Promise<Record<string, string>> => {
      const z = await JSZip.loadAsync(bytes);
      const out: Record<string, string> = {};
      // docProps/core.xml carries the time it was made.
      for (const name of Object.keys(z.files).filter((n) => n !== 'docProps/core.xml')) out[name] = await (z.file(name)?.async('base64') ?? '');
      return out;
    };
    const drawn = renderDrawnDocx(doc, await drawCharts(doc, rasteriseChart));
    expect(await parts(drawn)).toEqual(await parts(await renderDocx(doc, undefined, rasteriseChart)));
  });
});
