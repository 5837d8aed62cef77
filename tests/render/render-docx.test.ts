import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../src/core/data/schema';
import type { ReportData } from '../../src/core/data/types';
import { buildReport } from '../../src/core/report/build-report';
import { renderDocx } from '../../src/render/render-docx';
import { STYLES } from '../../src/core/report/styles';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function sample(): ReportData {
  const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../examples/xa-hoa-phong.json'), 'utf-8')));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.data;
}

interface Parts {
  readonly zip: JSZip;
  readonly doc: Document;
  readonly xml: (name: string) => Promise<Document>;
}

async function open(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = async (name: string): Promise<Document> => {
    const file = zip.file(name);
    if (!file) throw new Error(`missing ${name}`);
    return new DOMParser().parseFromString(await file.async('string'), 'text/xml') as unknown as Document;
  };
  return { zip, doc: await xml('word/document.xml'), xml };
}

const all = (n: Document | Element, tag: string): Element[] => Array.from(n.getElementsByTagNameNS(W, tag));
const first = (n: Document | Element, tag: string): Element | undefined => all(n, tag)[0];
const attr = (e: Element | undefined, name: string): string | null => e?.getAttributeNS(W, name) ?? null;
const textOf = (n: Element): string => all(n, 't').map((t) => t.textContent ?? '').join('');
/** A run property switched on: present, and not w:val="false" or "0". */
const on = (n: Element | undefined, tag: string): boolean => {
  const e = n ? first(n, tag) : undefined;
  if (!e) return false;
  const v = attr(e, 'val');
  return v !== 'false' && v !== '0' && v !== 'none';
};
/** Direct children with a tag (tables nest paragraphs inside cells). */
const kids = (n: Element, tag: string): Element[] => Array.from(n.childNodes).filter((c): c is Element => (c as Element).localName === tag);

