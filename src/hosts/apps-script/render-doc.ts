// Renders the core's report model into a Google Doc through the Docs API: text and tables in one batchUpdate, the cells' text in a second, every style in a third.
import type { Alignment, AppendixTable, BodyBlock, CellLook, Line, ParagraphStyle, ReportDocument, TextRun } from '../../core/report/model';
import { FORM_CELL, LAYOUT_CELL } from '../../core/report/styles';
import { cleanDocumentText, dropDocsStripped, oneLineBreak } from '../../core/report/document-text';
import { UserError } from '../../core/errors/user-error';
import { GAS_TEXT } from '../../core/i18n/messages';
import type { GasDocsApi, GasDocsReply, GasDocsRequest, GasDocument, GasDocumentApp } from './gas-types';

type DocsRequest = GasDocsRequest;
type DocsElement = GoogleAppsScript.Docs.Schema.StructuralElement;

/** Width of one rule character at RULE_SIZE_PT, to turn a rule's length in points into characters. */
const RULE_CHAR = '\u2500';
const RULE_SIZE_PT = 8;
const RULE_CHAR_PT = 4.8;

/**
 * A line break inside a paragraph. A newline would start a new paragraph ("Inserting a newline character will implicitly
 * create a new Paragraph at that index", InsertTextRequest), which the written structure does not hold; U+000B is the one
 * control character below U+000C that InsertTextRequest does not strip
 * (https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest), and it is how Documents.get
 * reports the line break a Doc's user types with Shift+Enter (cedricdelpoux/gatsby-source-google-docs#131). One character, as
 * the newline it stands for, so the offsets of the style requests are unchanged.
 */
const LINE_BREAK = '\u000B';

/** The size of an empty paragraph that only makes room, and how tall Times New Roman's line is for its size (ascent and descent). */
const SPACER_PT = 1;
const TIMES_LINE = 1.15;

/** One paragraph to write: its text, the runs that differ from its style, its style. */
interface ParaSpec {
  readonly text: string;
  readonly runs: readonly TextRun[];
  readonly style: ParagraphStyle;
}

/** A table: each cell a list of paragraphs (the first one is the cell's own). */
interface TableSpec {
  readonly cells: readonly (readonly (readonly ParaSpec[])[])[];
  readonly widthsPt: readonly number[];
  readonly borderPt: number;
  /** Rows repeated at the top of every page the table spans (the appendix's column titles). */
  readonly headerRows: number;
  /** Every cell's padding and vertical alignment, as the .docx has them. */
  readonly cell: CellLook;
}

type Item =
  | { readonly kind: 'p'; readonly p: ParaSpec }
  | { readonly kind: 'table'; readonly t: TableSpec }
  | { readonly kind: 'page-break' }
  // A chart's image, in a paragraph of its own (its caption follows as a paragraph).
  | { readonly kind: 'image'; readonly p: ParaSpec; readonly image: PlacedImage['image']; readonly alt: PlacedImage['alt'] };

/** A chart's picture, the body element (an empty paragraph written for it) it goes into, and what a screen reader reads of it. */
interface PlacedImage {
  readonly at: number;
  readonly image: GoogleAppsScript.Base.BlobSource;
  /** The drawing's title (the caption) and description (the chart's alternative text), as the .docx's docPr has them. */
  readonly alt: { readonly title: string; readonly description: string };
}

/**
 * One element of the body as written, in order: a paragraph with its style, a table, or a
 * paragraph left without text (the one ending the document, or one holding only a page break).
 */
type Written = { readonly kind: 'p'; readonly p: ParaSpec } | { readonly kind: 'table'; readonly t: TableSpec } | { readonly kind: 'blank' };

/** The Doc the Docs API returns is not built as it was written: styles placed by position would land on the wrong text. */
export class DocStructureError extends UserError {}

const para = (text: string, style: ParagraphStyle, runs: readonly TextRun[] = [{ text }]): ParaSpec => ({ text, runs, style });

/**
 * A line, then its short rule (Docs has no partial-width border: a centred line of rule characters). The rule sits right
 * under the line and the line's space after goes below the rule, as in the .docx (docx-xml.ts, lineParagraphsXml).
 */
