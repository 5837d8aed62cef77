// Which cells a check marks, for every host: errors and warnings by sheet and cell, an error outranking a warning, with the findings behind each mark.
import { parseSheetCell } from '../../core/layout/a1';
import type { Finding, Severity } from '../../core/rules/types';

export interface CellMark {
  /** A1 address, upper-case, no dollars. */
  readonly a1: string;
  readonly severity: Exclude<Severity, 'info'>;
  /** The errors and warnings on this cell, in the order given. */
  readonly findings: readonly Finding[];
}

/**
 * Marks by sheet name as the findings spell it, then by A1 cell. Infos are not marked (an empty
 * cell is not wrong), nor findings without a single cell (header findings of JSON input, ranges).
 */
export function planMarks(findings: readonly Finding[]): ReadonlyMap<string, ReadonlyMap<string, CellMark>> {
  const out = new Map<string, Map<string, CellMark>>();
  for (const f of findings) {
    if (f.severity === 'info' || !f.cell) continue;
    const at = parseSheetCell(f.cell);
    if (!at) continue;
    const sheet = out.get(at.sheet) ?? new Map<string, CellMark>();
    out.set(at.sheet, sheet);
    const before = sheet.get(at.a1);
    sheet.set(at.a1, {
      a1: at.a1,
      severity: before?.severity === 'error' ? 'error' : f.severity,
      findings: [...(before?.findings ?? []), f],
    });
  }
  return out;
}
