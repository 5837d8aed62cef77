// The checker's entry points: every finding on report data, sorted for display, and their counts.
import type { FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../forms/builtin';
import type { FormNumber } from '../forms/types';
import { DEFAULT_PLACE, placeWords, type PlaceWords } from '../data/place-words';
import type { FormsData, NarrativeKey, ReportData } from '../data/types';
import { checkStaffText } from './check-staff-text';
import { checkEmptySections } from './check-sections';
import { checkHeader, type HeaderField } from './check-header';
import { checkMissing, type SkippedRule } from './check-missing';
import { checkValue, type FormFinding } from './check-values';
import { checkPercentFraction } from './check-percent-fraction';
import { evaluateRule } from './evaluate-rule';
import { ruleMessage } from './rule-message';
import { SEVERITIES, type CheckResult, type Finding } from './types';
import { formValues } from './values';

export interface CheckOptions {
  /** The sheet address of a form cell ("'Biểu mẫu 1'!D8") when the data came from a workbook. */
  readonly cellOf?: (form: FormNumber, key: string) => string | null;
  /** The sheet address of a header cell (Thông tin chung), for findings about the header. */
  readonly headerCellOf?: (field: HeaderField) => string | null;
  /** The sheet address of a narrative cell (Thuyết minh), for findings on the staff's text. */
  readonly narrativeCellOf?: (key: NarrativeKey) => string | null;
  /** The words of the unit's place the messages use ("tổ dân phố" in a phường); absent: a xã's in a province. */
  readonly place?: PlaceWords;
}

function runRules(forms: FormsData, catalogue: FormCatalogue, place: PlaceWords): { readonly findings: FormFinding[]; readonly skipped: SkippedRule[] } {
  const findings: FormFinding[] = [];
  const skipped: SkippedRule[] = [];
  for (const rule of catalogue.rules) {
    const outcome = evaluateRule(rule, forms, catalogue);
    if (outcome.status === 'skipped') skipped.push({ rule, blanks: outcome.blanks });
    if (outcome.status !== 'failed') continue;
    findings.push({
      form: rule.anchor.form,
      row: rule.anchor.key,
      severity: rule.severity,
      rule: rule.id,
      message: ruleMessage(rule, outcome.left, outcome.right, outcome.condition, catalogue, place),
    });
  }
  return { findings, skipped };
}

/**
 * Header first, then by form, by row order in the form (the form's own finding first), by severity; stable otherwise.
 * A comparator for sort: the catalogue is the one the findings are of.
 */
export function compareFindings(a: Finding, b: Finding, catalogue: FormCatalogue = BUILTIN_CATALOGUE): number {
  const form = (a.form ?? 0) - (b.form ?? 0);
  if (form !== 0) return form;
  const rowOf = (f: Finding): number => f.row === null ? -1 : ((f.form === null ? undefined : catalogue.rowIndex(f.form, f.row)) ?? Number.MAX_SAFE_INTEGER);
  const row = rowOf(a) - rowOf(b);
  if (row !== 0) return row;
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
}

/** Every finding on the forms' values: per-value checks, form rules, and what is missing. */
export function checkForms(forms: FormsData, options: CheckOptions = {}, catalogue: FormCatalogue = BUILTIN_CATALOGUE): Finding[] {
  const place = options.place ?? DEFAULT_PLACE;
  const own: FormFinding[] = [];
  for (const form of catalogue.forms) {
    const values = formValues(forms, form.number);
    for (const row of form.rows) {
      const finding = checkValue(form, row, values[row.key], forms, catalogue, place);
      if (finding) own.push(finding);
    }
  }
  const fraction = checkPercentFraction(forms, catalogue, place);
  if (fraction) own.push(fraction);
  const rules = runRules(forms, catalogue, place);
  const found = [...own, ...rules.findings];
  // A row that already has a finding (5 = 1 but 5.1 empty) needs no second one saying it is empty.
  const missing = checkMissing(forms, rules.skipped, catalogue, place).filter((m) => !found.some((f) => f.form === m.form && f.row === m.row));
  const all = [...found, ...missing];
  return all
    .map((f): Finding => ({ ...f, cell: f.form !== null && f.row !== null && options.cellOf ? options.cellOf(f.form, f.row) : null }))
    .sort((a, b) => compareFindings(a, b, catalogue));
}

export function summarize(findings: readonly Finding[]): CheckResult {
  const count = (s: Finding['severity']): number => findings.filter((f) => f.severity === s).length;
  return { findings: [...findings], errors: count('error'), warnings: count('warning'), infos: count('info') };
}

/** The forms' findings, the header's (dates in order, in the report's year, a signer's name), those on the staff's text and on sections left without it. */
export function checkReport(data: ReportData, options: CheckOptions = {}, catalogue: FormCatalogue = BUILTIN_CATALOGUE): CheckResult {
  const staff = checkStaffText(
    data,
    {
      unitCell: options.headerCellOf?.('unit') ?? null,
      ...(options.narrativeCellOf ? { narrativeCellOf: options.narrativeCellOf } : {}),
    },
    catalogue,
  );
  return summarize(
    [
      ...checkHeader(data.meta, options.headerCellOf),
      ...staff,
      ...checkEmptySections(data, catalogue, options.narrativeCellOf),
      ...checkForms(data.forms, { place: placeWords(data.meta), ...options }, catalogue),
    ].sort((a, b) => compareFindings(a, b, catalogue)),
  );
}
