// Spreadsheet formulas of the computed rows, in English invariant syntax, matching forms/compute.ts exactly.
import type { ComputedRow } from '../forms/types';

/**
 * The formula of a ratio or sum row; `cellOf` gives the A1 address of a key on the same sheet, or the
 * workbook-level name of a row of another form (`BM7 6.7.1` → BM7_6_7_1).
 * ratio: empty unless part and whole are numbers and the whole is not 0 (the nested IF keeps an
 * error or text in the whole from reaching the division); sum: empty when no term is a number,
 * rounded to 6 decimals like computeRow so that 0.1 + 0.2 gives 0.3.
 */
export function computedFormula(row: ComputedRow, cellOf: (key: string) => string): string {
  if (row.kind === 'ratio') {
    const part = cellOf(row.part);
    const whole = cellOf(row.whole);
    return `=IF(AND(ISNUMBER(${whole}),ISNUMBER(${part})),IF(${whole}=0,"",ROUND(${part}/${whole}*100,1)),"")`;
  }
  const terms = row.terms.map(cellOf).join(',');
  return `=IF(COUNT(${terms})=0,"",ROUND(SUM(${terms}),6))`;
}
