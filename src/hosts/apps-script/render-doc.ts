// Renders the core's report model into a Google Doc: text and tables with DocumentApp (whole tables at once), then every style in one Docs API batchUpdate.
import type { Alignment, AppendixTable, BodyBlock, Line, ParagraphStyle, ReportDocument, TextRun } from '../../core/report/model';
import { cleanDocumentText, dropDocsStripped } from '../../core/report/document-text';
import { UserError } from '../../core/errors/user-error';
import { GAS_TEXT } from '../../core/i18n/messages';
import type { GasBody, GasDocsApi, GasDocsRequest, GasDocument, GasParagraph, GasTable } from './gas-types';

type DocsRequest = GasDocsRequest;
type DocsElement = GoogleAppsScript.Docs.Schema.StructuralElement;

/** Width of one rule character at RULE_SIZE_PT, to turn a rule's length in points into characters. */
const RULE_CHAR = '\u2500';
const RULE_SIZE_PT = 8;
const RULE_CHAR_PT = 4.8;

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
}

type Item =
  | { readonly kind: 'p'; readonly p: ParaSpec }
  | { readonly kind: 'table'; readonly t: TableSpec }
  | { readonly kind: 'page-break' }
  // A chart's image, in a paragraph of its own (its caption follows as a paragraph).
  | { readonly kind: 'image'; readonly p: ParaSpec; readonly image: GoogleAppsScript.Base.BlobSource };

/**
 * One element of the body as written, in order: a paragraph with its style, a table, or a
 * paragraph left without text (the one ending the document, or one holding only a page break).
 */
type Written = { readonly kind: 'p'; readonly p: ParaSpec } | { readonly kind: 'table'; readonly t: TableSpec } | { readonly kind: 'blank' };

/** The Doc the Docs API returns is not built as it was written: styles placed by position would land on the wrong text. */
export class DocStructureError extends UserError {}

const para = (text: string, style: ParagraphStyle, runs: readonly TextRun[] = [{ text }]): ParaSpec => ({ text, runs, style });

/** A line, then its short rule (Docs has no partial-width border: a centred line of rule characters). */
function lineParas(doc: ReportDocument, line: Line): ParaSpec[] {
  const style = doc.styles[line.style];
  const out = [para(line.text, style)];
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
        spaceAfterPt: 0,
        lineSpacing: 1,
      }),
    );
  }
  return out;
}

