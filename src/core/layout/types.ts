// The sheet plan: everything a host writes to lay out the workbook, decided once, applied in bulk.

/** A literal value in a plan cell; null = leave empty. */
export type PlanValue = string | number | null;

export type HAlign = 'left' | 'center' | 'right' | 'justify';
export type VAlign = 'top' | 'middle' | 'bottom';

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly wrap?: boolean;
  readonly hAlign?: HAlign;
  readonly vAlign?: VAlign;
  /** Thin border on every edge of every cell of the range. */
  readonly border?: boolean;
  /** Background colour "#RRGGBB" (input cells get a pale fill). */
  readonly fill?: string;
}

export interface StyleRange {
  /** A1 range within the sheet: "A4:E4". */
  readonly range: string;
  readonly style: CellStyle;
}

export type CellValidationRule =
  | { readonly type: 'whole'; readonly min: number; readonly max?: number }
  | { readonly type: 'decimal'; readonly min: number; readonly max?: number }
  | { readonly type: 'list'; readonly values: readonly string[] }
  | { readonly type: 'textLength'; readonly max: number };

export interface Validation {
  /** A1 range: "D6" or "D6:D9". */
  readonly range: string;
  readonly rule: CellValidationRule;
  readonly allowBlank: boolean;
  readonly promptTitle: string;
  readonly prompt: string;
  readonly errorTitle: string;
  readonly error: string;
}

export interface NamedCell {
  /** Workbook-level defined name: BM1_2_1. */
  readonly name: string;
  /** A1 address within this sheet: "D7". */
  readonly cell: string;
}

export interface PrintSetup {
  readonly paperSize: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  readonly fitToWidth: boolean;
  /** Rows repeated at the top of each printed page: "4:4". */
  readonly printTitleRows?: string;
  /** Margins in inches as spreadsheet hosts take them. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
}

/** Height of one row in points (optional: hosts that cannot set it may ignore it). */
export interface RowHeight {
  /** 1-based row number. */
  readonly row: number;
  readonly height: number;
}

export interface SheetPlan {
  readonly name: string;
  /** Size of the blocks below: rows × columns, from A1. */
  readonly rows: number;
  readonly columns: number;
  /**
   * Literal values, rows × columns; input cells hold the data value (or null). A string in a cell
   * whose number format is not "@" is text typed where a number belongs ("1.234", "Văn bản"): hosts
   * must store it as text (a leading apostrophe), never let the spreadsheet parse it into a number,
   * and a literal starting with "=" is never entered as a formula.
   */
  readonly values: readonly (readonly PlanValue[])[];
  /** Formulas in English invariant syntax with the leading "=", or null; rows × columns. */
  readonly formulas: readonly (readonly (string | null)[])[];
  /** Number format per cell ("General", "0", "0.0", "#,##0.00", "@"), rows × columns. */
  readonly numberFormats: readonly (readonly string[])[];
  readonly merges: readonly string[];
  /** Column widths in characters, one per column. */
  readonly columnWidths: readonly number[];
  readonly styles: readonly StyleRange[];
  /** Cells a person types into (unlocked): A1 ranges. */
  readonly inputs: readonly string[];
  readonly validations: readonly Validation[];
  readonly names: readonly NamedCell[];
  /** Protected sheet: only `inputs` can be edited. */
  readonly protect: boolean;
  readonly print: PrintSetup;
  /** Rows whose height is set (tall narrative cells, wrapped titles); others keep the host's default. */
  readonly rowHeights?: readonly RowHeight[];
  /** Rows kept in view when scrolling (the title block and the table header); 0 or absent = none. */
  readonly freezeRows?: number;
  /** Cell notes (comments) to attach, e.g. on values carried from the previous report; absent = none. */
  readonly notes?: readonly CellNote[];
  /** A sheet the user does not work in (the carried form set): hidden, though any host lets a person show it again. */
  readonly hidden?: boolean;
}

/** A note attached to one cell of the sheet. */
export interface CellNote {
  /** A1 address within the sheet: "D7". */
  readonly cell: string;
  readonly text: string;
}

export interface WorkbookPlan {
  /** Template version written to the workbook (defined name CCHC_TEMPLATE_VERSION). */
  readonly templateVersion: string;
  readonly sheets: readonly SheetPlan[];
}
