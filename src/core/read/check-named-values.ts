// Reads a workbook's named cells, as any host gets them, into report data with the cells of its findings, and checks what was read.
import type { FormsData, NarrativeKey, ReportData } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../forms/builtin';
import { definedName } from '../forms/catalogue';
import type { FormNumber } from '../forms/types';
import { infoCellName, narrativeCellName, type InfoField } from '../layout/names';
import { readWorkbookValues } from './read-workbook';
import { checkForms, checkReport, summarize } from '../rules/check';
import type { CheckResult, Finding } from '../rules/types';

/** The sheet address of a form cell, or null (JSON input has none). */
export type CellOf = (form: FormNumber, key: string) => string | null;
/** The sheet address of a header field's cell, or null. */
export type HeaderCellOf = (field: InfoField) => string | null;

/** What was read: report data (null when the header is too incomplete), the forms, what reading found, where each value sits. */
export interface ReadInput {
  readonly data: ReportData | null;
  readonly forms: FormsData;
  /** What reading found (text in number cells, header problems); rules come later, in checkRead. */
  readonly findings: readonly Finding[];
  readonly cellOf: CellOf;
  readonly headerCellOf: HeaderCellOf;
  /** The sheet address of a narrative cell (Thuyết minh); absent for JSON input. */
  readonly narrativeCellOf?: (key: NarrativeKey) => string | null;
}

export interface NamedCheck {
  readonly result: CheckResult;
  /** What the report is built from (computed cells left to the core); null when the header is incomplete. */
  readonly data: ReportData | null;
  /** Where each form value sits, for findings added later (the warnings across periods); absent for JSON input. */
  readonly cellOf?: CellOf;
  /** The form set the data was checked by (which inputs are compulsory, for a final report); absent: the built-in set. */
  readonly catalogue?: FormCatalogue;
}

/**
 * `values` and `addresses` are keyed by defined name. With `includeComputed`, computed cells are
 * read too, to audit them against the core's computation. Throws WorkbookFormatError (Vietnamese
 * message) when none of the template's names is there.
 */
export function readNamedWorkbook(
  values: Readonly<Record<string, unknown>>,
  addresses: Readonly<Record<string, string>>,
  includeComputed: boolean,
  catalogue: FormCatalogue = BUILTIN_CATALOGUE,
): ReadInput {
  const cellOfName = (name: string): string | null => addresses[name] ?? null;
  const cellOf: CellOf = (form, key) => cellOfName(definedName(form, key));
  const headerCellOf: HeaderCellOf = (field) => cellOfName(infoCellName(field));
  const read = readWorkbookValues(values, { includeComputed, cellOf, cellOfName }, catalogue);
  const narrativeCellOf = (key: NarrativeKey): string | null => cellOfName(narrativeCellName(key));
  return { data: read.data, forms: read.forms, findings: read.findings, cellOf, headerCellOf, narrativeCellOf };
}

/** Findings of reading and of the rules, in one result, each with its cell where the input had cells. */
export function checkRead(read: ReadInput, catalogue: FormCatalogue = BUILTIN_CATALOGUE): CheckResult {
  const options = { cellOf: read.cellOf, headerCellOf: read.headerCellOf, ...(read.narrativeCellOf ? { narrativeCellOf: read.narrativeCellOf } : {}) };
  const rules = read.data ? checkReport(read.data, options, catalogue).findings : checkForms(read.forms, options, catalogue);
  return summarize([...read.findings, ...rules]);
}

/** Checks a workbook's named cells (computed ones audited) and gives the report data without them. */
export function checkNamedValues(
  values: Readonly<Record<string, unknown>>,
  addresses: Readonly<Record<string, string>>,
  catalogue: FormCatalogue = BUILTIN_CATALOGUE,
): NamedCheck {
  const audited = readNamedWorkbook(values, addresses, true, catalogue);
  const data = audited.data ? readNamedWorkbook(values, addresses, false, catalogue).data : null;
  return { result: checkRead(audited, catalogue), data, cellOf: audited.cellOf, catalogue };
}
