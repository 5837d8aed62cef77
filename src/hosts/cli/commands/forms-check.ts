// `cchc forms check S.xlsx|S.json [--json]`: every problem of a form set at its place, in Vietnamese; exit 1 when there is any.
import type { FormSetDef } from '../../../core/forms/form-set';
import type { SetProblem } from '../../../core/forms/set-problem';
import { placeText } from '../../../core/forms/set-problem';
import { FORMSET_TEXT } from '../../../core/i18n/form-sets';
import { EXIT } from '../cli-error';
import { printCommandHelp } from '../help';
import { parseCommandArgs, singleFile } from '../parse-command-args';
import { loadFormSetFile } from '../load-form-set-file';
import type { CliCommand } from './types';

const NAME = 'forms check';
const T = FORMSET_TEXT.cli;

function describeValid(file: string, set: FormSetDef): string[] {
  const rows = set.forms.reduce((n, f) => n + f.rows.length, 0);
  return [T.checkHeading(file), T.valid(set.id, set.version, set.forms.length, rows)];
}

function describeProblems(file: string, problems: readonly SetProblem[]): string[] {
  return [T.checkHeading(file), ...problems.map((p) => T.problemLine(placeText(p.place), p.message)), T.problemCount(problems.length)];
}

export const formsCheckCommand: CliCommand = {
  name: NAME,
  summary: T.checkSummary,
  usage: [T.checkUsage],
  options: [{ flag: '--json', text: T.checkJson }],
  exitCodes: T.checkExit,
  async run(args, io) {
    const parsed = parseCommandArgs(NAME, args, { json: { type: 'boolean' } });
    if (parsed.help) return printCommandHelp(formsCheckCommand, io);
    const file = singleFile(NAME, parsed);
    const read = await loadFormSetFile(file, io);
    const problems = 'problems' in read ? read.problems : [];
    if (parsed.values.json === true) {
      const out = problems.map((p) => ({ sheet: p.place?.sheet ?? null, cell: p.place?.cell ?? null, message: p.message }));
      io.out(JSON.stringify({ problems: out }, null, 2));
    } else {
      io.out(('set' in read ? describeValid(file, read.set) : describeProblems(file, problems)).join('\n'));
    }
    return problems.length > 0 ? EXIT.findings : EXIT.ok;
  },
};
