// What a reader sees of the report in each output, in one shape: the .docx (CLI, the pane in Excel, the pane in Word) read from
// word/document.xml, the Google Doc read from the Docs fakes. Each format's own way of drawing the same thing is brought to one form
// here (a rule, a page break, a line break), so that what is left to compare is what a reader would see differ.
import { DOMParser } from '@xmldom/xmldom';
import { chartSvg } from '../../../src/core/report/charts/chart-svg';
import type { ReportDocument } from '../../../src/core/report/model';
import { renderReportDoc } from '../../../src/hosts/apps-script/render-doc';
import { docxParts, type DocxOptions } from '../../../src/render/render-docx';
import { CallLog } from '../apps-script/fakes/call-log';
import { FakeDocsApi, FakeDocumentApp, FakeParagraph, FakeTable, type FakeBody } from '../apps-script/fakes/fake-document';

export interface ViewRun {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly sizePt: number | null;
}

export interface ViewParagraph {
  readonly kind: 'p';
  /** The text, every line break as "\n" (w:br in a .docx, U+000B in a Doc). */
  readonly text: string;
  /** Runs of equal emphasis and size, merged. */
  readonly runs: readonly ViewRun[];
  readonly align: string;
  readonly indentPt: number;
  readonly beforePt: number;
  readonly afterPt: number;
  readonly lineSpacing: number;
  readonly keepNext: boolean;
  readonly pageBreakBefore: boolean;
  readonly font: string | null;
}

/** The decree's short rule under a line: a bordered empty paragraph in a .docx, a line of rule characters in a Doc. */
export interface ViewRule {
  readonly kind: 'rule';
  readonly afterPt: number;
}

/** A paragraph that holds no text (the room for the signature). */
export interface ViewBlank {
  readonly kind: 'blank';
  /** How tall it stands: its line (an exact height, or its mark's size in Times New Roman's 1.15 line at its spacing) and the space around it. */
  readonly heightPt: number;
}

/** Times New Roman's line is about 1.15 times its size (ascent and descent), in Word and in Docs alike. */
const LINE_PER_SIZE = 1.15;

export interface ViewImage {
  readonly kind: 'image';
  /** What a screen reader reads of it: its title and description. */
  readonly alt: { readonly title: string; readonly description: string };
}

export type ViewCellItem = ViewParagraph | ViewRule | ViewBlank;

export interface ViewTable {
  readonly kind: 'table';
  readonly bordered: boolean;
  readonly widthsPt: readonly number[];
  /** Rows repeated at the top of every page the table spans. */
  readonly headerRows: number;
  /** The cells' padding (top/bottom, sides, in points) and vertical alignment, each different one once. */
  readonly cellLooks: readonly string[];
  readonly rows: readonly (readonly (readonly ViewCellItem[])[])[];
}

export type ViewItem = ViewParagraph | ViewRule | ViewBlank | ViewImage | ViewTable;

export interface ReportView {
  readonly items: readonly ViewItem[];
  /** What page 1 says above the header ("DỰ THẢO" in a draft), wherever the format puts it. */
  readonly firstPageMark: string | null;
  /** The text of the page header of every later page (the page number aside, which only a .docx can hold). */
  readonly laterPagesHeader: string;
  /** Where there is such a header: whether page 1 has its own instead (so the mark stays out of the way of the header block). */
  readonly firstPageApart: boolean | null;
  readonly page: { readonly widthPt: number; readonly heightPt: number; readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
}

const mergeRuns = (runs: readonly ViewRun[]): ViewRun[] => {
  const out: ViewRun[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && last.bold === r.bold && last.italic === r.italic && last.underline === r.underline && last.sizePt === r.sizePt) out[out.length - 1] = { ...last, text: last.text + r.text };
    else if (r.text !== '') out.push({ text: r.text, bold: r.bold, italic: r.italic, underline: r.underline, sizePt: r.sizePt });
  }
  return out;
};

