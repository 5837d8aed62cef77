// `cchc check F.xlsx|D.json [--json] [--previous P]`: prints the findings (with the warnings across periods); exit 1 when any is an error.
import { checkRead } from '../../../core/read/check-named-values';
import { CLI_TEXT } from '../../../core/i18n/cli';
import { PERIODS_TEXT } from '../../../core/i18n/periods';
import { compareFindings, summarize } from '../../../core/rules/check';
import { EarlierReportError, warningsAgainst } from '../../../core/rules/check-across-periods';
import type { CheckResult } from '../../../core/rules/types';
import type { CliIo } from '../cli-io';
import { CliError } from '../cli-error';
import { describeResult } from '../describe-result';
import { EXIT } from '../cli-error';
import { printCommandHelp } from '../help';
import { loadInput } from '../load-input';
import { loadPrevious } from '../load-previous';
import { FORMS_ARG, FORMS_HELP, loadGivenSet } from '../resolve-form-set';
import { isBuiltinSet, setIdentity } from '../../../core/forms/builtin';
import type { FormSetDef } from '../../../core/forms/form-set';
import { parseCommandArgs, singleFile, stringOption } from '../parse-command-args';
import type { CliCommand } from './types';
import { lostFormulaFindings, withLostFormulas } from '../../../core/read/formula-audit';

const NAME = 'check';

/** The findings with the warnings across periods added, when a previous report was given; another commune's or a later one is refused. */
async function withPrevious(
  result: CheckResult,
  input: Awaited<ReturnType<typeof loadInput>>,
  file: string | undefined,
  io: CliIo,
  given: FormSetDef | undefined,
): Promise<CheckResult> {
  if (file === undefined) return result;
  // Read by its own set: last period's may be of the set the province used before this one.
  const previous = await loadPrevious(file, io, [input.set, given]);
  // Without the current header there is no unit or period to compare: its own errors already say so.
  if (!input.data) return result;
  let across;
  try {
    across = warningsAgainst(input.data, previous, { cellOf: input.cellOf }, input.catalogue);
  } catch (e) {
    if (e instanceof EarlierReportError) throw new CliError(`${file}: ${e.message}`);
    throw e;
  }
  return summarize([...result.findings, ...across].sort(compareFindings));
}

/** A workbook's computed cells that lost their formula, as Kiểm tra finds them in Excel and Google Sheets. */
function withLostFormulasOf(result: CheckResult, input: Awaited<ReturnType<typeof loadInput>>): CheckResult {
  if (!input.formulas) return result;
  return withLostFormulas({ result }, lostFormulaFindings(input.catalogue, input.formulas, input.cellOf)).result;
}

export const checkCommand: CliCommand = {
  name: NAME,
  summary: CLI_TEXT.checkSummary,
  usage: ['cchc check F.xlsx [--json] [--previous P.xlsx|P.json] [--forms S]', 'cchc check D.json [--json] [--previous P.xlsx|P.json] [--forms S]'],
  options: [
    { flag: '--json', text: CLI_TEXT.checkJson },
    { flag: '--previous P', text: PERIODS_TEXT.cli.checkPrevious },
    FORMS_HELP,
  ],
  exitCodes: CLI_TEXT.checkExit,
  async run(args, io) {
    const parsed = parseCommandArgs(NAME, args, { json: { type: 'boolean' }, previous: { type: 'string' }, ...FORMS_ARG });
    if (parsed.help) return printCommandHelp(checkCommand, io);
    const file = singleFile(NAME, parsed);
    const given = await loadGivenSet(stringOption(NAME, parsed, 'forms'), io);
    const input = await loadInput(file, io, { includeComputed: true, given });
    const result = await withPrevious(withLostFormulasOf(checkRead(input, input.catalogue), input), input, stringOption(NAME, parsed, 'previous'), io, given);
    if (parsed.values.json === true) {
      const { errors, warnings, infos } = result;
      // Fields in the order CONTRACTS.md prints them, for people who read the JSON.
      const findings = result.findings.map(({ form, row, cell, severity, rule, message }) => ({ form, row, cell, severity, rule, message }));
      // The set is named only when it is not the built-in one: the built-in set's output is unchanged.
      const formSet = isBuiltinSet(input.set) ? {} : { formSet: setIdentity(input.set) };
      io.out(JSON.stringify({ ...formSet, findings, errors, warnings, infos }, null, 2));
    } else {
      io.out(describeResult(file, result).join('\n'));
    }
    return result.errors > 0 ? EXIT.findings : EXIT.ok;
  },
};
