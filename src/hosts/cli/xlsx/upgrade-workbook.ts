// A workbook of an older template version laid out anew by today's plan, every entry carried by its cell's identity (defined name), never by where it sat.
import type * as XL from 'exceljs';
import type { ReportData } from '../../../core/data/types';
import { parseSheetRef } from '../../../core/layout/a1';
import { buildWorkbookPlan } from '../../../core/layout/build-workbook-plan';
import type { PlanValue, WorkbookPlan } from '../../../core/layout/types';
import { READ_TEXT } from '../../../core/i18n/read';
import { carryEntries } from '../../../core/read/carry-entries';
import { hasTemplateNames, readWorkbookValues, WorkbookFormatError } from '../../../core/read/read-workbook';
import { TemplateVersionError } from '../../../core/read/template-version';
import { inputCellSet, isBlank, overlayKept, toPlanValue, type KeptValues } from '../../shared/plan-cells';
import { cellPlainValue, readNamedCells } from '../../shared/xlsx-named-cells';

export interface UpgradedWorkbook {
  /** The version the workbook said it was. */
  readonly from: string;
  /** It already was today's version: nothing to do. */
  readonly current: boolean;
  /** Today's plan holding every entry of the workbook. */
  readonly plan: WorkbookPlan;
  /** Input cells holding an entry carried from the workbook. */
  readonly carried: number;
  /** Sheets of the workbook outside the plan (a fresh workbook would drop them). */
  readonly otherSheets: readonly string[];
}

/**
 * Reads every entry of a loaded workbook by defined name (an older version's renamed cells under
 * today's names), and by address only for an input whose name is missing on a sheet whose rows
 * have not moved since that version. Throws WorkbookFormatError for a workbook that is not ours,
 * TemplateVersionError for a newer or unknown version.
 */
export function upgradeWorkbook(wb: XL.Workbook): UpgradedWorkbook {
  const found = readNamedCells(wb);
  if (!hasTemplateNames(found.values)) throw new WorkbookFormatError(READ_TEXT.notTemplate);
  const carried = carryEntries(found.values);
  let data: ReportData | null = null;
  try {
    data = readWorkbookValues(carried.values).data;
  } catch (e) {
    if (e instanceof TemplateVersionError) throw e;
    data = null; // an unreadable header still keeps every entry through the overlay below
  }
  const fresh = buildWorkbookPlan(data);
  // Cells some name points to: their entry travels with that name, never a second time by address.
  const pointed = new Set(
    Object.values(found.addresses).flatMap((ref) => {
      const at = parseSheetRef(ref);
      return at ? [`${at.sheet.toLowerCase()}!${at.a1}`] : [];
    }),
  );
  const kept = new Map<string, Map<string, PlanValue>>();
  let count = 0;
  for (const sheet of fresh.sheets) {
    const mine = new Map<string, PlanValue>();
    const inputs = inputCellSet(sheet);
    const namedHere = new Set<string>();
    for (const { name, cell } of sheet.names) {
      if (!inputs.has(cell) || !(name in carried.values)) continue;
      namedHere.add(cell);
      mine.set(cell, toPlanValue(carried.values[name]));
    }
    const ws = carried.byPosition(sheet.name) ? wb.getWorksheet(sheet.name) : undefined;
    if (ws) {
      for (const a1 of inputs) {
        if (namedHere.has(a1) || pointed.has(`${sheet.name.toLowerCase()}!${a1}`)) continue;
        mine.set(a1, toPlanValue(cellPlainValue(ws.getCell(a1))));
      }
    }
    for (const v of mine.values()) if (!isBlank(v)) count++;
    kept.set(sheet.name, mine);
  }
  const { plan } = overlayKept(fresh, kept as KeptValues);
  const ours = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const otherSheets = wb.worksheets.map((ws) => ws.name).filter((name) => !ours.has(name.toLowerCase()));
  return { from: carried.from ?? '', current: !carried.upgraded, plan, carried: count, otherSheets };
}
