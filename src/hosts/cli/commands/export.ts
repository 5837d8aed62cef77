// `cchc export F.xlsx [--out D.json]`: the workbook's report data as JSON, on standard output or in a file.
import { resolve } from 'node:path';
import { CLI_TEXT } from '../../../core/i18n/cli';
import { CliError, EXIT } from '../cli-error';
import { writeFailure } from '../write-failure';
import { printCommandHelp } from '../help';
import { loadInput } from '../load-input';
import { FORMS_ARG, FORMS_HELP, loadGivenSet } from '../resolve-form-set';
import { parseCommandArgs, singleFile, stringOption } from '../parse-command-args';
import { writeFileAtomic } from '../xlsx/atomic-write';
import type { CliCommand } from './types';

const NAME = 'export';

export const exportCommand: CliCommand = {
  name: NAME,
  summary: CLI_TEXT.exportSummary,
  usage: ['cchc export F.xlsx [--out D.json] [--forms S]'],
  options: [{ flag: '--out D.json', text: CLI_TEXT.exportOut }, FORMS_HELP],
  exitCodes: CLI_TEXT.exportExit,
  async run(args, io) {
    const parsed = parseCommandArgs(NAME, args, { out: { type: 'string', short: 'o' }, ...FORMS_ARG });
    if (parsed.help) return printCommandHelp(exportCommand, io);
    const file = singleFile(NAME, parsed);
    const out = stringOption(NAME, parsed, 'out');
    // Computed cells are left out: they follow from the inputs, and the data round-trips unchanged.
    // Data of a set other than the built-in one names it (`formSet`): loadInput adds it.
    const given = await loadGivenSet(stringOption(NAME, parsed, 'forms'), io);
    const input = await loadInput(file, io, { includeComputed: false, given });
    if (input.kind !== 'workbook') throw new CliError(CLI_TEXT.exportNeedsWorkbook(file));
    if (!input.data) {
      const problems = input.findings.filter((f) => f.form === null && f.severity === 'error').map((f) => f.message);
      throw new CliError(CLI_TEXT.headerIncomplete(file, problems));
    }
    const json = `${JSON.stringify(input.data, null, 2)}\n`;
    if (!out) {
      io.out(json.trimEnd());
      return EXIT.ok;
    }
    try {
      await writeFileAtomic(resolve(io.cwd, out), json, { overwrite: true });
    } catch (e) {
      throw writeFailure(out, e);
    }
    io.out(CLI_TEXT.wroteData(out));
    return EXIT.ok;
  },
};