function lineParas(doc: ReportDocument, line: Line): ParaSpec[] {
  const style = doc.styles[line.style];
  const out = [para(line.text, line.ruleBelow ? { ...style, spaceAfterPt: 0 } : style)];
  if (line.ruleBelow) {
    const n = Math.max(3, Math.round(line.ruleBelow.widthPt / RULE_CHAR_PT));
    out.push(
      para(RULE_CHAR.repeat(n), {
        ...style,
        sizePt: RULE_SIZE_PT,
        bold: false,
        italic: false,
        underline: false,
        firstLineIndentPt: 0,
        spaceBeforePt: 0,
        spaceAfterPt: style.spaceAfterPt,
        lineSpacing: 1,
        keepWithNext: false,
      }),
    );
  }
  return out;
}

function blockPara(doc: ReportDocument, block: BodyBlock): ParaSpec {
  const style = doc.styles[block.style];
  switch (block.kind) {
    // A chart's caption: its image goes in before it (renderReportDoc).
    case 'chart':
    case 'part-heading':
    case 'heading':
      return para(block.text, style);
    case 'paragraph':
      return para(block.runs.map((r) => r.text).join(''), style, block.runs);
    case 'list-item': {
      const runs = [{ text: `${block.marker} ` }, ...block.runs];
      return para(runs.map((r) => r.text).join(''), style, runs);
    }
  }
}

function appendixTable(doc: ReportDocument, t: AppendixTable, textWidthPt: number): TableSpec {
  const header = doc.styles[t.headerStyle];
  const cell = doc.styles[t.cellStyle];
  const cellPara = (text: string, style: ParagraphStyle, align: Alignment, bold: boolean): ParaSpec[] => [
    para(text, { ...style, align, bold: bold || style.bold, firstLineIndentPt: 0 }),
  ];
  return {
    cells: [
      t.header.map((h) => cellPara(h, header, header.align, true)),
      ...t.rows.map((r) => r.cells.map((text, c) => cellPara(text, cell, t.columnAlign[c] ?? 'left', r.bold))),
    ],
    widthsPt: t.columnShares.map((share) => textWidthPt * share),
    borderPt: 0.5,
    headerRows: 1,
    cell: FORM_CELL,
  };
}

/** The whole document, in order, as paragraphs, tables and the page break; `images`, each chart block's in order. */
function layout(doc: ReportDocument, images: readonly GoogleAppsScript.Base.BlobSource[] = []): Item[] {
  const { page } = doc;
  const textWidth = page.widthPt - page.marginsPt.left - page.marginsPt.right;
  const lines = (ls: readonly Line[]): ParaSpec[] => ls.flatMap((l) => lineParas(doc, l));
  const items: Item[] = [];
  const p = (x: ParaSpec): void => void items.push({ kind: 'p', p: x });

  // A new document holds one empty paragraph: it carries the draft mark, or stays as a thin spacer.
  p(doc.draftMark ? para(doc.draftMark.text, doc.styles[doc.draftMark.style]) : para('', { ...doc.styles.body, sizePt: SPACER_PT, spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1, firstLineIndentPt: 0 }));
  const h = doc.header;
  items.push({
    kind: 'table',
    t: {
      cells: [
        [lines(h.left), lines(h.right)],
        [lineParas(doc, h.number), lineParas(doc, h.placeDate)],
      ],
      widthsPt: [textWidth * h.leftColumnShare, textWidth * (1 - h.leftColumnShare)],
      borderPt: 0,
      headerRows: 0,
      cell: LAYOUT_CELL,
    },
  });
  lines(doc.title).forEach(p);
  let chart = 0;
  for (const block of doc.body) {
    const image = block.kind === 'chart' ? images[chart++] : undefined;
    // The picture stays with its caption, as in the .docx (docx-chart.ts).
    if (image && block.kind === 'chart') {
      const alt = { title: block.chart.caption, description: block.chart.altText };
      items.push({ kind: 'image', p: para('', { ...doc.styles[block.style], italic: false, spaceBeforePt: 6, spaceAfterPt: 2, keepWithNext: true }), image, alt });
    }
    p(blockPara(doc, block));
  }
  p(blockPara(doc, doc.closingSentence));

  const { recipients, signature } = doc.closing;
  const sig = [
    ...lines(signature.authority),
    ...lineParas(doc, signature.title),
    // The space for signature and seal, as tall as the .docx's (an exact line of that height): an empty paragraph whose mark is
    // SPACER_PT tall and whose space after makes up the rest.
    para('', { ...doc.styles[signature.title.style], sizePt: SPACER_PT, spaceBeforePt: 0, spaceAfterPt: Math.max(0, signature.spacePt - SPACER_PT * TIMES_LINE), lineSpacing: 1 }),
    ...(signature.name ? lineParas(doc, signature.name) : []),
  ];
  items.push({
    kind: 'table',
    t: {
      cells: [[[...lineParas(doc, recipients.label), ...lines(recipients.items)], sig]],
      widthsPt: [textWidth * doc.closing.leftColumnShare, textWidth * (1 - doc.closing.leftColumnShare)],
      borderPt: 0,
      headerRows: 0,
      cell: LAYOUT_CELL,
    },
  });

  const appendix = doc.appendix;
  items.push({ kind: 'page-break' });
  lines([appendix.heading, appendix.title, appendix.attach]).forEach(p);
  for (const t of appendix.tables) {
    lines(t.resultLine ? [t.caption, t.title, t.resultLine] : [t.caption, t.title]).forEach(p);
    items.push({ kind: 'table', t: appendixTable(doc, t, textWidth) });
  }
  return items;
}

