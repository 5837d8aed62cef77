// The memo of parts the light reader has read: a part is known by its method, declared size and stored bytes, nothing less.
import { PartMemo, sameBytes } from '../../../src/hosts/shared/part-memo';
import type { ZipEntry } from '../../../src/hosts/shared/zip-directory';

const entry = (size: number, method = 8): ZipEntry => ({ name: 'xl/workbook.xml', method, size, compressedSize: 3, localOffset: 0, encrypted: false });
const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);

describe('sameBytes', () => {
  it('is true only for the same bytes in the same order and length', () => {
    expect(sameBytes(bytes(1, 2, 3), bytes(1, 2, 3))).toBe(true);
    expect(sameBytes(bytes(), bytes())).toBe(true);
    expect(sameBytes(bytes(1, 2, 3), bytes(1, 2, 4))).toBe(false);
    expect(sameBytes(bytes(1, 2, 3), bytes(3, 2, 1))).toBe(false);
    expect(sameBytes(bytes(1, 2), bytes(1, 2, 0))).toBe(false);
  });
});

describe('PartMemo', () => {
  it('gives back what was kept for the same method, size and stored bytes, and nothing for any other', () => {
    const memo = new PartMemo<string>();
    expect(memo.get(entry(10), bytes(1, 2, 3))).toBeUndefined();
    expect(memo.set(entry(10), bytes(1, 2, 3), 'A')).toBe('A');
    expect(memo.get(entry(10), bytes(1, 2, 3))).toBe('A');
    expect(memo.get(entry(11), bytes(1, 2, 3))).toBeUndefined();
    expect(memo.get(entry(10, 0), bytes(1, 2, 3))).toBeUndefined();
    expect(memo.get(entry(10), bytes(1, 2, 4))).toBeUndefined();
    expect(memo.get(entry(10), bytes(1, 2))).toBeUndefined();
  });

  it('keeps a copy of the stored bytes: the file they were read from may be reused or changed', () => {
    const memo = new PartMemo<string>();
    const file = bytes(9, 1, 2, 3, 9);
    memo.set(entry(10), file.subarray(1, 4), 'A');
    file.fill(0);
    expect(memo.get(entry(10), bytes(1, 2, 3))).toBe('A');
    expect(memo.get(entry(10), bytes(0, 0, 0))).toBeUndefined();
  });

  it('keeps the last `max` parts, forgetting the oldest', () => {
    const memo = new PartMemo<number>(2);
    memo.set(entry(1), bytes(1), 1);
    memo.set(entry(2), bytes(2), 2);
    memo.set(entry(3), bytes(3), 3);
    expect(memo.get(entry(1), bytes(1))).toBeUndefined();
    expect(memo.get(entry(2), bytes(2))).toBe(2);
    expect(memo.get(entry(3), bytes(3))).toBe(3);
  });
});
