// The CLI's zip writer (Node's zlib): archives that other readers open to the same files, and its CRC-32 against zlib's.
import JSZip from 'jszip';
import { strFromU8, unzipSync } from 'fflate';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { crc32, tableCrc32, zlibZip } from '../../../../src/hosts/cli/xlsx/zlib-zip';

const FILES: [string, Uint8Array][] = [
  ['[Content_Types].xml', new TextEncoder().encode('<Types/>')],
  ['word/document.xml', new TextEncoder().encode(`<w:document>${'<w:p>Ứng dụng &amp; 😀</w:p>'.repeat(5000)}</w:document>`)],
  ['empty.xml', new Uint8Array(0)],
];

describe('zlibZip', () => {
  it('gives an archive fflate and JSZip read back to the same files, in the same order', async () => {
    const bytes = zlibZip(FILES);
    const byFflate = unzipSync(bytes);
    expect(Object.keys(byFflate)).toEqual(FILES.map(([p]) => p));
    for (const [path, data] of FILES) expect(strFromU8(byFflate[path] ?? new Uint8Array(1))).toBe(strFromU8(data));
    const zip = await JSZip.loadAsync(bytes);
    for (const [path, data] of FILES) expect(await zip.file(path)?.async('string')).toBe(strFromU8(data));
  });

  it('deflates: the archive of a repetitive part is far smaller than the part', () => {
    expect(zlibZip(FILES).length).toBeLessThan((FILES[1]?.[1].length ?? 0) / 20);
  });
});

describe('crc32', () => {
  it('is zlib’s CRC-32, also by the table used where zlib.crc32 is missing', () => {
    for (const [, data] of FILES) {
      expect(crc32(data)).toBe(zlibCrc32(data) >>> 0);
      expect(tableCrc32(data)).toBe(zlibCrc32(data) >>> 0);
    }
    // The check value of CRC-32/ISO-HDLC.
    expect(tableCrc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
