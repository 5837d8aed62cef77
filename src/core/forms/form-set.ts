// A form set as data (CONTRACTS.md "Form sets"): forms, rows, rules and sentences a province edits, in the JSON shape `cchc forms export --json` writes.

/** The JSON form's own version, bumped only when its shape changes incompatibly. */
export const FORM_SET_FORMAT_VERSION = 1;

/** Row kinds as stored in the JSON; the authoring workbook writes them as `mục`, `số`, `tiền`, `phần trăm`, `mã`, `tỷ lệ`, `tổng`. */
export const SET_ROW_KINDS = ['section', 'count', 'money', 'percent', 'code', 'ratio', 'sum'] as const;
export type SetRowKind = (typeof SET_ROW_KINDS)[number];

/** How a row behaves across the periods of a year (DOMAIN.md "Rows across periods"); absent: a period row. */
export const ACROSS_CLASSES = ['standing', 'yearPlan', 'cumulative', 'period'] as const;
export type AcrossClass = (typeof ACROSS_CLASSES)[number];

/** A row reference as written in the set: "2.1" in the same form, "BM7 6.7.1" in another. */
export type RowText = string;

export interface SetCode {
  readonly value: number;
  readonly label: string;
}

/** A row's value compared with a code row's answer: `{ "key": "5", "equals": 0 }`. */
export interface SetCondition {
  readonly key: RowText;
  readonly equals: number;
}

export interface SetRow {
  /** Unique within its form: the printed STT without its trailing dot, unless the row prints none. */
  readonly key: string;
  /** The STT as printed ("2.1.", "" where the form prints none). */
  readonly stt: string;
  readonly label: string;
  /**
   * Nhãn theo cấp trên: the label where the report knows the level of the body above the unit;
   * `{cấp trên}` stands for it ("huyện", "tỉnh"). Absent: the label.
   */
  readonly labelBySuperior?: string;
  /** Đơn vị tính as printed; for a code row, its legend. */
  readonly unit: string;
  readonly kind: SetRowKind;
  /** ratio: the part and the whole. */
  readonly part?: RowText;
  readonly whole?: RowText;
  /** sum: the rows added. */
  readonly terms?: readonly RowText[];
  /** code: the codes, in the order the legend prints them. */
  readonly codes?: readonly SetCode[];
  /** Bắt buộc: an input a final report needs (default true for inputs). */
  readonly required?: boolean;
  /** In ra: printed in the report's appendix (default true). */
  readonly printed?: boolean;
  /** Qua các kỳ (default `period`). */
  readonly across?: AcrossClass;
  /** So sánh cùng kỳ: compared with the same period of last year in the report. */
  readonly compare?: boolean;
  /** Chỉ tiêu chính: a ratio a district's report ranks its communes by; the number is its place among them (1 first). */
  readonly keyRatio?: number;
  /** Tên chỉ tiêu chính: how the district's report names a key ratio in its list of lagging communes (absent: the label). */
  readonly keyRatioName?: string;
  /** Từ ngữ: words the staff's text uses for the row. */
  readonly words?: readonly string[];
  /**
   * Cách gọi: how a sentence names the row when it has no number ("chưa có số liệu về …") and a finding
   * names it; `{thôn}` stands for the unit's word for its villages. Absent: the label, shortened.
   */
  readonly topic?: string;
  /** Bằng 0 khi: the row can only be 0 when every row of one of these groups is 0 (nothing assigned, nothing done). */
  readonly zeroWhen?: readonly (readonly RowText[])[];
  /** Không cần khi: the input is not expected when this answer is given (survey details when there was no survey). */
  readonly notExpectedWhen?: SetCondition;
}

/** Separates the parts of a row's words (`Từ ngữ`) that stand apart in one sentence: "không chuyên trách … thôn". */
export const WORD_PARTS = /\s*(?:…|\.\.\.)\s*/u;

export interface SetForm {
  readonly number: number;
  readonly title: string;
  readonly rows: readonly SetRow[];
}

/** The comparisons a rule may make; `filled` asks only that the row holds a value. */
export const SET_OPERATORS = ['<=', '<', '=', '>=', '>', 'filled'] as const;
export type SetOperator = (typeof SET_OPERATORS)[number];

export interface SetRule {
  readonly form: number;
  /** The row the finding points at, then any further rows added to it ("4.2 + 4.3 + 4.4"). */
  readonly rows: readonly RowText[];
  readonly operator: SetOperator;
  /** The rows added on the other side, or a number. */
  readonly against: readonly RowText[] | number;
  readonly severity: 'error' | 'warning';
  /** A sentence added to the finding's message. */
  readonly message?: string;
  /** The finding's rule id; absent: `part-exceeds-whole`, `cross-form` across forms, `conditional` with `when`. */
  readonly id?: string;
  /** Khi: the rule runs only when this answer is given. */
  readonly when?: SetCondition;
}

export interface SetSentence {
  /** The report's section: `I.1` … `V`. */
  readonly section: string;
  /** Its order in the section; clauses of one sentence share it and follow the set's order. */
  readonly order: number;
  /** The form whose rows the sentence reads by bare key. */
  readonly form: number;
  /** The rows it reads. */
  readonly rows: readonly RowText[];
  /** The template (README "Câu văn"). */
  readonly template: string;
  /** Nối: what joins this clause to the one before in the same sentence ("; " unless given). */
  readonly joiner?: string;
  /** Khi: the clause is left out unless this answer is given. */
  readonly when?: SetCondition;
}

/**
 * A sentence of the district's (consolidated) report on the totals of its communes (README "Câu văn").
 * Its template is an ICU message with `{a}` `{b}` (the totals, Vietnamese notation), `{r}` (the ratio
 * phrase the engine makes, with its comparison with last year) and `{va}` (the first total's comparison
 * in brackets, or empty).
 */
export interface SetDistrictSentence {
  /** The form whose rows it reads by bare key. */
  readonly form: number;
  /** The totals it states: one or two rows of kind count or money. */
  readonly rows: readonly RowText[];
  /** The ratio row it states, if any. */
  readonly ratio?: RowText;
  /** How the report names what the sentence is about when no commune gave its numbers. */
  readonly topic: string;
  readonly template: string;
}

export interface FormSetIdentity {
  /** Mã bộ biểu mẫu: letters, digits and `-`. */
  readonly id: string;
  /** Phiên bản: a whole number from 1. */
  readonly version: number;
}

export interface FormSetDef extends FormSetIdentity {
  readonly formSetVersion: typeof FORM_SET_FORMAT_VERSION;
  readonly name: string;
  /** Cơ quan ban hành. */
  readonly issuer?: string;
  /** Áp dụng từ: ISO date. */
  readonly appliesFrom?: string;
  readonly forms: readonly SetForm[];
  readonly rules: readonly SetRule[];
  readonly sentences: readonly SetSentence[];
  /** Câu văn tổng hợp: the district report's sentences on the totals, in order; absent: none. */
  readonly districtSentences?: readonly SetDistrictSentence[];
}
