// The charts drawn on a thread of their own: started as soon as the totals are known, they are drawn while the main thread
// writes the workbook, and the report takes the PNGs already made (issue 23's budget for consolidate --report).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChartSvg } from '../../../core/report/charts/chart-svg';
import type { ChartRasteriser } from '../../../render/docx-chart';
import { rasteriseChart } from './chart-png';
import type { ChartReply, ChartRequest } from './chart-worker';

const WORKER_FILE = join(__dirname, 'chart-worker.js');

export interface ChartPainter {
  /** Draws the chart (or hands back the drawing already asked for): a ChartRasteriser. */
  readonly rasterise: ChartRasteriser;
  /** Starts drawing these charts now, before anyone waits for them. */
  prefetch(charts: readonly ChartSvg[], scale: number): void;
  /** Ends the thread. */
  close(): Promise<void>;
}

/**
 * A painter drawing on a worker thread (the built CLI), or on this one when there is no built worker (tests run the
 * TypeScript). Each drawing is made once by its SVG and scale.
 */
export function chartPainter(): ChartPainter {
  const made = new Map<string, Promise<Uint8Array>>();
  const threaded = existsSync(WORKER_FILE);
  let worker: Worker | null = null;
  const waiting = new Map<number, { resolve: (png: Uint8Array) => void; reject: (e: Error) => void }>();
  let next = 0;
  const onThread = (chart: ChartSvg, scale: number): Promise<Uint8Array> => {
    if (!worker) {
      const w = new Worker(WORKER_FILE);
      w.on('message', (reply: ChartReply) => {
        const p = waiting.get(reply.id);
        waiting.delete(reply.id);
        if ('png' in reply) p?.resolve(reply.png);
        else p?.reject(new Error(reply.error));
      });
      const fail = (e: Error): void => {
        for (const p of waiting.values()) p.reject(e);
        waiting.clear();
      };
      w.on('error', fail);
      w.on('exit', (code) => fail(new Error(`chart worker exited (${code})`)));
      worker = w;
    }
    const id = next++;
    const w = worker;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      w.postMessage({ id, chart, scale } satisfies ChartRequest);
    });
  };
  const rasterise: ChartRasteriser = (chart, scale) => {
    const key = `${scale}\u0000${chart.svg}`;
    let png = made.get(key);
    if (!png) {
      png = threaded ? onThread(chart, scale) : rasteriseChart(chart, scale);
      // Asked for early, waited for later: a failure is reported to whoever waits, never as an unhandled rejection.
      png.catch(() => undefined);
      made.set(key, png);
    }
    return png;
  };
  return {
    rasterise,
    prefetch: (charts, scale) => {
      for (const c of charts) void rasterise(c, scale);
    },
    close: async () => {
      if (worker) await worker.terminate();
      worker = null;
    },
  };
}
