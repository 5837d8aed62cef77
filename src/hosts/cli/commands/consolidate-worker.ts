// A worker thread of `cchc consolidate`: reads and checks the files it is sent by the set it was started with (--forms), or
// each by its own set, as consolidate-read's readOne does in the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { sameSet } from '../../../core/forms/choose-form-set';
import { setIdentity } from '../../../core/forms/builtin';
import type { FormSetDef } from '../../../core/forms/form-set';
import { readOne, type FileOutcome, type WorkerReply, type WorkerSetup } from './consolidate-read';

const setup = workerData as WorkerSetup;
/** The sets this worker has sent back: each travels once, then by its identity. */
const sent: FormSetDef[] = [];

/** The reply for an outcome: by one set, the outcome only (the set is the one the worker was given); else the set it was read by. */
function replyOf(index: number, outcome: FileOutcome, set: FormSetDef | undefined): WorkerReply {
  if ('set' in setup || set === undefined) return { index, outcome };
  const own = setIdentity(set);
  if (sent.some((s) => sameSet(s, set))) return { index, outcome, own };
  sent.push(set);
  return { index, outcome, own, set };
}

parentPort?.on('message', ({ index, file }: { readonly index: number; readonly file: string }) => {
  readOne(file, setup.cwd, 'set' in setup ? setup.set : undefined, 'own' in setup ? setup.own : undefined).then(
    ({ outcome, set }) => parentPort?.postMessage(replyOf(index, outcome, set)),
    (e: unknown) =>
      parentPort?.postMessage({ index, bug: e instanceof Error ? { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } : { message: String(e) } } satisfies WorkerReply),
  );
});
