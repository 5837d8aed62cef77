// A chart model drawn as SVG text (pure string building): every host shows it as it is, or rasterises it to PNG with what it has.
import type { ChartModel } from './chart-model';
import { fitText, textWidth } from './text-width';

/** The colours a reader (and a test reading pixels) meets: bars below the area's ratio, the others, the reference line. */
export const CHART_COLOURS = {
  below: '#ED7D31',
  atOrAbove: '#4472C4',
  reference: '#C00000',
  grid: '#D9D9D9',
  box: '#BFBFBF',
  ink: '#262626',
} as const;

/** The font named in the SVG: DejaVu Sans where a renderer is handed it (the CLI's), else the reader's sans-serif. */
export const CHART_FONT = "'DejaVu Sans', Arial, Helvetica, sans-serif";

export interface ChartSvg {
  readonly svg: string;
  /** Size in CSS pixels (1/96 inch). */
  readonly width: number;
  readonly height: number;
}

const W = 640;
const PAD = 8;
const FONT = 12;
const SMALL = 11;
const ROW = 22;
const BAR = 14;
const LABEL_MAX = 210;
const VALUE_ROOM = 52;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (x: number): string => `${Math.round(x * 10) / 10}`;

function text(x: number, y: number, s: string, o: { size?: number; anchor?: 'start' | 'middle' | 'end'; bold?: boolean; halo?: boolean } = {}): string {
  const anchor = o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : '';
  // A white outline under the letters keeps a value readable where the reference line crosses it.
  const halo = o.halo ? ' stroke="#FFFFFF" stroke-width="3" stroke-linejoin="round" paint-order="stroke"' : '';
  return `<text x="${n(x)}" y="${n(y)}" font-size="${o.size ?? FONT}"${anchor}${o.bold ? ' font-weight="bold"' : ''}${halo}>${esc(s)}</text>`;
}
const rect = (x: number, y: number, w: number, h: number, fill: string, extra = ''): string =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(0, w))}" height="${n(h)}" fill="${fill}"${extra}/>`;
const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, extra = ''): string =>
  `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${width}"${extra}/>`;

/** The legend's items, laid out left to right and wrapped: the two bar colours, then the reference line. */
function legend(chart: ChartModel, top: number): { readonly parts: string[]; readonly height: number } {
  const items: { mark: (x: number, y: number) => string; label: string }[] = [];
  if (chart.reference) {
    items.push({ mark: (x, y) => rect(x, y - 9, 10, 10, CHART_COLOURS.below), label: chart.legend.below });
    items.push({ mark: (x, y) => rect(x, y - 9, 10, 10, CHART_COLOURS.atOrAbove), label: chart.legend.atOrAbove });
    items.push({ mark: (x, y) => line(x + 5, y - 11, x + 5, y + 2, CHART_COLOURS.reference, 2, ' stroke-dasharray="3 2"'), label: chart.reference.label });
  }
  const parts: string[] = [];
  let x = PAD;
  let y = top + 12;
  for (const item of items) {
    const w = 14 + textWidth(item.label, SMALL) + 16;
    if (x > PAD && x + w > W - PAD) {
      x = PAD;
      y += 18;
    }
    parts.push(item.mark(x, y), text(x + 14, y, item.label, { size: SMALL }));
    x += w;
  }
  return { parts, height: items.length ? y - top + 10 : 0 };
}

/** The chart as a standalone SVG document: a title and description for assistive technology, then the drawing. */
export function chartSvg(chart: ChartModel): ChartSvg {
  const labels = chart.bars.map((b) => b.label).concat(chart.spread ? [chart.spread.label] : []);
  const labelWidth = Math.min(LABEL_MAX, Math.max(40, ...labels.map((l) => textWidth(l, FONT)))) + 8;
  const x0 = PAD + labelWidth;
  const x1 = W - PAD - VALUE_ROOM;
  const xOf = (v: number): number => x0 + (Math.min(Math.max(v, 0), chart.axis.max) / chart.axis.max) * (x1 - x0);

  const parts: string[] = [];
  const top = legend(chart, PAD);
  parts.push(...top.parts);
  const barsTop = PAD + top.height + 6;
  let y = barsTop;
  const bars: string[] = [];
  const values: string[] = [];
  for (const b of chart.bars) {
    const mid = y + ROW / 2;
    bars.push(text(x0 - 6, mid + 4, fitText(b.label, FONT, LABEL_MAX), { anchor: 'end' }));
    bars.push(rect(x0, mid - BAR / 2, xOf(b.value) - x0, BAR, b.below ? CHART_COLOURS.below : CHART_COLOURS.atOrAbove));
    values.push(text(xOf(b.value) + 4, mid + 4, b.valueText, { size: SMALL, halo: true }));
    y += ROW;
  }
  const spread: string[] = [];
  if (chart.spread) {
    const s = chart.spread;
    y += 8;
    const mid = y + 15;
    spread.push(line(PAD, y, W - PAD, y, CHART_COLOURS.grid, 1));
    spread.push(text(x0 - 6, mid + 4, fitText(s.label, FONT, LABEL_MAX), { anchor: 'end', bold: true }));
    spread.push(line(xOf(s.min), mid, xOf(s.max), mid, CHART_COLOURS.ink, 1));
    spread.push(line(xOf(s.min), mid - 6, xOf(s.min), mid + 6, CHART_COLOURS.ink, 1));
    spread.push(line(xOf(s.max), mid - 6, xOf(s.max), mid + 6, CHART_COLOURS.ink, 1));
    spread.push(rect(xOf(s.q1), mid - 8, xOf(s.q3) - xOf(s.q1), 16, CHART_COLOURS.box, ` stroke="${CHART_COLOURS.ink}" stroke-width="1"`));
    spread.push(line(xOf(s.median), mid - 8, xOf(s.median), mid + 8, CHART_COLOURS.ink, 2.5));
    y += 30;
  }
  const axisY = y + 2;
  const grid: string[] = [];
  const axis: string[] = [line(x0, axisY, x1, axisY, CHART_COLOURS.ink, 1)];
  for (const t of chart.axis.ticks) {
    const x = xOf(t.value);
    grid.push(line(x, barsTop, x, axisY, CHART_COLOURS.grid, 1));
    axis.push(line(x, axisY, x, axisY + 4, CHART_COLOURS.ink, 1), text(x, axisY + 16, t.text, { size: SMALL, anchor: 'middle' }));
  }
  let bottom = axisY + 22;
  if (chart.spread) {
    axis.push(text(PAD, bottom + 14, fitText(chart.spread.text, SMALL, W - 2 * PAD), { size: SMALL }));
    bottom += 22;
  }
  const reference = chart.reference
    ? [line(xOf(chart.reference.value), barsTop - 2, xOf(chart.reference.value), axisY, CHART_COLOURS.reference, 2, ' stroke-dasharray="5 3"')]
    : [];
  const height = Math.ceil(bottom + PAD);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" role="img" aria-labelledby="chart-${chart.number}-title chart-${chart.number}-desc">` +
    `<title id="chart-${chart.number}-title">${esc(chart.caption)}</title><desc id="chart-${chart.number}-desc">${esc(chart.altText)}</desc>` +
    `<rect width="${W}" height="${height}" fill="#FFFFFF"/>` +
    `<g font-family="${esc(CHART_FONT)}" fill="${CHART_COLOURS.ink}">${[...grid, ...parts, ...bars, ...spread, ...reference, ...values, ...axis].join('')}</g></svg>`;
  return { svg, width: W, height };
}
