// `cchc forms <subcommand> …`: the form-set commands, dispatched through their own table; adding a subcommand is one entry in it.
import { CLI_TEXT } from '../../../core/i18n/cli';
import { FORMSET_TEXT } from '../../../core/i18n/form-sets';
import { CliError } from '../cli-error';
import { printCommandHelp } from '../help';
import type { CliCommand } from './types';

const NAME = 'forms';
const T = FORMSET_TEXT.cli;

export interface SubcommandEntry {
  /** What follows `cchc forms`. */
  readonly name: string;
  /** Its usage line, for `cchc forms --help` without loading it. */
  readonly usage: string;
  readonly load: () => Promise<CliCommand>;
}

/** The subcommands, each loaded only when run. `export` (the authoring workbook) joins with one line here. */
export const FORMS_SUBCOMMANDS: readonly SubcommandEntry[] = [
  { name: 'check', usage: T.checkUsage, load: async () => (await import('./forms-check')).formsCheckCommand },
  { name: 'export', usage: T.exportUsage, load: async () => (await import('./forms-export')).formsExportCommand },
];

/** The `forms` command over a table of subcommands (tests pass their own). */
export function formsCommandOver(subcommands: readonly SubcommandEntry[]): CliCommand {
  const names = subcommands.map((s) => s.name);
  const command: CliCommand = {
    name: NAME,
    summary: T.summary,
    usage: [...subcommands.map((s) => s.usage), T.subcommandHelp],
    options: [],
    exitCodes: T.exit,
    async run(args, io) {
      const [name, ...rest] = args;
      if (name === '--help' || name === '-h') return printCommandHelp(command, io);
      if (name === undefined) throw new CliError(CLI_TEXT.badArguments(NAME, T.missingSubcommand(names)));
      const entry = subcommands.find((s) => s.name === name);
      if (!entry) throw new CliError(CLI_TEXT.badArguments(NAME, T.unknownSubcommand(name, names)));
      return (await entry.load()).run(rest, io);
    },
  };
  return command;
}

export const formsCommand: CliCommand = formsCommandOver(FORMS_SUBCOMMANDS);
