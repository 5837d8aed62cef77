// Turns a failure to write an output file into one Vietnamese line naming the file, the reason in words, not an errno code.
import { CLI_TEXT } from '../../core/i18n/cli';
import { CliError } from './cli-error';

const R = CLI_TEXT.writeReason;

/**
 * The reason for a system error code (https://nodejs.org/api/errors.html#common-system-errors). EEXIST reaches here only
 * from creating the folders (an existing target is TargetExistsError): a part of the path is a file. EPERM is also
 * what Windows gives for replacing a file another program holds open (Excel with the workbook open).
 */
function reasonOf(code: string | undefined): string {
  switch (code) {
    case undefined:
      return CLI_TEXT.unknownReason;
    case 'EACCES':
    case 'EPERM':
      return R.noPermission;
    case 'EROFS':
      return R.readOnly;
    case 'ENOSPC':
    case 'EDQUOT':
      return R.diskFull;
    case 'EISDIR':
      return R.isDirectory;
    case 'ENOTDIR':
    case 'EEXIST':
      return R.parentIsFile;
    case 'ENAMETOOLONG':
      return R.nameTooLong;
    case 'EBUSY':
      return R.busy;
    default:
      return R.other(code);
  }
}

/** The CliError for a failed write of `shown` (the name as the user typed it). */
export function writeFailure(shown: string, e: unknown): CliError {
  return new CliError(CLI_TEXT.writeFailed(shown, reasonOf((e as NodeJS.ErrnoException | undefined)?.code)));
}
