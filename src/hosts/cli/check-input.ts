// Runs the core's checks on loaded input and words the result for a person (the JSON form is the CheckResult itself).
import { SEVERITY_LABELS, CLI_TEXT } from '../../core/i18n/messages';
import { checkForms, checkReport, summarize } from '../../core/rules/check';
import type { CheckResult } from '../../core/rules/types';
import type { LoadedInput } from './load-input';

/** Findings of reading and of the rules, in one result. */
export function checkInput(input: LoadedInput): CheckResult {
  const options = { cellOf: input.cellOf, headerCellOf: input.headerCellOf };
  const ruleFindings = input.data ? checkReport(input.data, options).findings : checkForms(input.forms, options);
  return summarize([...input.findings, ...ruleFindings]);
}

/** The result as Vietnamese lines: one per finding, then the totals and what they mean. */
export function describeResult(file: string, result: CheckResult): string[] {
  const lines = [CLI_TEXT.checkHeading(file)];
  for (const f of result.findings) {
    const where = f.cell ?? (f.form === null ? CLI_TEXT.headerFinding : null);
    lines.push(`  [${SEVERITY_LABELS[f.severity]}] ${where ? `${where} — ` : ''}${f.message}`);
  }
  lines.push(CLI_TEXT.checkTotals(result.errors, result.warnings, result.infos));
  lines.push(result.errors > 0 ? CLI_TEXT.checkBlocked : CLI_TEXT.checkClean);
  return lines;
}
