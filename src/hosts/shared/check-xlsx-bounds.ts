// The bounded check run before a full reader (ExcelJS) is given a workbook: every entry's declared size, then every entry inflated, counted and discarded.
import { checkDeclaredSize, inflateEntry, newBudget, type RawInflate } from './inflate-entry';
import { checkFileSize } from './xlsx-limits';
import { readZipDirectory } from './zip-directory';

const WORKBOOK_PART = 'xl/workbook.xml';

/**
 * Throws XlsxTooLargeError (Vietnamese message) when the file, one entry or all of them together pass
 * XLSX_LIMITS, ZipFormatError when the zip is damaged or an entry inflates to other than its declared
 * size. A full reader inflates every entry, so all are checked, declared sizes first. Returns the bytes of
 * xl/workbook.xml, when the file has one.
 */
export function checkXlsxBounds(bytes: Uint8Array, inflate: RawInflate): Uint8Array | undefined {
  checkFileSize(bytes.length);
  const entries = [...readZipDirectory(bytes).values()];
  const declared = newBudget();
  for (const entry of entries) {
    checkDeclaredSize(entry, declared);
    declared.remaining -= entry.size;
  }
  const budget = newBudget();
  let workbook: Uint8Array | undefined;
  for (const entry of entries) {
    // The workbook part (small) is kept: the CLI reads its names' scope, which ExcelJS drops (load-workbook.ts).
    const keep = entry.name === WORKBOOK_PART;
    const out = inflateEntry(bytes, entry, budget, inflate, keep);
    if (keep) workbook = out;
  }
  return workbook;
}
