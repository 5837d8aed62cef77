// `cchc consolidate F… --out T.xlsx [--report T.docx]`: totals many communes' files; any file with errors, the same commune twice or mixed periods rejects the lot.
import { resolve } from 'node:path';
import { checkRead } from '../../../core/read/check-named-values';
import { consolidate, type Consolidated } from '../../../core/aggregate/consolidate';
import { groupUnits, type GroupedUnit, type Grouping } from '../../../core/aggregate/grouping';
import { incompleteRows, reportedRowCount } from '../../../core/aggregate/incomplete-rows';
import type { FormsData } from '../../../core/data/types';
import { AGGREGATE_TEXT, CLI_TEXT, COMMON_TEXT } from '../../../core/i18n/messages';
import { buildConsolidatedPlan } from '../../../core/layout/consolidated-plan';
import { buildConsolidatedReport } from '../../../core/report/consolidated-report';
import { renderDocx } from '../../../render/render-docx';
import { CliError, EXIT } from '../cli-error';
import type { CliIo } from '../cli-io';
import { printCommandHelp } from '../help';
import { loadInput } from '../load-input';
import { parseCommandArgs, stringOption } from '../parse-command-args';
import { TargetExistsError, writeFileAtomic } from '../xlsx/atomic-write';
import { planToWorkbook } from '../xlsx/write-plan';
import type { CliCommand } from './types';

const NAME = 'consolidate';
/** Rows listed in the summary; the workbook's completeness column has them all. */
const SUMMARY_ROWS = 20;
/** Above this many files, reading takes long enough that a log or pipe also gets a line per file. */
export const PROGRESS_MIN_FILES = 20;

/** Progress is shown to a person at a terminal, or for a long run; a short run into a pipe or a test stays quiet. */
export const showsProgress = (files: number, io: CliIo): boolean => io.errIsTty === true || files > PROGRESS_MIN_FILES;

interface Accepted {
  readonly unit: GroupedUnit;
  readonly forms: FormsData;
}

/** Reads and checks every file; an unreadable one throws (exit 2), the others are accepted or rejected with their lines. */
async function readAll(files: readonly string[], io: CliIo): Promise<{ accepted: Accepted[]; rejected: string[][]; warned: string[] }> {
  const accepted: Accepted[] = [];
  const rejected: string[][] = [];
  const warned: string[] = [];
  const progress = showsProgress(files.length, io);
  for (const [i, file] of files.entries()) {
    if (progress) io.err(CLI_TEXT.consolidate.progress(i + 1, files.length, file));
    const input = await loadInput(file, io, { includeComputed: true });
    const result = checkRead(input);
    if (result.errors > 0) {
      const lines = [CLI_TEXT.consolidate.rejectedFile(file, result.errors)];
      for (const f of result.findings) {
        if (f.severity === 'error') lines.push(`  [${COMMON_TEXT.severityLabels.error}] ${f.cell ? `${f.cell} — ` : ''}${f.message}`);
      }
      rejected.push(lines);
      continue;
    }
    if (!input.data) {
      rejected.push([CLI_TEXT.consolidate.rejectedHeader(file)]);
      continue;
    }
    if (result.warnings > 0) warned.push(CLI_TEXT.consolidate.warnings(file, result.warnings));
    accepted.push({ unit: { file, meta: input.data.meta }, forms: input.forms });
  }
  return { accepted, rejected, warned };
}

function parseExpected(value: string | undefined, given: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.consolidate.expectedNotNumber(value)));
  }
  if (n < given) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.consolidate.expectedTooSmall(n, given)));
  return n;
}

