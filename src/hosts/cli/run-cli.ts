// Dispatches `cchc <command> …` through the command table; turns every failure into one Vietnamese line and an exit code.
import { CLI_TEXT } from '../../core/i18n/messages';
import { CliError, EXIT } from './cli-error';
import type { CliIo } from './cli-io';
import { COMMANDS } from './commands/registry';
import type { CliCommand } from './commands/types';
import { commandHelp, programHelp } from './help';

/** Runs the command line; resolves to the exit code and never throws. */
export async function runCli(argv: readonly string[], io: CliIo, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) {
      io.err(`${CLI_TEXT.missingCommand}\n\n${programHelp(commands)}`);
      return EXIT.bad;
    }
    const target = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    io.out(target ? commandHelp(target) : programHelp(commands));
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(CLI_TEXT.unknownCommand(name));
    return EXIT.bad;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    // A bug, not bad input: still one line; the stack only on request.
    io.err(CLI_TEXT.unexpected(e instanceof Error ? e.message : String(e)));
    if (process.env.CCHC_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    return EXIT.bad;
  }
}
