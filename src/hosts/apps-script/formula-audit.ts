// Finds the computed cells that no longer hold their formula (typed or pasted over): findings that Lập biểu mẫu repairs.
import { FORMS, definedName } from '../../core/forms/catalogue';
import type { FormNumber } from '../../core/forms/types';
import { GAS_TEXT } from '../../core/i18n/messages';
import type { WorkbookPlan } from '../../core/layout/types';
import { parseCellAddress } from '../../core/layout/a1';
import { RULE_IDS, type Finding } from '../../core/rules/types';
import type { GasSpreadsheet } from './gas-types';
import type { WorkbookSnapshot } from './read-named-values';

/** Defined names of the plan's computed cells, with the form row each belongs to. */
function computedNames(plan: WorkbookPlan): Map<string, { form: FormNumber; key: string; label: string }> {
  const rows = new Map(FORMS.flatMap((f) => f.rows.map((r) => [definedName(f.number, r.key), { form: f.number, key: r.key, label: r.label }] as const)));
  const out = new Map<string, { form: FormNumber; key: string; label: string }>();
  for (const sheet of plan.sheets) {
    for (const n of sheet.names) {
      const { row, col } = parseCellAddress(n.cell);
      const row0 = rows.get(n.name);
      if (sheet.formulas[row - 1]?.[col - 1] && row0) out.set(n.name, row0);
    }
  }
  return out;
}

/**
 * One getFormulas per sheet holding computed names, read where each name points now. Value
 * checks cannot see this: a number typed over a ratio may still equal the ratio today, and stop
 * following its inputs tomorrow.
 */
export function overwrittenFormulas(ss: GasSpreadsheet, snap: WorkbookSnapshot, plan: WorkbookPlan): Finding[] {
  const computed = computedNames(plan);
  const bySheet = new Map<string, string[]>();
  for (const name of computed.keys()) {
    const at = snap.positions[name];
    if (at) bySheet.set(at.sheet, [...(bySheet.get(at.sheet) ?? []), name]);
  }
  const findings: Finding[] = [];
  for (const [title, names] of bySheet) {
    const formulas = ss.getSheetByName(title)?.getDataRange().getFormulas() ?? [];
    for (const name of names) {
      const at = snap.positions[name]!;
      const row = computed.get(name)!;
      if (formulas[at.r]?.[at.c]) continue;
      findings.push({
        form: row.form,
        row: row.key,
        cell: snap.refs[name] ?? null,
        severity: 'warning',
        rule: RULE_IDS.formulaOverwritten,
        message: GAS_TEXT.formulaOverwritten(row.label),
      });
    }
  }
  return findings;
}
