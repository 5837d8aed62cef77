// The report says the same thing in the same order and format whichever way it is made: the .docx (CLI `cchc report`, the pane
// in Excel, the pane in Word, which inserts those bytes) and the Google Doc Apps Script builds through the Docs API (which Drive
// exports as the .docx beside it), for a commune's report and a district's, on the sample and on edge data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../../src/core/data/schema';
import type { ReportData } from '../../../src/core/data/types';
import { buildReport } from '../../../src/core/report/build-report';
import type { ReportDocument } from '../../../src/core/report/model';
import { GOLDEN_DATA } from '../../core/report/golden-data';
import { chartDistrict } from '../../fixtures/chart-communes';
import { DISTRICT_SETS } from '../../fixtures/district/district-sets';
import { TEST_CATALOGUE } from '../../fixtures/form-sets/test-set';
import { docView, docxView, type ReportView, type ViewItem, type ViewParagraph, type ViewTable } from './report-views';

function sample(): ReportData {
  const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf-8')));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.data;
}

const LONG_UNIT = 'Hòa Phong Thượng Nguồn Đông Bắc Mở Rộng Sau Sắp Xếp Đơn Vị Hành Chính Năm 2025';

/** Each report a host may be asked for: the sample, the edge data the golden texts know, a province's set, long names, a draft, the districts'. */
const CASES: readonly (readonly [string, () => ReportDocument])[] = [
  ['the sample', () => buildReport(sample())],
  ['the sample as a draft', () => buildReport(sample(), { draft: true })],
  ...Object.entries(GOLDEN_DATA).map(([name, make]) => [`golden ${name} (draft)`, () => buildReport(make(), { draft: true })] as const),
  ['every optional section empty', () => buildReport({ ...sample(), narrative: {} }, { draft: true })],
  [
    'a long unit name, a long signer and many recipients',
    () => {
      const d = sample();
      return buildReport({
        ...d,
        meta: {
          ...d.meta,
          unit: LONG_UNIT,
          place: LONG_UNIT,
          signer: { ...d.meta.signer!, name: 'Nguyễn Thị Phương Thảo Hoàng Lê Minh Khôi' },
          recipients: ['Sở Nội vụ tỉnh Quảng Ngãi (Phòng Cải cách hành chính và Văn thư lưu trữ)', 'Thường trực Đảng ủy, HĐND xã', 'Lưu: VT, VP-TK'],
        },
      });
    },
  ],
  [
    'a Ghi chú, the basis and the signer typed over two lines (Alt+Enter in the cell)',
    () => {
      const d = sample();
      return buildReport({
        ...d,
        meta: { ...d.meta, basis: 'Công văn số 112/SNV-CCHC ngày 05/3/2026\ncủa Sở Nội vụ tỉnh Quảng Ngãi', signer: { ...d.meta.signer!, name: 'Trần Văn Minh\n(Phó Chủ tịch phụ trách)' } },
        notes: { '1': { '1': 'Gồm 02 chỉ thị\nvà 10 công văn' }, '3': { '3.3.1': 'Số liệu từ Hệ thống\r\nthông tin giải quyết TTHC' } },
      });
    },
  ],
  ['a province form set (an inserted row, a form 8)', () => buildReport(sample(), { draft: true }, TEST_CATALOGUE)],
  ...DISTRICT_SETS.map((s) => [`district ${s.name}`, s.build] as const),
  ['a district of 12 communes with its charts', () => chartDistrict(12).doc],
];

const round = (n: number): number => Math.round(n * 20) / 20;

