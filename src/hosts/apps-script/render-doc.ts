// Renders the core's report document model into a Google Doc body with DocumentApp (A4, margins, Times New Roman, tables).
import type {
  Alignment,
  AppendixTable,
  BodyBlock,
  Line,
  ParagraphStyle,
  ReportDocument,
  TextRun,
} from '../../core/report/model';
import type { GasBody, GasDocumentApp, GasParagraph, GasTable } from './gas-types';

/** Width of one rule character at RULE_SIZE_PT, to turn a rule's length in points into characters. */
const RULE_CHAR = '\u2500';
const RULE_SIZE_PT = 8;
const RULE_CHAR_PT = 4.8;

type Aligns = GasDocumentApp['HorizontalAlignment'];

function alignmentOf(aligns: Aligns, a: Alignment): GoogleAppsScript.Document.HorizontalAlignment {
  switch (a) {
    case 'left':
      return aligns.LEFT;
    case 'center':
      return aligns.CENTER;
    case 'right':
      return aligns.RIGHT;
    case 'justify':
      return aligns.JUSTIFY;
  }
}

/** Writes runs into an (empty) paragraph and gives it the style: size, emphasis, alignment, indent, spacing. */
function fill(app: GasDocumentApp, p: GasParagraph, runs: readonly TextRun[], style: ParagraphStyle): GasParagraph {
  const text = runs.map((r) => r.text).join('');
  if (text.length > 0) {
    p.appendText(text);
    const t = p.editAsText();
    t.setFontSize(style.sizePt);
    t.setBold(0, text.length - 1, style.bold);
    t.setItalic(0, text.length - 1, style.italic);
    t.setUnderline(0, text.length - 1, style.underline);
    let at = 0;
    for (const run of runs) {
      const end = at + run.text.length - 1;
      if (run.text.length > 0) {
        if (run.bold !== undefined && run.bold !== style.bold) t.setBold(at, end, run.bold);
        if (run.italic !== undefined && run.italic !== style.italic) t.setItalic(at, end, run.italic);
      }
      at += run.text.length;
    }
  } else {
    p.editAsText().setFontSize(style.sizePt);
  }
  p.setAlignment(alignmentOf(app.HorizontalAlignment, style.align));
  p.setIndentFirstLine(style.firstLineIndentPt);
  p.setSpacingBefore(style.spaceBeforePt);
  p.setSpacingAfter(style.spaceAfterPt);
  p.setLineSpacing(style.lineSpacing);
  return p;
}

/** Sink for paragraphs: the body, or a table cell whose first (empty) paragraph is used first. */
interface ParagraphSink {
  next(): GasParagraph;
}

function bodySink(body: GasBody): ParagraphSink {
  return { next: () => body.appendParagraph('') };
}

function cellSink(table: GasTable, row: number, col: number): ParagraphSink {
  const cell = table.getRow(row).getCell(col);
  let first = true;
  return {
    next: () => {
      if (first) {
        first = false;
        return cell.getChild(0).asParagraph();
      }
      return cell.appendParagraph('');
    },
  };
}

/** A line, then its short rule (Docs has no partial-width border: a centred line of rule characters). */
function writeLine(app: GasDocumentApp, doc: ReportDocument, sink: ParagraphSink, line: Line): void {
  const style = doc.styles[line.style];
  fill(app, sink.next(), [{ text: line.text }], style);
  if (line.ruleBelow) {
    const n = Math.max(3, Math.round(line.ruleBelow.widthPt / RULE_CHAR_PT));
    fill(app, sink.next(), [{ text: RULE_CHAR.repeat(n) }], {
      ...style,
      sizePt: RULE_SIZE_PT,
      bold: false,
      italic: false,
      underline: false,
      firstLineIndentPt: 0,
      spaceBeforePt: 0,
      spaceAfterPt: 0,
      lineSpacing: 1,
    });
  }
}

function writeBlock(app: GasDocumentApp, doc: ReportDocument, body: GasBody, block: BodyBlock): void {
  const style = doc.styles[block.style];
  switch (block.kind) {
    case 'part-heading':
    case 'heading':
      fill(app, body.appendParagraph(''), [{ text: block.text }], style);
      return;
    case 'paragraph':
      fill(app, body.appendParagraph(''), block.runs, style);
      return;
    case 'list-item':
      fill(app, body.appendParagraph(''), [{ text: `${block.marker} ` }, ...block.runs], style);
      return;
  }
}

/** A borderless two-column layout table (header, closing). */
function layoutTable(body: GasBody, rows: number, textWidthPt: number, leftShare: number): GasTable {
  const table = body.appendTable(Array.from({ length: rows }, () => ['', '']));
  table.setBorderWidth(0);
  table.setColumnWidth(0, textWidthPt * leftShare);
  table.setColumnWidth(1, textWidthPt * (1 - leftShare));
  return table;
}

