// The bounded check run before a full reader (ExcelJS) is given a workbook: every entry's declared size, then every entry inflated, counted and discarded.
import { checkDeclaredSize, inflateEntry, newBudget, type RawInflate } from './inflate-entry';
import { checkFileSize } from './xlsx-limits';
import { readZipDirectory } from './zip-directory';

/**
 * Throws XlsxTooLargeError (Vietnamese message) when the file, one entry or all of them together pass
 * XLSX_LIMITS, ZipFormatError when the zip is damaged or an entry inflates to other than its declared
 * size. A full reader inflates every entry, so all are checked, declared sizes first.
 */
export function checkXlsxBounds(bytes: Uint8Array, inflate: RawInflate): void {
  checkFileSize(bytes.length);
  const entries = [...readZipDirectory(bytes).values()];
  const declared = newBudget();
  for (const entry of entries) {
    checkDeclaredSize(entry, declared);
    declared.remaining -= entry.size;
  }
  const budget = newBudget();
  for (const entry of entries) inflateEntry(bytes, entry, budget, inflate, false);
}
