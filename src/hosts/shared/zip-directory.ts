// A zip's central directory read without inflating anything: each entry's declared sizes and where its data lies (APPNOTE.TXT 4.3).
import { XLSX_LIMITS, XlsxTooLargeError } from './xlsx-limits';
import { READ_TEXT } from '../../core/i18n/read';

/** One entry as the central directory declares it; `dataStart` is checked against the local header. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is refused when read. */
  readonly method: number;
  readonly compressedSize: number;
  /** The declared inflated size: checked before inflating, and inflating never goes past it. */
  readonly size: number;
  readonly localOffset: number;
  readonly encrypted: boolean;
}

/** Not a zip, or one whose directory contradicts itself: the caller words it as a damaged file. */
export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
/** A 64-bit field as a number: sizes past 2^53 are absurd for a workbook and read as Infinity, which every limit refuses. */
const u64 = (b: Uint8Array, at: number): number => {
  const high = u32(b, at + 4);
  return high >= 0x200000 ? Infinity : high * 0x100000000 + u32(b, at);
};

function fail(why: string): never {
  throw new ZipFormatError(why);
}

/** The end-of-central-directory record: within the last 64 KiB + 22 bytes (its comment is at most 65,535 bytes). */
function findEnd(b: Uint8Array): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (u32(b, at) === EOCD) return at;
  }
  return fail('no end of central directory');
}

/** Replaces the 0xFFFFFFFF fields of a central entry by its ZIP64 extra field (id 1), in the order APPNOTE 4.5.3 gives. */
function zip64Fields(b: Uint8Array, extraStart: number, extraEnd: number, fields: { size: number; compressedSize: number; localOffset: number }): void {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = u16(b, at);
    const len = u16(b, at + 2);
    if (id === 1) {
      let p = at + 4;
      const take = (): number => {
        if (p + 8 > at + 4 + len) fail('short zip64 field');
        const v = u64(b, p);
        p += 8;
        return v;
      };
      if (fields.size === MAX32) fields.size = take();
      if (fields.compressedSize === MAX32) fields.compressedSize = take();
      if (fields.localOffset === MAX32) fields.localOffset = take();
      return;
    }
    at += 4 + len;
  }
}

/** Every entry by name. Throws ZipFormatError for what is not a zip, XlsxTooLargeError past XLSX_LIMITS.entries. */
export function readZipDirectory(b: Uint8Array): Map<string, ZipEntry> {
  if (b.length < 22 || u32(b, 0) !== LOCAL) fail('not a zip');
  const end = findEnd(b);
  let count = u16(b, end + 10);
  let dirSize = u32(b, end + 12);
  let dirOffset = u32(b, end + 16);
  if (count === 0xffff || dirSize === MAX32 || dirOffset === MAX32) {
    const locator = end - 20;
    if (locator < 0 || u32(b, locator) !== EOCD64_LOCATOR) fail('zip64 without its locator');
    const at64 = u64(b, locator + 8);
    if (!(at64 + 56 <= b.length) || u32(b, at64) !== EOCD64) fail('zip64 end record missing');
    count = u64(b, at64 + 32);
    dirSize = u64(b, at64 + 40);
    dirOffset = u64(b, at64 + 48);
  }
  if (count > XLSX_LIMITS.entries) throw new XlsxTooLargeError(READ_TEXT.tooManyEntries(count, XLSX_LIMITS.entries));
  if (!(dirOffset + dirSize <= b.length)) fail('central directory outside the file');
  const decoder = new TextDecoder('utf-8');
  const entries = new Map<string, ZipEntry>();
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== CENTRAL) fail('central directory entry damaged');
    const flags = u16(b, at + 8);
    const nameLen = u16(b, at + 28);
    const extraLen = u16(b, at + 30);
    const commentLen = u16(b, at + 32);
    const nameEnd = at + 46 + nameLen;
    if (nameEnd + extraLen + commentLen > b.length) fail('central directory entry past the end');
    const fields = { compressedSize: u32(b, at + 20), size: u32(b, at + 24), localOffset: u32(b, at + 42) };
    zip64Fields(b, nameEnd, nameEnd + extraLen, fields);
    const name = decoder.decode(b.subarray(at + 46, nameEnd));
    entries.set(name, { name, method: u16(b, at + 10), encrypted: (flags & 1) === 1, ...fields });
    at = nameEnd + extraLen + commentLen;
  }
  return entries;
}

/** Where an entry's data starts, from its local header (whose name and extra lengths may differ from the directory's). */
export function entryDataStart(b: Uint8Array, entry: ZipEntry): number {
  const at = entry.localOffset;
  if (!(at + 30 <= b.length) || u32(b, at) !== LOCAL) fail(`local header of ${entry.name} missing`);
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  if (!(start + entry.compressedSize <= b.length)) fail(`${entry.name} runs past the end of the file`);
  return start;
}
