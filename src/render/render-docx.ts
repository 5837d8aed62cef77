// Report document model → .docx bytes with the `docx` library; Packer's Uint8Array output works in Node and in the browser.
import { AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { FileChild } from 'docx';
import type { BodyBlock, ReportDocument } from '../core/report/model';
import { lineParagraphs, paragraph, twip } from './docx-paragraph';
import { appendixTable, closingTable, headerTable } from './docx-tables';

function bodyParagraph(doc: ReportDocument, block: BodyBlock): Paragraph {
  switch (block.kind) {
    case 'part-heading':
    case 'heading':
      return paragraph(doc.styles, block.style, [{ text: block.text }], { keepNext: true });
    case 'paragraph':
      return paragraph(doc.styles, block.style, block.runs);
    case 'list-item':
      return paragraph(doc.styles, block.style, [{ text: `${block.marker} ` }, ...block.runs]);
  }
}

/** Later pages: the page number centred; in a draft, `DỰ THẢO` at the right of the same line. */
function pageNumberHeader(doc: ReportDocument, textWidthPt: number): Header {
  const style = doc.styles[doc.page.pageNumbers.style];
  const size = Math.round(style.sizePt * 2);
  return new Header({
    children: [
      new Paragraph({
        tabStops: [
          { type: TabStopType.CENTER, position: twip(textWidthPt / 2) },
          { type: TabStopType.RIGHT, position: twip(textWidthPt) },
        ],
        children: [
          new TextRun({ children: [new Tab(), PageNumber.CURRENT], size }),
          ...(doc.draftMark ? [new TextRun({ children: [new Tab(), doc.draftMark.text], bold: true, size })] : []),
        ],
      }),
    ],
  });
}

/** Page 1 carries no number; in a draft it carries the boxed `DỰ THẢO` mark instead. */
function firstPageHeader(doc: ReportDocument): Header {
  if (!doc.draftMark) return new Header({ children: [new Paragraph({})] });
  const style = doc.styles[doc.draftMark.style];
  const box = { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 2 } as const;
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        border: { top: box, bottom: box, left: box, right: box },
        indent: { left: twip(360) },
        children: [new TextRun({ text: doc.draftMark.text, bold: style.bold, size: Math.round(style.sizePt * 2) })],
      }),
    ],
  });
}

export function toDocxDocument(doc: ReportDocument): Document {
  const { page, styles } = doc;
  const textWidth = page.widthPt - page.marginsPt.left - page.marginsPt.right;
  const children: FileChild[] = [
    headerTable(styles, doc.header, textWidth),
    ...doc.title.flatMap((l) => lineParagraphs(styles, l, textWidth)),
    ...doc.body.map((b) => bodyParagraph(doc, b)),
    // Kept with the signature block, so that the signature never stands alone on a page.
    paragraph(styles, doc.closingSentence.style, doc.closingSentence.runs, { keepNext: true }),
    closingTable(styles, doc.closing, textWidth),
    paragraph(styles, doc.appendix.heading.style, [{ text: doc.appendix.heading.text }], { pageBreakBefore: true }),
    ...lineParagraphs(styles, doc.appendix.title, textWidth),
    ...lineParagraphs(styles, doc.appendix.attach, textWidth),
  ];
  for (const table of doc.appendix.tables) {
    children.push(paragraph(styles, table.caption.style, [{ text: table.caption.text }], { keepNext: true }));
    children.push(paragraph(styles, table.title.style, [{ text: table.title.text }], { keepNext: true }));
    children.push(appendixTable(styles, table, textWidth));
  }
  return new Document({
    title: doc.properties.title,
    subject: doc.properties.subject,
    creator: doc.properties.creator,
    styles: {
      default: {
        document: { run: { font: page.fontFamily, size: Math.round(styles.body.sizePt * 2) } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: page.pageNumbers.skipFirstPage,
          page: {
            size: { width: twip(page.widthPt), height: twip(page.heightPt), orientation: PageOrientation.PORTRAIT },
            margin: {
              top: twip(page.marginsPt.top),
              bottom: twip(page.marginsPt.bottom),
              left: twip(page.marginsPt.left),
              right: twip(page.marginsPt.right),
              // The page number sits in the top margin, halfway down it.
              header: twip(page.marginsPt.top / 2),
              footer: twip(page.marginsPt.bottom / 2),
            },
          },
        },
        headers: { default: pageNumberHeader(doc, textWidth), first: firstPageHeader(doc) },
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  return Packer.pack(toDocxDocument(doc), 'uint8array');
}
