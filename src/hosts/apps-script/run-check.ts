// Reads the active workbook by its named cells and runs the core's checks: the findings with their cells.
import { definedName } from '../../core/forms/catalogue';
import { readWorkbookValues } from '../../core/read/read-workbook';
import { checkForms, checkReport, summarize } from '../../core/rules/check';
import type { ReportData } from '../../core/data/types';
import type { CheckResult } from '../../core/rules/types';
import { infoCellName } from '../../core/layout/names';
import { readNamedValues } from './read-named-values';
import type { GasEnv, GasSpreadsheet } from './gas-types';

export interface WorkbookCheck {
  readonly result: CheckResult;
  /** What the report is built from (computed cells left to the core); null when the header is incomplete. */
  readonly data: ReportData | null;
}

/** Throws WorkbookFormatError (with a Vietnamese message) when the workbook has not been laid out. */
export function runCheck(env: GasEnv, ss: GasSpreadsheet): WorkbookCheck {
  const snap = readNamedValues(env, ss);
  const cellOfName = (name: string): string | null => snap.refs[name] ?? null;
  const cellOf = (form: Parameters<typeof definedName>[0], key: string): string | null => cellOfName(definedName(form, key));
  const read = readWorkbookValues(snap.byName, { includeComputed: true, cellOf, cellOfName });
  const rules = read.data ? checkReport(read.data, { cellOf, headerCellOf: (field) => cellOfName(infoCellName(field)) }).findings : checkForms(read.forms, { cellOf });
  // Computed cells are read above only to audit them; the report recomputes them itself.
  const data = read.data ? readWorkbookValues(snap.byName, { cellOf, cellOfName }).data : null;
  return { result: summarize([...read.findings, ...rules]), data };
}
