// Whole words told by one shared letter-or-digit test find exactly what the lookarounds `(?<![\p{L}\p{N}])…(?![\p{L}\p{N}])` found.
import fc from 'fast-check';
import { firstWholeWord, letterOrDigitAt, standsAlone, wholeWordMatches } from '../../../src/core/rules/word-bounds';

const withLookarounds = (source: string, flags: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
const spans = (s: string, source: string): Array<[number, number]> =>
  [...wholeWordMatches(s, new RegExp(source, 'giu'))].map((m) => [m.index, m.end]);
const spansByLookarounds = (s: string, source: string): Array<[number, number]> =>
  [...s.matchAll(withLookarounds(source, 'giu'))].map((m) => [m.index, m.index + m[0].length]);

describe('word-bounds', () => {
  it('finds a word only where it stands alone, in any letter case and spacing', () => {
    expect(spans('Hồ sơ, hồ  sơ; hồ sơx, 2hồ sơ, (hồ sơ)', 'hồ\\s+sơ')).toEqual([
      [0, 5],
      [7, 13],
      [32, 37],
    ]);
  });

  it('treats a letter outside the Basic Multilingual Plane as a letter, before and after', () => {
    expect(spans('𝐀hồ sơ hồ sơ𝐀 hồ sơ', 'hồ\\s+sơ')).toEqual([[16, 21]]);
    expect(standsAlone('𝐀x', 2, 3)).toBe(false);
    expect(letterOrDigitAt('x𝐀', 1)).toBe(true);
  });

  it('tries the next position after a match that does not stand alone, as a lookbehind would', () => {
    // "aa" inside "aaa b aa": no whole "aa" at 0 or 1, one at 6.
    expect(spans('aaa b aa', 'aa')).toEqual([[6, 8]]);
    expect(firstWholeWord('xkhông có, không có', new RegExp('không\\s+có', 'giu'))).toEqual({ index: 11, end: 19 });
  });

  it('agrees with the lookaround pattern on any text', () => {
    const alphabet = ['a', 'A', 'ă', 'Đ', 'đ', 'ồ', '1', '٣', '²', ' ', '\n', ',', '.', '/', '%', '𝐀', '\u0301', 'hồ', 'sơ', 'aa'];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((xs) => xs.join(''));
    for (const source of ['hồ\\s+sơ', 'aa', 'a', 'đ', '1']) {
      fc.assert(fc.property(text, (s) => expect(spans(s, source)).toEqual(spansByLookarounds(s, source))), { numRuns: 400 });
    }
  });
});
