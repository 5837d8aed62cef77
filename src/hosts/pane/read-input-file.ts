// Reads a file the user picked (filled workbook .xlsx or report data .json) in the browser and checks it with the core.
import { UserError } from '../../core/errors/user-error';
import { parseReportData } from '../../core/data/schema';
import { UI_TEXT } from '../../core/i18n/messages';
import { checkReport } from '../../core/rules/check';
import { checkNamedValues, type NamedCheck } from '../../core/read/check-named-values';
import { readXlsxNames } from './read-xlsx-names';
import type { NamedCells } from '../shared/xlsx-named-cells';

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

async function readXlsx(file: PickedFile): Promise<NamedCheck> {
  let named: NamedCells;
  try {
    named = await readXlsxNames(file);
  } catch (e) {
    // A refusal for size says why in Vietnamese; the reader's other errors are technical: a damaged file.
    throw new InputFileError(UI_TEXT.unreadableFile(file.name, e instanceof UserError ? e.message : UI_TEXT.consolidate.damaged));
  }
  const { values, addresses } = named;
  try {
    return checkNamedValues(values, addresses);
  } catch (e) {
    throw new InputFileError(UI_TEXT.unreadableFile(file.name, detailOf(e)));
  }
}

async function readJson(file: PickedFile): Promise<NamedCheck> {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(await file.arrayBuffer()));
  } catch {
    throw new InputFileError(UI_TEXT.unreadableFile(file.name, UI_TEXT.badJson));
  }
  const parsed = parseReportData(raw);
  if (!parsed.ok) throw new InputFileError(UI_TEXT.unreadableFile(file.name, UI_TEXT.badData(parsed.problems.join('; '))));
  return { result: checkReport(parsed.data), data: parsed.data };
}

/** Checks the picked file; throws InputFileError for anything that is not a readable workbook or data file. */
export async function readInputFile(file: PickedFile): Promise<NamedCheck> {
  const lower = file.name.toLowerCase();
  if (lower.endsWith('.xlsx')) return readXlsx(file);
  if (lower.endsWith('.json')) return readJson(file);
  throw new InputFileError(UI_TEXT.unsupportedFile(file.name));
}
