// How much of an .xlsx any reader will take: limits far above every real report workbook, so a zip bomb is refused before it costs memory.
import { READ_TEXT } from '../../core/i18n/read';
import { UserError } from '../../core/errors/user-error';

const MiB = 1024 * 1024;

/**
 * Measured on the largest workbooks this project meets (Dec 2026): a commune's filled workbook is a
 * 29 KiB file whose largest part is 21 KiB (xl/sharedStrings.xml; 128 KiB inflated in all); the
 * same workbook re-saved by LibreOffice is 31 KiB, largest part 30 KiB (xl/workbook.xml; 165 KiB in
 * all); the district's `Tổng hợp` of all 3,321 communes of Viet Nam is a 119 KiB file whose largest
 * part is a 677 KiB sheet (950 KiB inflated in all). The limits leave a margin of about 48× on one
 * part, 100× on all of them, and stay well under the 512 MiB a reader may use (issue 13).
 */
export const XLSX_LIMITS = {
  /** The file itself: read whole into memory, so it is checked first (the 1.27 GB uncompressed workbook). */
  fileBytes: 100 * MiB,
  /** One part, inflated (declared size checked before, actual size while inflating). */
  partBytes: 32 * MiB,
  /** Every part a reader inflates, together. */
  totalBytes: 96 * MiB,
  /** Entries in the zip's directory: a workbook has a few dozen. */
  entries: 10_000,
} as const;

/** A workbook refused for its size before or while it is inflated; the message says so in Vietnamese. */
export class XlsxTooLargeError extends UserError {}

/** The refusal of a file larger than XLSX_LIMITS.fileBytes, before its bytes are read. */
export function checkFileSize(size: number): void {
  if (size > XLSX_LIMITS.fileBytes) throw new XlsxTooLargeError(READ_TEXT.fileTooLarge(size / MiB, XLSX_LIMITS.fileBytes / MiB));
}

/** The refusal of a part that would inflate past `limit` bytes. */
export const partTooLarge = (part: string, limit: number): XlsxTooLargeError => new XlsxTooLargeError(READ_TEXT.partTooLarge(part, limit / MiB));
