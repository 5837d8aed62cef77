// The note on each named cell of a loaded workbook, by defined name: what a re-layout or a carry keeps with its cell, wherever the cell moves.
import type * as XL from 'exceljs';
import { parseSheetCell } from '../../../core/layout/a1';

/** ExcelJS gives a note as its text, or as rich-text runs. */
function noteText(note: XL.Cell['note'] | undefined): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: readonly { text?: string }[] }).texts;
  return texts ? texts.map((t) => t.text ?? '').join('') : undefined;
}

/** The note of every named cell that has one; `addresses` by name as readNamedCells gives them ("'Biểu mẫu 1'!D8"). */
export function namedCellNotes(wb: XL.Workbook, addresses: Readonly<Record<string, string>>): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const [name, address] of Object.entries(addresses)) {
    const at = parseSheetCell(address);
    const text = at ? noteText(wb.getWorksheet(at.sheet)?.getCell(at.a1).note) : undefined;
    if (text !== undefined) notes[name] = text;
  }
  return notes;
}
