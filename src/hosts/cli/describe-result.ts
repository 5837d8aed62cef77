// Words a check result for a person (the JSON form is the CheckResult itself).
import { CLI_TEXT, COMMON_TEXT } from '../../core/i18n/messages';
import type { CheckResult } from '../../core/rules/types';

/** The result as Vietnamese lines: one per finding, then the totals and what they mean. */
export function describeResult(file: string, result: CheckResult): string[] {
  const lines = [CLI_TEXT.checkHeading(file)];
  for (const f of result.findings) {
    const where = f.cell ?? (f.form === null ? CLI_TEXT.headerFinding : null);
    lines.push(`  [${COMMON_TEXT.severityLabels[f.severity]}] ${where ? `${where} — ` : ''}${f.message}`);
  }
  lines.push(CLI_TEXT.checkTotals(result.errors, result.warnings, result.infos));
  lines.push(result.errors > 0 ? CLI_TEXT.checkBlocked : CLI_TEXT.checkClean);
  return lines;
}
