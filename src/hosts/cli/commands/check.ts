// `cchc check F.xlsx|D.json [--json]`: prints the findings; exit 1 when any is an error.
import { checkRead } from '../../../core/read/check-named-values';
import { CLI_TEXT } from '../../../core/i18n/messages';
import { describeResult } from '../describe-result';
import { EXIT } from '../cli-error';
import { printCommandHelp } from '../help';
import { loadInput } from '../load-input';
import { parseCommandArgs, singleFile } from '../parse-command-args';
import type { CliCommand } from './types';

const NAME = 'check';

export const checkCommand: CliCommand = {
  name: NAME,
  summary: CLI_TEXT.checkSummary,
  usage: ['cchc check F.xlsx [--json]', 'cchc check D.json [--json]'],
  options: [{ flag: '--json', text: CLI_TEXT.checkJson }],
  exitCodes: CLI_TEXT.checkExit,
  async run(args, io) {
    const parsed = parseCommandArgs(NAME, args, { json: { type: 'boolean' } });
    if (parsed.help) return printCommandHelp(checkCommand, io);
    const file = singleFile(NAME, parsed);
    const result = checkRead(await loadInput(file, io, { includeComputed: true }));
    if (parsed.values.json === true) {
      const { errors, warnings, infos } = result;
      // Fields in the order CONTRACTS.md prints them, for people who read the JSON.
      const findings = result.findings.map(({ form, row, cell, severity, rule, message }) => ({ form, row, cell, severity, rule, message }));
      io.out(JSON.stringify({ findings, errors, warnings, infos }, null, 2));
    } else {
      io.out(describeResult(file, result).join('\n'));
    }
    return result.errors > 0 ? EXIT.findings : EXIT.ok;
  },
};
