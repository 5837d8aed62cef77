// Finds the computed cells that no longer hold their formula (emptied or pasted over): findings, with the plan's formula that puts each back.
import type { FormCatalogue } from '../../core/forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../../core/forms/builtin';
import { definedName } from '../../core/forms/catalogue';
import type { FormNumber } from '../../core/forms/types';
import { GAS_TEXT } from '../../core/i18n/messages';
import type { WorkbookPlan } from '../../core/layout/types';
import { parseCellAddress } from '../../core/layout/a1';
import { RULE_IDS, type Finding } from '../../core/rules/types';
import type { WorkbookSnapshot } from './read-named-values';

/** A computed cell of the plan: its form row, where the plan puts it (0-based) and its formula. */
interface Computed {
  readonly form: FormNumber;
  readonly key: string;
  readonly label: string;
  readonly sheet: string;
  readonly r: number;
  readonly c: number;
  readonly formula: string;
}

/** A computed cell that lost its formula. */
export interface LostFormula {
  readonly finding: Finding;
  readonly sheetId: number;
  /** 0-based position of the cell now. */
  readonly r: number;
  readonly c: number;
  /** The plan's formula; null when the cell no longer sits where the plan puts it (its references would point elsewhere). */
  readonly formula: string | null;
}

/** Defined names of the plan's computed cells, with the form row each belongs to. */
function computedNames(plan: WorkbookPlan, catalogue: FormCatalogue): Map<string, Computed> {
  const rows = new Map(catalogue.forms.flatMap((f) => f.rows.map((r) => [definedName(f.number, r.key), { form: f.number, key: r.key, label: r.label }] as const)));
  const out = new Map<string, Computed>();
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

/**
 * The formulas the snapshot read (readNamedValues: one Sheets API call), where each name points now. Value
 * checks cannot see this: a number pasted over a ratio may still equal the ratio today, and stop
 * following its inputs tomorrow.
 */
export function lostFormulas(snap: WorkbookSnapshot, plan: WorkbookPlan, catalogue: FormCatalogue = BUILTIN_CATALOGUE): LostFormula[] {
  const computed = computedNames(plan, catalogue);
  const bySheet = new Map<string, string[]>();
  for (const name of computed.keys()) {
    const at = snap.positions[name];
    if (at) bySheet.set(at.sheet, [...(bySheet.get(at.sheet) ?? []), name]);
  }
  const lost: LostFormula[] = [];
  for (const [title, names] of bySheet) {
    const formulas = snap.formulas[title] ?? [];
    for (const name of names) {
      const at = snap.positions[name]!;
      const cell = computed.get(name)!;
      if (formulas[at.r]?.[at.c]) continue;
      const inPlace = at.sheet === cell.sheet && at.r === cell.r && at.c === cell.c;
      lost.push({
        finding: {
          form: cell.form,
          row: cell.key,
          cell: snap.refs[name] ?? null,
          severity: 'warning',
          rule: RULE_IDS.formulaOverwritten,
          message: GAS_TEXT.formulaOverwritten(cell.label),
        },
        sheetId: at.sheetId,
        r: at.r,
        c: at.c,
        formula: inPlace ? cell.formula : null,
      });
    }
  }
  return lost;
}
