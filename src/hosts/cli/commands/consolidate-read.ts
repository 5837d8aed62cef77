// What `cchc consolidate` makes of each file it is given, read and checked one by one or, for many files, in worker threads:
// the same outcome for every file, handed back in the order given.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkedCandidate, otherSetCandidate, unreadableCandidate } from '../../../core/aggregate/candidate';
import { unitName, type Candidate } from '../../../core/aggregate/grouping';
import type { FormsData } from '../../../core/data/types';
import type { FormSetDef, FormSetIdentity } from '../../../core/forms/form-set';
import { UserError } from '../../../core/errors/user-error';
import type { CliIo } from '../cli-io';
import { loadInput } from '../load-input';
import { UnreadableFileError } from '../read-input-bytes';
import { sameSet, setLabel } from '../resolve-form-set';

/** One file as consolidation sees it: a commune's forms to total, or a rejection; warnings counted only for an accepted file. */
export interface FileOutcome {
  readonly candidate: Candidate;
  /** The forms to total; null when the file is rejected. */
  readonly forms: FormsData | null;
  /** Warnings of a file whose forms are totalled (0 otherwise). */
  readonly warnings: number;
  /** True when no form set could read it (no bytes, neither a workbook nor JSON: UnreadableFileError), never read again. */
  readonly final?: boolean;
}

/** Reason of an unreadable file without the file name the loader's message starts with (the line names it). */
const reasonOf = (file: string, message: string): string => (message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message);

/**
 * Reads and checks one file by `set` (given, or decided): unreadable (the loader's reason), of another set, or checked as
 * `cchc check` checks it. A bug (not a UserError) throws. `own` (with no `set`): read and checked by its own set (ownSet: the
 * one a workbook carries, else the one data names among these sets or the built-in one), as an earlier report is read; which
 * set the files are totalled by is decided from all of them (byMostFollowedSet).
 */
export async function readOne(
  file: string,
  cwd: string,
  set: FormSetDef | undefined,
  own?: readonly FormSetDef[],
): Promise<{ readonly outcome: FileOutcome; readonly set?: FormSetDef }> {
  const io: CliIo = { cwd, out: () => undefined, err: () => undefined };
  let input;
  try {
    // The set given or decided reads data naming it; a file carrying or naming another is told apart by `own` below.
    input = await loadInput(file, io, set === undefined && own ? { includeComputed: true, earlier: own } : { includeComputed: true, given: set, otherSetAsOwn: true });
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const final = e instanceof UnreadableFileError ? { final: true } : {};
    return { outcome: { candidate: unreadableCandidate(file, reasonOf(file, e.message)), forms: null, warnings: 0, ...final } };
  }
  const chosen = set ?? input.set;
  if (!sameSet(input.own, chosen)) {
    const candidate = otherSetCandidate(file, input.data ? unitName(input.data.meta) : null, setLabel(input.own), setLabel(chosen));
    return { outcome: { candidate, forms: null, warnings: 0 }, set: input.set };
  }
  const checked = checkedCandidate(file, input, input.catalogue);
  return { outcome: { candidate: checked.candidate, forms: checked.forms, warnings: checked.forms ? checked.warnings : 0 }, set: input.set };
}

/** Below this many files the threads' start-up (each loads the reader and the checker again) costs more than it saves. */
export const THREADS_MIN_FILES = 64;

/** The compiled worker beside this module; absent when running from TypeScript (tests in-process), which then reads in one thread. */
const WORKER_FILE = join(__dirname, 'consolidate-worker.js');

/**
 * How many worker threads read `files` files: none for few files, when the worker is not built, or with CCHC_THREADS=1;
 * else one per core (at most CCHC_THREADS when set). The main thread only hands files out and folds what comes back.
 */
export function threadsFor(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.CCHC_THREADS);
  const cores = Number.isInteger(asked) && asked >= 1 ? asked : availableParallelism();
  if (cores <= 1 || files < THREADS_MIN_FILES || !existsSync(WORKER_FILE)) return 0;
  return Math.min(cores, files);
}

