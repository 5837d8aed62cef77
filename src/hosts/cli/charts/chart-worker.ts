// A worker thread of `cchc consolidate --report`: draws the charts it is sent (chart-thread), while the main thread writes the workbook.
import { parentPort } from 'node:worker_threads';
import { rasteriseChart } from './chart-png';
import type { ChartSvg } from '../../../core/report/charts/chart-svg';

export type ChartRequest = { readonly id: number; readonly chart: ChartSvg; readonly scale: number };
export type ChartReply = { readonly id: number; readonly png: Uint8Array } | { readonly id: number; readonly error: string };

parentPort?.on('message', ({ id, chart, scale }: ChartRequest) => {
  rasteriseChart(chart, scale).then(
    (png) => parentPort?.postMessage({ id, png } satisfies ChartReply),
    (e: unknown) => parentPort?.postMessage({ id, error: e instanceof Error ? e.message : String(e) } satisfies ChartReply),
  );
});
