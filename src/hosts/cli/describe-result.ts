// Words a check result for a person (the JSON form is the CheckResult itself).
import { CLI_TEXT } from '../../core/i18n/cli';
import { COMMON_TEXT } from '../../core/i18n/common';
import type { CheckResult } from '../../core/rules/types';

/** The result as Vietnamese lines: one per finding, then the totals and what they mean. */
export function describeResult(file: string, result: CheckResult): string[] {
  const lines = [CLI_TEXT.checkHeading(file)];
  for (const f of result.findings) {
    // A message names its place ("Biểu mẫu 1, dòng 2.2", "Thông tin chung", "Thuyết minh, mục II.6"); a cell, when read from a workbook, goes first.
    lines.push(`  [${COMMON_TEXT.severityLabels[f.severity]}] ${f.cell ? `${f.cell} — ` : ''}${f.message}`);
  }
  lines.push(CLI_TEXT.checkTotals(result.errors, result.warnings, result.infos));
  lines.push(result.errors > 0 ? CLI_TEXT.checkBlocked : CLI_TEXT.checkClean);
  return lines;
}
