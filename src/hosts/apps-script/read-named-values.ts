// Reads the workbook as the core wants it: every named cell's value, with a constant number of service calls per sheet.
import { sheetRef } from '../../core/layout/a1';
import { cellAddress } from '../../core/layout/a1';
import { valueAsShown } from '../../core/read/typed-percent';
import type { GasEnv, GasSpreadsheet } from './gas-types';

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
  /** Each sheet's grid from A1 to its last used cell. */
  readonly grids: Record<string, unknown[][]>;
  /** Sheet ids by title. */
  readonly sheetIds: Record<string, number>;
  /** Defined names as the Sheets API lists them, for updates. */
  readonly namedRangeIds: Record<string, string>;
  /** Each sheet's protections as the Sheets API lists them (ProtectedRange), by sheet title. */
  readonly protections: Record<string, readonly SheetProtection[]>;
}

export interface SheetProtection {
  readonly protectedRangeId: number;
  /** Whether the range is the whole sheet (a GridRange with only the sheet id: "considered a protected sheet"). */
  readonly wholeSheet: boolean;
  /** ProtectedRange.requestingUserCanEdit: "True if the user who requested this protected range can edit the protected area." */
  readonly canEdit: boolean;
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
 * One Sheets API call lists every sheet with its protections and every defined name with its position; then one getValues and one
 * getNumberFormats per sheet that holds names (or every sheet, with `allSheets`). Names are mapped
 * to values locally.
 */
export function readNamedValues(env: GasEnv, ss: GasSpreadsheet, allSheets = false): WorkbookSnapshot {
  const meta = env.Sheets.Spreadsheets.get(ss.getId(), {
    fields: 'sheets(properties(sheetId,title,index),protectedRanges(protectedRangeId,range,requestingUserCanEdit)),namedRanges(namedRangeId,name,range)',
  });
  const protections: Record<string, SheetProtection[]> = {};
  const sheetIds: Record<string, number> = {};
  const titleById = new Map<number, string>();
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
  const wanted = allSheets ? Object.keys(sheetIds) : [...new Set(Object.values(positions).map((p) => p.sheet))];
  const grids: Record<string, unknown[][]> = {};
  const plain = plainIn(env, ss.getSpreadsheetTimeZone());
  for (const title of wanted) {
    const sheet = ss.getSheetByName(title);
    if (!sheet) continue;
    // "90%" typed into a percent row is stored 0.9 under a percent format; the forms mean the 90 it shows.
    const range = sheet.getDataRange();
    const formats = range.getNumberFormats();
    grids[title] = range.getValues().map((row, r) => row.map((v, c) => (typeof v === 'number' ? valueAsShown(v, formats[r]?.[c]) : plain(v))));
  }
  const byName: Record<string, unknown> = {};
  const refs: Record<string, string> = {};
  for (const [name, p] of Object.entries(positions)) {
    byName[name] = grids[p.sheet]?.[p.r]?.[p.c] ?? '';
    refs[name] = sheetRef(p.sheet, cellAddress(p.r + 1, p.c + 1));
  }
  return { byName, refs, positions, grids, sheetIds, namedRangeIds, protections };
}
