// Reads a workbook's single-cell defined names in the browser with the light reader: only the parts the names need, within XLSX_LIMITS; no ExcelJS.
import { fflateInflate } from '../shared/fflate-inflate';
import { readXlsxNamedCells, type XlsxNamedCells } from '../shared/read-xlsx-named-cells';
import { checkFileSize } from '../shared/xlsx-limits';
import { pickedBytes } from './picked-bytes';

/** What the pane needs of a picked file: its size is known before its bytes are read (File.size). */
export interface SizedBytes {
  readonly size?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Reads every name that points at one cell. A file larger than any workbook is refused before its
 * bytes are read (a tab holding a 1.27 GB file would crash); throws XlsxTooLargeError (Vietnamese
 * message), PickedFileUnreadableError (the file cannot be read any more) or XlsxDamagedError.
 */
export async function readXlsxNames(file: SizedBytes): Promise<XlsxNamedCells> {
  if (file.size !== undefined) checkFileSize(file.size);
  return readXlsxNamedCells(await pickedBytes(file), fflateInflate);
}
