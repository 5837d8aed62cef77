// The report's tables in docx: the borderless header and closing tables, and the appendix's bordered forms.
import { BorderStyle, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { AppendixTable, ClosingBlock, DocumentHeader, Line } from '../../../src/core/report/model';
import type { Look } from './docx-paragraph';
import { fontRun, lineParagraphs, markRun, paragraph, twip } from './docx-paragraph';

const CELL_PAD_PT = 4;

function borderless(widthsPt: readonly number[], rows: readonly TableRow[]): Table {
  return new Table({
    width: { size: twip(widthsPt.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widthsPt.map(twip),
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [...rows],
  });
}

/** An empty cell still holds a paragraph: body-sized and without spacing, whatever the destination's Normal style says. */
const emptyParagraph = (look: Look): Paragraph =>
  new Paragraph({ spacing: { before: 0, after: 0 }, run: markRun(look, look.styles.body.sizePt), children: [] });

const cell = (look: Look, widthPt: number, children: readonly Paragraph[]): TableCell =>
  new TableCell({
    width: { size: twip(widthPt), type: WidthType.DXA },
    margins: { left: twip(CELL_PAD_PT), right: twip(CELL_PAD_PT), top: 0, bottom: 0 },
    children: children.length > 0 ? [...children] : [emptyParagraph(look)],
  });

const linesIn = (look: Look, lines: readonly Line[], widthPt: number): Paragraph[] =>
  lines.flatMap((l) => lineParagraphs(look, l, widthPt - 2 * CELL_PAD_PT));

/** Superior and issuing body left, national title and motto right; number and place-date below. */
export function headerTable(look: Look, header: DocumentHeader, textWidthPt: number): Table {
  const left = textWidthPt * header.leftColumnShare;
  const right = textWidthPt - left;
  return borderless(
    [left, right],
    [
      new TableRow({ children: [cell(look, left, linesIn(look, header.left, left)), cell(look, right, linesIn(look, header.right, right))] }),
      new TableRow({
        children: [cell(look, left, linesIn(look, [header.number], left)), cell(look, right, linesIn(look, [header.placeDate], right))],
      }),
    ],
  );
}

/** Nơi nhận left, level with the signature block right. */
export function closingTable(look: Look, closing: ClosingBlock, textWidthPt: number): Table {
  const left = textWidthPt * closing.leftColumnShare;
  const right = textWidthPt - left;
  const sig = closing.signature;
  const bodyPt = look.styles.body.sizePt;
  const signature = [
    ...linesIn(look, sig.authority, right),
    ...linesIn(look, [sig.title], right),
    // The room for the handwritten signature: an exact line height, so the font only has to fit in it.
    new Paragraph({
      spacing: { before: 0, after: 0, line: twip(sig.spacePt), lineRule: 'exact' },
      run: markRun(look, bodyPt),
      children: [fontRun(look, bodyPt, { text: '' })],
    }),
    ...(sig.name ? linesIn(look, [sig.name], right) : []),
  ];
  const recipients = [
    paragraph(look, closing.recipients.label.style, [{ text: closing.recipients.label.text }]),
    ...closing.recipients.items.map((i) => paragraph(look, i.style, [{ text: i.text }])),
  ];
  return borderless([left, right], [new TableRow({ cantSplit: true, children: [cell(look, left, recipients), cell(look, right, signature)] })]);
}

const GRID = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/** One form of the appendix: a bordered table whose header row repeats on every page. */
export function appendixTable(look: Look, table: AppendixTable, textWidthPt: number): Table {
  const widths = table.columnShares.map((s) => textWidthPt * s);
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.header.map(
      (text, i) =>
        new TableCell({
          width: { size: twip(widths[i] ?? 0), type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          margins: { left: twip(CELL_PAD_PT), right: twip(CELL_PAD_PT), top: twip(2), bottom: twip(2) },
          children: [paragraph(look, table.headerStyle, [{ text }], { align: 'center' })],
        }),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map(
          (text, i) =>
            new TableCell({
              width: { size: twip(widths[i] ?? 0), type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.CENTER,
              margins: { left: twip(CELL_PAD_PT), right: twip(CELL_PAD_PT), top: twip(2), bottom: twip(2) },
              children: [paragraph(look, table.cellStyle, [{ text, ...(row.bold ? { bold: true } : {}) }], { align: table.columnAlign[i] ?? 'left' })],
            }),
        ),
      }),
  );
  return new Table({
    width: { size: twip(textWidthPt), type: WidthType.DXA },
    columnWidths: widths.map(twip),
    layout: TableLayoutType.FIXED,
    borders: { top: GRID, bottom: GRID, left: GRID, right: GRID, insideHorizontal: GRID, insideVertical: GRID },
    rows: [headerRow, ...rows],
  });
}
