// What a command may touch of the outside world: its output streams and the working folder (tests pass their own).

export interface CliIo {
  /** One or more lines for standard output (a newline is added). */
  readonly out: (text: string) => void;
  /** One or more lines for standard error (a newline is added). */
  readonly err: (text: string) => void;
  /** Folder that relative paths are resolved from. */
  readonly cwd: string;
  /** Whether standard error is a terminal: progress lines are worth printing to a person watching, not to a pipe or a log. Absent means no. */
  readonly errIsTty?: boolean;
  /** Print the stack of an unexpected error (CCHC_DEBUG set in the environment). Absent means no. */
  readonly debug?: boolean;
}

/** The process's own streams. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
    errIsTty: process.stderr.isTTY === true,
    debug: Boolean(process.env.CCHC_DEBUG),
  };
}

/** An io that keeps what was printed, for tests and for commands that reuse another's output. */
export function memoryIo(cwd: string): CliIo & { readonly stdout: string[]; readonly stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => stdout.push(t), err: (t) => stderr.push(t), cwd, stdout, stderr };
}
