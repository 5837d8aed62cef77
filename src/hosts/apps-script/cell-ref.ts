// Parses the sheet-qualified cell of a finding ("'Biểu mẫu 1'!D8") into sheet name and 0-based position.
import { parseCellAddress } from '../../core/layout/a1';

export interface CellRef {
  readonly sheet: string;
  readonly r: number;
  readonly c: number;
}

export function parseCellRef(ref: string): CellRef | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!\$?([A-Za-z]+\$?\d+)$/.exec(ref.trim());
  if (!m || !m[3]) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
  const { row, col } = parseCellAddress(m[3].replace('$', ''));
  return { sheet, r: row - 1, c: col - 1 };
}
