// Row heights of wrapped text: one line needs none, more lines grow the row, and no row is taller than Excel allows.
import { MAX_ROW_POINTS, wrappedRowHeight } from '../../../src/core/layout/row-height';

describe('wrappedRowHeight', () => {
  it('is undefined for one line, grows with the wrapped lines of the tallest cell', () => {
    expect(wrappedRowHeight([{ text: 'Hòa Phong', width: 40 }])).toBeUndefined();
    expect(wrappedRowHeight([{ text: 'a'.repeat(50), width: 40 }])).toBe(31.5);
    expect(wrappedRowHeight([{ text: 'a\nb\nc', width: 40 }, { text: 'x', width: 10 }])).toBe(47.25);
  });

  it('stops at 409 points, Excel\'s highest row, however long the text', () => {
    expect(MAX_ROW_POINTS).toBe(409);
    expect(wrappedRowHeight([{ text: 'ư'.repeat(1_000), width: 40 }])).toBe(409);
    expect(wrappedRowHeight([{ text: 'ư'.repeat(32_767), width: 10 }])).toBe(409);
    expect(wrappedRowHeight([{ text: 'a\n'.repeat(25), width: 40 }])).toBe(409);
    expect(wrappedRowHeight([{ text: 'a\n'.repeat(25), width: 40 }])).toBeLessThan(26 * 15.75);
  });
});
