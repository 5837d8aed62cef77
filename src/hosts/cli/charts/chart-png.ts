// The CLI's chart rasteriser: resvg compiled to WebAssembly (no native module to build), with DejaVu Sans bundled for every Vietnamese letter.
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import type { ChartSvg } from '../../../core/report/charts/chart-svg';
import type { ChartRasteriser } from '../../../render/docx-chart';

type ResvgModule = typeof import('@resvg/resvg-wasm');

let ready: Promise<{ readonly resvg: ResvgModule; readonly fonts: readonly Uint8Array[] }> | null = null;

/** Loads the renderer and the fonts once, the first time a chart is drawn (a commune's report never pays for it). */
function load(): Promise<{ readonly resvg: ResvgModule; readonly fonts: readonly Uint8Array[] }> {
  ready ??= (async () => {
    // V8 compiles WebAssembly twice by default: all of it at once by its baseline compiler (Liftoff), then the hot
    // functions again by its optimising compiler (TurboFan). For five charts in a process that ends soon after, the
    // baseline code alone costs least: measured with resvg's 2.4 MB module and the five charts of 3,321 communes,
    // 0.6 s of CPU and 76 MiB instead of 1.5 s and 109 MiB with TurboFan alone (`--no-liftoff`, which compiles each
    // function as it is first called) and 1.6 s and 170 MiB with both; each chart then takes about 0.1 s instead of
    // 0.04 s, far less than what TurboFan's compiling costs. WebAssembly's arithmetic is deterministic: the PNGs are
    // the same bytes whichever compiler made the code. The flag concerns WebAssembly only, which nothing else in the
    // CLI compiles.
    setFlagsFromString('--liftoff-only');
    const resvg = await import('@resvg/resvg-wasm');
    await resvg.initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    // A WebAssembly renderer sees no system font: the SVG's first family, DejaVu Sans, is handed to it (bold for the spread's label).
    const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${f}`))));
    return { resvg, fonts };
  })();
  return ready;
}

/** Loads the renderer and the fonts now, ahead of the first chart (chart-worker does it as its thread starts). */
export const loadRasteriser = async (): Promise<void> => {
  await load();
};

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
