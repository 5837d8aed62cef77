// `cchc consolidate --report`'s charts drawn in a worker thread of their own: resvg loads, and the charts are drawn, while the
// main thread totals the files and writes the workbook (on two cores, the end of a run otherwise used one).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CHART_TEXT } from '../../../core/i18n/charts';
import type { ChartSvg } from '../../../core/report/charts/chart-svg';
import type { ChartRasteriser } from '../../../render/docx-chart';
import { rasteriseChart } from './chart-png';

/** A chart to draw, `scale` pixels per CSS pixel; `id` pairs the reply with it. */
export interface ChartRequest {
  readonly id: number;
  readonly chart: ChartSvg;
  readonly scale: number;
}

/** The PNG of the chart `id`, or the bug that stopped it. */
export type ChartReply = { readonly id: number; readonly png: Uint8Array } | { readonly id: number; readonly bug: { readonly message: string; readonly stack?: string } };

/** A rasteriser and the thread behind it, which `close` stops (always call it: a failed run must not wait for the thread). */
export interface ChartThread {
  readonly rasterise: ChartRasteriser;
  close(): Promise<void>;
}

/** The compiled worker beside this module; absent when running from TypeScript (tests in-process), which then draws in this thread. */
const WORKER_FILE = join(__dirname, 'chart-worker.js');

/** The charts drawn in this thread, as without a thread of their own. */
const IN_THIS_THREAD: ChartThread = { rasterise: rasteriseChart, close: async () => undefined };

/**
 * Starts a thread that loads the rasteriser at once and draws the charts sent to it, each reply in any order. Without
 * the built worker, or when `wanted` is false (one core, or a run too short to gain from it), the charts are drawn in
 * this thread: the same PNG bytes, the same renderer draws them.
 */
export function startChartThread(wanted = true, workerFile: string = WORKER_FILE): ChartThread {
  if (!wanted || !existsSync(workerFile)) return IN_THIS_THREAD;
  const worker = new Worker(workerFile);
  const pending = new Map<number, { readonly resolve: (png: Uint8Array) => void; readonly reject: (e: Error) => void }>();
  let next = 0;
  let stopped = false;
  const settle = (id: number): { readonly resolve: (png: Uint8Array) => void; readonly reject: (e: Error) => void } | undefined => {
    const p = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    return p;
  };
  const failAll = (e: Error): void => {
    for (const id of [...pending.keys()]) settle(id)?.reject(e);
  };
  worker.on('message', (reply: ChartReply) => {
    const p = settle(reply.id);
    if ('bug' in reply) p?.reject(Object.assign(new Error(reply.bug.message), reply.bug.stack === undefined ? {} : { stack: reply.bug.stack }));
    else p?.resolve(reply.png);
  });
  worker.on('error', failAll);
  // Gone before its charts were drawn (killed, out of memory): a bug, not a wait for ever.
  worker.on('exit', (code) => failAll(new Error(CHART_TEXT.threadExited(code, pending.size))));
  // The thread keeps the process alive only while a chart is awaited: a run that ends or fails early never waits for it.
  // (After the listeners: listening for messages refs the thread again.)
  worker.unref();
  return {
    rasterise: (chart, scale) =>
      new Promise<Uint8Array>((resolve, reject) => {
        if (stopped) return reject(new Error(CHART_TEXT.threadClosed));
        const id = next++;
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, chart, scale } satisfies ChartRequest);
      }),
    close: async () => {
      stopped = true;
      await worker.terminate();
    },
  };
}
