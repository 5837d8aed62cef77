// Loads what a command was given — a workbook or report data as JSON — into the core's report data, by content, not by name.
import { resolve } from 'node:path';
import type { FormsData, ReportData } from '../../core/data/types';
import { definedName } from '../../core/forms/catalogue';
import type { FormNumber } from '../../core/forms/types';
import { CLI_TEXT } from '../../core/i18n/messages';
import { infoCellName, type InfoField } from '../../core/layout/names';
import { readWorkbookValues, WorkbookFormatError } from '../../core/read/read-workbook';
import type { Finding } from '../../core/rules/types';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { reportDataFromJson } from './load-report-json';
import { isZip, readInputFile } from './read-input-file';
import { loadWorkbook } from './xlsx/load-workbook';
import { readNamedCells } from '../shared/xlsx-named-cells';

/** The sheet address of a form cell, or null (JSON input has none). */
export type CellOf = (form: FormNumber, key: string) => string | null;
/** The sheet address of a header field's cell, or null. */
export type HeaderCellOf = (field: InfoField) => string | null;

export type LoadedInput =
  | {
      readonly kind: 'json';
      readonly data: ReportData;
      readonly forms: FormsData;
      readonly findings: readonly Finding[];
      readonly cellOf: CellOf;
      readonly headerCellOf: HeaderCellOf;
    }
  | {
      readonly kind: 'workbook';
      /** Null when the header sheet is not complete enough to be report data. */
      readonly data: ReportData | null;
      readonly forms: FormsData;
      /** What reading found (text in number cells, header problems). */
      readonly findings: readonly Finding[];
      readonly cellOf: CellOf;
      readonly headerCellOf: HeaderCellOf;
    };

export interface LoadOptions {
  /** Read computed cells too, so the checker can audit them (check), or leave them out (export). */
  readonly includeComputed: boolean;
}

/** Reads `file` (relative to io.cwd): a zip is a workbook, anything else must be report data JSON. */
export async function loadInput(file: string, io: CliIo, options: LoadOptions): Promise<LoadedInput> {
  const bytes = await readInputFile(resolve(io.cwd, file), file);
  if (!isZip(bytes)) {
    // Named .xlsx but not a zip: a damaged or renamed file, not a JSON problem.
    if (/\.xlsx$/i.test(file)) throw new CliError(CLI_TEXT.notXlsx(file));
    const data = reportDataFromJson(new TextDecoder('utf-8').decode(bytes), file);
    return { kind: 'json', data, forms: data.forms, findings: [], cellOf: () => null, headerCellOf: () => null };
  }
  let named;
  try {
    named = readNamedCells(await loadWorkbook(bytes));
  } catch {
    throw new CliError(CLI_TEXT.notXlsx(file));
  }
  const addresses = named.addresses;
  const cellOf: CellOf = (form, key) => addresses[definedName(form, key)] ?? null;
  const headerCellOf: HeaderCellOf = (field) => addresses[infoCellName(field)] ?? null;
  try {
    const read = readWorkbookValues(named.values, {
      includeComputed: options.includeComputed,
      cellOf,
      cellOfName: (name) => addresses[name] ?? null,
    });
    return { kind: 'workbook', data: read.data, forms: read.forms, findings: read.findings, cellOf, headerCellOf };
  } catch (e) {
    if (e instanceof WorkbookFormatError) throw new CliError(CLI_TEXT.notTemplate(file, (e as WorkbookFormatError).message));
    throw e;
  }
}
