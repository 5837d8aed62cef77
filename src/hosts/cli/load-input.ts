// Loads what a command was given — a workbook or report data as JSON — into the core's report data, by content, not by name, with the form set it follows.
import { resolve } from 'node:path';
import type { FormCatalogue } from '../../core/forms/build-catalogue';
import { BUILTIN_SET, isBuiltinSet, setIdentity } from '../../core/forms/builtin';
import type { FormSetDef, FormSetIdentity } from '../../core/forms/form-set';
import { CLI_TEXT } from '../../core/i18n/cli';
import { readNamedWorkbook, type ReadInput } from '../../core/read/check-named-values';
import { WorkbookFormatError } from '../../core/read/read-workbook';
import { refuseDamaged, type DamageHint } from '../../core/read/workbook-damage';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { isZip, readInputBytes, UnreadableFileError } from './read-input-bytes';
import { carriedSetOf, catalogueOf, chooseSetFor } from './resolve-form-set';
import { readXlsxNamedCells, xlsxPresence } from '../shared/read-xlsx-named-cells';
import { XlsxTooLargeError } from '../shared/xlsx-limits';
import { zlibInflate } from './xlsx/zlib-inflate';

/** A workbook or JSON file as read (JSON input has no cells), with the set it was read by and the set it carries or names itself. */
export type LoadedInput = ReadInput & {
  readonly kind: 'json' | 'workbook';
  /** The set the command follows for this input (chooseFormSet). */
  readonly set: FormSetDef;
  readonly catalogue: FormCatalogue;
  /** The set the input itself carries or names (the built-in one when none): how consolidation tells sets apart. */
  readonly own: FormSetIdentity;
  /** Workbook input: whether each named cell holds a formula (the computed cells must). */
  readonly formulas?: Readonly<Record<string, boolean>>;
};

export interface LoadOptions {
  /** Read computed cells too, so the checker can audit them (check), or leave them out (export). */
  readonly includeComputed: boolean;
  /** The set given with `--forms`, already checked. */
  readonly given?: FormSetDef | undefined;
  /**
   * Consolidation: a file that carries or names another set than `given` is not refused but returned with that set as
   * `own` (a workbook read by the set it carries, data left unread: its rows are another set's), for the caller to reject
   * as a file of another set, as the pane and Apps Script do.
   */
  readonly otherSetAsOwn?: boolean;
  /**
   * An earlier report (--previous, --compare): read by its own set (ownSet) — the one a workbook carries, the one data names
   * among these sets or the built-in one — never by `given`, as the pane and Apps Script read it.
   */
  readonly earlier?: readonly FormSetDef[];
}

/** What the command line tells the person to do with the damaged or older workbook `file`, after what is wrong with it. */
export function damageHintFor(file: string): DamageHint {
  return {
    repair: CLI_TEXT.damageRepairHint(file),
    repairSheets: CLI_TEXT.damageSheetsHint(file),
    upgrade: CLI_TEXT.damageUpgradeHint(file),
    giveBack: CLI_TEXT.damageGiveBackHint,
  };
}

/** Reads `file` (relative to io.cwd): a zip is a workbook, anything else must be report data JSON. */
export async function loadInput(file: string, io: CliIo, options: LoadOptions): Promise<LoadedInput> {
  const bytes = await readInputBytes(resolve(io.cwd, file), file);
  const given = options.given ? { given: options.given } : {};
  if (!isZip(bytes)) {
    // Named .xlsx but not a zip: a damaged or renamed file, not a JSON problem.
    if (/\.xlsx$/i.test(file)) throw new UnreadableFileError(CLI_TEXT.notXlsx(file));
    // Loaded only for JSON: its validation (zod) is not needed to check a workbook, and costs start-up.
    const { otherSetNamed, readOwnReportJson, readReportJson } = await import('./load-report-json');
    const text = new TextDecoder('utf-8').decode(bytes);
    if (options.earlier) {
      const { data, set, own } = readOwnReportJson(text, file, options.earlier);
      return { kind: 'json', data, forms: data.forms, findings: [], cellOf: () => null, headerCellOf: () => null, set, catalogue: catalogueOf(set), own };
    }
    const other = options.otherSetAsOwn && options.given ? otherSetNamed(text, options.given) : null;
    if (other && options.given) {
      return { kind: 'json', data: null, forms: {}, findings: [], cellOf: () => null, headerCellOf: () => null, set: options.given, catalogue: catalogueOf(options.given), own: other };
    }
    const { data, set, own } = readReportJson(text, file, options.given);
    return { kind: 'json', data, forms: data.forms, findings: [], cellOf: () => null, headerCellOf: () => null, set, catalogue: catalogueOf(set), own };
  }
  const named = lightReadXlsx(file, bytes);
  const carried = carriedSetOf(file, named.values);
  const set = options.earlier ? (carried ?? BUILTIN_SET) : options.otherSetAsOwn && carried ? carried : chooseSetFor(file, { ...given, carried });
  const catalogue = catalogueOf(set);
  let read: ReadInput;
  try {
    // A damaged workbook (a sheet or a name of the template lost) is refused, as Excel's Kiểm tra refuses it: read, it would lose rows silently.
    // Judged by the set the workbook was laid out with (the one it carries, else the built-in one), not the one it is read by.
    refuseDamaged(named.values, xlsxPresence(named), catalogueOf(carried ?? BUILTIN_SET), damageHintFor(file));
    read = readNamedWorkbook(named.values, named.addresses, options.includeComputed, catalogue);
  } catch (e) {
    if (e instanceof WorkbookFormatError) throw new CliError(CLI_TEXT.notTemplate(file, (e as WorkbookFormatError).message));
    throw e;
  }
  // Data read from a workbook of another set names it, so that what is exported from it says which set it follows.
  const data = read.data && !isBuiltinSet(set) ? { ...read.data, formSet: setIdentity(set) } : read.data;
  return { kind: 'workbook', ...read, data, set, catalogue, own: carried ?? BUILTIN_SET, ...(named.formulas ? { formulas: named.formulas } : {}) };
}

/**
 * The light reader: only the parts the defined names need, within XLSX_LIMITS; ExcelJS is not loaded. A file over the
 * bounds, or one whose parts cannot be read, is one CliError naming the file.
 */
export function lightReadXlsx(file: string, bytes: Uint8Array): ReturnType<typeof readXlsxNamedCells> {
  try {
    return readXlsxNamedCells(bytes, zlibInflate);
  } catch (e) {
    if (e instanceof XlsxTooLargeError) throw new UnreadableFileError(CLI_TEXT.notTemplate(file, e.message));
    throw new UnreadableFileError(CLI_TEXT.notXlsx(file));
  }
}
