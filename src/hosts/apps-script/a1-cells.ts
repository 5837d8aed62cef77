// Expands A1 ranges of one sheet into cell positions, so plans can be merged and painted cell by cell locally.
import { parseCellAddress } from '../../core/layout/a1';

export interface CellPos {
  /** 0-based row and column inside a grid starting at A1. */
  readonly r: number;
  readonly c: number;
}

/** "D6:D9" or "D6" → every cell, 0-based. */
export function cellsOf(range: string): CellPos[] {
  const [from, to = from] = range.split(':');
  const a = parseCellAddress(from ?? '');
  const b = parseCellAddress(to ?? '');
  const out: CellPos[] = [];
  for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
    for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) out.push({ r: r - 1, c: c - 1 });
  }
  return out;
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