/** Every difference between two views, each named by where it is. */
function differences(a: ReportView, b: ReportView): string[] {
  const out: string[] = [];
  const same = (where: string, x: unknown, y: unknown): void => {
    if (JSON.stringify(x) !== JSON.stringify(y)) out.push(`${where}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
  };
  same('page', [a.page.widthPt, a.page.heightPt, a.page.top, a.page.bottom, a.page.left, a.page.right].map(round), [b.page.widthPt, b.page.heightPt, b.page.top, b.page.bottom, b.page.left, b.page.right].map(round));
  same('first page mark', a.firstPageMark, b.firstPageMark);
  same('later pages header', a.laterPagesHeader, b.laterPagesHeader);
  same('first page apart', a.firstPageApart, b.firstPageApart);
  const para = (where: string, x: ViewParagraph, y: ViewParagraph): void => {
    same(`${where} text`, x.text, y.text);
    same(`${where} runs «${x.text.slice(0, 40)}»`, x.runs, y.runs);
    for (const k of ['align', 'keepNext', 'pageBreakBefore', 'font'] as const) same(`${where} ${k} «${x.text.slice(0, 40)}»`, x[k], y[k]);
    for (const k of ['indentPt', 'beforePt', 'afterPt', 'lineSpacing'] as const) same(`${where} ${k} «${x.text.slice(0, 40)}»`, round(x[k]), round(y[k]));
  };
  const item = (where: string, x: ViewItem | undefined, y: ViewItem | undefined): void => {
    if (!x || !y || x.kind !== y.kind) return same(`${where} kind`, x?.kind ?? null, y?.kind ?? null);
    if (x.kind === 'p') para(where, x, y as ViewParagraph);
    else if (x.kind === 'image') same(`${where} image`, x.alt, (y as typeof x).alt);
    // Within a point: each format draws the empty line its own way.
    else if (x.kind === 'blank') {
      if (Math.abs(x.heightPt - (y as typeof x).heightPt) > 1) same(`${where} blank height`, round(x.heightPt), round((y as typeof x).heightPt));
    } else if (x.kind === 'rule') same(`${where} rule afterPt`, round(x.afterPt), round((y as typeof x).afterPt));
    else if (x.kind === 'table') {
      const t = y as ViewTable;
      same(`${where} bordered`, x.bordered, t.bordered);
      same(`${where} widths`, x.widthsPt.map(round), t.widthsPt.map(round));
      same(`${where} header rows`, x.headerRows, t.headerRows);
      same(`${where} cells`, x.cellLooks, t.cellLooks);
      same(`${where} shape`, x.rows.map((r) => r.map((c) => c.length)), t.rows.map((r) => r.map((c) => c.length)));
      x.rows.forEach((r, i) => r.forEach((c, j) => c.forEach((p, k) => item(`${where} [${i},${j}] #${k}`, p, t.rows[i]?.[j]?.[k]))));
    }
  };
  const n = Math.max(a.items.length, b.items.length);
  for (let i = 0; i < n; i++) item(`#${i}`, a.items[i], b.items[i]);
  return out;
}

describe('the report reads the same in the .docx and in the Google Doc', () => {
  it.each(CASES)('%s', (_name, make) => {
    const model = make();
    // A district report's charts are pictures in both: the .docx's drawn from the core's SVG, the Doc's the native Sheets chart.
    const charts = model.body.filter((b) => b.kind === 'chart').length;
    const docx = docxView(model);
    const doc = docView(model, Array.from({ length: charts }, () => ({}) as GoogleAppsScript.Base.BlobSource));
    expect(differences(docx, doc)).toEqual([]);
  });
});

describe('a draft Word takes into a document\'s text (which keeps none of the file\'s page headers)', () => {
  it('says DỰ THẢO above the header, as the Google Doc does', () => {
    const model = buildReport(sample(), { draft: true });
    const inText = docxView(model, { draftMarkInText: true });
    const doc = docView(model, [], { keepFirst: true });
    expect(inText.items[0]).toMatchObject({ kind: 'p', text: model.draftMark?.text });
    expect(differences({ ...inText, firstPageMark: null }, { ...doc, firstPageMark: null })).toEqual([]);
    // The file Word opens whole, or a document's blank text takes with its headers, keeps the mark in its first page's header alone.
    expect(docxView(model).items[0]?.kind).toBe('table');
  });
});
