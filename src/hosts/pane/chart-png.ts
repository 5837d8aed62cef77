// The pane's chart rasteriser: the browser draws the core's SVG on a canvas and encodes the PNG itself (no WebAssembly to load, the reader's own fonts).
import type { ChartSvg } from '../../core/report/charts/chart-svg';
import type { ChartRasteriser } from '../../render/docx-chart';

/** A data: URL, which the pane's Content-Security-Policy allows for images (img-src 'self' data:). */
const dataUrl = (svg: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

function loaded(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('chart SVG did not load as an image'));
    img.src = src;
  });
}

/** The chart's SVG as PNG bytes, `scale` pixels per CSS pixel, on white. */
export const rasteriseChartInBrowser: ChartRasteriser = async (chart: ChartSvg, scale: number): Promise<Uint8Array> => {
  const img = await loaded(dataUrl(chart.svg));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(chart.width * scale);
  canvas.height = Math.round(chart.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('canvas gave no PNG');
  return new Uint8Array(await blob.arrayBuffer());
};