/**
 * How a worker reads its files: all by one set (the one given with --forms), or each by its own set (`own`: the sets their
 * data may name besides the built-in one), as readOne reads them.
 */
export type WorkerSetup = { readonly cwd: string; readonly set: FormSetDef } | { readonly cwd: string; readonly own: readonly FormSetDef[] };

/**
 * What a worker sends back for the file at `index`: its outcome, or the bug that stopped it. Reading each file by its own set,
 * the identity of the set it was read by (`own`), and that set itself the first time this worker sends it.
 */
export type WorkerReply =
  | { readonly index: number; readonly outcome: FileOutcome; readonly own?: FormSetIdentity; readonly set?: FormSetDef }
  | { readonly index: number; readonly bug: { readonly message: string; readonly stack?: string } };

/**
 * Reads `files` as `setup` says, `threads` worker threads at a time, and calls `each` with every outcome, and the set the file
 * was read by when each is read by its own (null when unreadable), in the order of the files (an outcome that arrives early
 * waits for those before it). A bug in any worker rejects, and every worker is stopped.
 */
export function readInThreads(
  files: readonly string[],
  setup: WorkerSetup,
  threads: number,
  each: (i: number, outcome: FileOutcome, set: FormSetDef | null) => void,
): Promise<void> {
  return new Promise<void>((resolveAll, rejectAll) => {
    const workers: Worker[] = [];
    const waiting = new Map<number, { readonly outcome: FileOutcome; readonly set: FormSetDef | null }>();
    // The sets the workers have sent so far: a later reply names its set by identity only.
    const sets: FormSetDef[] = [];
    let nextToSend = 0;
    let nextToHand = 0;
    let failed = false;
    let finished = false;
    const stop = (): void => {
      finished = true;
      for (const w of workers) void w.terminate();
    };
    const fail = (e: unknown): void => {
      if (failed || finished) return;
      failed = true;
      stop();
      rejectAll(e instanceof Error ? e : new Error(String(e)));
    };
    const send = (w: Worker): void => {
      if (nextToSend >= files.length) return;
      const index = nextToSend++;
      w.postMessage({ index, file: files[index] });
    };
    for (let t = 0; t < threads; t++) {
      const w = new Worker(WORKER_FILE, { workerData: setup satisfies WorkerSetup });
      workers.push(w);
      w.on('message', (reply: WorkerReply) => {
        if (failed) return;
        if ('bug' in reply) return fail(Object.assign(new Error(reply.bug.message), reply.bug.stack === undefined ? {} : { stack: reply.bug.stack }));
        if (reply.set) sets.push(reply.set);
        const own = reply.own;
        // A worker sends a set before it names it by identity, and its messages arrive in the order sent.
        const set = own ? sets.find((s) => sameSet(s, own)) : null;
        if (set === undefined) return fail(new Error(`worker thread named the set ${setLabel(own!)} it never sent`));
        waiting.set(reply.index, { outcome: reply.outcome, set });
        send(w);
        for (let o = waiting.get(nextToHand); o !== undefined; o = waiting.get(nextToHand)) {
          waiting.delete(nextToHand);
          try {
            each(nextToHand, o.outcome, o.set);
          } catch (e) {
            return fail(e);
          }
          nextToHand++;
        }
        if (nextToHand === files.length) {
          stop();
          resolveAll();
        }
      });
      w.on('error', fail);
      // A worker gone before the end (killed, out of memory) would leave its files unanswered: a bug, not a wait for ever.
      w.on('exit', (code) => {
        if (!finished) fail(new Error(`worker thread exited (${code}) with ${files.length - nextToHand} files unread`));
      });
      // Two files in flight per worker: one being read while the other's outcome travels back.
      send(w);
      send(w);
    }
  });
}
