// Runs the core's reader and checker on a workbook's named cells, as any host reads them: findings with their cells, and the report data.
import type { ReportData } from '../data/types';
import { definedName } from '../forms/catalogue';
import type { FormNumber } from '../forms/types';
import { infoCellName } from '../layout/names';
import { readWorkbookValues } from './read-workbook';
import { checkForms, checkReport, summarize } from '../rules/check';
import type { CheckResult } from '../rules/types';

export interface NamedCheck {
  readonly result: CheckResult;
  /** What the report is built from (computed cells left to the core); null when the header is incomplete. */
  readonly data: ReportData | null;
}

/**
 * `values` and `addresses` are keyed by defined name. Throws WorkbookFormatError (Vietnamese
 * message) when none of the template's names is there.
 */
export function checkNamedValues(
  values: Readonly<Record<string, unknown>>,
  addresses: Readonly<Record<string, string>>,
): NamedCheck {
  const cellOfName = (name: string): string | null => addresses[name] ?? null;
  const cellOf = (form: FormNumber, key: string): string | null => cellOfName(definedName(form, key));
  // Computed cells are read to audit them against the core's computation; the report recomputes them itself.
  const audited = readWorkbookValues(values, { includeComputed: true, cellOf, cellOfName });
  const rules = audited.data
    ? checkReport(audited.data, { cellOf, headerCellOf: (field) => cellOfName(infoCellName(field)) }).findings
    : checkForms(audited.forms, { cellOf });
  const data = audited.data ? readWorkbookValues(values, { cellOf, cellOfName }).data : null;
  return { result: summarize([...audited.findings, ...rules]), data };
}
