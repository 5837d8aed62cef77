// The one error a command throws on bad input or usage: a Vietnamese line for the user and the exit code.
import { UserError } from '../../core/errors/user-error';

export const EXIT = { ok: 0, findings: 1, bad: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Printed as one line on standard error; no stack trace. */
export class CliError extends UserError {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.bad,
  ) {
    super(message);
  }
}
