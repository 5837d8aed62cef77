// The steps of `cchc demo`, in order; another part of the flow (the report) is one more entry in DEMO_STEPS.
import { resolve } from 'node:path';
import { checkRead } from '../../../core/read/check-named-values';
import type { ReportData } from '../../../core/data/types';
import { CLI_TEXT } from '../../../core/i18n/cli';
import type { CheckResult } from '../../../core/rules/types';
import { emptyCompulsoryInputs } from '../../../core/rules/compulsory';
import { CliError } from '../cli-error';
import { DEMO_FILES } from './demo-files';
import type { CliIo } from '../cli-io';
import { loadInput } from '../load-input';
import { writeFileAtomic } from '../xlsx/atomic-write';
import { loadForReport, writeReport } from './report';
import { writeWorkbook } from './template';

export interface DemoContext {
  /** Output folder, as the user gave it (relative to io.cwd). */
  readonly dir: string;
  /** The sample commune's report data. */
  readonly data: ReportData;
  readonly io: CliIo;
  /** The filled workbook, once the first step has written it (relative to io.cwd). */
  readonly workbook: string;
}

export interface DemoStep {
  readonly name: string;
  /** Does its part; prints what it wrote through ctx.io. */
  readonly run: (ctx: DemoContext) => Promise<void>;
}

const inDir = (ctx: DemoContext, name: string): string => resolve(ctx.io.cwd, ctx.dir, name);
const shown = (ctx: DemoContext, name: string): string => `${ctx.dir.replace(/[\\/]+$/, '')}/${name}`;

/** The demo's own outputs are regenerated each run: they hold nothing a person typed. */
const workbookStep: DemoStep = {
  name: 'workbook',
  async run(ctx) {
    await writeWorkbook(ctx.data, ctx.workbook, ctx.io.cwd, true);
    ctx.io.out(CLI_TEXT.wroteWorkbook(ctx.workbook));
  },
};

const exportStep: DemoStep = {
  name: 'export',
  async run(ctx) {
    const input = await loadInput(ctx.workbook, ctx.io, { includeComputed: false });
    await writeFileAtomic(inDir(ctx, DEMO_FILES.data), `${JSON.stringify(input.data, null, 2)}\n`, { overwrite: true });
    ctx.io.out(CLI_TEXT.wroteData(shown(ctx, DEMO_FILES.data)));
  },
};

const checkStep: DemoStep = {
  name: 'check',
  async run(ctx) {
    const result: CheckResult = checkRead(await loadInput(ctx.workbook, ctx.io, { includeComputed: true }));
    await writeFileAtomic(inDir(ctx, DEMO_FILES.check), `${JSON.stringify(result, null, 2)}\n`, { overwrite: true });
    ctx.io.out(CLI_TEXT.wroteCheck(shown(ctx, DEMO_FILES.check)));
    ctx.io.out(CLI_TEXT.checkTotals(result.errors, result.warnings, result.infos));
  },
};

/** `cchc demo`'s report step: the report of the demo workbook, a draft if its data still had errors or empty compulsory inputs. */
const reportStep: DemoStep = {
  name: 'report',
  async run(ctx) {
    const { data, result, catalogue } = await loadForReport(ctx.workbook, ctx.io);
    if (!data) {
      const problems = result.findings.filter((f) => f.form === null && f.severity === 'error').map((f) => f.message);
      throw new CliError(CLI_TEXT.report.headerIncomplete(ctx.workbook, problems));
    }
    const out = `${ctx.dir.replace(/[\\/]+$/, '')}/${DEMO_FILES.report}`;
    // The sample is complete, so the demo's report is final; data with errors or empty compulsory inputs gets a draft.
    const draft = result.errors > 0 || emptyCompulsoryInputs(data.forms, catalogue).length > 0;
    await writeReport(data, out, ctx.io.cwd, draft);
    ctx.io.out(draft ? CLI_TEXT.report.wroteDraft(out, result.errors) : CLI_TEXT.report.wrote(out));
  },
};

export const DEMO_STEPS: readonly DemoStep[] = [workbookStep, exportStep, checkStep, reportStep];

/** Path of the demo workbook inside the output folder, as shown to the user. */
export const demoWorkbookPath = (dir: string): string => `${dir.replace(/[\\/]+$/, '')}/${DEMO_FILES.workbook}`;
