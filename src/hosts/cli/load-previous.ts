// Loads a commune's earlier report (a workbook or report data JSON) for `check --previous` and `report --compare`.
import { PERIODS_TEXT } from '../../core/i18n/periods';
import type { ReportData } from '../../core/data/types';
import type { FormSetDef } from '../../core/forms/form-set';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { loadInput } from './load-input';

/** The earlier report's data, read by the set the current one follows (`set`); a file whose header does not say its unit and period is refused (exit 2). */
export async function loadPrevious(file: string, io: CliIo, set?: FormSetDef): Promise<ReportData> {
  const input = await loadInput(file, io, { includeComputed: false, given: set });
  if (!input.data) throw new CliError(PERIODS_TEXT.previousNoHeader(file));
  return input.data;
}