/** "top 2, bottom 2, sides 4, center". */
const cellLook = (top: number, bottom: number, left: number, right: number, vertical: string): string =>
  `top ${Math.round(top * 20) / 20}, bottom ${Math.round(bottom * 20) / 20}, left ${Math.round(left * 20) / 20}, right ${Math.round(right * 20) / 20}, ${vertical}`;

// ---------------------------------------------------------------------------------------------
// The .docx

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const isElement = (n: Node): n is Element => n.nodeType === 1;
const kids = (n: Element, tag?: string): Element[] => Array.from(n.childNodes).filter(isElement).filter((c) => tag === undefined || c.localName === tag);
const kid = (n: Element | undefined, tag: string): Element | undefined => (n ? kids(n, tag)[0] : undefined);
const attr = (e: Element | undefined, name: string): string | null => e?.getAttributeNS(W, name) ?? null;
const num = (e: Element | undefined, name: string, per: number): number => Number(attr(e, name) ?? 0) / per;
/** An on/off property present and not switched off. */
const on = (e: Element | undefined): boolean => e !== undefined && !['false', '0', 'none'].includes(attr(e, 'val') ?? '');
const JC: Readonly<Record<string, string>> = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'justify' };

function docxParagraph(p: Element): ViewParagraph | ViewRule | ViewBlank | ViewImage {
  const pPr = kid(p, 'pPr');
  if (p.getElementsByTagNameNS(W, 'drawing').length > 0) {
    const docPr = p.getElementsByTagNameNS('http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing', 'docPr')[0];
    return { kind: 'image', alt: { title: docPr?.getAttribute('title') ?? '', description: docPr?.getAttribute('descr') ?? '' } };
  }
  const runs: ViewRun[] = [];
  for (const r of kids(p, 'r')) {
    const rPr = kid(r, 'rPr');
    const look = { bold: on(kid(rPr, 'b')), italic: on(kid(rPr, 'i')), underline: on(kid(rPr, 'u')), sizePt: kid(rPr, 'sz') ? num(kid(rPr, 'sz'), 'val', 2) : null };
    for (const c of kids(r)) {
      if (c.localName === 't') runs.push({ ...look, text: c.textContent ?? '' });
      else if (c.localName === 'br') runs.push({ ...look, text: '\n' });
      else if (c.localName === 'tab') runs.push({ ...look, text: '\t' });
    }
  }
  const text = runs.map((r) => r.text).join('');
  const spacing = kid(pPr, 'spacing');
  if (text === '' && kid(kid(pPr, 'pBdr'), 'bottom')) return { kind: 'rule', afterPt: num(spacing, 'after', 20) };
  if (text === '') {
    const markSize = num(kid(kid(pPr, 'rPr'), 'sz'), 'val', 2);
    const line = attr(spacing, 'lineRule') === 'exact' ? num(spacing, 'line', 20) : markSize * LINE_PER_SIZE * (attr(spacing, 'line') === null ? 1 : num(spacing, 'line', 240));
    return { kind: 'blank', heightPt: line + num(spacing, 'before', 20) + num(spacing, 'after', 20) };
  }
  const rFonts = p.getElementsByTagNameNS(W, 'rFonts')[0];
  return {
    kind: 'p',
    text,
    runs: mergeRuns(runs),
    align: JC[attr(kid(pPr, 'jc'), 'val') ?? 'left'] ?? 'left',
    indentPt: num(kid(pPr, 'ind'), 'firstLine', 20),
    beforePt: num(spacing, 'before', 20),
    afterPt: num(spacing, 'after', 20),
    lineSpacing: attr(spacing, 'line') === null ? 1 : num(spacing, 'line', 240),
    keepNext: on(kid(pPr, 'keepNext')),
    pageBreakBefore: on(kid(pPr, 'pageBreakBefore')),
    font: attr(rFonts, 'ascii'),
  };
}

