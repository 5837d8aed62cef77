// Finds the computed cells that no longer hold their formula (emptied or pasted over): findings, with the plan's formula that puts each back.
import type { FormCatalogue } from '../../core/forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../../core/forms/builtin';
import { formulaForLocale } from '../../core/layout/sheets-formula';
import type { WorkbookPlan } from '../../core/layout/types';
import { computedCells, formulaLostFinding } from '../../core/read/formula-audit';
import type { Finding } from '../../core/rules/types';
import type { WorkbookSnapshot } from './read-named-values';

/** A computed cell that lost its formula. */
export interface LostFormula {
  readonly finding: Finding;
  readonly sheetId: number;
  /** 0-based position of the cell now. */
  readonly r: number;
  readonly c: number;
  /** The plan's formula, in the spreadsheet locale's separators; null when the cell no longer sits where the plan puts it (its references would point elsewhere). */
  readonly formula: string | null;
}

/**
 * The formulas the snapshot read (readNamedValues: one Sheets API call), where each name points now. Value
 * checks cannot see this: a number pasted over a ratio may still equal the ratio today, and stop
 * following its inputs tomorrow.
 */
export function lostFormulas(snap: WorkbookSnapshot, plan: WorkbookPlan, catalogue: FormCatalogue = BUILTIN_CATALOGUE): LostFormula[] {
  const computed = computedCells(plan, catalogue);
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
        finding: formulaLostFinding(cell, snap.refs[name] ?? null),
        sheetId: at.sheetId,
        r: at.r,
        c: at.c,
        formula: inPlace ? formulaForLocale(cell.formula, snap.locale) : null,
      });
    }
  }
  return lost;
}
