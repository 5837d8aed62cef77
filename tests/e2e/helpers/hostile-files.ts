// Hostile workbooks for the e2e suites: a zip bomb of about 3.7 MB that inflates one sheet to 1.27 GB, put in place of a real workbook's sheet.
import { unzipSync } from 'fflate';
import { constants, deflateRawSync } from 'node:zlib';
import { rawZip } from '../../hosts/shared/zip-fixtures';

export const MiB = 1024 * 1024;

/**
 * `copies` × 64 MiB of one repeated row, as raw deflate: each 64 MiB is compressed once, alone, and
 * ends on a sync flush (byte-aligned, no reference before its start), so the copies can follow one
 * another; an empty final block closes the stream. 19 copies: 1.27 GB from about 3.7 MB.
 */
export function bombSheet(copies: number): { data: Uint8Array; size: number } {
  const head = Buffer.from('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const row = Buffer.from('<row><c t="inlineStr"><is><t>bom nén</t></is></c></row>');
  const chunk = Buffer.alloc(64 * MiB - (64 * MiB) % row.length);
  for (let at = 0; at < chunk.length; at += row.length) row.copy(chunk, at);
  const tail = Buffer.from('</sheetData></worksheet>');
  const flush = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const body = deflateRawSync(chunk, flush);
  const parts = [deflateRawSync(head, flush), ...Array.from({ length: copies }, () => body), deflateRawSync(tail)];
  return { data: new Uint8Array(Buffer.concat(parts)), size: head.length + copies * chunk.length + tail.length };
}

/** The sample workbook with `sheet` in place of Biểu mẫu 1's part (xl/worksheets/sheet2.xml). */
export function withSheet(good: Uint8Array, sheet: { data: Uint8Array; size: number }): Uint8Array {
  const parts = unzipSync(good);
  return rawZip(
    Object.entries(parts).map(([name, bytes]) =>
      name === 'xl/worksheets/sheet2.xml' ? { name, ...sheet } : { name, data: new Uint8Array(deflateRawSync(bytes)), size: bytes.length },
    ),
  );
}

