// node:util parseArgs with Vietnamese usage errors and a --help flag common to every command.
import { parseArgs } from 'node:util';
import { CLI_TEXT } from '../../core/i18n/cli';
import { CliError } from './cli-error';

export type OptionSpec = Readonly<Record<string, { readonly type: 'string' | 'boolean'; readonly short?: string; readonly multiple?: boolean }>>;

export interface ParsedArgs {
  readonly help: boolean;
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}

interface NodeError {
  readonly code?: string;
  readonly message: string;
}

function explain(e: NodeError): string {
  // parseArgs quotes the option in its English message: "Unknown option '--x'".
  const option = /'(-[^']*)'/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return CLI_TEXT.unknownOption(option);
  // "Option '-o, --out <value>' argument missing": name the long form.
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return CLI_TEXT.optionNeedsValue(/--[\w-]+/.exec(option)?.[0] ?? option);
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return CLI_TEXT.tooManyFiles(/'([^']*)'/.exec(e.message)?.[1] ?? '');
  return CLI_TEXT.badOptionValue(e.message);
}

/** Parses a command's arguments strictly; unknown options and missing values are CliErrors naming the command. */
export function parseCommandArgs(command: string, args: readonly string[], options: OptionSpec): ParsedArgs {
  try {
    const parsed = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    const { help, ...values } = parsed.values as Record<string, string | boolean | readonly string[] | undefined>;
    return { help: help === true, values, positionals: parsed.positionals };
  } catch (e) {
    throw new CliError(CLI_TEXT.badArguments(command, explain(e as NodeError)));
  }
}

/** The string value of an option, or a CliError when it is required and missing. */
export function stringOption(command: string, parsed: ParsedArgs, name: string, required: true): string;
export function stringOption(command: string, parsed: ParsedArgs, name: string, required?: false): string | undefined;
export function stringOption(command: string, parsed: ParsedArgs, name: string, required = false): string | undefined {
  const v = parsed.values[name];
  if (typeof v === 'string' && v.length > 0) return v;
  if (required) throw new CliError(CLI_TEXT.badArguments(command, CLI_TEXT.missingOption(`--${name}`)));
  return undefined;
}

/** Exactly one positional file name, or a CliError. */
export function singleFile(command: string, parsed: ParsedArgs): string {
  const [file, ...extra] = parsed.positionals;
  if (!file) throw new CliError(CLI_TEXT.badArguments(command, CLI_TEXT.missingFile));
  if (extra.length > 0) throw new CliError(CLI_TEXT.badArguments(command, CLI_TEXT.tooManyFiles(extra.join(' '))));
  return file;
}

/**
 * Takes `--flag A B …` (the values up to the next option) out of the arguments, since parseArgs gives a
 * flag one value; `--flag=A` and a repeated flag also work. `values` is undefined when the flag is absent.
 */
export function takeVariadic(args: readonly string[], flag: string): { readonly rest: readonly string[]; readonly values: readonly string[] | undefined } {
  const rest: string[] = [];
  let values: string[] | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg.startsWith(`${flag}=`)) {
      (values ??= []).push(arg.slice(flag.length + 1));
      continue;
    }
    if (arg !== flag) {
      rest.push(arg);
      continue;
    }
    values ??= [];
    while (i + 1 < args.length && !(args[i + 1] ?? '').startsWith('-')) values.push(args[++i] ?? '');
  }
  return { rest, values };
}
