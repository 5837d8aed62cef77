// A chart block → a centred inline drawing (PNG, with the SVG beside it for the Words that draw SVG) and its caption under it,
// written as WordprocessingML text (DrawingML's wp:inline › a:graphic › pic:pic, ECMA-376 Part 1 §20.4.2.8 and §20.2.2.5).
import type { ChartSvg } from '../core/report/charts/chart-svg';
import type { ChartBlock } from '../core/report/model';
import type { Look } from './docx-xml';
import { esc, paragraphXml, styledParagraphXml, twip } from './docx-xml';

/**
 * Turns a chart's SVG into PNG bytes: the host's own way (the CLI a WebAssembly renderer with a bundled font, the pane the
 * browser's canvas), so that the renderer stays the same in Node and in the browser. `scale` pixels per CSS pixel.
 */
export type ChartRasteriser = (chart: ChartSvg, scale: number) => Promise<Uint8Array>;

/** A chart drawn for the document: its SVG and the PNG the rasteriser made from it. */
export interface ChartImage {
  readonly svg: ChartSvg;
  readonly png: Uint8Array;
}

/** Pixels per CSS pixel of the PNG: 2 gives about 200 dpi at the printed width, sharp on paper. */
export const CHART_PNG_SCALE = 2;

const PX_PER_PT = 96 / 72;
/** DrawingML measures in English Metric Units: 914,400 an inch, 9,525 a CSS pixel. */
const EMU_PER_PX = 9525;

/** The first relationship id the charts' media take: word/_rels/document.xml.rels holds rId1–rId9 for the fixed parts. */
const FIRST_MEDIA_RID = 10;

/** The n-th chart's (1-based) media parts and their relationship ids in word/_rels/document.xml.rels. */
export function chartMedia(n: number): { readonly png: string; readonly svg: string; readonly pngRid: string; readonly svgRid: string } {
  return {
    png: `media/chart${n}.png`,
    svg: `media/chart${n}.svg`,
    pngRid: `rId${FIRST_MEDIA_RID + 2 * (n - 1)}`,
    svgRid: `rId${FIRST_MEDIA_RID + 2 * (n - 1) + 1}`,
  };
}

const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

/** The relationships of `count` charts' media, to go into word/_rels/document.xml.rels. */
export function chartRelationshipsXml(count: number): string {
  let xml = '';
  for (let n = 1; n <= count; n++) {
    const m = chartMedia(n);
    xml += `<Relationship Id="${m.pngRid}" Type="${IMAGE_REL}" Target="${m.png}"/><Relationship Id="${m.svgRid}" Type="${IMAGE_REL}" Target="${m.svg}"/>`;
  }
  return xml;
}

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture';
/** Office 2016's SVG blip, an a:ext of the PNG's blip: a Word that knows it draws the SVG, any other the PNG. */
const SVG_BLIP_EXT = '{96DAC541-7B7A-43D3-8B79-37D633B846F1}';
const ASVG = 'http://schemas.microsoft.com/office/drawing/2016/SVG/main';

/**
 * The n-th chart (1-based; also its drawing's id, unique in the document) at the text's width (never wider than drawn),
 * kept with its caption; the caption in the block's style. The drawing's name and title are the caption, its descr
 * the alternative text a screen reader reads.
 */
export function chartParagraphsXml(look: Look, block: ChartBlock, svg: ChartSvg, n: number, textWidthPt: number): string {
  const widthPx = Math.min(svg.width, Math.floor(textWidthPt * PX_PER_PT));
  const heightPx = Math.round((svg.height * widthPx) / svg.width);
  const cx = widthPx * EMU_PER_PX;
  const cy = heightPx * EMU_PER_PX;
  const m = chartMedia(n);
  const name = esc(block.chart.caption);
  const drawing =
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${n}" name="${name}" descr="${esc(block.chart.altText)}" title="${name}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="${PIC}"><pic:pic xmlns:pic="${PIC}">` +
    `<pic:nvPicPr><pic:cNvPr id="0" name="${esc(m.png.slice('media/'.length))}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${m.pngRid}"><a:extLst><a:ext uri="${SVG_BLIP_EXT}"><asvg:svgBlip xmlns:asvg="${ASVG}" r:embed="${m.svgRid}"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
  return paragraphXml({ keepNext: true, spacing: { before: twip(6), after: twip(2) }, alignment: 'center' }, drawing) + styledParagraphXml(look, block.style, [{ text: block.text }]);
}
