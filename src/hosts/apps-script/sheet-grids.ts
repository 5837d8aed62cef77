// Pure: turns one sheet plan into the whole-sheet grids that Apps Script writes with one call each.
import { hostLiteral } from '../../core/layout/host-literal';
import { formulaForLocale } from '../../core/layout/sheets-formula';
import type { CellStyle, PlanValue, SheetPlan, Validation } from '../../core/layout/types';
import { gridCellsOf, grid } from './a1-cells';
import type { GasFontStyle, GasFontWeight, GasHAlign, GasVAlign } from './gas-types';

/** Default look of cells no style range covers. */
const BASE = { fontSize: 12, weight: 'normal', style: 'normal', hAlign: 'left', vAlign: 'middle', wrap: true } as const satisfies {
  fontSize: number;
  weight: GasFontWeight;
  style: GasFontStyle;
  hAlign: GasHAlign;
  vAlign: GasVAlign;
  wrap: boolean;
};

export interface SheetGrids {
  readonly numberFormats: string[][];
  readonly fontWeights: GasFontWeight[][];
  readonly fontStyles: GasFontStyle[][];
  readonly fontSizes: number[][];
  readonly hAligns: GasHAlign[][];
  readonly vAligns: GasVAlign[][];
  readonly wraps: boolean[][];
  readonly backgrounds: (string | null)[][];
  /** Ranges that get a thin border on every edge, written with one RangeList call. */
  readonly borderRanges: string[];
}

// Sheets has no justified cell alignment: justify falls back to left.
const ALIGN = { left: 'left', center: 'center', right: 'right', justify: 'left' } as const satisfies Record<string, GasHAlign>;
const VALIGN = { top: 'top', middle: 'middle', bottom: 'bottom' } as const satisfies Record<string, GasVAlign>;

/**
 * Values and formulas of the plan's area in one grid, as setValues takes them. Range.setValues
 * parses a string like typed input (a formula, a number, a date), so literal text it would
 * reinterpret carries a leading apostrophe, and formulas get the separators of the spreadsheet's
 * `locale` (SpreadsheetProperties.locale; see formulaForLocale).
 */
export function sheetContents(plan: SheetPlan, values: readonly (readonly PlanValue[])[] = plan.values, locale?: string): (string | number)[][] {
  const contents = grid<string | number>(plan.rows, plan.columns, '');
  for (let r = 0; r < plan.rows; r++) {
    for (let c = 0; c < plan.columns; c++) {
      const f = plan.formulas[r]?.[c];
      contents[r]![c] = f ? formulaForLocale(f, locale) : hostLiteral(values[r]?.[c] ?? null, plan.numberFormats[r]?.[c]);
    }
  }
  return contents;
}

export function sheetGrids(plan: SheetPlan): SheetGrids {
  const { rows, columns } = plan;
  const numberFormats = plan.numberFormats.map((row) => [...row]);
  const fontWeights = grid<GasFontWeight>(rows, columns, BASE.weight);
  const fontStyles = grid<GasFontStyle>(rows, columns, BASE.style);
  const fontSizes = grid<number>(rows, columns, BASE.fontSize);
  const hAligns = grid<GasHAlign>(rows, columns, BASE.hAlign);
  const vAligns = grid<GasVAlign>(rows, columns, BASE.vAlign);
  const wraps = grid<boolean>(rows, columns, BASE.wrap);
  const backgrounds = grid<string | null>(rows, columns, null);
  const borderRanges: string[] = [];
  for (const { range, style } of plan.styles) {
    if (style.border) borderRanges.push(range);
    for (const { r, c } of gridCellsOf(range)) {
      if (r >= rows || c >= columns) continue;
      paint(style, r, c);
    }
  }
  function paint(style: CellStyle, r: number, c: number): void {
    if (style.bold !== undefined) fontWeights[r]![c] = style.bold ? 'bold' : 'normal';
    if (style.italic !== undefined) fontStyles[r]![c] = style.italic ? 'italic' : 'normal';
    if (style.fontSize !== undefined) fontSizes[r]![c] = style.fontSize;
    if (style.hAlign !== undefined) hAligns[r]![c] = ALIGN[style.hAlign];
    if (style.vAlign !== undefined) vAligns[r]![c] = VALIGN[style.vAlign];
    if (style.wrap !== undefined) wraps[r]![c] = style.wrap;
    if (style.fill !== undefined) backgrounds[r]![c] = style.fill;
  }
  return { numberFormats, fontWeights, fontStyles, fontSizes, hAligns, vAligns, wraps, backgrounds, borderRanges };
}

/** Validations as one grid of indexes into the list of distinct plan rules (a rule on one cell is built from its plan rule and the cell). */
export function validationGrid(plan: SheetPlan): { readonly rules: readonly Validation[]; readonly cells: (number | null)[][] } {
  const cells = grid<number | null>(plan.rows, plan.columns, null);
  const rules: Validation[] = [];
  const index = new Map<string, number>();
  for (const v of plan.validations) {
    const key = JSON.stringify({ ...v, range: '' });
    let i = index.get(key);
    if (i === undefined) {
      i = rules.length;
      rules.push(v);
      index.set(key, i);
    }
    for (const { r, c } of gridCellsOf(v.range)) if (r < plan.rows && c < plan.columns) cells[r]![c] = i;
  }
  return { rules, cells };
}
