// The reference for tests/render/docx-parity.test.ts: the report rendered with the docx library, as src/render/render-docx.ts did before issue 23.
// Report document model → .docx bytes with the `docx` library; Packer's Uint8Array output works in Node and in the browser.
import { AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, Tab, TabStopType } from 'docx';
import type { FileChild } from 'docx';
import type { BodyBlock, ReportDocument } from '../../../src/core/report/model';
import { cleanDocumentText, dropXmlForbidden } from '../../../src/core/report/document-text';
import type { Look } from './docx-paragraph';
import { fontRun, lineParagraphs, lookOf, markRun, paragraph, twip } from './docx-paragraph';
import { appendixTable, closingTable, headerTable } from './docx-tables';

function bodyParagraph(look: Look, block: BodyBlock): Paragraph {
  switch (block.kind) {
    case 'part-heading':
    case 'heading':
      return paragraph(look, block.style, [{ text: block.text }], { keepNext: true });
    case 'paragraph':
      return paragraph(look, block.style, block.runs);
    case 'list-item':
      return paragraph(look, block.style, [{ text: `${block.marker} ` }, ...block.runs]);
    case 'chart':
      // The reference is for reports without charts (the parity test's); src/render/docx-chart.ts draws them.
      throw new Error('the docx-library reference draws no charts');
  }
}

/** Later pages: the page number centred; in a draft, `DỰ THẢO` at the right of the same line. */
function pageNumberHeader(doc: ReportDocument, look: Look, textWidthPt: number): Header {
  const sizePt = doc.styles[doc.page.pageNumbers.style].sizePt;
  return new Header({
    children: [
      new Paragraph({
        tabStops: [
          { type: TabStopType.CENTER, position: twip(textWidthPt / 2) },
          { type: TabStopType.RIGHT, position: twip(textWidthPt) },
        ],
        run: markRun(look, sizePt),
        children: [
          fontRun(look, sizePt, { children: [new Tab(), PageNumber.CURRENT] }),
          ...(doc.draftMark ? [fontRun(look, sizePt, { children: [new Tab(), doc.draftMark.text], bold: true })] : []),
        ],
      }),
    ],
  });
}

/** Page 1 carries no number; in a draft it carries the boxed `DỰ THẢO` mark instead. */
function firstPageHeader(doc: ReportDocument, look: Look): Header {
  if (!doc.draftMark) return new Header({ children: [new Paragraph({ run: markRun(look, doc.styles[doc.page.pageNumbers.style].sizePt) })] });
  const style = doc.styles[doc.draftMark.style];
  const box = { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 2 } as const;
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        border: { top: box, bottom: box, left: box, right: box },
        indent: { left: twip(360) },
        run: markRun(look, style.sizePt),
        children: [fontRun(look, style.sizePt, { text: doc.draftMark.text, bold: style.bold })],
      }),
    ],
  });
}

/** The docx library escapes XML's specials and drops most C0 controls, but writes U+FFFE, U+FFFF and lone surrogates as they are. */
export function toDocxDocument(model: ReportDocument): Document {
  const doc = cleanDocumentText(model, dropXmlForbidden);
  const { page, styles } = doc;
  const look = lookOf(doc);
  const textWidth = page.widthPt - page.marginsPt.left - page.marginsPt.right;
  const children: FileChild[] = [
    headerTable(look, doc.header, textWidth),
    ...doc.title.flatMap((l) => lineParagraphs(look, l, textWidth)),
    ...doc.body.map((b) => bodyParagraph(look, b)),
    // Kept with the signature block, so that the signature never stands alone on a page.
    paragraph(look, doc.closingSentence.style, doc.closingSentence.runs, { keepNext: true }),
    closingTable(look, doc.closing, textWidth),
    paragraph(look, doc.appendix.heading.style, [{ text: doc.appendix.heading.text }], { pageBreakBefore: true }),
    ...lineParagraphs(look, doc.appendix.title, textWidth),
    ...lineParagraphs(look, doc.appendix.attach, textWidth),
  ];
  for (const table of doc.appendix.tables) {
    children.push(paragraph(look, table.caption.style, [{ text: table.caption.text }], { keepNext: true }));
    children.push(paragraph(look, table.title.style, [{ text: table.title.text }], { keepNext: true }));
    if (table.resultLine) children.push(paragraph(look, table.resultLine.style, [{ text: table.resultLine.text }], { keepNext: true }));
    children.push(appendixTable(look, table, textWidth));
  }
  return new Document({
    title: doc.properties.title,
    subject: doc.properties.subject,
    creator: doc.properties.creator,
    // Kept for a document opened on its own (and for what a user types into it); every run also names font and size itself.
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
        headers: { default: pageNumberHeader(doc, look, textWidth), first: firstPageHeader(doc, look) },
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  return Packer.pack(toDocxDocument(doc), 'uint8array');
}
