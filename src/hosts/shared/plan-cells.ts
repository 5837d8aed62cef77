// Cell-level views of a sheet plan that hosts need when re-applying it: which cells are inputs, and the plan with kept values laid over it.
import { cellAddress, parseCellAddress, rangeAddresses } from '../../core/layout/a1';
import type { PlanValue, SheetPlan, WorkbookPlan } from '../../core/layout/types';
import { isoOfDate, viOfIso } from '../../core/read/parse-date';

/** The input cells of a sheet, as a set of A1 addresses. */
export function inputCellSet(sheet: SheetPlan): ReadonlySet<string> {
  return new Set(sheet.inputs.flatMap(rangeAddresses));
}

/** "A1:E40": the block a plan writes. */
export function planArea(sheet: SheetPlan): string {
  return `A1:${cellAddress(Math.max(sheet.rows, 1), Math.max(sheet.columns, 1))}`;
}

/** Is a value read back from a host "nothing typed"? Hosts give "" for an empty cell. */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Values kept from the workbook, by sheet name then A1 cell. */
export type KeptValues = ReadonlyMap<string, ReadonlyMap<string, PlanValue>>;

/**
 * The plan with kept values written over its input cells (never over formulas or labels),
 * so that re-applying a layout loses nothing a person typed. A blank read back is kept too: the
 * cell was laid out before, so a default the plan would write there ("TM.", "CHỦ TỊCH") was
 * emptied by a person and stays empty. Returns the plan and how many cells hold a kept value
 * other than the plan's own (defaults read back and blanks are not counted).
 */
export function overlayKept(plan: WorkbookPlan, kept: KeptValues): { plan: WorkbookPlan; kept: number } {
  let count = 0;
  const sheets = plan.sheets.map((sheet) => {
    const mine = kept.get(sheet.name);
    if (!mine || mine.size === 0) return sheet;
    const inputs = inputCellSet(sheet);
    const values = sheet.values.map((row) => [...row]);
    for (const [a1, value] of mine) {
      if (!inputs.has(a1)) continue;
      const { row, col } = parseCellAddress(a1);
      if (row > sheet.rows || col > sheet.columns) continue;
      if (sheet.formulas[row - 1]?.[col - 1]) continue;
      const line = values[row - 1];
      if (!line) continue;
      if (isBlank(value)) {
        line[col - 1] = null;
        continue;
      }
      if (line[col - 1] !== value) count++;
      line[col - 1] = value;
    }
    return { ...sheet, values };
  });
  return { plan: { ...plan, sheets }, kept: count };
}

/**
 * A host cell value as the plan keeps it on re-layout, in Excel and Sheets alike: numbers and text
 * as they are, TRUE/FALSE as the text the reader turns them into (so a kept boolean still reads
 * as what was typed, never as 1 or "true"), dates as the dd/mm/yyyy text they showed (the text the
 * Sheets API reading gives a date, cell-data.ts, and the layout writes), blanks as null.
 */
export function toPlanValue(v: unknown): PlanValue {
  if (isBlank(v)) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : viOfIso(isoOfDate(v));
  return String(v);
}
