// The core's value of every computed form cell of a plan, so a written file shows numbers even where nothing recalculates.
import type { FormCatalogue } from '../../../core/forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../../../core/forms/builtin';
import { definedName } from '../../../core/forms/catalogue';
import { computeForm } from '../../../core/forms/compute';
import { parseCellAddress } from '../../../core/layout/a1';
import type { CellValue, FormsData } from '../../../core/data/types';
import type { WorkbookPlan } from '../../../core/layout/types';
import { cellKey } from '../../shared/xlsx-plan-writer';

export { cellKey };

/**
 * Computed values by cellKey, by the set the plan was laid out with; cells whose computation is empty
 * are absent. Every form's values are read first, so a ratio over a row of another form
 * (`BM7 6.7.1`) gets its value too.
 */
export function cachedResults(plan: WorkbookPlan, catalogue: FormCatalogue = BUILTIN_CATALOGUE): ReadonlyMap<string, number> {
  const where = new Map<string, { sheet: string; cell: string; value: CellValue }>();
  for (const sheet of plan.sheets) {
    for (const { name, cell } of sheet.names) {
      const { row, col } = parseCellAddress(cell);
      const value = sheet.values[row - 1]?.[col - 1] ?? null;
      where.set(name, { sheet: sheet.name, cell, value });
    }
  }
  const forms: Record<string, Record<string, CellValue>> = {};
  for (const form of catalogue.forms) {
    const values: Record<string, CellValue> = {};
    for (const row of form.rows) {
      const at = where.get(definedName(form.number, row.key));
      if (at) values[row.key] = at.value;
    }
    forms[`${form.number}`] = values;
  }
  const all: FormsData = forms;
  const out = new Map<string, number>();
  for (const form of catalogue.forms) {
    for (const [key, result] of Object.entries(computeForm(form.number, forms[`${form.number}`] ?? {}, catalogue, all))) {
      const at = where.get(definedName(form.number, key));
      if (at && result !== null) out.set(cellKey(at.sheet, at.cell), result);
    }
  }
  return out;
}
