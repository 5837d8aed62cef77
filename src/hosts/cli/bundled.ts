// Runs a command from its bundle (dist/cli/bundles, written by bundle-cli.cjs after tsc): one file read instead of the
// ~90 modules a command loads one by one, and compiled from the code V8 kept of an earlier run (issue 23: `cchc check`
// is mostly start-up). Node 22's module.enableCompileCache keeps compiled code for every module; Node 20, our floor, has
// no such switch, so the bundle's is kept here, with V8's own cache (vm.Script cachedData).
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/** Where `npm run build:cli` writes the bundles: dist/cli/bundles, beside dist/cli/hosts. Absent under ts-jest and tsx. */
export const BUNDLES_DIR = join(__dirname, '..', '..', 'bundles');

/** The bundles' table, manifest.json: each command's bundle file, named by a hash of its content. */
export const BUNDLE_MANIFEST = 'manifest.json';

/** What a command bundle exports (its entry is written by bundle-cli.cjs). */
interface CommandBundle {
  run(argv: readonly string[]): Promise<number>;
}

/** A bundle's file name as the manifest may give it: a plain name in the bundles' folder, never a path. */
const BUNDLE_FILE = /^[\w.-]+\.js$/;

/**
 * The bundle of the command `argv` runs, or undefined: none when CCHC_UNBUNDLED is set (to debug the modules as tsc
 * wrote them), when there are no bundles (a checkout run through tsx, or built by tsc alone), or when the first
 * argument is no bundled command (`--help`, `help check`, a typo), which the whole command table answers.
 */
export function bundleFor(argv: readonly string[], dir: string, env: NodeJS.ProcessEnv): string | undefined {
  const name = argv[0];
  if (env.CCHC_UNBUNDLED || name === undefined) return undefined;
  let commands: unknown;
  try {
    commands = (JSON.parse(readFileSync(join(dir, BUNDLE_MANIFEST), 'utf-8')) as { commands?: unknown }).commands;
  } catch {
    return undefined;
  }
  if (typeof commands !== 'object' || commands === null || !Object.prototype.hasOwnProperty.call(commands, name)) return undefined;
  const file: unknown = (commands as Record<string, unknown>)[name];
  return typeof file === 'string' && BUNDLE_FILE.test(file) ? join(dir, file) : undefined;
}

/** A bundle loaded as a CommonJS module: its exports, and `keep` to store V8's compiled code when it had none to use. */
export interface LoadedBundle {
  readonly exports: unknown;
  /** Whether V8 compiled the bundle from the stored code (false: no cache yet, or one V8 refused). */
  readonly fromCache: boolean;
  /** Stores the code compiled so far (every function the run used) for the next run; does nothing when it came from the cache. */
  keep(): void;
}

/**
 * What a run reads, as far as it decides which of a command's functions run: a workbook, JSON data, or neither. V8 keeps
 * the code of the functions one run used, and a check of a workbook uses others than a check of JSON data, so each kind
 * has its cache: the first argument naming an .xlsx or .json file decides.
 */
export type InputKind = 'xlsx' | 'json' | 'other';

export function inputKind(argv: readonly string[]): InputKind {
  for (const arg of argv.slice(1)) {
    const m = /\.(xlsx|json)$/i.exec(arg);
    if (m?.[1]) return m[1].toLowerCase() === 'xlsx' ? 'xlsx' : 'json';
  }
  return 'other';
}

/** The cache beside a bundle for one kind of input: V8's code, valid for this Node's V8 and flags only (V8 refuses any other, then it is written anew). */
export const cacheFileOf = (bundle: string, kind: InputKind = 'other'): string => `${bundle}.${kind}.cache`;

/** Node's CommonJS wrapper (https://nodejs.org/api/modules.html#the-module-wrapper), as a bundle is compiled inside it. */
export const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) { ';
export const WRAPPER_END = '\n})';

/**
 * Loads `file` as Node loads a CommonJS module (https://nodejs.org/api/modules.html#the-module-wrapper), through
 * vm.Script with the stored code (https://nodejs.org/api/vm.html#new-vmscriptcode-options: `cachedData`, and
 * `cachedDataRejected` when V8 refuses it). The bundle's name carries its content's hash, so a cache never meets another
 * bundle's code; V8 itself refuses a cache of another version or other flags.
 */
export function loadBundle(file: string, kind: InputKind = 'other'): LoadedBundle {
  const cacheFile = cacheFileOf(file, kind);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // bundle-cli.cjs writes the command bundles inside the wrapper already: V8 then compiles the text as read, not a copy of
  // it joined to the wrapper (issue 23: flattening that 630 kB copy cost `cchc check` ≈ 2.5 ms of CPU, 7–9 ms in all on
  // a busy machine). Any other module is wrapped here.
  const text = readFileSync(file, 'utf-8');
  const source = text.startsWith(WRAPPER_START) && text.endsWith(WRAPPER_END) ? text : `${WRAPPER_START}${text}${WRAPPER_END}`;
  const script = new Script(source, { filename: file, cachedData });
  const fromCache = cachedData !== undefined && script.cachedDataRejected !== true;
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (this: unknown, ...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    fromCache,
    keep: () => {
      if (!fromCache) writeWhole(cacheFile, script.createCachedData());
    },
  };
}

/**
 * Writes `data` to `path` whole or not at all (a temporary file renamed over it), so a run reading the cache meanwhile
 * never sees half of one. A folder the user may not write (an install shared by several accounts) is no error: the
 * commands then run as fast as they did without a cache.
 */
export function writeWhole(path: string, data: Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was written.
    }
  }
}

/**
 * Commands whose run is over before V8's optimizing compiler pays: their code runs in V8's interpreter and baseline
 * compiler only (https://v8.dev/blog/sparkplug; `--max-opt=1`). A check of one workbook is about 100 ms, in which
 * TurboFan compiled the XML scanner (scanXml, tagEnd, attr) on threads of its own, ≈ 50 M instructions, more than
 * our whole read of the workbook, on a machine whose other core is as busy (issue 23: `cchc check` ≈ 23 ms faster in
 * the process). The other commands read thousands of files or build documents: they keep every tier.
 */
export const UNOPTIMIZED_COMMANDS: ReadonlySet<string> = new Set(['check']);

/**
 * Runs `argv` from its command's bundle when there is one (see bundleFor); false when the whole command table must,
 * also when the bundle cannot be loaded (its top level only defines the command: nothing has run yet).
 * V8's code is stored after a run that did its work (exit 0, or 1 for findings), not after a usage error or `--help`,
 * whose few functions would make a poor cache for the runs that follow.
 */
export function runBundled(argv: readonly string[], dir: string, env: NodeJS.ProcessEnv): boolean {
  const file = bundleFor(argv, dir, env);
  if (file === undefined) return false;
  // Before the bundle is compiled: V8 keeps code only for the flags it was made under, the same at every run of the command.
  if (UNOPTIMIZED_COMMANDS.has(argv[0] ?? '')) setFlagsFromString('--max-opt=1');
  let bundle: LoadedBundle;
  try {
    bundle = loadBundle(file, inputKind(argv));
  } catch {
    // A bundle gone or cut short since the build (a copy interrupted, a disk error): the modules tsc wrote still run.
    return false;
  }
  const help = argv.includes('--help') || argv.includes('-h');
  process.on('exit', (code) => {
    if (!help && (code === 0 || code === 1)) bundle.keep();
  });
  void (bundle.exports as CommandBundle).run(argv);
  return true;
}
