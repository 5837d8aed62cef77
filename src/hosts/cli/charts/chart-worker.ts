// A worker thread of `cchc consolidate --report` (chart-thread): loads the rasteriser as it starts, then draws the charts it is sent.
import { parentPort } from 'node:worker_threads';
import { loadRasteriser, rasteriseChart } from './chart-png';
import type { ChartReply, ChartRequest } from './chart-thread';

// Loaded while the main thread totals the files and builds the report; a failure shows when a chart is drawn.
loadRasteriser().catch(() => undefined);

parentPort?.on('message', ({ id, chart, scale }: ChartRequest) => {
  rasteriseChart(chart, scale).then(
    // The PNG's bytes are moved to the main thread, not copied.
    (png) => parentPort?.postMessage({ id, png } satisfies ChartReply, [png.buffer as ArrayBuffer]),
    (e: unknown) =>
      parentPort?.postMessage({ id, bug: e instanceof Error ? { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } : { message: String(e) } } satisfies ChartReply),
  );
});
