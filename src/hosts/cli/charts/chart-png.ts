// The CLI's chart rasteriser: resvg compiled to WebAssembly (no native module to build), with DejaVu Sans bundled for every Vietnamese letter.
import { readFileSync } from 'node:fs';
import type { ChartSvg } from '../../../core/report/charts/chart-svg';
import type { ChartRasteriser } from '../../../render/docx-chart';

type ResvgModule = typeof import('@resvg/resvg-wasm');

let ready: Promise<{ readonly resvg: ResvgModule; readonly fonts: readonly Uint8Array[] }> | null = null;

/** Loads the renderer and the fonts once, the first time a chart is drawn (a commune's report never pays for it). */
function load(): Promise<{ readonly resvg: ResvgModule; readonly fonts: readonly Uint8Array[] }> {
  ready ??= (async () => {
    const resvg = await import('@resvg/resvg-wasm');
    await resvg.initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    // A WebAssembly renderer sees no system font: the SVG's first family, DejaVu Sans, is handed to it (bold for the spread's label).
    const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${f}`))));
    return { resvg, fonts };
  })();
  return ready;
}

/** The chart's SVG as PNG bytes, `scale` pixels per CSS pixel, on white. */
export const rasteriseChart: ChartRasteriser = async (chart: ChartSvg, scale: number): Promise<Uint8Array> => {
  const { resvg: wasm, fonts } = await load();
  const resvg = new wasm.Resvg(chart.svg, {
    font: { fontBuffers: [...fonts], defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: Math.round(chart.width * scale) },
    background: '#FFFFFF',
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
};
