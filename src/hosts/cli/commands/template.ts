// `cchc template --out F.xlsx [--data D.json] [--force]`: lays out the workbook, empty or filled from report data.
import { resolve } from 'node:path';
import type { ReportData } from '../../../core/data/types';
import { CLI_TEXT } from '../../../core/i18n/messages';
import { buildWorkbookPlan } from '../../../core/layout/build-workbook-plan';
import { CliError, EXIT } from '../cli-error';
import { printCommandHelp } from '../help';
import { reportDataFromJson } from '../load-report-json';
import { parseCommandArgs, stringOption } from '../parse-command-args';
import { isZip, readInputBytes } from '../read-input-bytes';
import { TargetExistsError } from '../xlsx/atomic-write';
import { writePlanFile } from '../xlsx/write-plan';
import type { CliCommand } from './types';

const NAME = 'template';

/** Report data from the --data file, which must be JSON. */
async function loadData(file: string, cwd: string): Promise<ReportData> {
  const bytes = await readInputBytes(resolve(cwd, file), file);
  if (isZip(bytes)) throw new CliError(CLI_TEXT.dataMustBeJson(file));
  return reportDataFromJson(new TextDecoder('utf-8').decode(bytes), file);
}

/** Writes the plan to `out`, mapping file-system failures to one line naming the file. */
export async function writeWorkbook(data: ReportData | null, out: string, cwd: string, overwrite: boolean): Promise<void> {
  try {
    await writePlanFile(buildWorkbookPlan(data), resolve(cwd, out), { overwrite });
  } catch (e) {
    if (e instanceof TargetExistsError) throw new CliError(CLI_TEXT.outExists(out));
    const code = (e as NodeJS.ErrnoException).code;
    if (code) throw new CliError(CLI_TEXT.writeFailed(out, code));
    throw e;
  }
}

export const templateCommand: CliCommand = {
  name: NAME,
  summary: CLI_TEXT.templateSummary,
  usage: ['cchc template --out F.xlsx [--data D.json] [--force]'],
  options: [
    { flag: '--out F.xlsx', text: CLI_TEXT.templateOut },
    { flag: '--data D.json', text: CLI_TEXT.templateData },
    { flag: '--force', text: CLI_TEXT.templateForce },
  ],
  exitCodes: CLI_TEXT.templateExit,
  async run(args, io) {
    const parsed = parseCommandArgs(NAME, args, { out: { type: 'string', short: 'o' }, data: { type: 'string' }, force: { type: 'boolean' } });
    if (parsed.help) return printCommandHelp(templateCommand, io);
    const out = stringOption(NAME, parsed, 'out', true);
    if (parsed.positionals.length > 0) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.tooManyFiles(parsed.positionals.join(' '))));
    if (!/\.xlsx$/i.test(out)) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.outMustBeXlsx(out)));
    const dataFile = stringOption(NAME, parsed, 'data');
    const data = dataFile ? await loadData(dataFile, io.cwd) : null;
    await writeWorkbook(data, out, io.cwd, parsed.values.force === true);
    io.out(CLI_TEXT.wroteWorkbook(out));
    return EXIT.ok;
  },
};
