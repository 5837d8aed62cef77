// Findings: what the checker says about report data (CONTRACTS.md, "Findings").
import type { FormNumber } from '../forms/types';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  readonly form: FormNumber | null;
  /** Row key ("2.2"), or null for a finding about the header. */
  readonly row: string | null;
  /** "'Biểu mẫu 1'!D8" when the input was a workbook, else null. */
  readonly cell: string | null;
  readonly severity: Severity;
  /** Stable id: not-a-number, negative, part-exceeds-whole, … */
  readonly rule: string;
  /** A plain Vietnamese sentence with the numbers. */
  readonly message: string;
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}
