// `cchc report F.xlsx|D.json --out R.docx [--draft] [--compare P]`: the narrative report with its appendix; refuses while the data has errors or (unless a draft) a compulsory input is empty.
import { resolve } from 'node:path';
import { checkRead } from '../../../core/read/check-named-values';
import type { ReportData } from '../../../core/data/types';
import { CLI_TEXT } from '../../../core/i18n/cli';
import { PERIODS_TEXT } from '../../../core/i18n/periods';
import { EarlierReportError, withSamePeriodOf } from '../../../core/rules/check-across-periods';
import { buildReport } from '../../../core/report/build-report';
import type { CheckResult } from '../../../core/rules/types';
import { emptyCompulsoryInputs, emptyInputLines } from '../../../core/rules/compulsory';
import type { CellOf } from '../../../core/read/check-named-values';
import { renderDocx } from '../../../render/render-docx';
import { describeResult } from '../describe-result';
import { CliError, EXIT } from '../cli-error';
import { writeFailure } from '../write-failure';
import type { CliIo } from '../cli-io';
import { printCommandHelp } from '../help';
import { loadInput } from '../load-input';
import { loadPrevious } from '../load-previous';
import { FORMS_ARG, FORMS_HELP, loadGivenSet } from '../resolve-form-set';
import type { FormCatalogue } from '../../../core/forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../../../core/forms/builtin';
import type { FormSetDef } from '../../../core/forms/form-set';
import { parseCommandArgs, singleFile, stringOption } from '../parse-command-args';
import { writeFileAtomic } from '../xlsx/atomic-write';
import { zlibZip } from '../xlsx/zlib-zip';
import type { CliCommand } from './types';

const NAME = 'report';

/** The report's bytes written to `out` (relative to cwd) all at once; a failure leaves no file behind. */
export async function writeReport(data: ReportData, out: string, cwd: string, draft: boolean, catalogue: FormCatalogue = BUILTIN_CATALOGUE): Promise<void> {
  const bytes = await renderDocx(buildReport(data, { draft }, catalogue), zlibZip);
  try {
    // A report is regenerated from the data each time: replacing the previous one loses nothing typed.
    await writeFileAtomic(resolve(cwd, out), bytes, { overwrite: true });
  } catch (e) {
    throw writeFailure(out, e);
  }
}

/** Loads and checks the input; `data` is null when Thông tin chung is too incomplete for any report (its errors are in `result`). */
export async function loadForReport(
  file: string,
  io: CliIo,
  given?: FormSetDef,
): Promise<{ readonly data: ReportData | null; readonly result: CheckResult; readonly set: FormSetDef; readonly catalogue: FormCatalogue; readonly cellOf: CellOf }> {
  const input = await loadInput(file, io, { includeComputed: true, given });
  return { data: input.data, result: checkRead(input, input.catalogue), set: input.set, catalogue: input.catalogue, cellOf: input.cellOf };
}

/** The data with the same period of an earlier year attached (it replaces a `previous` block the data carried); another commune's or another period's file is refused. */
async function withComparison(data: ReportData, file: string, io: CliIo, known: readonly (FormSetDef | undefined)[]): Promise<ReportData> {
  // Read by its own set: last year's may be of the set the province used before this one.
  const previous = await loadPrevious(file, io, known);
  try {
    return withSamePeriodOf(data, previous);
  } catch (e) {
    if (e instanceof EarlierReportError) throw new CliError(`${file}: ${e.message}`);
    throw e;
  }
}

export const reportCommand: CliCommand = {
  name: NAME,
  summary: CLI_TEXT.report.summary,
  usage: [
    'cchc report F.xlsx --out R.docx [--draft] [--compare P.xlsx|P.json] [--forms S]',
    'cchc report D.json --out R.docx [--draft] [--compare P.xlsx|P.json] [--forms S]',
  ],
  options: [
    { flag: '--out R.docx', text: CLI_TEXT.report.out },
    { flag: '--draft', text: CLI_TEXT.report.draft },
    { flag: '--compare P', text: PERIODS_TEXT.cli.reportCompare },
    FORMS_HELP,
  ],
  exitCodes: CLI_TEXT.report.exit,
  async run(args, io) {
    const parsed = parseCommandArgs(NAME, args, { out: { type: 'string', short: 'o' }, draft: { type: 'boolean' }, compare: { type: 'string' }, ...FORMS_ARG });
    if (parsed.help) return printCommandHelp(reportCommand, io);
    const file = singleFile(NAME, parsed);
    const out = stringOption(NAME, parsed, 'out', true);
    if (!/\.docx$/i.test(out)) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.report.outMustBeDocx(out)));
    if (resolve(io.cwd, out) === resolve(io.cwd, file)) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.report.outIsInput(out)));
    const draft = parsed.values.draft === true;
    const compare = stringOption(NAME, parsed, 'compare');
    if (compare !== undefined && resolve(io.cwd, out) === resolve(io.cwd, compare)) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.report.outIsInput(out)));
    const given = await loadGivenSet(stringOption(NAME, parsed, 'forms'), io);
    const loaded = await loadForReport(file, io, given);
    const { result } = loaded;
    const data = loaded.data && compare !== undefined ? await withComparison(loaded.data, compare, io, [loaded.set, given]) : loaded.data;
    if (!data) {
      io.err(describeResult(file, result).join('\n'));
      // Without the unit, its kind, superior, period and year not even a draft can be written.
      io.err(CLI_TEXT.report.refusedHeader);
      return EXIT.findings;
    }
    // A final report never says "chưa có số liệu": every compulsory input filled, each one left empty named with its cell.
    const empty = draft ? [] : emptyCompulsoryInputs(data.forms, loaded.catalogue, loaded.cellOf);
    if (!draft && (result.errors > 0 || empty.length > 0)) {
      if (result.errors > 0) io.err(describeResult(file, result).join('\n'));
      if (empty.length > 0) io.err(emptyInputLines(empty).join('\n'));
      io.err(result.errors > 0 ? CLI_TEXT.report.refused(result.errors) : CLI_TEXT.report.refusedEmpty);
      return EXIT.findings;
    }
    await writeReport(data, out, io.cwd, draft, loaded.catalogue);
    io.out(draft ? CLI_TEXT.report.wroteDraft(out, result.errors) : CLI_TEXT.report.wrote(out));
    return EXIT.ok;
  },
};