function blockPara(doc: ReportDocument, block: BodyBlock): ParaSpec {
  const style = doc.styles[block.style];
  switch (block.kind) {
    // A chart's caption: its image goes in before it (writeText).
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
  p(doc.draftMark ? para(doc.draftMark.text, doc.styles[doc.draftMark.style]) : para('', { ...doc.styles.body, sizePt: 1, spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1, firstLineIndentPt: 0 }));
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
    },
  });
  lines(doc.title).forEach(p);
  let chart = 0;
  for (const block of doc.body) {
    const image = block.kind === 'chart' ? images[chart++] : undefined;
    if (image) items.push({ kind: 'image', p: para('', { ...doc.styles[block.style], italic: false, spaceBeforePt: 6, spaceAfterPt: 2 }), image });
    p(blockPara(doc, block));
  }
  p(blockPara(doc, doc.closingSentence));

  const { recipients, signature } = doc.closing;
  const sig = [
    ...lines(signature.authority),
    ...lineParas(doc, signature.title),
    // The space for signature and seal: an empty paragraph whose spacing is that space.
    para('', { ...doc.styles[signature.title.style], spaceBeforePt: 0, spaceAfterPt: signature.spacePt }),
    ...(signature.name ? lineParas(doc, signature.name) : []),
  ];
  items.push({
    kind: 'table',
    t: {
      cells: [[[...lineParas(doc, recipients.label), ...lines(recipients.items)], sig]],
      widthsPt: [textWidth * doc.closing.leftColumnShare, textWidth * (1 - doc.closing.leftColumnShare)],
      borderPt: 0,
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
 * Writes the text with DocumentApp: a paragraph is one call, a table one call with all its cells
 * (Body.appendTable(cells)), a cell's further paragraphs one call each. Docs keeps an empty
 * paragraph after each appended table (a body cannot end with a table); the next paragraph or
 * the page break goes into it instead of leaving it empty. Only the last one, after the last
 * table, stays: it ends the document.
 */
function writeText(body: GasBody, items: readonly Item[]): Written[] {
  // The body's elements as written; a paragraph Docs made (the first, or one after a table) is blank until filled.
  const written: Written[] = [{ kind: 'blank' }];
  let pending: GasParagraph | null = null;
  let first: GasParagraph | null = body.getChild(0).asParagraph();
  const paragraph = (p: ParaSpec): GasParagraph => {
    const into = first ?? pending;
    first = null;
    pending = null;
    if (into) {
      if (p.text) into.setText(p.text);
      written[written.length - 1] = { kind: 'p', p };
      return into;
    }
    written.push({ kind: 'p', p });
    return body.appendParagraph(p.text);
  };
  items.forEach((item, i) => {
    switch (item.kind) {
      case 'p':
        paragraph(item.p);
        return;
      case 'image':
        paragraph(item.p).appendInlineImage(item.image);
        return;
      case 'page-break':
        if (pending) (pending as GasParagraph).appendPageBreak();
        else {
          // Body.appendPageBreak puts the break in a paragraph of its own (a page break is a paragraph element).
          body.appendPageBreak();
          written.push({ kind: 'blank' });
        }
        first = null;
        pending = null;
        return;
      case 'table': {
        first = null;
        const table: GasTable = body.appendTable(item.t.cells.map((row) => row.map((cell) => cell[0]?.text ?? '')));
        // A body never ends with a table: Docs adds a paragraph after it.
        written.push({ kind: 'table', t: item.t }, { kind: 'blank' });
        item.t.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell.length < 2) return;
            const tc = table.getCell(r, c);
            for (const x of cell.slice(1)) tc.appendParagraph(x.text);
          }),
        );
        if (i < items.length - 1) pending = table.getNextSibling().asParagraph();
        return;
      }
    }
  });
  return written;
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
        },
        fields: 'alignment,indentFirstLine,spaceAbove,spaceBelow,lineSpacing',
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
  const requests: DocsRequest[] = [
    {
      updateTableCellStyle: {
        tableStartLocation,
        tableCellStyle: { borderTop: border, borderBottom: border, borderLeft: border, borderRight: border },
        fields: 'borderTop,borderBottom,borderLeft,borderRight',
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
  ];
  const rows = e.table?.tableRows ?? [];
  if (rows.length !== spec.cells.length) throw new DocStructureError(GAS_TEXT.docStructure(spec.cells.length, rows.length));
  rows.forEach((row, r) => {
    const cells = row.tableCells ?? [];
    const specRow = spec.cells[r] ?? [];
    if (cells.length !== specRow.length) throw new DocStructureError(GAS_TEXT.docStructure(specRow.length, cells.length));
    cells.forEach((cell, c) => {
      const specs = specRow[c] ?? [];
      const content = cell.content ?? [];
      if (content.length !== specs.length || content.some((pe) => !pe.paragraph)) throw new DocStructureError(GAS_TEXT.docStructure(specs.length, content.length));
      content.forEach((pe, k) => requests.push(...paragraphRequests(pe, specs[k]!)));
    });
  });
  return requests;
}

/**
 * Every style of the document in one batch, placed by the indexes the Docs API reports for what
 * DocumentApp wrote: the body's elements are matched to what was written by position, the same
 * count of paragraphs and tables of the same kinds, or nothing is styled and the report stops
 * with an error (a paragraph matched by its text would leave every later one unstyled after one
 * mismatch, silently). Blank paragraphs (the one Docs keeps at the end) are left alone.
 */
function styleRequests(model: ReportDocument, content: readonly DocsElement[], written: readonly Written[]): DocsRequest[] {
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
        },
        fields: 'pageSize,marginTop,marginBottom,marginLeft,marginRight',
      },
    },
  ];
  // The section break that opens every body is not written by us.
  const elements = content.filter((e) => !e.sectionBreak);
  const kind = (e: DocsElement): 'table' | 'p' | null => (e.table ? 'table' : e.paragraph ? 'p' : null);
  const same = elements.length === written.length && elements.every((e, i) => kind(e) === (written[i]?.kind === 'table' ? 'table' : 'p'));
  if (!same) throw new DocStructureError(GAS_TEXT.docStructure(written.length, elements.length));
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
 * Renders the whole model into a new, empty document and saves and closes it: DocumentApp's
 * changes reach the Docs API only once saved. About one call per paragraph and per table, then
 * two Docs API calls, whatever the number of table cells. `images`: the charts' pictures, one per
 * chart block in order, each put in a paragraph of its own before the chart's caption.
 */
export function renderReportDoc(docs: GasDocsApi, doc: GasDocument, given: ReportDocument, images: readonly GoogleAppsScript.Base.BlobSource[] = []): void {
  // What Docs would strip goes first, so that the offsets of the style requests count the same characters as the Doc.
  const model = cleanDocumentText(given, dropDocsStripped);
  const id = doc.getId();
  const written = writeText(doc.getBody(), layout(model, images));
  doc.saveAndClose();
  const content = docs.Documents.get(id).body?.content ?? [];
  docs.Documents.batchUpdate({ requests: styleRequests(model, content, written) }, id);
}
