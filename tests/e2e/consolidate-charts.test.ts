// End to end: the built `cchc consolidate` on 20 communes → the .docx holds each key ratio's chart (drawing, alternative text, caption) before the appendix, every XML part valid against ECMA-376, and LibreOffice draws the bars.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { BUILTIN_CATALOGUE } from '../../src/core/forms/builtin';
import { CHART_COLOURS } from '../../src/core/report/charts/chart-svg';
import { chartCommunes, chartDistrict } from '../fixtures/chart-communes';
import { runBuiltCli } from './helpers/built-cli';
import { convertWithLibreOffice, sofficePath } from './helpers/libreoffice';
import { tempDir } from '../helpers/temp-dir';

const ROOT = resolve(__dirname, '../..');
const SCHEMAS = resolve(ROOT, '../shared/ooxml-schemas');
const ARTIFACTS = resolve(ROOT, 'test-artifacts/charts');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const COMMUNES = 20;

/** xmllint's verdict on one file against one schema; fails (never skips) when xmllint or the schemas are missing. */
function validate(file: string, schema: string): string {
  if (!existsSync(join(SCHEMAS, schema))) throw new Error(`the ECMA-376 schemas are missing: ${SCHEMAS} (shared/ooxml-schemas beside the repository)`);
  const run = spawnSync('xmllint', ['--noout', '--schema', join(SCHEMAS, schema), file], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint is not installed: apt-get install -y libxml2-utils (${run.error.message})`);
  return run.status === 0 ? 'valid' : `${run.stdout}${run.stderr}`;
}

/**
 * The part without what its mc:Ignorable lists: Microsoft's extension namespaces are not in ECMA-376's schemas and
 * Word ignores them (shared/ooxml-schemas/README.md).
 */
function withoutIgnorable(xml: string): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  if (!root) return xml;
  const prefixes = (root.getAttributeNS(MC, 'Ignorable') ?? '').split(/\s+/).filter(Boolean);
  const uris = new Set(prefixes.map((p) => root.lookupNamespaceURI(p)).filter((u): u is string => !!u));
  if (uris.size === 0) return xml;
  const walk = (el: Element): void => {
    for (const a of Array.from(el.attributes)) if (a.namespaceURI && uris.has(a.namespaceURI)) el.removeAttributeNode(a);
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType !== 1) continue;
      const c = child as unknown as Element;
      if (c.namespaceURI && uris.has(c.namespaceURI)) el.removeChild(c);
      else walk(c);
    }
  };
  walk(root as unknown as Element);
  // What it named is gone: the list itself is markup-compatibility's, which the schemas do not know either.
  root.removeAttributeNS(MC, 'Ignorable');
  return new XMLSerializer().serializeToString(doc);
}

/** Which schema a part of a .docx answers to. */
function schemaOf(part: string): string | null {
  if (part === '[Content_Types].xml') return 'opc-contentTypes.xsd';
  if (part.endsWith('.rels')) return 'opc-relationships.xsd';
  if (part === 'docProps/core.xml') return 'opc-coreProperties.xsd';
  if (part === 'docProps/app.xml') return 'shared-documentPropertiesExtended.xsd';
  if (part === 'docProps/custom.xml') return 'shared-documentPropertiesCustom.xsd';
  if (part === 'word/theme/theme1.xml') return 'dml-main.xsd';
  if (/^word\/[^/]+\.xml$/.test(part)) return 'wml.xsd';
  return null;
}

/** A page of the PDF as raw RGB pixels (pdftoppm's PPM: a text header, then 3 bytes a pixel). */
function pagePixels(pdf: string, page: number, out: string): { width: number; height: number; rgb: Uint8Array } {
  execFileSync('pdftoppm', ['-r', '50', '-f', `${page}`, '-l', `${page}`, '-singlefile', pdf, out]);
  const bytes = readFileSync(`${out}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a PPM');
  return { width: Number(header[1]), height: Number(header[2]), rgb: bytes.subarray(header[0].length) };
}

/** How many pixels are within a small distance of `hex`. */
function countColour(rgb: Uint8Array, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  let n = 0;
  for (let i = 0; i + 2 < rgb.length; i += 3) {
    if (Math.abs((rgb[i] ?? 0) - r) + Math.abs((rgb[i + 1] ?? 0) - g) + Math.abs((rgb[i + 2] ?? 0) - b) < 30) n++;
  }
  return n;
}

const pdftotext = (pdf: string, page?: number): string =>
  execFileSync('pdftotext', [...(page ? ['-f', `${page}`, '-l', `${page}`] : []), '-layout', pdf, '-'], { encoding: 'utf-8' }).replace(/\s+/g, ' ');

let dir = '';
let zip: JSZip;
let pdf = '';
const { charts } = chartDistrict(COMMUNES);

beforeAll(async () => {
  sofficePath();
  dir = tempDir('cchc-e2e-charts-');
  const names = chartCommunes(COMMUNES).map((d, i) => {
    writeFileSync(join(dir, `c${i + 1}.json`), JSON.stringify(d));
    return `c${i + 1}.json`;
  });
  const run = runBuiltCli(['consolidate', ...names, '--out', 'T.xlsx', '--report', 'T.docx'], dir);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  zip = await JSZip.loadAsync(readFileSync(join(dir, 'T.docx')));
  [pdf = ''] = convertWithLibreOffice([join(dir, 'T.docx')], 'pdf');
}, 300_000);

describe(`cchc consolidate, built, on ${COMMUNES} communes: the charts`, () => {
  it('holds one chart per key ratio as an inline drawing with its alternative text, its caption under it, before the appendix', async () => {
    expect(charts).toHaveLength(BUILTIN_CATALOGUE.keyRatios.length);
    const xml = new DOMParser().parseFromString((await zip.file('word/document.xml')?.async('string')) ?? '', 'text/xml');
    const body = Array.from(xml.getElementsByTagNameNS(W, 'body')[0]?.childNodes ?? []).filter((n) => n.nodeType === 1) as unknown as Element[];
    const text = (p: Element | undefined): string => Array.from(p?.getElementsByTagNameNS(W, 't') ?? []).map((t) => t.textContent ?? '').join('');
    const appendix = body.findIndex((p) => text(p) === 'PHỤ LỤC');
    const drawings = body.flatMap((p, i) => (p.getElementsByTagNameNS(WP, 'docPr').length ? [i] : []));
    expect(drawings).toHaveLength(charts.length);
    drawings.forEach((at, k) => {
      expect(body[at]?.getElementsByTagNameNS(WP, 'docPr')[0]?.getAttribute('descr')).toBe(charts[k]?.altText);
      expect(text(body[at + 1])).toBe(charts[k]?.caption);
      expect(at).toBeLessThan(appendix);
    });
    expect(charts[0]?.caption).toBe(`Biểu đồ 1. Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn của 15 xã, phường thấp nhất (trong ${COMMUNES} xã, phường có số liệu)`);
  });

  it('every XML part is valid against ECMA-376 (xmllint, shared/ooxml-schemas)', async () => {
    const parts = Object.keys(zip.files).filter((p) => !zip.files[p]?.dir && schemaOf(p) !== null);
    expect(parts).toEqual(expect.arrayContaining(['word/document.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels']));
    const out = join(dir, 'parts');
    const verdicts: Record<string, string> = {};
    for (const [i, part] of parts.entries()) {
      const file = join(out, `${i}.xml`);
      mkdirSync(out, { recursive: true });
      writeFileSync(file, withoutIgnorable((await zip.file(part)?.async('string')) ?? ''));
      verdicts[part] = validate(file, schemaOf(part) as string);
    }
    expect(verdicts).toEqual(Object.fromEntries(parts.map((p) => [p, 'valid'])));
  });

  it('LibreOffice renders it: the captions before the appendix, and the bars’ colours on the chart pages only', () => {
    const all = pdftotext(pdf);
    const appendix = all.indexOf('PHỤ LỤC');
    for (const c of charts) expect(all.indexOf(`Biểu đồ ${c.number}.`)).toBeGreaterThan(0);
    expect(all.lastIndexOf('Biểu đồ')).toBeLessThan(appendix);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf-8' }))?.[1]);
    const chartPage = Array.from({ length: pages }, (_, i) => i + 1).find((p) => pdftotext(pdf, p).includes('Biểu đồ 1.'));
    expect(chartPage).toBeDefined();
    const drawn = pagePixels(pdf, chartPage as number, join(dir, 'chart-page'));
    const first = pagePixels(pdf, 1, join(dir, 'first-page'));
    // The chart's bars (below the area's ratio and the others) are there, in their colours; page 1 has neither.
    expect(countColour(drawn.rgb, CHART_COLOURS.below)).toBeGreaterThan(500);
    expect(countColour(drawn.rgb, CHART_COLOURS.atOrAbove)).toBeGreaterThan(500);
    expect(countColour(first.rgb, CHART_COLOURS.below) + countColour(first.rgb, CHART_COLOURS.atOrAbove)).toBe(0);
    // For a person: the page as PNG.
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', `${chartPage}`, '-l', `${chartPage}`, '-singlefile', pdf, join(ARTIFACTS, 'chart-page')]);
  });
});
