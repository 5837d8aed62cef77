// Runs `cchc <command> …` through the whole command table; turns every failure into one Vietnamese line and an exit code.
import type { CliIo } from './cli-io';
import { COMMANDS } from './commands/registry';
import { runCommandLine, type CommandEntry } from './dispatch';

/** Runs the command line; resolves to the exit code and never throws. */
export const runCli = (argv: readonly string[], io: CliIo, entries: readonly CommandEntry[] = COMMANDS): Promise<number> =>
  runCommandLine(argv, io, entries);
