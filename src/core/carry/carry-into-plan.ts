// Pure: a workbook plan with kept values and a carry laid over it by defined name, its carried cells noted, for hosts that write whole files (the CLI).
import { parseCellAddress } from '../layout/a1';
import type { CellNote, PlanValue, WorkbookPlan } from '../layout/types';
import type { CarryWrite } from './plan-carry';

/** Every defined name's value in the plan (what a fresh workbook of this plan would read). */
export function planNamedValues(plan: WorkbookPlan): Record<string, PlanValue> {
  const out: Record<string, PlanValue> = {};
  for (const sheet of plan.sheets) {
    for (const { name, cell } of sheet.names) {
      const { row, col } = parseCellAddress(cell);
      out[name] = sheet.values[row - 1]?.[col - 1] ?? null;
    }
  }
  return out;
}

/**
 * The plan with `values` (by defined name: kept entries, then the carry's writes) in its named
 * input cells and `notes` (by defined name) attached to them. Names the plan lacks are ignored.
 */
export function overlayNamed(
  plan: WorkbookPlan,
  values: Readonly<Record<string, PlanValue>>,
  notes: Readonly<Record<string, string>> = {},
): WorkbookPlan {
  const sheets = plan.sheets.map((sheet) => {
    const grid = sheet.values.map((row) => [...row]);
    const added: CellNote[] = [];
    for (const { name, cell } of sheet.names) {
      const { row, col } = parseCellAddress(cell);
      const line = grid[row - 1];
      if (!line || sheet.formulas[row - 1]?.[col - 1]) continue;
      const v = values[name];
      if (v !== undefined && v !== null) line[col - 1] = v;
      const note = notes[name];
      if (note !== undefined) added.push({ cell, text: note });
    }
    return added.length > 0 ? { ...sheet, values: grid, notes: [...(sheet.notes ?? []), ...added] } : { ...sheet, values: grid };
  });
  return { ...plan, sheets };
}

/** The carry's writes as the values and notes `overlayNamed` takes. */
export function carryOverlay(writes: readonly CarryWrite[]): { values: Record<string, PlanValue>; notes: Record<string, string> } {
  const values: Record<string, PlanValue> = {};
  const notes: Record<string, string> = {};
  for (const w of writes) {
    values[w.name] = w.value;
    if (w.note !== undefined) notes[w.name] = w.note;
  }
  return { values, notes };
}
