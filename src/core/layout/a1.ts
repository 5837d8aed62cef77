// A1-style addresses: column letters, cells, ranges and sheet-qualified references.
import { LAYOUT_ERRORS } from '../i18n/layout';

/** 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** (row 8, col 4) → "D8"; both 1-based. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "D8" → { row: 8, col: 4 }. */
export function parseCellAddress(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1.toUpperCase());
  if (!m || !m[1] || !m[2]) throw new Error(LAYOUT_ERRORS.badAddress(a1));
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** "'Biểu mẫu 1'!D8": sheet names with spaces or non-ASCII letters are quoted. */
export function sheetRef(sheet: string, a1: string): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${a1}`;
}
