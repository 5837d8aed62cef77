// `npm run bench`: performance figures (not tests) for named cases; another case is one more entry in BENCH_CASES.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ReportData } from '../../core/data/types';
import { CLI_TEXT } from '../../core/i18n/cli';
import { buildCatalogue } from '../../core/forms/build-catalogue';
import { BUILTIN_SET } from '../../core/forms/builtin';
import { buildWorkbookPlan } from '../../core/layout/build-workbook-plan';
import { BUNDLES_DIR } from './bundled';
import { samplePath } from './commands/demo';
import { buildReport } from '../../core/report/build-report';
import { renderDocx } from '../../render/render-docx';
import { writePlanFile } from './xlsx/write-plan';

export interface BenchContext {
  /** A scratch folder, removed afterwards. */
  readonly dir: string;
  readonly sample: ReportData;
  /** The built CLI entry (this folder's main.js). */
  readonly cliMain: string;
}

export interface BenchCase {
  readonly name: string;
  readonly label: string;
  readonly targetMs: number;
  readonly runs: number;
  /** Work done once before timing (files to read, warm-up). */
  readonly setup?: (ctx: BenchContext) => Promise<void>;
  /** One timed run. */
  readonly run: (ctx: BenchContext) => void | Promise<void>;
  /** Peak memory the case may use, MiB (measured in the spawned CLI); absent when not measured. */
  readonly targetMiB?: number;
  /** The most the case may take as a multiple of `node -e 0`, timed once after each of the case's runs (issue 23: `cchc check` ≤ 1.5×). */
  readonly targetRatioToNode?: number;
  /** The most the case may take as a multiple of another command, run once after each of the case's runs (issue 23: `cchc report` ≤ 1.6× `cchc check`). */
  readonly ratioTo?: { readonly label: string; readonly target: number; readonly run: (ctx: BenchContext) => void };
  /**
   * One untimed run first (and one of `ratioTo`), the bundles' code caches cleared before it: a command is measured as it
   * runs from its second run on, with the V8 code its own first run kept (bundled.ts), not one another case's run made.
   */
  readonly warmUp?: boolean;
}

/** Every commune-level unit of Viet Nam after the 2025 merger. */
export const COMMUNES_NATIONWIDE = 3321;

/** Peak resident memory of the last spawned CLI, MiB (Linux and macOS report maxRSS; 0 where unknown). */
let lastPeakMiB = 0;
const PEAK_FILE = 'peak-rss.txt';
/** Preloaded into the spawned CLI: writes its own peak memory (process.resourceUsage().maxRSS, KiB) when it exits. */
const PEAK_PRELOAD = `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(PEAK_FILE)}, String(process.resourceUsage().maxRSS)));`;