/**
 * The body's paragraphs, empty tables and the page break as Docs API requests, each at the end of
 * the body (EndOfSegmentLocation), so that no index is computed here:
 * - InsertTextRequest: "Inserting a newline character will implicitly create a new Paragraph at
 *   that index" (https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest);
 * - InsertTableRequest: "A newline character will be inserted before the inserted table"
 *   (https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttablerequest),
 *   so the body's last paragraph stays before the table and an empty one follows it;
 * - InsertPageBreakRequest: "Inserts a page break followed by a newline"
 *   (https://developers.google.com/docs/api/reference/rest/v1/documents/request#insertpagebreakrequest).
 * A new document holds one empty paragraph; that one, and the one after a table or a page break,
 * takes the next paragraph's text instead of staying empty. Only the last one, after the last
 * table, stays: it ends the document. Returns the requests and the body's elements as written.
 */
function textRequests(items: readonly Item[]): { requests: DocsRequest[]; written: Written[]; images: PlacedImage[] } {
  const end = { endOfSegmentLocation: { segmentId: '' } };
  const requests: DocsRequest[] = [];
  // The body's elements as written; a paragraph Docs made (the first, or one after a table or break) is blank until filled.
  const written: Written[] = [{ kind: 'blank' }];
  // Where each chart's image goes: the body's element (an empty paragraph written here) it is appended to afterwards.
  const images: PlacedImage[] = [];
  let fresh = true;
  for (const item of items) {
    switch (item.kind) {
      case 'image':
      case 'p':
        if (fresh) {
          if (item.p.text) requests.push({ insertText: { ...end, text: item.p.text } });
          written[written.length - 1] = { kind: 'p', p: item.p };
        } else {
          requests.push({ insertText: { ...end, text: `\n${item.p.text}` } });
          written.push({ kind: 'p', p: item.p });
        }
        if (item.kind === 'image') images.push({ at: written.length - 1, image: item.image, alt: item.alt });
        fresh = false;
        break;
      case 'page-break':
        // The break goes into a paragraph of its own: a written paragraph is ended first.
        if (!fresh) {
          requests.push({ insertText: { ...end, text: '\n' } });
          written.push({ kind: 'blank' });
        }
        requests.push({ insertPageBreak: end });
        written.push({ kind: 'blank' });
        fresh = true;
        break;
      case 'table':
        requests.push({ insertTable: { ...end, rows: item.t.cells.length, columns: item.t.cells[0]?.length ?? 0 } });
        written.push({ kind: 'table', t: item.t }, { kind: 'blank' });
        fresh = true;
        break;
    }
  }
  return { requests, written, images };
}

/**
 * The body's elements, once checked to be what was written: the same count of paragraphs and
 * tables of the same kinds in the same order (the section break that opens every body is not
 * written by us), or a DocStructureError.
 */
function asWritten(content: readonly DocsElement[], written: readonly Written[]): DocsElement[] {
  const elements = content.filter((e) => !e.sectionBreak);
  const kind = (e: DocsElement): 'table' | 'p' | null => (e.table ? 'table' : e.paragraph ? 'p' : null);
  const same = elements.length === written.length && elements.every((e, i) => kind(e) === (written[i]?.kind === 'table' ? 'table' : 'p'));
  if (!same) throw new DocStructureError(GAS_TEXT.docStructure(written.length, elements.length));
  return elements;
}

