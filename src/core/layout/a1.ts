// A1-style addresses: column letters, cells, ranges and sheet-qualified references.
import { LAYOUT_TEXT } from '../i18n/layout';

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
  if (!m || !m[1] || !m[2]) throw new Error(LAYOUT_TEXT.errors.badAddress(a1));
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** Every cell of "D6:D9", "$A$1:E3" or a single "D6", row by row, 1-based. */
export function rangeCells(range: string): { row: number; col: number }[] {
  const [from = '', to = from] = range.replace(/\$/g, '').split(':');
  const a = parseCellAddress(from);
  const b = parseCellAddress(to);
  const out: { row: number; col: number }[] = [];
  for (let row = Math.min(a.row, b.row); row <= Math.max(a.row, b.row); row++) {
    for (let col = Math.min(a.col, b.col); col <= Math.max(a.col, b.col); col++) out.push({ row, col });
  }
  return out;
}

/** Every cell of a range as A1 addresses: "D6:D7" → ["D6", "D7"]. */
export function rangeAddresses(range: string): string[] {
  return rangeCells(range).map(({ row, col }) => cellAddress(row, col));
}

/**
 * "'Biểu mẫu 1'!$D$8" → { sheet: "Biểu mẫu 1", a1: "D8" } (dollar signs dropped); null when it is
 * not sheet-qualified. `a1` may still be a range or a whole column: see parseSheetCell.
 */
export function parseSheetRef(ref: string): { sheet: string; a1: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.trim());
  if (!m || !m[3]) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
  return { sheet, a1: m[3].replace(/\$/g, '') };
}

/** A sheet-qualified reference to exactly one cell ("'Biểu mẫu 1'!$D$8"), upper-cased; null for ranges, whole rows or columns. */
export function parseSheetCell(ref: string): { sheet: string; a1: string } | null {
  const at = parseSheetRef(ref);
  if (!at || !/^[A-Za-z]{1,3}\d+$/.test(at.a1)) return null;
  return { sheet: at.sheet, a1: at.a1.toUpperCase() };
}

/** "'Biểu mẫu 1'!D8": sheet names with spaces or non-ASCII letters are quoted. */
export function sheetRef(sheet: string, a1: string): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${a1}`;
}
