// Reads a file the user picked (filled workbook .xlsx or report data .json) in the browser and checks it with the core.
import { UserError } from '../../core/errors/user-error';
import { UI_TEXT } from '../../core/i18n/messages';
import { checkReport } from '../../core/rules/check';
import { checkNamedValues, type NamedCheck } from '../../core/read/check-named-values';
import { lostFormulaFindings, withLostFormulas } from '../../core/read/formula-audit';
import { readXlsxNames } from './read-xlsx-names';
import { xlsxPresence, type XlsxNamedCells } from '../shared/read-xlsx-named-cells';
import { refuseDamaged } from '../../core/read/workbook-damage';
import { isBuiltinSet, setIdentity } from '../../core/forms/builtin';
import { catalogueOf } from '../../core/forms/builtin';
import { namedIdentity } from '../../core/forms/choose-form-set';
import type { FormSetDef } from '../../core/forms/form-set';
import { carriedSetIn, namedSetIn } from './pane-sets';
import { pickedBytes, PickedFileUnreadableError } from './picked-bytes';

/** What the pane needs of a File (and what tests can make without a DOM). */
export interface PickedFile {
  readonly name: string;
  /** File.size: a file too large for a workbook is refused before it is read. */
  readonly size?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A file that cannot be used; the message is Vietnamese and names the file. */
export class InputFileError extends UserError {}

const detailOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A check with the form set it was made by: the set the workbook carries, or the one the data names. */
export interface SetCheck extends NamedCheck {
  readonly set: FormSetDef;
}

async function readXlsx(file: PickedFile): Promise<SetCheck> {
  let named: XlsxNamedCells;
  try {
    named = await readXlsxNames(file);
  } catch (e) {
    // A refusal for size says why in Vietnamese; the reader's other errors are technical: a damaged file.
    throw new InputFileError(UI_TEXT.unreadableFile(file.name, e instanceof UserError ? e.message : UI_TEXT.consolidate.damaged));
  }
  const { values, addresses } = named;
  const set = carriedSetIn(file.name, values);
  try {
    const catalogue = catalogueOf(set);
    // A damaged workbook is refused, as Excel's Kiểm tra and `cchc check` refuse it.
    refuseDamaged(values, xlsxPresence(named), catalogue, UI_TEXT.damageHint.file);
    const checked = checkNamedValues(values, addresses, catalogue);
    // Computed cells that lost their formula, as `cchc check` and Kiểm tra in Excel and Google Sheets find them.
    const check = named.formulas ? withLostFormulas(checked, lostFormulaFindings(catalogue, named.formulas, checked.cellOf ?? (() => null))) : checked;
    // Data read from a workbook of another set names it, as the CLI's does.
    const data = check.data && !isBuiltinSet(set) ? { ...check.data, formSet: setIdentity(set) } : check.data;
    return { ...check, data, set };
  } catch (e) {
    throw new InputFileError(UI_TEXT.unreadableFile(file.name, detailOf(e)));
  }
}

/** The bytes of a picked file; one the browser can no longer read is an InputFileError naming it. */
export async function bytesOfPicked(file: PickedFile): Promise<Uint8Array> {
  try {
    return await pickedBytes(file);
  } catch (e) {
    if (e instanceof PickedFileUnreadableError) throw new InputFileError(UI_TEXT.unreadableFile(file.name, e.message));
    throw e;
  }
}

async function readJson(file: PickedFile, known: readonly FormSetDef[]): Promise<SetCheck> {
  const bytes = await bytesOfPicked(file);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new InputFileError(UI_TEXT.unreadableFile(file.name, UI_TEXT.badJson));
  }
  const set = namedSetIn(file.name, namedIdentity(raw), known);
  const catalogue = catalogueOf(set);
  // zod (the data schema) loads with the first JSON file picked, not with the pane: the first load stays within its budget.
  const { parseReportData } = await import(/* webpackChunkName: "data-schema" */ '../../core/data/schema');
  const parsed = parseReportData(raw, catalogue);
  if (!parsed.ok) throw new InputFileError(UI_TEXT.unreadableFile(file.name, UI_TEXT.badData(parsed.problems.join('; '))));
  return { result: checkReport(parsed.data, {}, catalogue), data: parsed.data, set, catalogue };
}

/**
 * Checks the picked file by the set it follows — the one a workbook carries, the one data names among `known` (the
 * built-in set when none) — and throws InputFileError for anything that is not a readable workbook or data file,
 * FormSetFileError for a damaged carried set or data of a set the pane does not know.
 */
export async function readInputFile(file: PickedFile, known: readonly FormSetDef[] = []): Promise<SetCheck> {
  const lower = file.name.toLowerCase();
  if (lower.endsWith('.xlsx')) return readXlsx(file);
  if (lower.endsWith('.json')) return readJson(file, known);
  throw new InputFileError(UI_TEXT.unsupportedFile(file.name));
}
