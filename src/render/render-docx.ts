// Report document model → .docx bytes: WordprocessingML written as text and zipped (fflate in the browser, Node's zlib in the CLI).
// The files are those the docx library (9.15) wrote for the same model, part for part (tests/render/docx-parity.test.ts);
// its object tree cost 0.2–0.3 s for one commune and about 5 s and 500 MiB for a district of 3,321 (issue 23).
import { zipSync, type Zippable } from 'fflate';
import { chartSvg } from '../core/report/charts/chart-svg';
import type { BodyBlock, ChartBlock, ReportDocument } from '../core/report/model';
import { cleanDocumentText, dropXmlForbidden, oneLineBreak } from '../core/report/document-text';
import { DOCUMENT_HEAD, FIXED_PARTS, HEADER_HEAD, STYLES_HEAD, STYLES_TAIL } from './docx-fixed-parts';
import { appendixTableXml, closingTableXml, headerTableXml } from './docx-tables';
import type { Look } from './docx-xml';
import { CHART_PNG_SCALE, chartMedia, chartParagraphsXml, chartRelationshipsXml, type ChartImage, type ChartRasteriser } from './docx-chart';
import { esc, halfPt, lineParagraphsXml, lookOf, markRunXml, paragraphXml, runPropertiesXml, styledParagraphXml, textRunXml, twip } from './docx-xml';

/** Each chart block's drawing by its place in the body, made before the document (rasterising is asynchronous, writing the XML is not). */
export type ChartImages = ReadonlyMap<number, ChartImage>;

function bodyXml(look: Look, body: readonly BodyBlock[], images: ChartImages, textWidthPt: number): string[] {
  let n = 0;
  return body.map((block, i) => {
    if (block.kind !== 'chart') return bodyParagraph(look, block);
    // A chart without its drawing would silently lose what the report shows: the caller forgot the rasteriser.
    const image = images.get(i);
    if (!image) throw new Error(`renderDocx: no image for chart ${block.chart.number}; pass a ChartRasteriser`);
    return chartParagraphsXml(look, block, image.svg, ++n, textWidthPt);
  });
}

function bodyParagraph(look: Look, block: Exclude<BodyBlock, ChartBlock>): string {
  switch (block.kind) {
    case 'part-heading':
    case 'heading':
      return styledParagraphXml(look, block.style, [{ text: block.text }]);
    case 'paragraph':
      return styledParagraphXml(look, block.style, block.runs);
    case 'list-item':
      return styledParagraphXml(look, block.style, [{ text: `${block.marker} ` }, ...block.runs]);
  }
}

const header = (paragraph: string): string => `${HEADER_HEAD}${paragraph}</w:hdr>`;

/** Later pages: the page number centred; in a draft, `DỰ THẢO` at the right of the same line. */
function pageNumberHeader(doc: ReportDocument, look: Look, textWidthPt: number): string {
  const sizePt = doc.styles[doc.page.pageNumbers.style].sizePt;
  const rPr = runPropertiesXml(look, sizePt);
  // PageNumber.CURRENT as docx wrote it: the field's begin, instruction, separator and end, each a run of its own.
  const page = ['<w:tab/>', '<w:fldChar w:fldCharType="begin"/>', '<w:instrText xml:space="preserve">PAGE</w:instrText>', '<w:fldChar w:fldCharType="separate"/>', '<w:fldChar w:fldCharType="end"/>']
    .map((content) => `<w:r>${rPr}${content}</w:r>`)
    .join('');
  const mark = doc.draftMark ? textRunXml(look, sizePt, doc.draftMark.text, { tab: true, bold: true }) : '';
  return header(
    paragraphXml(
      {
        tabStops: [
          { type: 'center', position: twip(textWidthPt / 2) },
          { type: 'right', position: twip(textWidthPt) },
        ],
        mark: markRunXml(look, sizePt),
      },
      page + mark,
    ),
  );
}

/** Page 1 carries no number; in a draft it carries the boxed `DỰ THẢO` mark instead. */
function firstPageHeader(doc: ReportDocument, look: Look): string {
  if (!doc.draftMark) return header(paragraphXml({ mark: markRunXml(look, doc.styles[doc.page.pageNumbers.style].sizePt) }, ''));
  const style = doc.styles[doc.draftMark.style];
  const box = { style: 'single', size: 12, color: '000000', space: 2 } as const;
  return header(
    paragraphXml(
      { border: { top: box, bottom: box, left: box, right: box }, indent: { left: twip(360) }, alignment: 'right', mark: markRunXml(look, style.sizePt) },
      textRunXml(look, style.sizePt, doc.draftMark.text, { bold: style.bold }),
    ),
  );
}

