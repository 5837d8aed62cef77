// `cchc forms export --out S.xlsx [--json] [--forms S0.xlsx|S0.json] [--force]`: a form set (the built-in one, or S0) as its authoring workbook or as JSON.
import { BUILTIN_SET } from '../../../core/forms/builtin';
import type { FormSetDef } from '../../../core/forms/form-set';
import type { SetPlace, SetProblem } from '../../../core/forms/set-problem';
import { FORMSET_TEXT } from '../../../core/i18n/form-sets';
import { CLI_TEXT } from '../../../core/i18n/messages';
import { sheetRef } from '../../../core/layout/a1';
import { CliError, EXIT } from '../cli-error';
import { resolve } from 'node:path';
import type { CliIo } from '../cli-io';
import { printCommandHelp } from '../help';
import { loadFormSetFile } from '../load-form-set-file';
import { parseCommandArgs, stringOption } from '../parse-command-args';
import { TargetExistsError, writeFileAtomic } from '../xlsx/atomic-write';
import { authoringWorkbookBytes } from '../xlsx/write-authoring-workbook';
import type { CliCommand } from './types';

const NAME = 'forms export';
const T = FORMSET_TEXT.exportCommand;

/** "'Chỉ tiêu'!F3", the sheet alone, or a JSON path. */
const placeText = (place: SetPlace | null): string =>
  !place ? '' : place.sheet === null ? (place.cell ?? '') : place.cell === null ? place.sheet : sheetRef(place.sheet, place.cell);

const unreadable = (file: string, problems: readonly SetProblem[]): CliError =>
  new CliError(T.setUnreadable(file, problems.map((p) => T.problemAt(placeText(p.place), p.message))));

/** The set in `file` (an authoring workbook or its JSON), checked as `cchc forms check` checks it; any problem is a CliError naming the file. */
async function loadSet(file: string, io: CliIo): Promise<FormSetDef> {
  const loaded = await loadFormSetFile(file, io);
  if ('problems' in loaded) throw unreadable(file, loaded.problems);
  return loaded.set;
}

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
    const set = formsFile ? await loadSet(formsFile, io) : BUILTIN_SET;
    const data = json ? `${JSON.stringify(set, null, 2)}\n` : await authoringWorkbookBytes(set);
    try {
      await writeFileAtomic(resolve(io.cwd, out), data, { overwrite: parsed.values.force === true });
    } catch (e) {
      if (e instanceof TargetExistsError) throw new CliError(CLI_TEXT.outExists(out));
      throw new CliError(CLI_TEXT.writeFailed(out, (e as NodeJS.ErrnoException).code ?? CLI_TEXT.unknownReason));
    }
    io.out(T.wrote(out));
    return EXIT.ok;
  },
};
