// `cchc forms export --out S.xlsx [--json] [--forms S0.xlsx|S0.json] [--force]`: a form set (the built-in one, or S0) as its authoring workbook or as JSON.
import { BUILTIN_SET } from '../../../core/forms/builtin';
import { FORMSET_TEXT } from '../../../core/i18n/form-sets';
import { CLI_TEXT } from '../../../core/i18n/cli';
import { CliError, EXIT } from '../cli-error';
import { writeFailure } from '../write-failure';
import { resolve } from 'node:path';
import { printCommandHelp } from '../help';
import { loadSetFile } from '../resolve-form-set';
import { parseCommandArgs, stringOption } from '../parse-command-args';
import { TargetExistsError, writeFileAtomic } from '../xlsx/atomic-write';
import { authoringWorkbookBytes } from '../xlsx/write-authoring-workbook';
import type { CliCommand } from './types';

const NAME = 'forms export';
const T = FORMSET_TEXT.exportCommand;

export const formsExportCommand: CliCommand = {
  name: NAME,
  summary: T.summary,
  usage: ['cchc forms export --out S.xlsx [--forms S0.xlsx|S0.json] [--force]', 'cchc forms export --json --out S.json [--forms S0.xlsx|S0.json] [--force]'],
  options: [
    { flag: '--out S.xlsx', text: T.out },
    { flag: '--json', text: T.json },
    { flag: '--forms S0', text: T.forms },
    { flag: '--force', text: T.force },
  ],
  exitCodes: T.exit,
  async run(args, io) {
    const parsed = parseCommandArgs(NAME, args, {
      out: { type: 'string', short: 'o' },
      json: { type: 'boolean' },
      forms: { type: 'string' },
      force: { type: 'boolean' },
    });
    if (parsed.help) return printCommandHelp(formsExportCommand, io);
    const out = stringOption(NAME, parsed, 'out', true);
    if (parsed.positionals.length > 0) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.tooManyFiles(parsed.positionals.join(' '))));
    const json = parsed.values.json === true;
    if (json && !/\.json$/i.test(out)) throw new CliError(CLI_TEXT.badArguments(NAME, T.outMustBeJson(out)));
    if (!json && !/\.xlsx$/i.test(out)) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.outMustBeXlsx(out)));
    const formsFile = stringOption(NAME, parsed, 'forms');
    const set = formsFile ? await loadSetFile(formsFile, io) : BUILTIN_SET;
    const data = json ? `${JSON.stringify(set, null, 2)}\n` : await authoringWorkbookBytes(set);
    try {
      await writeFileAtomic(resolve(io.cwd, out), data, { overwrite: parsed.values.force === true });
    } catch (e) {
      if (e instanceof TargetExistsError) throw new CliError(CLI_TEXT.outExists(out));
      throw writeFailure(out, e);
    }
    io.out(T.wrote(out));
    return EXIT.ok;
  },
};
