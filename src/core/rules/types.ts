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
  /** Stable id, one of RULE_IDS (CONTRACTS.md and the README list them all). */
  readonly rule: RuleId;
  /** A plain Vietnamese sentence with the numbers. */
  readonly message: string;
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Rule ids a finding can carry (CONTRACTS.md lists the first ten; the rest are the project's). */
export const RULE_IDS = {
  notANumber: 'not-a-number',
  negative: 'negative',
  notInteger: 'not-integer',
  percentRange: 'percent-range',
  codeRange: 'code-range',
  partExceedsWhole: 'part-exceeds-whole',
  computedMismatch: 'computed-mismatch',
  crossForm: 'cross-form',
  conditional: 'conditional',
  missing: 'missing',
  /** An entered percent with more than one decimal (warning). */
  percentDecimals: 'percent-decimals',
  /** More staff present than assigned (warning). */
  presentExceedsAssigned: 'present-exceeds-assigned',
  /** More investment disbursed than planned (warning). */
  disbursedExceedsPlan: 'disbursed-exceeds-plan',
  /** Header: data period starts after it ends (error). */
  dataPeriodOrder: 'data-period-order',
  /** Header: data period starts after the report's date (warning). */
  dataFromAfterDate: 'data-from-after-date',
  /** Header: the data period (as typed, else Nghị định 09/2019's) ends after the report's date (warning). */
  dataToAfterDate: 'data-to-after-date',
  /** Header: no signer's name: the signature block would print without one (warning). */
  signerNameMissing: 'signer-name-missing',
  /** A narrative section with nothing under its heading: no staff text and no sentence of the set (I.4, III.1, III.2, IV, V) (warning). */
  sectionEmpty: 'section-empty',
  /** Header: the report's date is not in the report's year (warning). */
  dateOutsideYear: 'date-outside-year',
  /** Header: the data period ends outside the report's year (warning). */
  dataPeriodOutsideYear: 'data-period-outside-year',
  /** Header: a field the report needs is empty (error). */
  metaMissing: 'meta-missing',
  /** Header: a field holds what it cannot (an unknown kind or period, a date that is not one) (error). */
  metaInvalid: 'meta-invalid',
  /** A computed cell of a workbook no longer holds its formula (typed or pasted over); laying out the forms again repairs it (warning). */
  formulaOverwritten: 'formula-overwritten',
  /** Staff's text: another commune or ward named ("xã Quảng Nghiệp" in Thái Học's report) (warning). */
  textOtherUnit: 'text-other-unit',
  /** Staff's text: a period of another year ("6 tháng đầu năm 2022" in a 2023 report) (warning). */
  textOtherPeriod: 'text-other-period',
  /** Staff's text: a figure beside a form row's words that differs from that row (warning). */
  textFigureMismatch: 'text-figure-mismatch',
  /** Staff's text: a percent beside a ratio's words that the ratio contradicts ("hoàn thành 100% kế hoạch" beside 56,8 %) (warning). */
  textPercentMismatch: 'text-percent-mismatch',
  /** Staff's text: a denial of a row whose value is above 0 ("không có đơn thư khiếu nại" beside complaints received) (warning). */
  textDeniesRow: 'text-denies-row',
  /** Staff's text: another kind's word for the unit ("xã" in a phường's report) (warning). */
  textWrongKind: 'text-wrong-kind',
  /** Header: the unit's name starts with its kind ("Xã Thái Học") (warning). */
  unitNameHasKind: 'unit-name-has-kind',
  /** Across periods of one year: the year's plan (BM1 2.1, BM6 1) differs from the earlier report's (warning). */
  planChanged: 'plan-changed',
  /** Across periods of one year: a cumulative row (BM1 2.2, BM5 3, BM6 2) less than in the earlier report (warning). */
  cumulativeShrank: 'cumulative-shrank',
  /** Across periods: a standing count moved by more than half of the earlier report's value (warning). */
  standingJump: 'standing-jump',
  /** Every entered percent lies in (0, 1]: most likely typed with a percent sign, which a spreadsheet stores as a fraction ("90%" → 0.9) (warning). */
  percentAsFraction: 'percent-as-fraction',
} as const;
export type RuleId = (typeof RULE_IDS)[keyof typeof RULE_IDS];
