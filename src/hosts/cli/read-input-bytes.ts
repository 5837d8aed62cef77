// Reads a file given on the command line, turning every file-system failure into one Vietnamese line naming the file.
import { readFileSync, statSync } from 'node:fs';
import { CLI_TEXT } from '../../core/i18n/cli';
import { CliError } from './cli-error';
import { checkFileSize, XlsxTooLargeError } from '../shared/xlsx-limits';

/**
 * A file whose bytes could not be had, or are neither a workbook nor JSON (not a zip though named .xlsx, a zip no workbook
 * reader opens, JSON text that does not parse): no form set reads it otherwise, so consolidation never reads it again by
 * another set (OwnSetRead.final).
 */
export class UnreadableFileError extends CliError {}

/**
 * The bytes of `path` (resolved by the caller); `shown` is the name as the user typed it. Read synchronously: a command
 * waits for its input anyway, and `cchc consolidate`'s threads read thousands of small files, for which the promise API
 * (a round trip through libuv's thread pool per call) cost about 0.2 ms a file against 0.03 ms.
 */
export async function readInputBytes(path: string, shown: string): Promise<Uint8Array> {
  try {
    // The size first: a file far larger than any report (a 1.27 GB "workbook") is refused before it is read into memory.
    const stat = statSync(path);
    if (stat.isFile()) checkFileSize(stat.size);
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    if (e instanceof XlsxTooLargeError) throw new UnreadableFileError(CLI_TEXT.notTemplate(shown, e.message));
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnreadableFileError(CLI_TEXT.fileNotFound(shown));
    if (code === 'EISDIR') throw new UnreadableFileError(CLI_TEXT.fileIsDirectory(shown));
    throw new UnreadableFileError(CLI_TEXT.fileUnreadable(shown, code === 'EACCES' || code === 'EPERM' ? CLI_TEXT.noPermission : (code ?? CLI_TEXT.unknownReason)));
  }
}

/** Whether the bytes start like a zip archive (an .xlsx is one). */
export const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
