// Vietnamese help of the program and of each command, built from the command table.
import { CLI_TEXT } from '../../core/i18n/cli';
import type { CliIo } from './cli-io';
import { EXIT } from './cli-error';
import type { CliCommand } from './commands/types';

const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(1, width - s.length));

/** `cchc --help`: every command with its one-line summary (the command table's, so that no command need be loaded). */
export function programHelp(commands: readonly Pick<CliCommand, 'name' | 'summary'>[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 3;
  return [
    CLI_TEXT.programSummary,
    '',
    `${CLI_TEXT.usageTitle}: ${CLI_TEXT.programUsage}`,
    '',
    `${CLI_TEXT.commandsTitle}:`,
    ...commands.map((c) => `  ${pad(c.name, width)}${c.summary}`),
    '',
    CLI_TEXT.moreHelp,
  ].join('\n');
}

/** `cchc <command> --help`: usage, options and exit codes. */
export function commandHelp(command: CliCommand): string {
  const options = [...command.options, { flag: '-h, --help', text: CLI_TEXT.helpOption }];
  const width = Math.max(...options.map((o) => o.flag.length)) + 3;
  return [
    `cchc ${command.name} — ${command.summary}`,
    '',
    `${CLI_TEXT.usageTitle}:`,
    ...command.usage.map((u) => `  ${u}`),
    '',
    `${CLI_TEXT.optionsTitle}:`,
    ...options.map((o) => `  ${pad(o.flag, width)}${o.text}`),
    '',
    `${CLI_TEXT.exitCodesTitle}: ${command.exitCodes}`,
  ].join('\n');
}

/** Prints a command's help; returns exit code 0. */
export function printCommandHelp(command: CliCommand, io: CliIo): number {
  io.out(commandHelp(command));
  return EXIT.ok;
}
