// Node's zlib as the light reader's inflate in the CLI: already part of Node (no library loaded at start-up), native, and bounded by maxOutputLength.
import { inflateRawSync } from 'node:zlib';
import type { RawInflate } from '../../shared/inflate-entry';

/**
 * Inflates raw deflate data to exactly `size` bytes. zlib stops with ERR_BUFFER_TOO_LARGE as soon
 * as the output would pass maxOutputLength (https://nodejs.org/api/zlib.html#class-options), so a
 * zip bomb costs at most `size` bytes of memory.
 */
export const zlibInflate: RawInflate = (data, size) => {
  const out = inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
  if (out.length !== size) throw new Error(`inflated ${out.length} bytes, declared ${size}`);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
};
