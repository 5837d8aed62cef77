// Inflates one zip entry with a bound: the declared size is checked first, and inflating stops as soon as the output passes it.
import { READ_TEXT } from '../../core/i18n/read';
import { XLSX_LIMITS, XlsxTooLargeError, partTooLarge } from './xlsx-limits';
import { entryDataStart, ZipFormatError, type ZipEntry } from './zip-directory';

/** What is left of XLSX_LIMITS.totalBytes for one reading; each inflated entry takes its size from it. */
export interface InflateBudget {
  remaining: number;
}

export const newBudget = (): InflateBudget => ({ remaining: XLSX_LIMITS.totalBytes });

/**
 * Inflates raw deflate `data` that must give exactly `size` bytes, never holding or producing much
 * more: throws (any Error) as soon as the output passes `size`, or when it ends short of it. The
 * browser's is fflate's (fflate-inflate.ts), the CLI's Node's zlib (its maxOutputLength stops it),
 * which is already in Node: no library to load at start-up.
 */
export type RawInflate = (data: Uint8Array, size: number, keep: boolean) => Uint8Array;

/** Refuses an entry whose declared size is past the part limit or the budget, before a byte is inflated. */
export function checkDeclaredSize(entry: ZipEntry, budget: InflateBudget): void {
  if (entry.encrypted) throw new ZipFormatError(`${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
  if (entry.size > XLSX_LIMITS.partBytes) throw partTooLarge(entry.name, XLSX_LIMITS.partBytes);
  if (entry.size > budget.remaining) throw new XlsxTooLargeError(READ_TEXT.totalTooLarge(XLSX_LIMITS.totalBytes / (1024 * 1024)));
}

/**
 * The entry's stored bytes, its declared size checked and taken from the budget, not yet inflated (see inflateTaken).
 * Throws XlsxTooLargeError or ZipFormatError.
 */
export function takeEntry(b: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  checkDeclaredSize(entry, budget);
  const start = entryDataStart(b, entry);
  const data = b.subarray(start, start + entry.compressedSize);
  budget.remaining -= entry.size;
  return data;
}

/** The bytes of an entry taken by takeEntry (see inflateEntry). */
export function inflateTaken(entry: ZipEntry, data: Uint8Array, inflate: RawInflate, keep = true): Uint8Array {
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipFormatError(`${entry.name}: stored sizes differ`);
    return data;
  }
  let out: Uint8Array;
  try {
    out = inflate(data, entry.size, keep);
  } catch (e) {
    throw new ZipFormatError(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (keep && out.length !== entry.size) throw new ZipFormatError(`${entry.name}: inflated ${out.length} bytes, declared ${entry.size}`);
  return out;
}

/**
 * The entry's bytes. `keep` false counts and discards them (the check before a full reader such as
 * ExcelJS). Throws XlsxTooLargeError or ZipFormatError; never holds more than the declared size.
 */
export function inflateEntry(b: Uint8Array, entry: ZipEntry, budget: InflateBudget, inflate: RawInflate, keep = true): Uint8Array {
  return inflateTaken(entry, takeEntry(b, entry, budget), inflate, keep);
}
