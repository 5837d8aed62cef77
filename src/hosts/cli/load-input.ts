// Loads what a command was given — a workbook or report data as JSON — into the core's report data, by content, not by name.
import { resolve } from 'node:path';
import { CLI_TEXT } from '../../core/i18n/messages';
import { readNamedWorkbook, type ReadInput } from '../../core/read/check-named-values';
import { WorkbookFormatError } from '../../core/read/read-workbook';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { isZip, readInputBytes } from './read-input-bytes';
import { readXlsxNamedCells } from '../shared/read-xlsx-named-cells';
import { XlsxTooLargeError } from '../shared/xlsx-limits';
import { zlibInflate } from './xlsx/zlib-inflate';

/** A workbook or JSON file as read: JSON input has no cells. */
export type LoadedInput = ReadInput & { readonly kind: 'json' | 'workbook' };

export interface LoadOptions {
  /** Read computed cells too, so the checker can audit them (check), or leave them out (export). */
  readonly includeComputed: boolean;
}

/** Reads `file` (relative to io.cwd): a zip is a workbook, anything else must be report data JSON. */
export async function loadInput(file: string, io: CliIo, options: LoadOptions): Promise<LoadedInput> {
  const bytes = await readInputBytes(resolve(io.cwd, file), file);
  if (!isZip(bytes)) {
    // Named .xlsx but not a zip: a damaged or renamed file, not a JSON problem.
    if (/\.xlsx$/i.test(file)) throw new CliError(CLI_TEXT.notXlsx(file));
    // Loaded only for JSON: its validation (zod) is not needed to check a workbook, and costs start-up.
    const { reportDataFromJson } = await import('./load-report-json');
    const data = reportDataFromJson(new TextDecoder('utf-8').decode(bytes), file);
    return { kind: 'json', data, forms: data.forms, findings: [], cellOf: () => null, headerCellOf: () => null };
  }
  let named;
  try {
    // The light reader: only the parts the defined names need, within XLSX_LIMITS; ExcelJS is not loaded.
    named = readXlsxNamedCells(bytes, zlibInflate);
  } catch (e) {
    if (e instanceof XlsxTooLargeError) throw new CliError(CLI_TEXT.notTemplate(file, e.message));
    throw new CliError(CLI_TEXT.notXlsx(file));
  }
  try {
    return { kind: 'workbook', ...readNamedWorkbook(named.values, named.addresses, options.includeComputed) };
  } catch (e) {
    if (e instanceof WorkbookFormatError) throw new CliError(CLI_TEXT.notTemplate(file, (e as WorkbookFormatError).message));
    throw e;
  }
}