function docxTable(t: Element): ViewTable {
  const borders = kid(kid(t, 'tblPr'), 'tblBorders');
  const rows = kids(t, 'tr');
  return {
    kind: 'table',
    bordered: kids(borders ?? t, 'top').some((b) => attr(b, 'val') !== 'none' && attr(b, 'val') !== 'nil'),
    widthsPt: kids(kid(t, 'tblGrid')!, 'gridCol').map((g) => num(g, 'w', 20)),
    headerRows: rows.filter((r) => on(kid(kid(r, 'trPr'), 'tblHeader'))).length,
    cellLooks: [
      ...new Set(
        rows.flatMap((r) =>
          kids(r, 'tc').map((c) => {
            const tcPr = kid(c, 'tcPr');
            const mar = kid(tcPr, 'tcMar');
            return cellLook(num(kid(mar, 'top'), 'w', 20), num(kid(mar, 'bottom'), 'w', 20), num(kid(mar, 'left'), 'w', 20), num(kid(mar, 'right'), 'w', 20), attr(kid(tcPr, 'vAlign'), 'val') ?? 'top');
          }),
        ),
      ),
    ],
    rows: rows.map((r) => kids(r, 'tc').map((c) => kids(c, 'p').map((p) => docxParagraph(p) as ViewCellItem))),
  };
}

/** The .docx of `model` as a reader sees it: every pane and the CLI write these bytes, and Word inserts them. */
export function docxView(model: ReportDocument, options: DocxOptions = {}): ReportView {
  // Each chart drawn as the CLI draws it, its PNG left empty: only the drawing's place in the text is read here.
  const images = new Map(model.body.flatMap((b, i) => (b.kind === 'chart' ? [[i, { svg: chartSvg(b.chart), png: new Uint8Array() }] as const] : [])));
  const parts = new Map(docxParts(model, images, options));
  const parse = (path: string): Document => new DOMParser().parseFromString(parts.get(path) ?? '', 'text/xml') as unknown as Document;
  const body = parse('word/document.xml').getElementsByTagNameNS(W, 'body')[0]!;
  const items = kids(body)
    .filter((c) => c.localName !== 'sectPr')
    .map((c) => (c.localName === 'tbl' ? docxTable(c) : docxParagraph(c)));
  const sect = kid(body, 'sectPr');
  const first = parse('word/header2.xml').getElementsByTagNameNS(W, 't');
  const mark = Array.from(first)
    .map((t) => t.textContent ?? '')
    .join('');
  const later = Array.from(parse('word/header1.xml').getElementsByTagNameNS(W, 't'))
    .map((t) => t.textContent ?? '')
    .join('');
  const size = kid(sect, 'pgSz');
  const mar = kid(sect, 'pgMar');
  return {
    items,
    firstPageMark: mark === '' ? null : mark,
    laterPagesHeader: later,
    firstPageApart: later === '' ? null : kid(sect, 'titlePg') !== undefined && on(kid(sect, 'titlePg')),
    page: { widthPt: num(size, 'w', 20), heightPt: num(size, 'h', 20), top: num(mar, 'top', 20), bottom: num(mar, 'bottom', 20), left: num(mar, 'left', 20), right: num(mar, 'right', 20) },
  };
}

// ---------------------------------------------------------------------------------------------
// The Google Doc

/** The rule characters the Doc draws a short rule with. */
const RULE_LINE = /^\u2500+$/;

