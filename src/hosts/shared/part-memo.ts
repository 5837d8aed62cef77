// What the light reader made of a workbook part, kept by the part's stored bytes: files made from one template share
// their index part (xl/workbook.xml, ~1,300 defined names), its relationships and styles byte for byte, so the next
// file's part is compared, not inflated, decoded and scanned again.
import type { ZipEntry } from './zip-directory';

/** Whether two byte arrays hold the same bytes. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The last few parts read and what was made of them. A part is known by its compression method, declared size and
 * stored bytes: the same three give the same inflated text (deflate is deterministic to inflate), hence the same
 * value from the same pure function. Values are shared between files: they must be read-only.
 */
export class PartMemo<T> {
  private readonly kept: { readonly method: number; readonly size: number; readonly stored: Uint8Array; readonly value: T }[] = [];

  constructor(private readonly max = 4) {}

  /** The value made of a part with this entry's method and size and these stored bytes, or undefined. */
  get(entry: ZipEntry, stored: Uint8Array): T | undefined {
    for (const k of this.kept) if (k.method === entry.method && k.size === entry.size && sameBytes(k.stored, stored)) return k.value;
    return undefined;
  }

  /** Keeps `value` for the part (its stored bytes copied: the file they lie in is not held), dropping the oldest past `max`. */
  set(entry: ZipEntry, stored: Uint8Array, value: T): T {
    this.kept.unshift({ method: entry.method, size: entry.size, stored: stored.slice(), value });
    if (this.kept.length > this.max) this.kept.pop();
    return value;
  }
}
