// The core's value of every computed form cell of a plan, so a written file shows numbers even where nothing recalculates.
import { BUILTIN_CATALOGUE } from '../../../core/forms/builtin';
import { definedName } from '../../../core/forms/catalogue';
import { computeForm } from '../../../core/forms/compute';
import { parseCellAddress } from '../../../core/layout/a1';
import type { CellValue } from '../../../core/data/types';
import type { WorkbookPlan } from '../../../core/layout/types';
import { cellKey } from '../../shared/xlsx-plan-writer';

export { cellKey };

/** Computed values by cellKey; cells whose computation is empty are absent. */
export function cachedResults(plan: WorkbookPlan): ReadonlyMap<string, number> {
  const where = new Map<string, { sheet: string; value: CellValue }>();
  for (const sheet of plan.sheets) {
    for (const { name, cell } of sheet.names) {
      const { row, col } = parseCellAddress(cell);
      const value = sheet.values[row - 1]?.[col - 1] ?? null;
      where.set(name, { sheet: sheet.name, value });
    }
  }
  const out = new Map<string, number>();
  for (const form of BUILTIN_CATALOGUE.forms) {
    const values: Record<string, CellValue> = {};
    for (const row of form.rows) {
      const at = where.get(definedName(form.number, row.key));
      if (at) values[row.key] = at.value;
    }
    for (const [key, result] of Object.entries(computeForm(form.number, values))) {
      const name = definedName(form.number, key);
      const sheet = plan.sheets.find((s) => s.names.some((n) => n.name === name));
      const cell = sheet?.names.find((n) => n.name === name)?.cell;
      if (sheet && cell && result !== null) out.set(cellKey(sheet.name, cell), result);
    }
  }
  return out;
}
