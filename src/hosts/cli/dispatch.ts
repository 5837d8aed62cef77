// Dispatches `cchc <command> …` through a command table; turns every failure into one Vietnamese line and an exit code.
// It does not know the table: the whole one (run-cli.ts) or one command's (a command bundle, bundled.ts) is given.
import { CLI_TEXT } from '../../core/i18n/cli';
import { CliError, EXIT } from './cli-error';
import type { CliIo } from './cli-io';
import type { CliCommand } from './commands/types';
import { commandHelp, programHelp } from './help';

/** One command of the table: its name and `cchc --help` line known without loading it. */
export interface CommandEntry {
  readonly name: string;
  /** The command's one line for `cchc --help`: its own `summary`. */
  readonly summary: string;
  readonly load: () => Promise<CliCommand>;
}

/** A table of already loaded commands (a command bundle, tests, embedding). */
export const entriesOf = (commands: readonly CliCommand[]): CommandEntry[] =>
  commands.map((command) => ({ name: command.name, summary: command.summary, load: () => Promise.resolve(command) }));

/** Runs the command line through `entries`; resolves to the exit code and never throws. */
export async function runCommandLine(argv: readonly string[], io: CliIo, entries: readonly CommandEntry[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) {
      io.err(`${CLI_TEXT.missingCommand}\n\n${programHelp(entries)}`);
      return EXIT.bad;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const target = name === 'help' ? entries.find((c) => c.name === rest[0]) : undefined;
      io.out(target ? commandHelp(await target.load()) : programHelp(entries));
      return EXIT.ok;
    }
    const entry = entries.find((c) => c.name === name);
    if (!entry) {
      io.err(CLI_TEXT.unknownCommand(name));
      return EXIT.bad;
    }
    return await (await entry.load()).run(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    // A bug, not bad input: still one line; the stack only on request.
    io.err(CLI_TEXT.unexpected(e instanceof Error ? e.message : String(e)));
    if (io.debug === true && e instanceof Error && e.stack) io.err(e.stack);
    return EXIT.bad;
  }
}
