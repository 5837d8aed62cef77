// A chart block → a centred inline drawing (PNG, with the SVG for Word versions that show it) and its caption under it.
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { ChartSvg } from '../core/report/charts/chart-svg';
import type { ChartBlock } from '../core/report/model';
import type { Look } from './docx-paragraph';
import { paragraph, twip } from './docx-paragraph';

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

/** The drawing at the text's width (never wider than drawn), kept with its caption, the caption in the block's style. */
export function chartParagraphs(look: Look, block: ChartBlock, image: ChartImage, textWidthPt: number): Paragraph[] {
  const width = Math.min(image.svg.width, Math.floor(textWidthPt * PX_PER_PT));
  const height = Math.round((image.svg.height * width) / image.svg.width);
  const svgBytes = new TextEncoder().encode(image.svg.svg);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: twip(6), after: twip(2) },
      children: [
        new ImageRun({
          type: 'svg',
          data: svgBytes,
          fallback: { type: 'png', data: image.png },
          transformation: { width, height },
          altText: { name: block.chart.caption, title: block.chart.caption, description: block.chart.altText },
        }),
      ],
    }),
    paragraph(look, block.style, [{ text: block.text }]),
  ];
}
