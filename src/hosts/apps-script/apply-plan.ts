// Applies the core's workbook plan to a spreadsheet with whole-range calls only: a constant number of service calls per sheet.
import type { SheetPlan, WorkbookPlan } from '../../core/layout/types';
import { GAS_TEXT } from '../../core/i18n/messages';
import { gridRangeOf } from './a1-cells';
import { keepEntered } from './keep-entered';
import { readNamedValues } from './read-named-values';
import { sheetGrids, validationGrid } from './sheet-grids';
import { protectSheet, SheetLockedError, sheetsLockedForUser } from './protect-sheet';
import { buildValidation } from './build-validation';
import type { GasEnv, GasSheet, GasSpreadsheet } from './gas-types';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/** Sheets measures columns in pixels, plans in characters of the default font. */
const PX_PER_CHAR = 7;
const PX_PADDING = 5;
const FONT_FAMILY = 'Times New Roman';

export interface ApplyResult {
  readonly sheets: number;
  /** Cells whose entered value was kept. */
  readonly kept: number;
}

/**
 * Lays out (or upgrades in place) every sheet of the plan. Entered values are read first and
 * written back into the fresh layout. Named ranges, merges, order and column widths go in one
 * Sheets API batchUpdate for the whole workbook.
 */
export function applyWorkbookPlan(env: GasEnv, ss: GasSpreadsheet, plan: WorkbookPlan): ApplyResult {
  const existing = plan.sheets.map((p) => ss.getSheetByName(p.name)).filter((s): s is GasSheet => s !== null);
  const locked = sheetsLockedForUser(env, existing);
  if (locked.length > 0) throw new SheetLockedError(GAS_TEXT.protectedByOthers(locked));
  const before = readNamedValues(env, ss, true);
  const sheets = plan.sheets.map((p, i) => ({ plan: p, sheet: ss.getSheetByName(p.name) ?? ss.insertSheet(p.name, i) }));
  // New sheets must exist on the server before the Sheets API can address them.
  env.SpreadsheetApp.flush();
  const requests: Request[] = [];
  sheets.forEach(({ plan: p, sheet }, index) => requests.push(...structureRequests(p, sheet.getSheetId(), index, before.namedRangeIds)));
  env.Sheets.Spreadsheets.batchUpdate({ requests }, ss.getId());
  let kept = 0;
  for (const { plan: p, sheet } of sheets) kept += writeSheet(env, sheet, p, before);
  return { sheets: sheets.length, kept };
}

/** Order, merges, column widths and defined names of one sheet, as Sheets API requests. */
function structureRequests(p: SheetPlan, sheetId: number, index: number, namedRangeIds: Record<string, string>): Request[] {
  const requests: Request[] = [
    { updateSheetProperties: { properties: { sheetId, index }, fields: 'index' } },
    // The whole sheet (a GridRange without indexes is unbounded): an unmerge range must not cut through a merge.
    { unmergeCells: { range: { sheetId } } },
  ];
  for (const m of p.merges) requests.push({ mergeCells: { range: gridRangeOf(m, sheetId), mergeType: 'MERGE_ALL' } });
  p.columnWidths.forEach((chars, c) =>
    requests.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: c, endIndex: c + 1 },
        properties: { pixelSize: Math.round(chars * PX_PER_CHAR + PX_PADDING) },
        fields: 'pixelSize',
      },
    }),
  );
  for (const n of p.names) {
    const namedRange = { name: n.name, range: gridRangeOf(n.cell, sheetId) };
    const id = namedRangeIds[n.name];
    requests.push(
      id
        ? { updateNamedRange: { namedRange: { ...namedRange, namedRangeId: id }, fields: 'range' } }
        : { addNamedRange: { namedRange } },
    );
  }
  return requests;
}

/** Every block of one sheet, one call per block; returns how many entered cells were kept. */
function writeSheet(env: GasEnv, sheet: GasSheet, p: SheetPlan, before: ReturnType<typeof readNamedValues>): number {
  const { values, kept } = keepEntered(p, before);
  const g = sheetGrids(p, values);
  const v = validationGrid(p);
  const built = v.rules.map((rule) => buildValidation(env, rule));
  const range = sheet.getRange(1, 1, p.rows, p.columns);
  // Formats first: a cell formatted as text keeps "08/06/2026" as typed instead of turning it into a date.
  range.setNumberFormats(g.numberFormats);
  range.setValues(g.contents);
  range.setFontFamily(FONT_FAMILY);
  range.setFontSizes(g.fontSizes);
  range.setFontWeights(g.fontWeights);
  range.setFontStyles(g.fontStyles);
  range.setHorizontalAlignments(g.hAligns);
  range.setVerticalAlignments(g.vAligns);
  range.setWraps(g.wraps);
  range.setBackgrounds(g.backgrounds);
  range.setDataValidations(v.cells.map((row) => row.map((i) => (i === null ? null : built[i] ?? null))));
  if (g.borderRanges.length > 0) sheet.getRangeList(g.borderRanges).setBorder(true, true, true, true, true, true);
  protectSheet(env, sheet, p.protect ? p.inputs : null, GAS_TEXT.protectionDescription(p.name));
  return kept;
}

