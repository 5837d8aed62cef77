// The part of a sheet an earlier layout wrote that a new layout's block leaves out: what every host empties when a move shrinks a form.
import { columnLetter } from './a1';

/** The size of the block a layout writes on a sheet: rows × columns from A1. */
export interface LaidArea {
  readonly rows: number;
  readonly columns: number;
}

/**
 * The ranges of `before` outside `plan`'s block: the rows below it (a form the new set gave fewer
 * rows) and the columns right of it. Empty when the block did not shrink.
 */
export function beyondPlan(plan: LaidArea, before: LaidArea): string[] {
  const out: string[] = [];
  const right = Math.max(plan.columns, before.columns);
  if (before.rows > plan.rows) out.push(`A${plan.rows + 1}:${columnLetter(right)}${before.rows}`);
  if (before.columns > plan.columns) out.push(`${columnLetter(plan.columns + 1)}1:${columnLetter(before.columns)}${Math.min(plan.rows, before.rows)}`);
  return out;
}
