// Types of the form definitions (Biểu mẫu 1–7): rows as readonly data, no behaviour.

export const ROW_KINDS = ['section', 'count', 'money', 'percent', 'code', 'ratio', 'sum'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/** Row kinds a person types a value into. */
export const INPUT_KINDS: readonly RowKind[] = ['count', 'money', 'percent', 'code'];
/** Row kinds whose value is a formula. */
export const COMPUTED_KINDS: readonly RowKind[] = ['ratio', 'sum'];

export type FormNumber = number;

export interface CodeOption {
  readonly value: number;
  readonly label: string;
}

interface RowBase {
  /** Printed STT without the trailing dot; for the two rows that print none, the key DOMAIN.md gives. */
  readonly key: string;
  /** STT as printed in the form's first column ("2.1." or "" where the form prints none). */
  readonly stt: string;
  readonly label: string;
  /** Đơn vị tính as printed (for a code row, its legend). */
  readonly unit: string;
  /** The label where the level of the body above the unit is known; `{cấp trên}` stands for it. */
  readonly labelBySuperior?: string;
  /** How a sentence or a finding names the row; `{thôn}` stands for the unit's word for its villages. */
  readonly topic?: string;
  /** false for an input a final report may leave empty (the set's `Bắt buộc: không`). */
  readonly required?: boolean;
  /** false for a row the report's appendix leaves out (the set's `In ra: không`). */
  readonly printed?: boolean;
  /** Words the staff's text uses for the row (the set's `Từ ngữ`). */
  readonly words?: readonly string[];
  /** How the district's report names a key ratio (the set's `Tên chỉ tiêu chính`). */
  readonly keyRatioName?: string;
}

export interface SectionRow extends RowBase {
  readonly kind: 'section';
}
export interface CountRow extends RowBase {
  readonly kind: 'count';
}
export interface MoneyRow extends RowBase {
  readonly kind: 'money';
}
export interface PercentRow extends RowBase {
  readonly kind: 'percent';
}
export interface CodeRow extends RowBase {
  readonly kind: 'code';
  readonly codes: readonly CodeOption[];
}
/** part ÷ whole × 100, one decimal; empty where the whole is 0 or empty. */
export interface RatioRow extends RowBase {
  readonly kind: 'ratio';
  readonly part: string;
  readonly whole: string;
}
/** Sum of the listed rows; empty where none of them holds a number. */
export interface SumRow extends RowBase {
  readonly kind: 'sum';
  readonly terms: readonly string[];
}

export type FormRow = SectionRow | CountRow | MoneyRow | PercentRow | CodeRow | RatioRow | SumRow;
export type InputRow = CountRow | MoneyRow | PercentRow | CodeRow;
export type ComputedRow = RatioRow | SumRow;

export interface FormDef {
  readonly number: FormNumber;
  /** "Công tác chỉ đạo điều hành CCHC" */
  readonly title: string;
  readonly rows: readonly FormRow[];
}

export function isInputRow(row: FormRow): row is InputRow {
  return row.kind === 'count' || row.kind === 'money' || row.kind === 'percent' || row.kind === 'code';
}

export function isComputedRow(row: FormRow): row is ComputedRow {
  return row.kind === 'ratio' || row.kind === 'sum';
}
