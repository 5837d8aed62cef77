// The shape of one `cchc` command: its help in Vietnamese and the function that runs it.
import type { CliIo } from '../cli-io';

export interface OptionHelp {
  /** "--out F.xlsx" */
  readonly flag: string;
  readonly text: string;
}

export interface CliCommand {
  readonly name: string;
  /** One line for `cchc --help`. */
  readonly summary: string;
  /** "cchc template --out F.xlsx [--data D.json]" */
  readonly usage: readonly string[];
  readonly options: readonly OptionHelp[];
  /** What the exit codes mean. */
  readonly exitCodes: string;
  /** Runs with the arguments after the command name; resolves to the exit code. Throws CliError on bad input. */
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}