/** How the .docx is to be used. */
export interface DocxOptions {
  /**
   * The draft mark also as the text's first paragraph, above the header (as the Google Doc has it): for a .docx that Word
   * inserts into a document's text, which takes none of the file's page headers, where the mark otherwise is.
   */
  readonly draftMarkInText?: boolean;
}

/** word/document.xml: the body's blocks, then the section (A4, margins, headers by relationship id, no number on page 1). */
function documentXml(doc: ReportDocument, look: Look, images: ChartImages, options: DocxOptions): string {
  const { page } = doc;
  const textWidth = page.widthPt - page.marginsPt.left - page.marginsPt.right;
  const parts: string[] = [
    DOCUMENT_HEAD,
    '<w:body>',
    ...(options.draftMarkInText && doc.draftMark ? [styledParagraphXml(look, doc.draftMark.style, [{ text: doc.draftMark.text }])] : []),
    headerTableXml(look, doc.header, textWidth),
    ...doc.title.map((l) => lineParagraphsXml(look, l, textWidth)),
    ...bodyXml(look, doc.body, images, textWidth),
    styledParagraphXml(look, doc.closingSentence.style, doc.closingSentence.runs),
    closingTableXml(look, doc.closing, textWidth),
    styledParagraphXml(look, doc.appendix.heading.style, [{ text: doc.appendix.heading.text }], { pageBreakBefore: true }),
    lineParagraphsXml(look, doc.appendix.title, textWidth),
    lineParagraphsXml(look, doc.appendix.attach, textWidth),
  ];
  for (const table of doc.appendix.tables) {
    parts.push(styledParagraphXml(look, table.caption.style, [{ text: table.caption.text }]));
    parts.push(styledParagraphXml(look, table.title.style, [{ text: table.title.text }]));
    if (table.resultLine) parts.push(styledParagraphXml(look, table.resultLine.style, [{ text: table.resultLine.text }]));
    parts.push(appendixTableXml(look, table, textWidth));
  }
  const m = page.marginsPt;
  parts.push(
    '<w:sectPr><w:headerReference w:type="default" r:id="rId6"/><w:headerReference w:type="first" r:id="rId7"/>',
    `<w:pgSz w:w="${twip(page.widthPt)}" w:h="${twip(page.heightPt)}" w:orient="portrait"/>`,
    // The page number sits in the top margin, halfway down it.
    `<w:pgMar w:top="${twip(m.top)}" w:right="${twip(m.right)}" w:bottom="${twip(m.bottom)}" w:left="${twip(m.left)}" w:header="${twip(m.top / 2)}" w:footer="${twip(m.bottom / 2)}" w:gutter="0"/>`,
    `<w:pgNumType/>${page.pageNumbers.skipFirstPage ? '<w:titlePg/>' : '<w:titlePg w:val="false"/>'}<w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>`,
  );
  return parts.join('');
}

/** word/styles.xml: the document defaults name the report's font and body size (for what a user types into it); docx indented the TOC styles by that size. */
function stylesXml(doc: ReportDocument, look: Look): string {
  const levelIndent = halfPt(doc.styles.body.sizePt) * 10;
  const tail = STYLES_TAIL.replace(/%TOC(\d)%/g, (_m, level: string) => String((Number(level) - 1) * levelIndent));
  return `${STYLES_HEAD}<w:rPrDefault>${markRunXml(look, doc.styles.body.sizePt)}</w:rPrDefault>${tail}`;
}

