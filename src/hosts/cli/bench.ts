// `npm run bench`: performance figures (not tests) for named cases; another case is one more entry in BENCH_CASES.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ReportData } from '../../core/data/types';
import { CLI_TEXT } from '../../core/i18n/messages';
import { buildWorkbookPlan } from '../../core/layout/build-workbook-plan';
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
}

/** Runs the built CLI and fails loudly: a figure of a failing command would mean nothing. */
export function spawnCli(ctx: BenchContext, args: readonly string[], okCodes: readonly number[] = [0]): void {
  const r = spawnSync(process.execPath, [ctx.cliMain, ...args], { cwd: ctx.dir, encoding: 'utf-8' });
  if (r.status === null || !okCodes.includes(r.status)) throw new Error(`cchc ${args.join(' ')}: ${r.status} ${r.stderr}`);
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
    runs: 7,
    setup: async (ctx) => {
      await writePlanFile(buildWorkbookPlan(ctx.sample), join(ctx.dir, 'mau.xlsx'), { overwrite: true });
    },
    run: (ctx) => spawnCli(ctx, ['check', 'mau.xlsx'], [0, 1]),
  },
  // One commune's report, from report data to .docx bytes.
  {
    name: 'report',
    label: CLI_TEXT.bench.report,
    targetMs: 300,
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
      await c.setup?.(ctx);
      const times: number[] = [];
      for (let i = 0; i < c.runs; i++) {
        const start = process.hrtime.bigint();
        await c.run(ctx);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      lines.push(CLI_TEXT.bench.line(c.label, median(times), c.targetMs, c.runs));
    }
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
