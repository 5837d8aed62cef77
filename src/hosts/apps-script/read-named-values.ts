// Reads the workbook as the core wants it: every named cell's value, with a constant number of service calls per sheet.
import { sheetRef } from '../../core/layout/a1';
import { cellAddress } from '../../core/layout/a1';
import { cellValue } from './cell-data';
import type { GasEnv, GasSpreadsheet } from './gas-types';
import type { WorkbookPresence } from '../../core/read/workbook-damage';

export interface NamedCellRef {
  readonly sheet: string;
  readonly sheetId: number;
  /** 0-based position. */
  readonly r: number;
  readonly c: number;
}

export interface WorkbookSnapshot {
  /** Value of each named cell; '' where the cell is empty. */
  readonly byName: Record<string, unknown>;
  /** "'Biểu mẫu 1'!D8" of each named cell. */
  readonly refs: Record<string, string>;
  readonly positions: Record<string, NamedCellRef>;
  /** Each sheet's grid from A1 to its last used cell (rows may be ragged: a row ends at its last cell with data). */
  readonly grids: Record<string, unknown[][]>;
  /** Each sheet's formulas, same positions as `grids` ('' where a cell holds none). */
  readonly formulas: Record<string, string[][]>;
  /**
   * Each sheet's cell notes (CellData.note, "Any note on the cell"), same positions as `grids` ('' where
   * a cell has none): the API gives every cell up to the last holding a field asked for, a note included.
   */
  readonly notes: Record<string, string[][]>;
  /** Sheet ids by title. */
  readonly sheetIds: Record<string, number>;
  /** Defined names as the Sheets API lists them, for updates. */
  readonly namedRangeIds: Record<string, string>;
  /** Each sheet's protections as the Sheets API lists them (ProtectedRange), by sheet title. */
  readonly protections: Record<string, readonly SheetProtection[]>;
  /** The ids of each sheet's charts (Sheet.charts[].chartId), by sheet title: what a chart drawn afresh deletes first. */
  readonly chartIds: Record<string, readonly number[]>;
  /**
   * The spreadsheet's locale ("vi_VN"; SpreadsheetProperties.locale,
   * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets#SpreadsheetProperties):
   * the separators a formula is written with (formulaForLocale). Absent: ";", which every locale reads.
   */
  readonly locale?: string;
}

export interface SheetProtection {
  readonly protectedRangeId: number;
  /** Whether the range is the whole sheet (a GridRange with only the sheet id: "considered a protected sheet"). */
  readonly wholeSheet: boolean;
  /** ProtectedRange.requestingUserCanEdit: "True if the user who requested this protected range can edit the protected area." */
  readonly canEdit: boolean;
}

/**
 * The damage check's view of a spreadsheet, as the Sheets API lists it: a sheet by its title, a defined name by its name,
 * exactly as this host finds them everywhere (sheetIds, byName). A name whose sheet was deleted is not listed at all
 * (https://issuetracker.google.com/issues/126262167), so it reads as missing, never as present but broken.
 */
export function sheetsPresence(titles: readonly string[], names: readonly string[]): WorkbookPresence {
  const sheets = new Set(titles);
  const listed = new Set(names);
  return { hasSheet: (title) => sheets.has(title), name: (name) => (listed.has(name) ? { usable: true } : undefined) };
}

/**
 * Dates come back as Date objects at the day's midnight in the spreadsheet's time zone; the core
 * reads dates as the text a person types: dd/mm/yyyy. Formatted in that zone, not the script's,
 * or a spreadsheet east of the script's zone would read the day before.
 */
export function plainIn(env: GasEnv, timeZone: string): (v: unknown) => unknown {
  return (v) => (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]' ? env.Utilities.formatDate(v as Date, timeZone, 'dd/MM/yyyy') : v);
}

/**
 * One Sheets API call reads the whole spreadsheet: every sheet with its protections, its charts'
 * ids (Sheet.charts, https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#Sheet)
 * and its cells (value, number format, formula), every defined name with its position. Names are
 * mapped to values locally.
 */
export function readNamedValues(env: GasEnv, ss: GasSpreadsheet): WorkbookSnapshot {
  const meta = env.Sheets.Spreadsheets.get(ss.getId(), {
    fields:
      'properties.locale,sheets(properties(sheetId,title,index),protectedRanges(protectedRangeId,range,requestingUserCanEdit),charts(chartId),data.rowData.values(effectiveValue,formattedValue,effectiveFormat.numberFormat,userEnteredValue.formulaValue,note)),namedRanges(namedRangeId,name,range)',
  });
  const protections: Record<string, SheetProtection[]> = {};
  const sheetIds: Record<string, number> = {};
  const titleById = new Map<number, string>();
  const grids: Record<string, unknown[][]> = {};
  const formulas: Record<string, string[][]> = {};
  const notes: Record<string, string[][]> = {};
  const chartIds: Record<string, number[]> = {};
  for (const s of meta.sheets ?? []) {
    const p = s.properties;
    if (!p || p.title === undefined || p.title === null) continue;
    const id = p.sheetId ?? 0;
    sheetIds[p.title] = id;
    titleById.set(id, p.title);
    protections[p.title] = (s.protectedRanges ?? []).map((pr) => {
      const r = pr.range ?? {};
      const bounded = [r.startRowIndex, r.endRowIndex, r.startColumnIndex, r.endColumnIndex].some((x) => x !== undefined && x !== null);
      return { protectedRangeId: pr.protectedRangeId ?? 0, wholeSheet: !bounded, canEdit: pr.requestingUserCanEdit === true };
    });
    chartIds[p.title] = (s.charts ?? []).flatMap((c) => (typeof c.chartId === 'number' ? [c.chartId] : []));
    // The whole sheet is one GridData from A1: rows and cells after the last one with data are left out.
    const rows = s.data?.[0]?.rowData ?? [];
    grids[p.title] = rows.map((row) => (row.values ?? []).map(cellValue));
    formulas[p.title] = rows.map((row) => (row.values ?? []).map((c) => c.userEnteredValue?.formulaValue ?? ''));
    notes[p.title] = rows.map((row) => (row.values ?? []).map((c) => c.note ?? ''));
  }
  const positions: Record<string, NamedCellRef> = {};
  const namedRangeIds: Record<string, string> = {};
  for (const nr of meta.namedRanges ?? []) {
    if (!nr.name || !nr.range) continue;
    if (nr.namedRangeId) namedRangeIds[nr.name] = nr.namedRangeId;
    const sheet = titleById.get(nr.range.sheetId ?? 0);
    if (sheet === undefined) continue;
    positions[nr.name] = { sheet, sheetId: nr.range.sheetId ?? 0, r: nr.range.startRowIndex ?? 0, c: nr.range.startColumnIndex ?? 0 };
  }
  const byName: Record<string, unknown> = {};
  const refs: Record<string, string> = {};
  for (const [name, p] of Object.entries(positions)) {
    byName[name] = grids[p.sheet]?.[p.r]?.[p.c] ?? '';
    refs[name] = sheetRef(p.sheet, cellAddress(p.r + 1, p.c + 1));
  }
  const locale = meta.properties?.locale ?? undefined;
  return { byName, refs, positions, grids, formulas, notes, sheetIds, namedRangeIds, protections, chartIds, ...(locale ? { locale } : {}) };
}