function coreXml(doc: ReportDocument): string {
  const now = new Date().toISOString();
  const p = doc.properties;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(p.title)}</dc:title><dc:subject>${esc(p.subject)}</dc:subject><dc:creator>${esc(p.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>Un-named</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`
  );
}

/** word/_rels/document.xml.rels: the fixed parts' relationships, then each chart's PNG and SVG. */
function documentRelsXml(charts: number): string {
  const fixed = FIXED_PARTS['word/_rels/document.xml.rels'] ?? '';
  if (charts === 0) return fixed;
  const end = fixed.lastIndexOf('</Relationships>');
  return `${fixed.slice(0, end)}${chartRelationshipsXml(charts)}${fixed.slice(end)}`;
}

/** The charts' media parts (word/media/chartN.png and .svg), in the body's order; [Content_Types].xml's defaults type them by extension. */
export function chartMediaParts(images: ChartImages): [string, Uint8Array][] {
  const utf8 = new TextEncoder();
  return [...images.keys()]
    .sort((a, b) => a - b)
    .flatMap((at, k) => {
      const image = images.get(at) as ChartImage;
      const m = chartMedia(k + 1);
      return [
        [`word/${m.png}`, image.png],
        [`word/${m.svg}`, utf8.encode(image.svg.svg)],
      ] as [string, Uint8Array][];
    });
}

/**
 * Every chart of the body drawn: its SVG from the core, its PNG from the host's rasteriser. Every chart is handed to the
 * rasteriser at once (the CLI's draws them in a thread of its own while the workbook is written); one that loads its
 * renderer loads it once.
 */
export async function drawCharts(model: ReportDocument, rasterise?: ChartRasteriser): Promise<ChartImages> {
  const images = new Map<number, ChartImage>();
  if (!model.body.some((b) => b.kind === 'chart')) return images;
  // Drawn from the cleaned text, as the document's own text is.
  const doc = cleanDocumentText(model, dropXmlForbidden);
  const drawn: Promise<readonly [number, ChartImage]>[] = [];
  for (const [i, b] of doc.body.entries()) {
    if (b.kind !== 'chart') continue;
    if (!rasterise) throw new Error('renderDocx: the report has charts; pass a ChartRasteriser');
    const svg = chartSvg(b.chart);
    drawn.push(rasterise(svg, CHART_PNG_SCALE).then((png) => [i, { svg, png }] as const));
  }
  // Kept in the body's order, whatever order the drawings came back in.
  for (const [i, image] of await Promise.all(drawn)) images.set(i, image);
  return images;
}

/** The parts of the .docx, by path, in the order the docx library zipped them. */
export function docxParts(model: ReportDocument, images: ChartImages = new Map(), options: DocxOptions = {}): [string, string][] {
  // XML forbids U+FFFE, U+FFFF and lone surrogates; the C0 controls are dropped by `esc`. A "\r\n" typed in a text is one line break.
  const doc = cleanDocumentText(model, (text) => dropXmlForbidden(oneLineBreak(text)));
  const look = lookOf(doc);
  const textWidth = doc.page.widthPt - doc.page.marginsPt.left - doc.page.marginsPt.right;
  const fixed = (path: string): [string, string] => [path, FIXED_PARTS[path] ?? ''];
  return [
    ['word/_rels/document.xml.rels', documentRelsXml(images.size)],
    ['word/document.xml', documentXml(doc, look, images, options)],
    ['word/styles.xml', stylesXml(doc, look)],
    ['docProps/core.xml', coreXml(doc)],
    fixed('_rels/.rels'),
    ['word/_rels/header1.xml.rels', FIXED_PARTS['word/_rels/header1.xml.rels'] ?? ''],
    ['word/_rels/header2.xml.rels', FIXED_PARTS['word/_rels/header1.xml.rels'] ?? ''],
    ['word/header1.xml', pageNumberHeader(doc, look, textWidth)],
    ['word/header2.xml', firstPageHeader(doc, look)],
    fixed('docProps/custom.xml'),
    fixed('docProps/app.xml'),
    fixed('word/footnotes.xml'),
    fixed('word/_rels/footnotes.xml.rels'),
    fixed('word/endnotes.xml'),
    fixed('word/_rels/endnotes.xml.rels'),
    fixed('word/settings.xml'),
    fixed('word/fontTable.xml'),
    fixed('word/_rels/fontTable.xml.rels'),
    fixed('word/theme/theme1.xml'),
    fixed('word/numbering.xml'),
    fixed('[Content_Types].xml'),
  ];
}

/** Files, in order, into a zip archive's bytes: fflate's by default (the pane), Node's zlib in the CLI (no JavaScript deflate to warm up). */
export type ZipFiles = (files: readonly (readonly [string, Uint8Array])[]) => Uint8Array;

export const fflateZip: ZipFiles = (files) => {
  const zippable: Zippable = {};
  for (const [path, data] of files) zippable[path] = data;
  return zipSync(zippable);
};

/** The .docx file's bytes; `rasterise` draws the charts (a consolidated report's), needed only when there are some. */
export async function renderDocx(doc: ReportDocument, zip: ZipFiles = fflateZip, rasterise?: ChartRasteriser, options: DocxOptions = {}): Promise<Uint8Array> {
  return renderDrawnDocx(doc, await drawCharts(doc, rasterise), zip, options);
}

/** The .docx file's bytes with its charts already drawn (drawCharts of the same document). */
export function renderDrawnDocx(doc: ReportDocument, images: ChartImages, zip: ZipFiles = fflateZip, options: DocxOptions = {}): Uint8Array {
  const utf8 = new TextEncoder();
  return zip([...docxParts(doc, images, options).map(([path, xml]) => [path, utf8.encode(xml)] as const), ...chartMediaParts(images)]);
}
