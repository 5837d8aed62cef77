// Parses the sheet-qualified cell of a finding ("'Biểu mẫu 1'!D8") into sheet name and 0-based position.
import { parseCellAddress, parseSheetCell } from '../../core/layout/a1';

export interface CellRef {
  readonly sheet: string;
  readonly r: number;
  readonly c: number;
}

export function parseCellRef(ref: string): CellRef | null {
  const at = parseSheetCell(ref);
  if (!at) return null;
  const { row, col } = parseCellAddress(at.a1);
  return { sheet: at.sheet, r: row - 1, c: col - 1 };
}