function writeAppendixTable(app: GasDocumentApp, doc: ReportDocument, body: GasBody, t: AppendixTable, textWidthPt: number): void {
  const sink = bodySink(body);
  writeLine(app, doc, sink, t.caption);
  writeLine(app, doc, sink, t.title);
  const table = body.appendTable([[...t.header], ...t.rows.map((r) => [...r.cells])]);
  table.setBorderWidth(0.5);
  t.columnShares.forEach((share, c) => table.setColumnWidth(c, textWidthPt * share));
  const header = doc.styles[t.headerStyle];
  const cell = doc.styles[t.cellStyle];
  table.editAsText().setFontSize(cell.sizePt);
  const rows: { bold: boolean; style: ParagraphStyle; aligns: readonly Alignment[] }[] = [
    { bold: true, style: header, aligns: t.header.map(() => header.align) },
    ...t.rows.map((r) => ({ bold: r.bold, style: cell, aligns: t.columnAlign })),
  ];
  rows.forEach((row, r) => {
    for (let c = 0; c < t.header.length; c++) {
      const p = table.getRow(r).getCell(c).getChild(0).asParagraph();
      p.setAlignment(alignmentOf(app.HorizontalAlignment, row.aligns[c] ?? 'left'));
      p.setSpacingBefore(row.style.spaceBeforePt);
      p.setSpacingAfter(row.style.spaceAfterPt);
      const text = r === 0 ? t.header[c] ?? '' : t.rows[r - 1]?.cells[c] ?? '';
      if (text.length > 0) {
        const tx = p.editAsText();
        tx.setFontSize(row.style.sizePt);
        tx.setBold(0, text.length - 1, row.bold || row.style.bold);
      }
    }
  });
}

/** Renders the whole model into an empty document body. */
export function renderReportDoc(app: GasDocumentApp, body: GasBody, doc: ReportDocument): void {
  const { page } = doc;
  body.setPageWidth(page.widthPt);
  body.setPageHeight(page.heightPt);
  body.setMarginTop(page.marginsPt.top);
  body.setMarginBottom(page.marginsPt.bottom);
  body.setMarginLeft(page.marginsPt.left);
  body.setMarginRight(page.marginsPt.right);
  const textWidth = page.widthPt - page.marginsPt.left - page.marginsPt.right;

  // A new document holds one empty paragraph: it carries the draft mark, or stays as a thin spacer.
  const first = body.getChild(0).asParagraph();
  if (doc.draftMark) fill(app, first, [{ text: doc.draftMark.text }], doc.styles[doc.draftMark.style]);
  else first.editAsText().setFontSize(1);

  const header = layoutTable(body, 2, textWidth, doc.header.leftColumnShare);
  const left = cellSink(header, 0, 0);
  for (const line of doc.header.left) writeLine(app, doc, left, line);
  const right = cellSink(header, 0, 1);
  for (const line of doc.header.right) writeLine(app, doc, right, line);
  writeLine(app, doc, cellSink(header, 1, 0), doc.header.number);
  writeLine(app, doc, cellSink(header, 1, 1), doc.header.placeDate);

  const sink = bodySink(body);
  for (const line of doc.title) writeLine(app, doc, sink, line);
  for (const block of doc.body) writeBlock(app, doc, body, block);
  writeBlock(app, doc, body, doc.closingSentence);

  const closing = layoutTable(body, 1, textWidth, doc.closing.leftColumnShare);
  const rec = cellSink(closing, 0, 0);
  writeLine(app, doc, rec, doc.closing.recipients.label);
  for (const item of doc.closing.recipients.items) writeLine(app, doc, rec, item);
  const sig = cellSink(closing, 0, 1);
  const signature = doc.closing.signature;
  for (const line of signature.authority) writeLine(app, doc, sig, line);
  writeLine(app, doc, sig, signature.title);
  // The space for signature and seal: an empty paragraph whose spacing is that space.
  fill(app, sig.next(), [], { ...doc.styles[signature.title.style], spaceBeforePt: 0, spaceAfterPt: signature.spacePt });
  if (signature.name) writeLine(app, doc, sig, signature.name);

  const appendix = doc.appendix;
  body.appendPageBreak();
  writeLine(app, doc, sink, appendix.heading);
  writeLine(app, doc, sink, appendix.title);
  writeLine(app, doc, sink, appendix.attach);
  for (const table of appendix.tables) writeAppendixTable(app, doc, body, table, textWidth);

  // One call sets the typeface of everything written above.
  body.editAsText().setFontFamily(page.fontFamily);
}
