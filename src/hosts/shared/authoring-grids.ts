// An authoring workbook (loaded by ExcelJS) read into a form set: each sheet the reader needs as a grid, then the core's reader (the CLI and the pane).
import type * as XL from 'exceljs';
import { normalizeWord, type GridCell } from '../../core/forms/authoring-cells';
import type { FormSetDef } from '../../core/forms/form-set';
import { readAuthoringGrids } from '../../core/forms/read-authoring-grids';
import type { SetLocator, SetProblem } from '../../core/forms/set-problem';
import { FORMSET_TEXT } from '../../core/i18n/form-sets';
import { cellPlainValue } from './xlsx-named-cells';

/**
 * How much of one sheet is read: far above any set (the built-in one has about 150 rows and 20
 * columns), so that a stray value in XFD1048576 costs a problem, not a grid of millions of cells.
 */
export const AUTHORING_LIMITS = { rows: 20_000, columns: 100 } as const;

const { sheets: S, authoring: A } = FORMSET_TEXT;
/** The sheets the reader reads (`Hướng dẫn` is only for people), by their compared name. */
const READ_SHEETS = new Set([S.identity, S.forms, S.rows, S.rules, S.sentences, S.districtSentences].map(normalizeWord));

/** A worksheet's values as a grid; null when a value lies beyond AUTHORING_LIMITS. */
function gridOf(ws: XL.Worksheet): GridCell[][] | null {
  const grid: GridCell[][] = [];
  let tooLarge = false;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (tooLarge) return;
    const line: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cellPlainValue(cell);
      if (v === null || (typeof v === 'string' && v === '')) return;
      if (r > AUTHORING_LIMITS.rows || c > AUTHORING_LIMITS.columns) {
        tooLarge = true;
        return;
      }
      while (line.length < c - 1) line.push(null);
      line[c - 1] = v;
    });
    if (line.length === 0) return;
    while (grid.length < r - 1) grid.push([]);
    grid[r - 1] = line;
  });
  return tooLarge ? null : grid;
}

/** What an authoring workbook gives: the set with the cell of every item, or the problems that kept it from being read. */
export type AuthoringRead = { set: FormSetDef; where: SetLocator } | { problems: SetProblem[] };

/** The form set a loaded authoring workbook holds, or the problems that kept it from being read, each at its sheet and cell. */
export function readAuthoringSheets(wb: XL.Workbook): AuthoringRead {
  const grids = new Map<string, GridCell[][]>();
  const problems: SetProblem[] = [];
  for (const ws of wb.worksheets) {
    if (!READ_SHEETS.has(normalizeWord(ws.name))) continue;
    const grid = gridOf(ws);
    if (grid) grids.set(ws.name, grid);
    else problems.push({ place: { sheet: ws.name, cell: null }, message: A.problems.tooLarge(ws.name, AUTHORING_LIMITS.rows, AUTHORING_LIMITS.columns) });
  }
  if (problems.length > 0) return { problems };
  return readAuthoringGrids(grids);
}