/** The consolidated workbook's bytes; formula cells carry the core's value for viewers that do not recalculate. */
async function workbookBytes(grouping: Grouping, c: Consolidated): Promise<Uint8Array> {
  const { plan, results } = buildConsolidatedPlan(grouping, c);
  const wb = await planToWorkbook(plan);
  for (const [key, result] of results) {
    const bang = key.lastIndexOf('!');
    const cell = wb.getWorksheet(key.slice(0, bang))?.getCell(key.slice(bang + 1));
    const value = cell?.value as { formula?: string } | null | undefined;
    if (cell && value?.formula) cell.value = { formula: value.formula, result };
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function write(out: string, bytes: Uint8Array, cwd: string, overwrite: boolean): Promise<void> {
  try {
    await writeFileAtomic(resolve(cwd, out), bytes, { overwrite });
  } catch (e) {
    if (e instanceof TargetExistsError) throw new CliError(CLI_TEXT.outExists(out));
    throw new CliError(CLI_TEXT.writeFailed(out, (e as NodeJS.ErrnoException).code ?? CLI_TEXT.unknownReason));
  }
}

export const consolidateCommand: CliCommand = {
  name: NAME,
  summary: CLI_TEXT.consolidate.summary,
  usage: ['cchc consolidate F1.xlsx|F1.json F2… --out T.xlsx [--report T.docx] [--expected N] [--issuer "…"] [--force]'],
  options: [
    { flag: '--out T.xlsx', text: CLI_TEXT.consolidate.out },
    { flag: '--report T.docx', text: CLI_TEXT.consolidate.report },
    { flag: '--expected N', text: CLI_TEXT.consolidate.expected },
    { flag: '--issuer "…"', text: CLI_TEXT.consolidate.issuer },
    { flag: '--force', text: CLI_TEXT.consolidate.force },
  ],
  exitCodes: CLI_TEXT.consolidate.exit,
  async run(args, io) {
    const parsed = parseCommandArgs(NAME, args, {
      out: { type: 'string', short: 'o' },
      report: { type: 'string' },
      expected: { type: 'string' },
      issuer: { type: 'string' },
      force: { type: 'boolean' },
    });
    if (parsed.help) return printCommandHelp(consolidateCommand, io);
    const files = parsed.positionals;
    if (files.length === 0) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.consolidate.missingFiles));
    const out = stringOption(NAME, parsed, 'out', true);
    if (!/\.xlsx$/i.test(out)) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.outMustBeXlsx(out)));
    const report = stringOption(NAME, parsed, 'report');
    if (report !== undefined && !/\.docx$/i.test(report)) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.consolidate.outMustBeDocx(report)));
    const inputs = new Set(files.map((f) => resolve(io.cwd, f)));
    for (const target of [out, report]) {
      if (target !== undefined && inputs.has(resolve(io.cwd, target))) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.consolidate.outIsInput(target)));
    }
    const expected = parseExpected(stringOption(NAME, parsed, 'expected'), files.length);

    const { accepted, rejected, warned } = await readAll(files, io);
    if (rejected.length > 0) {
      io.err(rejected.map((lines) => lines.join('\n')).join('\n'));
      io.err(CLI_TEXT.consolidate.nothingWritten(rejected.length));
      return EXIT.findings;
    }
    const grouped = groupUnits(accepted.map((a) => a.unit));
    if (!grouped.ok) {
      io.err([CLI_TEXT.consolidate.rejectedGrouping, ...grouped.problems.map((p) => `  ${p.message}`)].join('\n'));
      return EXIT.findings;
    }
    const { grouping } = grouped;
    const totals = consolidate(
      accepted.map((a) => a.forms),
      expected === undefined ? {} : { expected },
    );

    // Everything is built in memory first, so a failure writes neither file.
    const xlsx = await workbookBytes(grouping, totals);
    const issuer = stringOption(NAME, parsed, 'issuer');
    const docx = report === undefined ? null : await renderDocx(buildConsolidatedReport(grouping, totals, issuer === undefined ? {} : { issuer }));
    await write(out, xlsx, io.cwd, parsed.values.force === true);
    // The report is regenerated from the files each time: replacing it loses nothing typed.
    if (report !== undefined && docx) await write(report, docx, io.cwd, true);

    const received = accepted.length;
    const missing = totals.expected - received;
    const incomplete = incompleteRows(totals, received);
    const shown = incomplete.slice(0, SUMMARY_ROWS);
    io.out(
      [
        CLI_TEXT.consolidate.read(accepted.length, AGGREGATE_TEXT.groupingPeriod(grouping.period, grouping.year)),
        ...warned,
        CLI_TEXT.consolidate.wrote(out, reportedRowCount(totals)),
        ...(report !== undefined ? [CLI_TEXT.consolidate.wroteReport(report)] : []),
        ...(missing > 0 ? [CLI_TEXT.consolidate.missingUnits(missing, totals.expected)] : []),
        CLI_TEXT.consolidate.incompleteTitle(incomplete.length, received),
        ...shown.map((r) => CLI_TEXT.consolidate.incompleteRow(r.form, r.key, r.reported, received)),
        ...(incomplete.length > shown.length ? [CLI_TEXT.consolidate.incompleteMore(incomplete.length - shown.length)] : []),
      ].join('\n'),
    );
    return EXIT.ok;
  },
};