/** Each cell of a table the Docs API reports with the paragraphs written into it, row by row; a table of another shape than the written one is a DocStructureError. */
function cellsOf(e: DocsElement, spec: TableSpec): { readonly cell: GoogleAppsScript.Docs.Schema.TableCell; readonly paras: readonly ParaSpec[] }[] {
  const rows = e.table?.tableRows ?? [];
  if (rows.length !== spec.cells.length) throw new DocStructureError(GAS_TEXT.docStructure(spec.cells.length, rows.length));
  return rows.flatMap((row, r) => {
    const cells = row.tableCells ?? [];
    const specRow = spec.cells[r] ?? [];
    if (cells.length !== specRow.length) throw new DocStructureError(GAS_TEXT.docStructure(specRow.length, cells.length));
    return cells.map((cell, c) => ({ cell, paras: specRow[c] ?? [] }));
  });
}

/**
 * Every table cell's paragraphs, inserted into the empty paragraph each new cell holds, at the
 * index the Docs API reports; from the last cell back, so each insertion leaves the indexes before
 * it as they were. The tables are matched to the written ones by order and shape, or nothing is
 * written and the report stops with an error.
 */
function cellRequests(content: readonly DocsElement[], written: readonly Written[]): DocsRequest[] {
  const tables = asWritten(content, written).filter((e) => e.table);
  const specs = written.flatMap((w) => (w.kind === 'table' ? [w.t] : []));
  const inserts: { index: number; text: string }[] = [];
  tables.forEach((e, k) => {
    for (const { cell, paras } of cellsOf(e, specs[k]!)) {
      const text = paras.map((x) => x.text).join('\n');
      const at = cell.content?.[0]?.startIndex;
      if (at === undefined || at === null) throw new DocStructureError(GAS_TEXT.docStructure(1, 0));
      if (text) inserts.push({ index: at, text });
    }
  });
  return inserts.sort((x, y) => y.index - x.index).map(({ index, text }) => ({ insertText: { location: { index }, text } }));
}

const ALIGN: Record<Alignment, string> = { left: 'START', center: 'CENTER', right: 'END', justify: 'JUSTIFIED' };
const pt = (magnitude: number): GoogleAppsScript.Docs.Schema.Dimension => ({ magnitude, unit: 'PT' });

/** Paragraph style and text style of one written paragraph, and the runs whose emphasis differs (never past the paragraph's end). */
function paragraphRequests(e: DocsElement, spec: ParaSpec): DocsRequest[] {
  const start = e.startIndex ?? 0;
  const end = e.endIndex ?? start + 1;
  const s = spec.style;
  const requests: DocsRequest[] = [
    {
      updateParagraphStyle: {
        range: { startIndex: start, endIndex: end },
        paragraphStyle: {
          alignment: ALIGN[s.align],
          indentFirstLine: pt(s.firstLineIndentPt),
          spaceAbove: pt(s.spaceBeforePt),
          spaceBelow: pt(s.spaceAfterPt),
          lineSpacing: s.lineSpacing * 100,
          // ParagraphStyle.keepWithNext: "Whether at least a part of this paragraph should be laid out on the same page or column
          // as the next paragraph if possible" (https://developers.google.com/docs/api/reference/rest/v1/documents#paragraphstyle).
          keepWithNext: s.keepWithNext,
        },
        fields: 'alignment,indentFirstLine,spaceAbove,spaceBelow,lineSpacing,keepWithNext',
      },
    },
    {
      updateTextStyle: {
        range: { startIndex: start, endIndex: end },
        textStyle: { bold: s.bold, italic: s.italic, underline: s.underline, fontSize: pt(s.sizePt) },
        fields: 'bold,italic,underline,fontSize',
      },
    },
  ];
  let at = start;
  for (const run of spec.runs) {
    const differs = (run.bold !== undefined && run.bold !== s.bold) || (run.italic !== undefined && run.italic !== s.italic);
    if (differs && run.text.length > 0 && at + run.text.length < end) {
      requests.push({
        updateTextStyle: {
          range: { startIndex: at, endIndex: at + run.text.length },
          textStyle: { bold: run.bold ?? s.bold, italic: run.italic ?? s.italic },
          fields: 'bold,italic',
        },
      });
    }
    at += run.text.length;
  }
  return requests;
}

