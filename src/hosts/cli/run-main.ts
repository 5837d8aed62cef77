// What the `cchc` process does once its command table is known (the whole one, or a command bundle's one): runs the
// command line on the process's arguments and streams, and leaves the exit code for the process.
import { processIo } from './cli-io';
import { runCommandLine, type CommandEntry } from './dispatch';

export function runMain(argv: readonly string[], entries: readonly CommandEntry[]): Promise<number> {
  // A closed pipe (cchc export F.xlsx | head) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  return runCommandLine(argv, processIo(), entries).then((code) => {
    process.exitCode = code;
    return code;
  });
}