/** Runs the built CLI and fails loudly: a figure of a failing command would mean nothing. */
export function spawnCli(ctx: BenchContext, args: readonly string[], okCodes: readonly number[] = [0], measureMemory = false): void {
  const node = measureMemory ? ['-r', join(ctx.dir, 'peak-preload.js')] : [];
  if (measureMemory) writeFileSync(join(ctx.dir, 'peak-preload.js'), PEAK_PRELOAD);
  const r = spawnSync(process.execPath, [...node, ctx.cliMain, ...args], { cwd: ctx.dir, encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status === null || !okCodes.includes(r.status)) throw new Error(`cchc ${args.slice(0, 3).join(' ')}…: ${r.status} ${r.stderr.slice(0, 2000)}`);
  if (measureMemory) lastPeakMiB = Number(readFileSync(join(ctx.dir, PEAK_FILE), 'utf-8')) / 1024;
}

/** `n` communes from the sample, each with its own name, as files in `folder` (JSON or workbooks); returns their paths. */
async function writeCommunes(ctx: BenchContext, folder: string, n: number, kind: 'json' | 'xlsx'): Promise<string[]> {
  mkdirSync(join(ctx.dir, folder), { recursive: true });
  const files: string[] = [];
  for (let i = 1; i <= n; i++) {
    const data: ReportData = { ...ctx.sample, meta: { ...ctx.sample.meta, unit: `Xã số ${i}`, place: `Xã số ${i}` } };
    const file = join(folder, `xa-${String(i).padStart(4, '0')}.${kind}`);
    if (kind === 'json') writeFileSync(join(ctx.dir, file), JSON.stringify(data));
    else await writePlanFile(buildWorkbookPlan(data), join(ctx.dir, file), { overwrite: true });
    files.push(file);
  }
  return files;
}

/** `cchc consolidate` over the whole country's communes written as `kind` files, peak memory measured; `extra` adds options. */
function consolidateCase(kind: 'json' | 'xlsx', label: string, targetMs: number, targetMiB: number, extra: readonly string[]): BenchCase {
  let files: string[] = [];
  return {
    name: `consolidate-${kind}`,
    label,
    targetMs,
    targetMiB,
    runs: 1,
    setup: async (ctx) => {
      files = await writeCommunes(ctx, kind, COMMUNES_NATIONWIDE, kind);
    },
    run: (ctx) => spawnCli(ctx, ['consolidate', ...files, '--out', `th-${kind}.xlsx`, ...extra, '--force'], [0], true),
  };
}

export const BENCH_CASES: readonly BenchCase[] = [
  {
    name: 'plan',
    label: CLI_TEXT.bench.plan,
    targetMs: 50,
    runs: 25,
    setup: async (ctx) => {
      buildWorkbookPlan(ctx.sample); // the first call pays for loading modules
    },
    run: (ctx) => {
      buildWorkbookPlan(ctx.sample);
    },
  },
  {
    name: 'check',
    label: CLI_TEXT.bench.check,
    targetMs: 1000,
    runs: 20,
    targetRatioToNode: 1.5,
    warmUp: true,
    setup: async (ctx) => {
      await writePlanFile(buildWorkbookPlan(ctx.sample), join(ctx.dir, 'mau.xlsx'), { overwrite: true });
    },
    run: (ctx) => spawnCli(ctx, ['check', 'mau.xlsx'], [0, 1]),
  },
  // The same commune's workbook carrying a province's set (issue 20: reading the set it carries adds at most 10% to check, 1.5 × 1.1 of node).
  {
    name: 'check-carried',
    label: CLI_TEXT.bench.checkCarried,
    targetMs: 1100,
    runs: 20,
    targetRatioToNode: 1.65,
    warmUp: true,
    setup: async (ctx) => {
      const province = buildCatalogue({ ...BUILTIN_SET, id: 'tinh-thu' });
      await writePlanFile(buildWorkbookPlan(ctx.sample, province), join(ctx.dir, 'mau-bo-rieng.xlsx'), { overwrite: true }, province);
    },
    run: (ctx) => spawnCli(ctx, ['check', 'mau-bo-rieng.xlsx'], [0, 1]),
  },
  // The whole country's communes: as JSON, the consolidated workbook; as workbooks, the workbook and the district's report (its appendix lists every commune). Peak memory measured.
  consolidateCase('json', CLI_TEXT.bench.consolidateJson(COMMUNES_NATIONWIDE), 10_000, 300, []),
  // Issue 23: the whole country's workbooks with the district report in 10 s and 300 MiB.
  consolidateCase('xlsx', CLI_TEXT.bench.consolidateXlsx(COMMUNES_NATIONWIDE), 10_000, 300, ['--report', 'th-xlsx.docx']),
  // `cchc report` of one commune's JSON against `cchc check` of the same JSON (issue 23: ≤ 1.6×).
  {
    name: 'report-cli',
    label: CLI_TEXT.bench.reportCli,
    targetMs: 1000,
    runs: 15,
    setup: async (ctx) => {
      writeFileSync(join(ctx.dir, 'mau.json'), JSON.stringify(ctx.sample));
    },
    run: (ctx) => spawnCli(ctx, ['report', 'mau.json', '--out', 'mau.docx']),
    ratioTo: { label: '`cchc check mau.json`', target: 1.6, run: (ctx) => spawnCli(ctx, ['check', 'mau.json'], [0, 1]) },
    warmUp: true,
  },
  // One commune's report, from report data to .docx bytes (issue 23: ≤ 100 ms).
  {
    name: 'report',
    label: CLI_TEXT.bench.report,
    targetMs: 100,
    runs: 15,
    setup: async (ctx) => {
      await renderDocx(buildReport(ctx.sample)); // the first call pays for loading modules
    },
    run: async (ctx) => {
      await renderDocx(buildReport(ctx.sample));
    },
  },
];

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** What `npm ci` may install, MiB as `du -sh` counts them (issue 23's 478 "MB" were du's 478M). */
export const NODE_MODULES_TARGET_MIB = 400;

/** Bytes a folder takes on disk, as `du` counts them: allocated blocks, each file once however many links it has. */
export function diskUsage(root: string): number {
  const seen = new Set<string>();
  let bytes = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const st = lstatSync(path);
      const id = `${st.dev}:${st.ino}`;
      if (seen.has(id)) continue;
      seen.add(id);
      bytes += st.blocks * 512;
      if (entry.isDirectory()) walk(path);
    }
  };
  walk(root);
  return bytes;
}

