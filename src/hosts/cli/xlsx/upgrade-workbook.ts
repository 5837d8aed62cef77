// A workbook of an older template version laid out anew by today's plan, every entry (and the note on its cell) carried by its cell's identity (defined name), never by where it sat.
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
import type { FormCatalogue } from '../../../core/forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../../../core/forms/builtin';
import type { FormSetDef } from '../../../core/forms/form-set';
import { setLabel } from '../../../core/forms/choose-form-set';
import { orphansOfRows, orphansSheet, orphanValues, strayValues, type OrphanValue } from '../../../core/forms/orphan-values';
import { formSheetName } from '../../../core/forms/catalogue';
import { FORMSET_TEXT } from '../../../core/i18n/form-sets';
import { overlayNamed } from '../../../core/carry/carry-into-plan';
import { namedCellNotes } from './named-notes';

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
 * have not moved since that version, and lays it out by `catalogue`, the set the workbook carries
 * (the built-in one when it carries none), as Excel and Sheets lay it out again by the set it carries.
 * Throws WorkbookFormatError for a workbook that is not ours, TemplateVersionError for a newer or unknown version.
 */
export function upgradeWorkbook(wb: XL.Workbook, catalogue: FormCatalogue = BUILTIN_CATALOGUE): UpgradedWorkbook {
  const found = readNamedCells(wb);
  if (!hasTemplateNames(found.values, catalogue)) throw new WorkbookFormatError(READ_TEXT.notTemplate);
  const carried = carryEntries(found.values);
  let data: ReportData | null = null;
  try {
    data = readWorkbookValues(carried.values, {}, catalogue).data;
  } catch (e) {
    if (e instanceof TemplateVersionError) throw e;
    data = null; // an unreadable header still keeps every entry through the overlay below
  }
  const fresh = buildWorkbookPlan(data, catalogue);
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
  // Notes go with their cell's name, as values do (Excel and Sheets keep a note where it is; here the file is written anew).
  const plan = overlayNamed(overlayKept(fresh, kept as KeptValues).plan, {}, namedCellNotes(wb, found.addresses));
  const ours = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const otherSheets = wb.worksheets.map((ws) => ws.name).filter((name) => !ours.has(name.toLowerCase()));
  return { from: carried.from ?? '', current: !carried.upgraded, plan, carried: count, otherSheets };
}

/** What moving a workbook to another version of its set gives: nothing to do, or the new plan with what it kept and what has no row any more. */
export type MovedWorkbook =
  | { readonly current: true; readonly carried: FormSetDef }
  | {
      readonly current: false;
      readonly carried: FormSetDef;
      readonly plan: WorkbookPlan;
      /** Input cells holding an entry carried from the workbook. */
      readonly kept: number;
      readonly orphans: readonly OrphanValue[];
      readonly otherSheets: readonly string[];
    };

/** The rows already on a sheet of values without a row (from an earlier move): kept, before the new ones. */
function earlierOrphans(wb: XL.Workbook): OrphanValue[] {
  const ws = wb.getWorksheet(FORMSET_TEXT.option.orphansSheet);
  if (!ws) return [];
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    rows[n - 1] = [1, 2, 3, 4, 5].map((c) => cellPlainValue(row.getCell(c)));
  });
  return orphansOfRows(Array.from(rows, (r) => r ?? []));
}

/**
 * Lays a workbook carrying (or by absence following) the set `carried` out again by `to`, a newer version of that set:
 * every entry whose input cell still exists is kept by its defined name; every value whose row no longer exists is
 * returned (and kept on a visible sheet). The caller has checked that `to` has the same id and a higher version.
 */
export function moveToSet(wb: XL.Workbook, carried: FormSetDef, to: FormSetDef, fromCat: FormCatalogue, toCat: FormCatalogue): MovedWorkbook {
  if (to.version === carried.version) return { current: true, carried };
  const found = readNamedCells(wb);
  if (!hasTemplateNames(found.values, fromCat)) throw new WorkbookFormatError(READ_TEXT.notTemplate);
  const entries = carryEntries(found.values).values;
  let data: ReportData | null = null;
  try {
    data = readWorkbookValues(entries, {}, fromCat).data;
  } catch (e) {
    if (e instanceof TemplateVersionError) throw e;
    data = null;
  }
  const fresh = buildWorkbookPlan(data, toCat);
  const kept = new Map<string, Map<string, PlanValue>>();
  let count = 0;
  for (const sheet of fresh.sheets) {
    const inputs = inputCellSet(sheet);
    const mine = new Map<string, PlanValue>();
    for (const { name, cell } of sheet.names) {
      if (!inputs.has(cell) || !(name in entries)) continue;
      const v = toPlanValue(entries[name]);
      mine.set(cell, v);
      if (!isBlank(v)) count++;
    }
    kept.set(sheet.name, mine);
  }
  const laid = overlayNamed(overlayKept(fresh, kept as KeptValues).plan, {}, namedCellNotes(wb, found.addresses));
  // What the clerk typed on a form sheet where the old layout had nothing (below its table, beside it): the file is written anew,
  // so every such cell would be lost; listed with the values without a row (core strayValues, as Excel and Sheets list those the new
  // table lies over), never taken as a new row's entry.
  const before = new Map(buildWorkbookPlan(data, fromCat).sheets.map((s) => [s.name, s] as const));
  const strays = toCat.forms.flatMap((form) => {
    const sheet = laid.sheets.find((s) => s.name === formSheetName(form.number));
    const ws = sheet ? wb.getWorksheet(sheet.name) : undefined;
    if (!sheet || !ws) return [];
    // A merged area's other cells give its top-left cell's value in ExcelJS (Cell.master): read once, where it is.
    const at = (r: number, c: number): unknown => {
      const cell = ws.getCell(r + 1, c + 1);
      return cell.isMerged && cell.master.address !== cell.address ? null : cellPlainValue(cell);
    };
    return strayValues(before.get(sheet.name), sheet, form.number, at, { rows: ws.rowCount, columns: ws.columnCount });
  });
  const orphans = [...earlierOrphans(wb), ...orphanValues(entries, fromCat, toCat), ...strays];
  const plan = orphans.length > 0 ? { ...laid, sheets: [...laid.sheets, orphansSheet(orphans, setLabel(carried), setLabel(to))] } : laid;
  // Sheets of the old layout (a form the new version dropped) are replaced; a sheet of the user's own would be lost.
  const ours = new Set([...plan.sheets, ...before.values()].map((s) => s.name.toLowerCase()));
  ours.add(FORMSET_TEXT.option.orphansSheet.toLowerCase());
  const otherSheets = wb.worksheets.map((ws) => ws.name).filter((name) => !ours.has(name.toLowerCase()));
  return { current: false, carried, plan, kept: count, orphans, otherSheets };
}