function tableRequests(e: DocsElement, spec: TableSpec): DocsRequest[] {
  const tableStartLocation = { index: e.startIndex ?? 0 };
  const border = { width: pt(spec.borderPt), dashStyle: 'SOLID', color: { color: { rgbColor: { red: 0, green: 0, blue: 0 } } } };
  const { padTopBottomPt: tb, padSidePt: side, verticalAlign } = spec.cell;
  const requests: DocsRequest[] = [
    {
      // TableCellStyle (https://developers.google.com/docs/api/reference/rest/v1/documents#tablecellstyle): borders, the padding and
      // the content's alignment (ContentAlignment TOP or MIDDLE) of every cell, as the .docx's tcMar and vAlign.
      updateTableCellStyle: {
        tableStartLocation,
        tableCellStyle: {
          borderTop: border,
          borderBottom: border,
          borderLeft: border,
          borderRight: border,
          paddingTop: pt(tb),
          paddingBottom: pt(tb),
          paddingLeft: pt(side),
          paddingRight: pt(side),
          contentAlignment: verticalAlign === 'center' ? 'MIDDLE' : 'TOP',
        },
        fields: 'borderTop,borderBottom,borderLeft,borderRight,paddingTop,paddingBottom,paddingLeft,paddingRight,contentAlignment',
      },
    },
    ...spec.widthsPt.map((w, c) => ({
      updateTableColumnProperties: {
        tableStartLocation,
        columnIndices: [c],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: pt(w) },
        fields: 'widthType,width',
      },
    })),
    // The column titles repeat on every page the table spans, as the .docx's tblHeader row does: PinTableHeaderRowsRequest,
    // "Updates the number of pinned table header rows in a table" (https://developers.google.com/docs/api/reference/rest/v1/documents/request#pintableheaderrowsrequest).
    ...(spec.headerRows > 0 ? [{ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: spec.headerRows } }] : []),
  ];
  for (const { cell, paras } of cellsOf(e, spec)) {
    const content = cell.content ?? [];
    if (content.length !== paras.length || content.some((pe) => !pe.paragraph)) throw new DocStructureError(GAS_TEXT.docStructure(paras.length, content.length));
    content.forEach((pe, k) => requests.push(...paragraphRequests(pe, paras[k]!)));
  }
  return requests;
}

/**
 * Every style of the document in one batch, placed by the indexes the Docs API reports for what
 * DocumentApp wrote: the body's elements are matched to what was written by position, the same
 * count of paragraphs and tables of the same kinds, or nothing is styled and the report stops
 * with an error (a paragraph matched by its text would leave every later one unstyled after one
 * mismatch, silently). Blank paragraphs (the one Docs keeps at the end) are left alone.
 */
function styleRequests(model: ReportDocument, content: readonly DocsElement[], written: readonly Written[], firstPageApart = false): DocsRequest[] {
  const { page } = model;
  const requests: DocsRequest[] = [
    {
      updateDocumentStyle: {
        documentStyle: {
          pageSize: { width: pt(page.widthPt), height: pt(page.heightPt) },
          marginTop: pt(page.marginsPt.top),
          marginBottom: pt(page.marginsPt.bottom),
          marginLeft: pt(page.marginsPt.left),
          marginRight: pt(page.marginsPt.right),
          // DocumentStyle.useFirstPageHeaderFooter: "Indicates whether to use the first page header / footer for the first page"
          // (https://developers.google.com/docs/api/reference/rest/v1/documents#documentstyle): page 1 keeps no page header.
          ...(firstPageApart ? { useFirstPageHeaderFooter: true } : {}),
        },
        fields: `pageSize,marginTop,marginBottom,marginLeft,marginRight${firstPageApart ? ',useFirstPageHeaderFooter' : ''}`,
      },
    },
  ];
  const elements = asWritten(content, written);
  elements.forEach((e, i) => {
    const want = written[i]!;
    if (want.kind === 'p') requests.push(...paragraphRequests(e, want.p));
    else if (want.kind === 'table') requests.push(...tableRequests(e, want.t));
  });
  const last = content[content.length - 1];
  const bodyEnd = last?.endIndex ?? 1;
  // One request sets the typeface of everything written, up to the empty paragraph that ends the document.
  if (bodyEnd > 2) {
    requests.push({
      updateTextStyle: { range: { startIndex: 1, endIndex: bodyEnd - 1 }, textStyle: { weightedFontFamily: { fontFamily: page.fontFamily } }, fields: 'weightedFontFamily' },
    });
  }
  return requests;
}

