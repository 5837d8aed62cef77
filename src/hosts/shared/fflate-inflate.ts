// fflate's inflate for the light reader in the browser (and in tests): bounded by the declared size, streaming for large entries.
import { Inflate, inflateSync } from 'fflate';
import type { RawInflate } from './inflate-entry';

/**
 * Compressed bytes pushed at a time: deflate inflates at most about 1,032× (RFC 1951's longest match
 * per bit), so one push yields at most about 16 MiB before the count is looked at again.
 */
const PUSH_BYTES = 16 * 1024;
/** Entries up to this compressed size are inflated in one call (see inflateSmall). */
const SYNC_MAX_BYTES = 64 * 1024;

/**
 * A small entry (every part of a real workbook) inflated in one call into a buffer one byte longer
 * than declared: fflate writes nothing past the end of a buffer it is given (it does not resize it),
 * so memory stays at the declared size and a longer output shows as a full buffer. The work is
 * bounded too: 64 KiB of deflate inflates to at most about 66 MiB. (The streaming Inflate costs
 * about twice as much time on small parts: it grows its buffer block by block.)
 */
function inflateSmall(data: Uint8Array, size: number): Uint8Array {
  const out = inflateSync(data, { out: new Uint8Array(size + 1) });
  if (out.length !== size) throw new Error(`inflated ${out.length > size ? 'past' : 'short of'} its declared ${size} bytes`);
  return out;
}

/** Inflates with fflate, stopping past `size` bytes (see RawInflate). */
export const fflateInflate: RawInflate = (data, size, keep) => {
  if (data.length <= SYNC_MAX_BYTES) return inflateSmall(data, size);
  const out = keep ? new Uint8Array(size) : new Uint8Array(0);
  let length = 0;
  const inflater = new Inflate((chunk) => {
    // A directory that understates the size: inflating stops here instead of following the data.
    if (length + chunk.length > size) throw new Error(`inflates past its declared ${size} bytes`);
    if (keep) out.set(chunk, length);
    length += chunk.length;
  });
  for (let at = 0; at < data.length; at += PUSH_BYTES) {
    inflater.push(data.subarray(at, Math.min(at + PUSH_BYTES, data.length)), at + PUSH_BYTES >= data.length);
  }
  if (length !== size) throw new Error(`inflated ${length} bytes, declared ${size}`);
  return out;
};
