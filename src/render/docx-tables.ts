// The report's tables as WordprocessingML: the borderless header and closing tables, and the appendix's bordered forms.
import type { AppendixTable, CellLook, ClosingBlock, DocumentHeader, Line } from '../core/report/model';
import { FORM_CELL, LAYOUT_CELL } from '../core/report/styles';
import type { BorderXml, Look } from './docx-xml';
import { lineParagraphsXml, markRunXml, paragraphXml, styledParagraphXml, textRunXml, twip } from './docx-xml';

const NONE: BorderXml = { style: 'none', size: 0, color: 'auto' };
const GRID: BorderXml = { style: 'single', size: 4, color: '000000' };

const bordersXml = (b: BorderXml): string =>
  `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}"/>`).join('')}</w:tblBorders>`;

/** A fixed-layout table `widthTwips` wide, with its grid, borders and rows' XML. */
const tableXml = (widthTwips: number, columnsTwips: readonly number[], border: BorderXml, rows: string): string =>
  `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${widthTwips}"/>${bordersXml(border)}<w:tblLayout w:type="fixed"/></w:tblPr>` +
  `<w:tblGrid>${columnsTwips.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`;

const rowXml = (cells: string, o: { readonly cantSplit?: boolean; readonly header?: boolean } = {}): string =>
  `<w:tr>${o.cantSplit || o.header ? `<w:trPr>${o.cantSplit ? '<w:cantSplit/>' : ''}${o.header ? '<w:tblHeader/>' : ''}</w:trPr>` : ''}${cells}</w:tr>`;

/** A cell `widthPt` wide with its margins and vertical alignment. */
const cellXml = (widthPt: number, cell: CellLook, paragraphs: string): string => {
  const pad = twip(cell.padTopBottomPt);
  const side = twip(cell.padSidePt);
  const centred = cell.verticalAlign === 'center';
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${twip(widthPt)}"/>` +
    `<w:tcMar><w:top w:type="dxa" w:w="${pad}"/><w:left w:type="dxa" w:w="${side}"/><w:bottom w:type="dxa" w:w="${pad}"/><w:right w:type="dxa" w:w="${side}"/></w:tcMar>` +
    `${centred ? '<w:vAlign w:val="center"/>' : ''}</w:tcPr>${paragraphs}</w:tc>`
  );
};

/** An empty cell still holds a paragraph: body-sized and without spacing, whatever the destination's Normal style says. */
const emptyParagraph = (look: Look): string => paragraphXml({ spacing: { before: 0, after: 0 }, mark: markRunXml(look, look.styles.body.sizePt) }, '');

/** A borderless layout cell: no top or bottom margin, its paragraphs or an empty one. */
const layoutCell = (look: Look, widthPt: number, paragraphs: string): string => cellXml(widthPt, LAYOUT_CELL, paragraphs || emptyParagraph(look));

const linesIn = (look: Look, lines: readonly Line[], widthPt: number): string => lines.map((l) => lineParagraphsXml(look, l, widthPt - 2 * LAYOUT_CELL.padSidePt)).join('');

const borderless = (widthsPt: readonly number[], rows: string): string =>
  tableXml(twip(widthsPt.reduce((a, b) => a + b, 0)), widthsPt.map(twip), NONE, rows);

/** Superior and issuing body left, national title and motto right; number and place-date below. */
export function headerTableXml(look: Look, header: DocumentHeader, textWidthPt: number): string {
  const left = textWidthPt * header.leftColumnShare;
  const right = textWidthPt - left;
  return borderless(
    [left, right],
    rowXml(layoutCell(look, left, linesIn(look, header.left, left)) + layoutCell(look, right, linesIn(look, header.right, right))) +
      rowXml(layoutCell(look, left, linesIn(look, [header.number], left)) + layoutCell(look, right, linesIn(look, [header.placeDate], right))),
  );
}

/** Nơi nhận left, level with the signature block right. */
export function closingTableXml(look: Look, closing: ClosingBlock, textWidthPt: number): string {
  const left = textWidthPt * closing.leftColumnShare;
  const right = textWidthPt - left;
  const sig = closing.signature;
  const bodyPt = look.styles.body.sizePt;
  const signature =
    linesIn(look, sig.authority, right) +
    linesIn(look, [sig.title], right) +
    // The room for the handwritten signature: an exact line height, so the font only has to fit in it.
    paragraphXml({ spacing: { before: 0, after: 0, line: twip(sig.spacePt), lineRule: 'exact' }, mark: markRunXml(look, bodyPt) }, textRunXml(look, bodyPt, '')) +
    (sig.name ? linesIn(look, [sig.name], right) : '');
  const recipients =
    styledParagraphXml(look, closing.recipients.label.style, [{ text: closing.recipients.label.text }]) +
    closing.recipients.items.map((i) => styledParagraphXml(look, i.style, [{ text: i.text }])).join('');
  return borderless([left, right], rowXml(layoutCell(look, left, recipients) + layoutCell(look, right, signature), { cantSplit: true }));
}

/** One form of the appendix: a bordered table whose header row repeats on every page. */
export function appendixTableXml(look: Look, table: AppendixTable, textWidthPt: number): string {
  const widths = table.columnShares.map((s) => textWidthPt * s);
  const header = rowXml(
    table.header.map((text, i) => cellXml(widths[i] ?? 0, FORM_CELL, styledParagraphXml(look, table.headerStyle, [{ text }], { align: 'center' }))).join(''),
    { cantSplit: true, header: true },
  );
  const parts: string[] = [header];
  for (const row of table.rows) {
    parts.push(
      rowXml(
        row.cells
          .map((text, i) =>
            cellXml(widths[i] ?? 0, FORM_CELL, styledParagraphXml(look, table.cellStyle, [{ text, ...(row.bold ? { bold: true } : {}) }], { align: table.columnAlign[i] ?? 'left' })),
          )
          .join(''),
        { cantSplit: true },
      ),
    );
  }
  return tableXml(twip(textWidthPt), widths.map(twip), GRID, parts.join(''));
}