describe('renderDocx', () => {
  let parts: Parts;
  let body: Element;
  beforeAll(async () => {
    parts = await open(await renderDocx(buildReport(sample())));
    body = first(parts.doc, 'body')!;
  });

  it('returns the bytes of a zip (works with Uint8Array, no Node Buffer needed)', async () => {
    const bytes = await renderDocx(buildReport(sample()));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });

  it('sets an A4 portrait page with the decree margins and a different first page', () => {
    const sect = first(body, 'sectPr')!;
    const size = first(sect, 'pgSz');
    // A4 = 11906 × 16838 twips (rounded from points).
    expect(Math.abs(Number(attr(size, 'w')) - 11906)).toBeLessThanOrEqual(2);
    expect(Math.abs(Number(attr(size, 'h')) - 16838)).toBeLessThanOrEqual(2);
    const m = first(sect, 'pgMar');
    const mm = (name: string) => (Number(attr(m, name)) / 20) * (25.4 / 72);
    expect(mm('top')).toBeCloseTo(20, 0);
    expect(mm('bottom')).toBeCloseTo(20, 0);
    expect(mm('left')).toBeCloseTo(30, 0);
    expect(mm('right')).toBeCloseTo(15, 0);
    expect(first(sect, 'titlePg')).toBeDefined();
  });

  it('uses Times New Roman, 14 pt body text', async () => {
    const styles = await parts.xml('word/styles.xml');
    const defaults = first(styles, 'docDefaults')!;
    expect(attr(first(defaults, 'rFonts'), 'ascii')).toBe('Times New Roman');
    expect(attr(first(defaults, 'rFonts'), 'hAnsi')).toBe('Times New Roman');
    expect(attr(first(defaults, 'sz'), 'val')).toBe('28');
  });

  it('gives every run, paragraph mark, table cell, header and footer its own Times New Roman and size', async () => {
    // Word's insertFileFromBase64 into a document keeps that document's styles, so a run leaning on
    // the report's document defaults would come out in the destination's font (Calibri).
    const draft = await open(await renderDocx(buildReport(sample(), { draft: true })));
    const partsToCheck = Object.keys(draft.zip.files).filter((f) => /^word\/(document|header\d+|footer\d+|footnotes|endnotes)\.xml$/.test(f));
    expect(partsToCheck).toEqual(expect.arrayContaining(['word/document.xml', 'word/header1.xml', 'word/header2.xml']));
    let runs = 0;
    let cellRuns = 0;
    for (const name of partsToCheck) {
      const xml = await draft.xml(name);
      // The separator notes every docx carries draw Word's footnote rule and hold no text; real notes are checked.
      const separator = (n: Node | null): boolean =>
        n !== null && (((n as Element).localName === 'footnote' || (n as Element).localName === 'endnote') && /separator/i.test(attr(n as Element, 'type') ?? '') || separator(n.parentNode));
      // Runs, and paragraph marks (they size empty paragraphs such as the empty cells and the rule paragraphs).
      const props = [...all(xml, 'r').filter((r) => !separator(r)).map((r) => kids(r, 'rPr')[0]), ...all(xml, 'pPr').filter((p) => !separator(p)).map((p) => kids(p, 'rPr')[0])];
      for (const rPr of props) {
        const where = `${name}: ${rPr ? rPr.toString().slice(0, 120) : 'a run without properties'}`;
        const fonts = rPr ? kids(rPr, 'rFonts')[0] : undefined;
        expect({ where, fonts: ['ascii', 'hAnsi', 'cs', 'eastAsia'].map((a) => attr(fonts, a)) }).toEqual({ where, fonts: Array(4).fill('Times New Roman') });
        const sz = rPr ? attr(kids(rPr, 'sz')[0], 'val') : null;
        expect({ where, sz: Number(sz) > 0, szCs: rPr ? attr(kids(rPr, 'szCs')[0], 'val') : null }).toEqual({ where, sz: true, szCs: sz });
      }
      runs += all(xml, 'r').length;
      cellRuns += all(xml, 'tc').flatMap((tc) => all(tc, 'r')).length;
    }
    expect(runs).toBeGreaterThan(600);
    expect(cellRuns).toBeGreaterThan(300);
  });

  it('sizes each run from the style sheet, the page number and draft mark included', async () => {
    const draft = await open(await renderDocx(buildReport(sample(), { draft: true })));
    const halfPt = (style: keyof typeof STYLES) => String(STYLES[style].sizePt * 2);
    const runSz = (r: Element) => attr(first(r, 'sz'), 'val');
    const body = first(draft.doc, 'body')!;
    const opening = kids(body, 'p').find((p) => textOf(p).startsWith('Thực hiện Công văn'))!;
    expect(all(opening, 'r').map(runSz)).toEqual(all(opening, 'r').map(() => halfPt('body')));
    const cellRun = all(kids(body, 'tbl')[2]!, 'tr').slice(1).flatMap((tr) => all(tr, 'r'))[0]!;
    expect(runSz(cellRun)).toBe(halfPt('tableCell'));
    const headers = await Promise.all(['word/header1.xml', 'word/header2.xml'].map((h) => draft.xml(h)));
    const numbered = headers.find((h) => all(h, 'instrText').length > 0)!;
    const pageRun = all(numbered, 'r').find((r) => all(r, 'instrText').length > 0)!;
    expect(runSz(pageRun)).toBe(halfPt('pageNumber'));
    const boxed = headers.find((h) => h !== numbered)!;
    expect(all(boxed, 'r').filter((r) => textOf(r) === 'DỰ THẢO').map(runSz)).toEqual([halfPt('draftMark')]);
  });

  it('numbers pages at the top centre, except on the first page', async () => {
    const sect = first(body, 'sectPr')!;
    const refs = all(sect, 'headerReference');
    const byType = Object.fromEntries(refs.map((r) => [attr(r, 'type'), r.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id')]));
    expect(Object.keys(byType).sort()).toEqual(['default', 'first']);
    const rels = await parts.xml('word/_rels/document.xml.rels');
    const target = (id: string | null | undefined) =>
      Array.from(rels.getElementsByTagName('Relationship')).find((r) => r.getAttribute('Id') === id)?.getAttribute('Target');
    const def = await parts.xml(`word/${target(byType.default)}`);
    const firstPage = await parts.xml(`word/${target(byType.first)}`);
    const instr = all(def, 'instrText').map((t) => t.textContent ?? '').join('');
    expect(instr).toMatch(/PAGE/);
    // Centred by a centre tab stop halfway across the text width (so a draft mark can sit at the right).
    const tab = all(def, 'tab').find((t) => attr(t, 'val') === 'center');
    const textWidthTwips = 11906 - Number(attr(first(first(body, 'sectPr')!, 'pgMar'), 'left')) - Number(attr(first(first(body, 'sectPr')!, 'pgMar'), 'right'));
    expect(Math.abs(Number(attr(tab, 'pos')) - textWidthTwips / 2)).toBeLessThanOrEqual(2);
    expect(textOf(def.documentElement as unknown as Element)).toBe('');
    expect(all(firstPage, 'instrText')).toHaveLength(0);
    expect(textOf(firstPage.documentElement as unknown as Element)).toBe('');
  });

  it('lays the header out as a borderless two-column table', () => {
    const tables = kids(body, 'tbl');
    const header = tables[0]!;
    expect(all(header, 'gridCol')).toHaveLength(2);
    const borders = first(header, 'tblBorders')!;
    for (const side of ['top', 'bottom', 'left', 'right', 'insideH', 'insideV']) {
      const b = first(borders, side);
      expect(attr(b, 'val')).toMatch(/^(none|nil)$/);
    }
    const rows = all(header, 'tr');
    const cells = rows.map((r) => all(r, 'tc').map(textOf));
    expect(cells[0]).toEqual(['ỦY BAN NHÂN DÂNXÃ HÒA PHONG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc']);
    expect(cells[1]).toEqual(['Số: 45/BC-UBND', 'Hòa Phong, ngày 08 tháng 6 năm 2026']);
    // The issuing body is bold, the motto bold and underlined, the date italic.
    const run = (text: string) => all(header, 'r').find((r) => textOf(r) === text)!;
    expect(on(run('ỦY BAN NHÂN DÂN'), 'b')).toBe(true);
    expect(on(run('XÃ HÒA PHONG'), 'b')).toBe(true);
    expect(on(run('Độc lập - Tự do - Hạnh phúc'), 'u')).toBe(true);
    expect(on(run('Hòa Phong, ngày 08 tháng 6 năm 2026'), 'i')).toBe(true);
    // A short rule under the issuing body: a bordered paragraph narrower than its cell.
    const rule = all(rows[0]!, 'p').find((p) => first(p, 'pBdr') && Number(attr(first(p, 'ind'), 'left')) > 0);
    expect(rule).toBeDefined();
  });

  it('justifies body paragraphs with a 1.27 cm first-line indent and 6 pt after', () => {
    const paras = kids(body, 'p');
    const opening = paras.find((p) => textOf(p).startsWith('Thực hiện Công văn'))!;
    expect(attr(first(opening, 'jc'), 'val')).toBe('both');
    expect(Number(attr(first(opening, 'ind'), 'firstLine'))).toBe(720);
    expect(Number(attr(first(opening, 'spacing'), 'after'))).toBeGreaterThanOrEqual(120);
    const title = paras.find((p) => textOf(p) === 'BÁO CÁO')!;
    expect(attr(first(title, 'jc'), 'val')).toBe('center');
    expect(on(title, 'b')).toBe(true);
  });

  it('prints every section heading and the closing sentence', () => {
    const texts = kids(body, 'p').map(textOf);
    for (const h of ['I. VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', 'II. KẾT QUẢ THỰC HIỆN', 'III. ĐÁNH GIÁ CHUNG', 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026', 'V. KIẾN NGHỊ VÀ ĐỀ XUẤT', 'a) Kiểm soát thủ tục hành chính']) {
      expect(texts).toContain(h);
    }
    expect(texts).toContain('Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026 của UBND xã Hòa Phong./.');
    expect(texts).toContain('- nâng cao chất lượng giải quyết thủ tục hành chính tại Bộ phận Một cửa;');
  });

  it('puts Nơi nhận beside the signature block in a borderless table', () => {
    const closing = kids(body, 'tbl')[1]!;
    const [left, right] = all(closing, 'tc');
    const leftParas = all(left!, 'p');
    expect(textOf(leftParas[0]!)).toBe('Nơi nhận:');
    const label = all(leftParas[0]!, 'r')[0]!;
    expect(on(label, 'b')).toBe(true);
    expect(on(label, 'i')).toBe(true);
    expect(attr(first(label, 'sz'), 'val')).toBe('24');
    expect(attr(first(all(leftParas[1]!, 'r')[0]!, 'sz'), 'val')).toBe('22');
    expect(textOf(leftParas[leftParas.length - 1]!)).toBe('- Lưu: VT, VP.');
    const sig = all(right!, 'p').map(textOf).filter((t) => t);
    expect(sig).toEqual(['TM. ỦY BAN NHÂN DÂN XÃ', 'CHỦ TỊCH', 'Trần Văn Minh']);
    expect(attr(first(first(closing, 'tblBorders')!, 'top'), 'val')).toMatch(/^(none|nil)$/);
  });

  it('starts the appendix on a new page with its heading, title and attach line', () => {
    const paras = kids(body, 'p');
    const heading = paras.find((p) => textOf(p) === 'PHỤ LỤC 01')!;
    expect(first(heading, 'pageBreakBefore')).toBeDefined();
    const attach = paras.find((p) => textOf(p).startsWith('(Kèm theo Báo cáo số: 45/BC-UBND ngày 08/06/2026'))!;
    expect(on(attach, 'i')).toBe(true);
  });

  it('has seven bordered appendix tables whose header row repeats across pages', () => {
    const appendix = kids(body, 'tbl').slice(2);
    expect(appendix).toHaveLength(7);
    const children = Array.from(body.childNodes).filter((n) => n.nodeType === 1) as Element[];
    for (const t of appendix) {
      // Caption, title, then "Kết quả thống kê" (italic) right above each table, as Phụ lục 01 prints it.
      const before = children.slice(0, children.indexOf(t)).slice(-3).map(textOf);
      expect(before[2]).toBe('Kết quả thống kê');
      expect(before[0]).toMatch(/^Biểu mẫu [1-7]$/);
      const rows = all(t, 'tr');
      expect(first(rows[0]!, 'tblHeader')).toBeDefined();
      expect(all(rows[0]!, 'tc').map(textOf)).toEqual(['STT', 'Chỉ tiêu thống kê (sử dụng cho kỳ báo cáo hàng quý, 6 tháng, năm)', 'Đơn vị tính', 'Số lượng/Tỷ lệ', 'Ghi chú']);
      expect(attr(first(first(t, 'tblBorders')!, 'insideH'), 'val')).toBe('single');
    }
    const form1 = all(appendix[0]!, 'tr').slice(1).map((r) => all(r, 'tc').map(textOf));
    expect(form1[1]).toEqual(['2.', 'Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)', '%', '67,5', '']);
    const form7 = all(appendix[6]!, 'tr').slice(1).map((r) => all(r, 'tc').map(textOf));
    expect(form7.find((c) => c[0] === '6.7.1.')?.[3]).toBe('1.310');
    expect(form7.find((c) => c[0] === '6.')?.[3]).toBe('');
  });

  it('marks a draft DỰ THẢO on the first page', async () => {
    const draft = await open(await renderDocx(buildReport(sample(), { draft: true })));
    const sect = first(first(draft.doc, 'body')!, 'sectPr')!;
    const ids = all(sect, 'headerReference').filter((r) => attr(r, 'type') === 'first');
    expect(ids).toHaveLength(1);
    const headers = Object.keys(draft.zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f));
    const texts = await Promise.all(headers.map(async (h) => textOf((await draft.xml(h)).documentElement as unknown as Element)));
    // On page 1 in its box, and beside the page number on every later page.
    expect(texts.filter((t) => t === 'DỰ THẢO')).toHaveLength(2);
    const final = Object.keys(parts.zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f));
    const finalTexts = await Promise.all(final.map(async (h) => textOf((await parts.xml(h)).documentElement as unknown as Element)));
    expect(finalTexts).not.toContain('DỰ THẢO');
  });

  it('carries the title in the document properties', async () => {
    const core = await parts.zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('BÁO CÁO Công tác cải cách hành chính 6 tháng đầu năm 2026');
  });

  it('keeps a line break typed in a note as a line break in its appendix cell', async () => {
    const data = { ...sample(), notes: { '1': { '2.1': 'Dòng một\nDòng hai' } } };
    const noted = await open(await renderDocx(buildReport(data)));
    const cell = all(noted.doc, 'tc').find((tc) => textOf(tc) === 'Dòng mộtDòng hai');
    expect(cell).toBeDefined();
    const texts = all(cell!, 't').map((t) => t.textContent);
    expect(texts).toEqual(['Dòng một', 'Dòng hai']);
    expect(all(cell!, 'br')).toHaveLength(1);
  });
});
