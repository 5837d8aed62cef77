// Pure: puts what a person already typed back into a fresh plan, so re-running the layout never loses an entry.
import type { PlanValue, SheetPlan } from '../../core/layout/types';
import { isBlank, toPlanValue } from '../shared/plan-cells';
import { gridCellsOf } from './a1-cells';

/** What the workbook holds now: values by defined name, and each existing sheet's grid by sheet name. */
export interface ExistingWorkbook {
  readonly byName: Readonly<Record<string, unknown>>;
  readonly grids: Readonly<Record<string, readonly (readonly unknown[])[]>>;
  /** The spreadsheet's locale, which the formulas written back follow (WorkbookSnapshot.locale). */
  readonly locale?: string;
  /** Where each named range points now (WorkbookSnapshot.positions, 0-based): a cell a name holds is carried by that name only. */
  readonly positions?: Readonly<Record<string, { readonly sheet: string; readonly r: number; readonly c: number }>>;
}

/**
 * The plan's values with entered values kept: a named input cell (values, and Ghi chú under its
 * GC name) takes the value its name held, wherever the cell was before, blank included; an input cell whose name
 * the spreadsheet lacks (laid out before Ghi chú was named, or names lost in a copy) and any
 * unnamed input cell keep what sat at its address — unless `byPosition` is false (the workbook is of
 * an older template version whose rows on this sheet moved: there an address names another row), or a named
 * range points at that address now (its entry goes with that name, wherever the plan puts it: read again by
 * place it would land in a second row too, as the cell of a row a form set inserted, or the version cell
 * under a newer version's Đơn vị cũ; Excel's layout skips such a cell alike).
 * Returns the values grid and how many cells hold an entry other than the plan's own value.
 */
export function keepEntered(plan: SheetPlan, existing: ExistingWorkbook, byPosition = true): { values: PlanValue[][]; kept: number } {
  const values = plan.values.map((row) => [...row]);
  const nameAt = new Map<string, string>(plan.names.flatMap((n) => gridCellsOf(n.cell).map((p) => [`${p.r}:${p.c}`, n.name] as const)));
  const oldGrid = byPosition ? existing.grids[plan.name] : undefined;
  const pointed = new Set(Object.values(existing.positions ?? {}).flatMap((p) => (p.sheet === plan.name ? [`${p.r}:${p.c}`] : [])));
  let kept = 0;
  for (const range of plan.inputs) {
    for (const { r, c } of gridCellsOf(range)) {
      if (r >= plan.rows || c >= plan.columns || plan.formulas[r]?.[c]) continue;
      const key = `${r}:${c}`;
      const name = nameAt.get(key);
      // A name the workbook lacks (names lost in a copy) falls back to the cell at the same address.
      const named = name !== undefined && name in existing.byName;
      const old = named ? existing.byName[name] : pointed.has(key) ? undefined : oldGrid?.[r]?.[c];
      const v = isBlank(old) ? null : toPlanValue(old);
      if (v !== null) {
        // Counted only where it differs from what the plan would write (defaults are not "kept entries").
        if (v !== values[r]![c]) kept++;
        values[r]![c] = v;
      } else if (named) {
        // A named cell laid out before and blank now was emptied by a person: the plan's default ("TM.") is not put back (overlayKept).
        values[r]![c] = null;
      }
    }
  }
  return { values, kept };
}
