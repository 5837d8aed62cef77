// A worker thread of `cchc consolidate`: reads and checks the files it is sent by the set it was started with (consolidate-read).
import { parentPort, workerData } from 'node:worker_threads';
import type { FormSetDef } from '../../../core/forms/form-set';
import { readOne, type WorkerReply } from './consolidate-read';

const { cwd, set } = workerData as { readonly cwd: string; readonly set: FormSetDef };

parentPort?.on('message', ({ index, file }: { readonly index: number; readonly file: string }) => {
  readOne(file, cwd, set).then(
    // Only the outcome travels back: the set is the one the worker was given.
    ({ outcome }) => parentPort?.postMessage({ index, outcome } satisfies WorkerReply),
    (e: unknown) =>
      parentPort?.postMessage({ index, bug: e instanceof Error ? { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } : { message: String(e) } } satisfies WorkerReply),
  );
});
