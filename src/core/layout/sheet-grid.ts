// A mutable grid used while one sheet plan is being built, frozen into the plan's readonly blocks at the end.
import { LAYOUT_TEXT } from '../i18n/layout';
import { cellAddress } from './a1';
import type { CellStyle, NamedCell, PlanValue, PrintSetup, RowHeight, SheetPlan, StyleRange, Validation } from './types';

export class SheetGrid {
  private readonly values: PlanValue[][];
  private readonly formulas: (string | null)[][];
  private readonly formats: string[][];
  private readonly styles: StyleRange[] = [];
  private readonly merges: string[] = [];
  private readonly inputs: string[] = [];
  private readonly validations: Validation[] = [];
  private readonly names: NamedCell[] = [];
  private readonly heights: RowHeight[] = [];

  constructor(
    private readonly name: string,
    private readonly rows: number,
    private readonly columns: number,
  ) {
    this.values = Array.from({ length: rows }, () => Array<PlanValue>(columns).fill(null));
    this.formulas = Array.from({ length: rows }, () => Array<string | null>(columns).fill(null));
    this.formats = Array.from({ length: rows }, () => Array<string>(columns).fill('General'));
  }

  /** Writes a literal value (1-based row and column). */
  value(row: number, col: number, v: PlanValue, format?: string): this {
    this.at(this.values, row, col, v);
    if (format) this.format(row, col, format);
    return this;
  }

  formula(row: number, col: number, f: string, format?: string): this {
    this.at(this.formulas, row, col, f);
    if (format) this.format(row, col, format);
    return this;
  }

  format(row: number, col: number, format: string): this {
    this.at(this.formats, row, col, format);
    return this;
  }

  style(range: string, style: CellStyle): this {
    this.styles.push({ range, style });
    return this;
  }

  merge(range: string): this {
    this.merges.push(range);
    return this;
  }

  input(range: string): this {
    this.inputs.push(range);
    return this;
  }

  validate(v: Validation): this {
    this.validations.push(v);
    return this;
  }

  nameCell(name: string, row: number, col: number): this {
    this.names.push({ name, cell: cellAddress(row, col) });
    return this;
  }

  height(row: number, height: number): this {
    this.heights.push({ row, height });
    return this;
  }

  build(rest: { columnWidths: readonly number[]; protect: boolean; print: PrintSetup; freezeRows?: number }): SheetPlan {
    return {
      name: this.name,
      rows: this.rows,
      columns: this.columns,
      values: this.values,
      formulas: this.formulas,
      numberFormats: this.formats,
      merges: this.merges,
      columnWidths: rest.columnWidths,
      styles: this.styles,
      inputs: this.inputs,
      validations: this.validations,
      names: this.names,
      protect: rest.protect,
      print: rest.print,
      rowHeights: this.heights,
      ...(rest.freezeRows ? { freezeRows: rest.freezeRows } : {}),
    };
  }

  private at<T>(block: T[][], row: number, col: number, v: T): void {
    const line = block[row - 1];
    if (!line || col < 1 || col > this.columns) throw new RangeError(LAYOUT_TEXT.errors.outsideSheet(this.name, row, col));
    line[col - 1] = v;
  }
}