/** Milliseconds of one `node -e 0`: the start-up every CLI command pays before its own work. */
function nodeStartTime(): number {
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0']);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * `timed` run with NODE_EXTRA_CA_CERTS unset for the processes it spawns, when it is set here; null when it is not. Node
 * reads every certificate that variable names at each start (https://nodejs.org/api/cli.html#node_extra_ca_certsfile):
 * with Debian's bundle, about 40 ms that `node -e 0` and `cchc check` both pay, which flatters their ratio. A commune's
 * machine does not set it, so the ratio is also measured as there. The variable is put back however `timed` ends.
 */
export async function withoutExtraCerts<T>(timed: () => Promise<T>): Promise<T | null> {
  const certs = process.env.NODE_EXTRA_CA_CERTS;
  if (certs === undefined) return null;
  delete process.env.NODE_EXTRA_CA_CERTS;
  try {
    return await timed();
  } finally {
    process.env.NODE_EXTRA_CA_CERTS = certs;
  }
}

/** The bundles' code caches (bundled.ts) removed; none when the CLI was built without bundles. */
function clearCodeCaches(): void {
  if (!existsSync(BUNDLES_DIR)) return;
  for (const file of readdirSync(BUNDLES_DIR)) if (file.endsWith('.cache')) rmSync(join(BUNDLES_DIR, file), { force: true });
}

/** Times each case (optionally only those named) and returns the printed lines. */
export async function runBench(only: readonly string[] = [], cases: readonly BenchCase[] = BENCH_CASES): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
  const ctx: BenchContext = {
    dir,
    sample: JSON.parse(readFileSync(samplePath(), 'utf-8')) as ReportData,
    cliMain: resolve(__dirname, 'main.js'),
  };
  const lines: string[] = [CLI_TEXT.bench.title];
  try {
    for (const c of cases.filter((x) => only.length === 0 || only.includes(x.name))) {
      lastPeakMiB = 0;
      await c.setup?.(ctx);
      if (c.warmUp) {
        clearCodeCaches();
        await c.run(ctx);
        c.ratioTo?.run(ctx);
      }
      const times: number[] = [];
      const baseline: number[] = [];
      const nodeTimes: number[] = [];
      for (let i = 0; i < c.runs; i++) {
        const start = process.hrtime.bigint();
        await c.run(ctx);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
        // Interleaved, so that a burst of load on a shared machine weighs on both sides of the ratio.
        if (c.ratioTo) {
          const other = process.hrtime.bigint();
          c.ratioTo.run(ctx);
          baseline.push(Number(process.hrtime.bigint() - other) / 1e6);
        }
        if (c.targetRatioToNode !== undefined) nodeTimes.push(nodeStartTime());
      }
      lines.push(CLI_TEXT.bench.line(c.label, median(times), c.targetMs, c.runs));
      if (c.targetMiB !== undefined) lines.push(CLI_TEXT.bench.memoryLine(lastPeakMiB, c.targetMiB));
      if (c.targetRatioToNode !== undefined) {
        lines.push(CLI_TEXT.bench.ratioLine(median(times), median(nodeTimes), c.targetRatioToNode));
        const without = await withoutExtraCerts(async () => {
          const own: number[] = [];
          const bare: number[] = [];
          for (let i = 0; i < c.runs; i++) {
            const start = process.hrtime.bigint();
            await c.run(ctx);
            own.push(Number(process.hrtime.bigint() - start) / 1e6);
            bare.push(nodeStartTime());
          }
          return { own: median(own), bare: median(bare) };
        });
        if (without) lines.push(CLI_TEXT.bench.ratioWithoutCertsLine(without.own, without.bare, c.targetRatioToNode));
      }
      if (c.ratioTo) lines.push(CLI_TEXT.bench.ratioToLine(median(times), c.ratioTo.label, median(baseline), c.ratioTo.target));
    }
    if (only.length === 0 || only.includes('node-modules')) lines.push(CLI_TEXT.bench.nodeModulesLine(diskUsage(resolve(__dirname, '../../../../node_modules')) / 2 ** 20, NODE_MODULES_TARGET_MIB));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

if (require.main === module) {
  runBench(process.argv.slice(2)).then(
    (lines) => process.stdout.write(`${lines.join('\n')}\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
