// The computed cells of a workbook that no longer hold their formula (emptied or pasted over): the same findings whichever host read the cells.
import type { FormCatalogue } from '../forms/build-catalogue';
import { definedName } from '../forms/catalogue';
import { isComputedRow, type FormNumber } from '../forms/types';
import { RULE_TEXT } from '../i18n/rules';
import { parseCellAddress } from '../layout/a1';
import type { WorkbookPlan } from '../layout/types';
import { summarize } from '../rules/check';
import { RULE_IDS, type CheckResult, type Finding } from '../rules/types';
import type { CellOf } from './check-named-values';

/** A computed cell of the plan: its form row, where the plan puts it (0-based) and its formula. */
export interface ComputedCell {
  readonly form: FormNumber;
  readonly key: string;
  readonly label: string;
  readonly sheet: string;
  readonly r: number;
  readonly c: number;
  readonly formula: string;
}

/** The plan's computed cells (those it gives a formula) by defined name, in the plan's order. */
export function computedCells(plan: WorkbookPlan, catalogue: FormCatalogue): Map<string, ComputedCell> {
  const rows = new Map(catalogue.forms.flatMap((f) => f.rows.map((r) => [definedName(f.number, r.key), { form: f.number, key: r.key, label: r.label }] as const)));
  const out = new Map<string, ComputedCell>();
  for (const sheet of plan.sheets) {
    for (const n of sheet.names) {
      const { row, col } = parseCellAddress(n.cell);
      const formula = sheet.formulas[row - 1]?.[col - 1];
      const row0 = rows.get(n.name);
      if (formula && row0) out.set(n.name, { ...row0, sheet: sheet.name, r: row - 1, c: col - 1, formula });
    }
  }
  return out;
}

/** The finding on a computed cell that lost its formula, at `cell` (its address now). */
export function formulaLostFinding(computed: Pick<ComputedCell, 'form' | 'key' | 'label'>, cell: string | null): Finding {
  return { form: computed.form, row: computed.key, cell, severity: 'warning', rule: RULE_IDS.formulaOverwritten, message: RULE_TEXT.formulaOverwritten(computed.label) };
}

/**
 * The findings on the computed rows (ratio, sum: the rows the plan gives a formula) whose named cell was read without a
 * formula, each at its cell now, in the set's order. `holdsFormula` is keyed by defined name; a name it lacks was not read
 * (missing from the workbook) and is not judged. Value checks cannot see this: a number pasted over a ratio may equal the
 * ratio today and stop following its inputs tomorrow. Read from the catalogue, so that `cchc check` need not lay out the plan.
 */
export function lostFormulaFindings(catalogue: FormCatalogue, holdsFormula: Readonly<Record<string, boolean>>, cellOf: CellOf): Finding[] {
  const out: Finding[] = [];
  for (const form of catalogue.forms) {
    for (const row of form.rows) {
      if (!isComputedRow(row) || holdsFormula[definedName(form.number, row.key)] !== false) continue;
      const computed = { form: form.number, key: row.key, label: row.label };
      out.push(formulaLostFinding(computed, cellOf(form.number, row.key)));
    }
  }
  return out;
}

/** What a host read holds a formula: a text starting with "=" (Office.js's Range.formulas, the Sheets API's userEnteredValue.formulaValue). */
export function isFormula(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith('=');
}

/** The check with the findings on lost formulas after its own, in every host the same order. */
export function withLostFormulas<C extends { readonly result: CheckResult }>(check: C, lost: readonly Finding[]): C {
  return lost.length === 0 ? check : { ...check, result: summarize([...check.result.findings, ...lost]) };
}
