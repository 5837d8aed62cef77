// Loads a commune's earlier report (a workbook or report data JSON) for `check --previous`, `report --compare` and `template --previous`.
import { PERIODS_TEXT } from '../../core/i18n/periods';
import type { ReportData } from '../../core/data/types';
import type { FormSetDef } from '../../core/forms/form-set';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { loadInput } from './load-input';

/**
 * The earlier report as read, by its own set (ownSet), as the pane and Apps Script read it: the one its workbook carries, the
 * one its data names — the built-in one or one of `known` (the current report's set, the one given with --forms) — whatever
 * set the current report follows; its rows are then compared and carried by their keys. Data of a set the command does not
 * have is refused (exit 2), as is a damaged carried set.
 */
export async function loadEarlier(file: string, io: CliIo, known: readonly (FormSetDef | undefined)[]): ReturnType<typeof loadInput> {
  return loadInput(file, io, { includeComputed: false, earlier: known.filter((s): s is FormSetDef => s !== undefined) });
}

/** The earlier report's data (loadEarlier); a file whose header does not say its unit and period is refused (exit 2). */
export async function loadPrevious(file: string, io: CliIo, known: readonly (FormSetDef | undefined)[]): Promise<ReportData> {
  const input = await loadEarlier(file, io, known);
  if (!input.data) throw new CliError(PERIODS_TEXT.previousNoHeader(file));
  return input.data;
}