/**
 * The draft mark written into the header `headerId` (whose one paragraph starts at index 0 of its own segment) with its style
 * and the report's typeface: the same requests as a body paragraph's, each range in the header's segment.
 */
function draftHeaderRequests(model: ReportDocument, mark: ParaSpec, headerId: string): DocsRequest[] {
  const end = mark.text.length + 1;
  const inHeader = (r: DocsRequest): DocsRequest => {
    const u = r.updateParagraphStyle ?? r.updateTextStyle;
    if (u?.range) u.range = { ...u.range, segmentId: headerId };
    return r;
  };
  return [
    { insertText: { location: { segmentId: headerId, index: 0 }, text: mark.text } },
    ...paragraphRequests({ startIndex: 0, endIndex: end }, mark).map(inHeader),
    inHeader({ updateTextStyle: { range: { startIndex: 0, endIndex: end - 1 }, textStyle: { weightedFontFamily: { fontFamily: model.page.fontFamily } }, fields: 'weightedFontFamily' } }),
  ];
}

/**
 * Renders the whole model into a new, empty document, saved and closed first (DocumentApp's
 * changes reach the Docs API only once saved), through the Docs API alone: the text, empty tables
 * and page break in one batchUpdate, the table cells' text in a second, every style in a third,
 * each placed by the indexes a Documents.get reports. Five Docs API calls whatever the paragraphs and cells.
 * `images`: the charts' pictures, one per chart block in order. The Docs API inserts an image only from a
 * public URI (InsertInlineImageRequest, https://developers.google.com/docs/api/reference/rest/v1/documents/request#insertinlineimagerequest),
 * so each goes in afterwards through DocumentApp (`openById`, then Paragraph.appendInlineImage of the blob) into the
 * empty paragraph written for it before its caption: a few calls per chart, whatever the number of communes.
 */
export function renderReportDoc(
  docs: GasDocsApi,
  doc: GasDocument,
  given: ReportDocument,
  images: readonly GoogleAppsScript.Base.BlobSource[] = [],
  documentApp?: Pick<GasDocumentApp, 'openById'>,
): void {
  // What Docs would strip goes first, so that the offsets of the style requests count the same characters as the Doc; then
  // every line break typed in a text (a Ghi chú, a header line) becomes the Doc's own, as the .docx keeps it as a w:br.
  const model = cleanDocumentText(given, (text) => dropDocsStripped(oneLineBreak(text)).split('\n').join(LINE_BREAK));
  const id = doc.getId();
  doc.saveAndClose();
  const { requests, written, images: placed } = textRequests(layout(model, images));
  // A draft says so on every page, as the .docx's page headers do: a header for every page after the first (whose mark is the
  // text's first paragraph), created with the text, its id read from the reply, filled with the styles (left empty, as before
  // headers were written, should a reply ever lack the id: the report itself is not lost for it).
  const mark = model.draftMark;
  const reply = docs.Documents.batchUpdate({ requests: mark ? [...requests, { createHeader: { type: 'DEFAULT' } }] : requests }, id);
  const headerId = mark ? (reply.replies?.[requests.length] as GasDocsReply | undefined)?.createHeader?.headerId : undefined;
  const cells = cellRequests(docs.Documents.get(id).body?.content ?? [], written);
  if (cells.length > 0) docs.Documents.batchUpdate({ requests: cells }, id);
  const content = docs.Documents.get(id).body?.content ?? [];
  const header = mark && headerId ? draftHeaderRequests(model, para(mark.text, model.styles[mark.style]), headerId) : [];
  docs.Documents.batchUpdate({ requests: [...styleRequests(model, content, written, header.length > 0), ...header] }, id);
  if (placed.length === 0 || !documentApp) return;
  const again = documentApp.openById(id);
  const body = again.getBody();
  // The picture's title and description (InlineImage.setAltTitle, setAltDescription:
  // https://developers.google.com/apps-script/reference/document/inline-image#setAltDescription(String)), as the .docx's drawing has them.
  for (const { at, image, alt } of placed) body.getChild(at).asParagraph().appendInlineImage(image).setAltTitle(alt.title).setAltDescription(alt.description);
  again.saveAndClose();
}