function docParagraph(p: FakeParagraph, pageBreakBefore = false): ViewParagraph | ViewRule | ViewBlank | ViewImage {
  if (p.images.length > 0) return { kind: 'image', alt: p.imageAlts[0] ?? { title: '', description: '' } };
  if (RULE_LINE.test(p.text)) return { kind: 'rule', afterPt: p.spacingAfter };
  if (p.text === '') return { kind: 'blank', heightPt: (p.markSize ?? 11) * LINE_PER_SIZE * p.lineSpacing + p.spacingBefore + p.spacingAfter };
  const text = p.text.split('\u000B').join('\n');
  const runs = [...text].map((ch, i) => ({ text: ch, bold: p.bold[i] ?? false, italic: p.italic[i] ?? false, underline: p.underline[i] ?? false, sizePt: p.size[i] ?? null }));
  return {
    kind: 'p',
    text,
    runs: mergeRuns(runs),
    align: { LEFT: 'left', CENTER: 'center', RIGHT: 'right', JUSTIFY: 'justify' }[p.align ?? 'LEFT'] ?? 'left',
    indentPt: p.indentFirstLine,
    beforePt: p.spacingBefore,
    afterPt: p.spacingAfter,
    lineSpacing: p.lineSpacing,
    keepNext: p.keepWithNext,
    pageBreakBefore,
    font: p.font,
  };
}

function docTable(t: FakeTable): ViewTable {
  return {
    kind: 'table',
    bordered: t.borderWidth > 0,
    widthsPt: t.columnWidths,
    headerRows: t.pinnedHeaderRows,
    cellLooks: [t.cellPadding ? cellLook(t.cellPadding.top, t.cellPadding.bottom, t.cellPadding.left, t.cellPadding.right, { TOP: 'top', MIDDLE: 'center', BOTTOM: 'bottom' }[t.cellAlignment ?? 'TOP'] ?? 'top') : 'unset'],
    rows: t.rows.map((r) => r.map((c) => c.paragraphs.map((p) => docParagraph(p) as ViewCellItem))),
  };
}

/** The body of a rendered Doc as a reader sees it: the page break carried by the paragraph after it, the paragraph Docs keeps at the end left out. */
export function docBodyView(body: FakeBody): Pick<ReportView, 'items'> {
  const items: ViewItem[] = [];
  let breakBefore = false;
  const children = body.children.slice(0, -1);
  for (const child of children) {
    if (child instanceof FakeTable) items.push(docTable(child));
    else if (child instanceof FakeParagraph) {
      if (child.pageBreak && child.text === '') {
        breakBefore = true;
        continue;
      }
      items.push(docParagraph(child, breakBefore));
      breakBefore = false;
    }
  }
  const last = body.children[body.children.length - 1];
  if (!(last instanceof FakeParagraph) || last.text !== '') throw new Error('a Doc ends with an empty paragraph');
  return { items };
}

/** The Google Doc Apps Script makes of `model` (and so the .docx Drive exports of it), through the DocumentApp and Docs fakes; its first paragraph (the draft mark, or an empty spacer) read as the first page's mark unless `keepFirst`. */
export function docView(model: ReportDocument, images: readonly GoogleAppsScript.Base.BlobSource[] = [], o: { readonly keepFirst?: boolean } = {}): ReportView {
  const log = new CallLog();
  const app = new FakeDocumentApp(log);
  const doc = app.create('báo cáo');
  renderReportDoc(new FakeDocsApi(log, app), doc, model, images, app);
  const { items } = docBodyView(doc.body);
  const later = (doc.body.defaultHeader ? doc.body.headers.get(doc.body.defaultHeader)?.text : '') ?? '';
  // The Doc's first paragraph is the draft mark or an empty spacer; the header table follows it.
  const [first, ...rest] = items;
  const page = doc.body.page;
  return {
    // `keepFirst`: the draft mark left where the Doc has it, as the text's first paragraph.
    items: !o.keepFirst && (first?.kind === 'blank' || first?.kind === 'p') ? rest : items,
    firstPageMark: first?.kind === 'p' ? first.text : null,
    // Page 1 shows the first-page header (none is written) once the document asks for it; every other page the DEFAULT one.
    laterPagesHeader: later,
    firstPageApart: later === '' ? null : doc.body.useFirstPageHeaderFooter,
    page: { widthPt: page.width, heightPt: page.height, top: page.top, bottom: page.bottom, left: page.left, right: page.right },
  };
}
