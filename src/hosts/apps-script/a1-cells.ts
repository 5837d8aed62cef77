// Expands A1 ranges of one sheet into cell positions, so plans can be merged and painted cell by cell locally.
import { parseCellAddress, rangeCells } from '../../core/layout/a1';

export interface CellPos {
  /** 0-based row and column inside a grid starting at A1. */
  readonly r: number;
  readonly c: number;
}

/** "D6:D9" or "D6" → every cell's 0-based grid position. */
export function gridCellsOf(range: string): CellPos[] {
  return rangeCells(range).map(({ row, col }) => ({ r: row - 1, c: col - 1 }));
}

/** "B3:E3" → the 0-based half-open grid range the Sheets API takes. */
export function gridRangeOf(range: string, sheetId: number): {
  sheetId: number;
  startRowIndex: number;
  endRowIndex: number;
  startColumnIndex: number;
  endColumnIndex: number;
} {
  const [from, to = from] = range.split(':');
  const a = parseCellAddress(from ?? '');
  const b = parseCellAddress(to ?? '');
  return {
    sheetId,
    startRowIndex: Math.min(a.row, b.row) - 1,
    endRowIndex: Math.max(a.row, b.row),
    startColumnIndex: Math.min(a.col, b.col) - 1,
    endColumnIndex: Math.max(a.col, b.col),
  };
}

/** A grid of `rows` × `columns` filled with `value`. */
export function grid<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
}
