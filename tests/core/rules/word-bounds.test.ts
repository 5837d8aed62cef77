// Whole words told by one shared letter-or-digit test find exactly what the lookarounds `(?<![\p{L}\p{N}])…(?![\p{L}\p{N}])` found.
import fc from 'fast-check';
import { denials, figures, kindNotAUnitAfter, notAValueAfter, notAValueBefore, periodsWithYear, properNameAfter } from '../../../src/core/rules/staff-text-patterns';
import { allLetters, caseOf, firstWholeWord, isSpaceAt, kindOf, standsAlone, wholeWordMatches, wordCharAt } from '../../../src/core/rules/word-bounds';

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
    expect(wordCharAt('x𝐀', 1)).toBe(true);
  });

  it('tries the next position after a match that does not stand alone, as a lookbehind would', () => {
    // "aa" inside "aaa b aa": no whole "aa" at 0 or 1, one at 6.
    expect(spans('aaa b aa', 'aa')).toEqual([[6, 8]]);
    expect(firstWholeWord('xkhông có, không có', new RegExp('không\\s+có', 'giu'))).toMatchObject({ index: 11, end: 19 });
  });

  it('agrees with the lookaround pattern on any text', () => {
    const alphabet = ['a', 'A', 'ă', 'Đ', 'đ', 'ồ', '1', '٣', '²', ' ', '\n', ',', '.', '/', '%', '𝐀', '\u0301', 'hồ', 'sơ', 'aa'];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((xs) => xs.join(''));
    for (const source of ['hồ\\s+sơ', 'aa', 'a', 'đ', '1']) {
      fc.assert(fc.property(text, (s) => expect(spans(s, source)).toEqual(spansByLookarounds(s, source))), { numRuns: 400 });
    }
  });
});

// The patterns as they were written with lookarounds before issue 23 moved their bounds to `word-bounds`: what they found is what is found now.
const BEFORE = {
  notAValueBefore:
    /(?<![\p{L}])(?:(?:trên|hơn|gần|khoảng|xấp\s+xỉ|dưới|gần\s+như|ít\s+nhất|tối\s+thiểu|tăng|giảm|tăng\s+thêm|giảm\s+đi)|(?:chưa|không(?!\s+chuyên\s+trách)|phấn\s+đấu|mục\s+tiêu|nhằm)(?:\s+\p{L}+){0,2})\s*$/iu,
  notAValueAfter: /^\s*(?:so\s+với|so\s+cùng\s+kỳ)(?![\p{L}])/iu,
  denial: /(?<![\p{L}])(?:(?:không|chưa)\s+(?:có|nhận\s+được|tiếp\s+nhận|phát\s+sinh|để\s+xảy\s+ra|xảy\s+ra)|không(?=\s+vi\s+phạm))(?![\p{L}])/giu,
  period: /(?<![\p{L}\d])((?:[Qq]uý\s+(?:I{1,3}|IV|[1-4])|[69]\s+tháng(?:\s+(?:đầu|cuối))?)(?:\s+năm)?\s+((?:19|20)\d{2}))(?!\d)/gu,
  hoi: /^\s+hội(?!\p{L})/u,
  // Written so until issue 23's third pass told their bounds and letter case by code point (figures, properNameAfter, notAValueBefore).
  figure: /(?<![\p{L}\p{N}.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\p{N}]|[.,/]\p{N})(\s*%)?/gu,
  properName: /^\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)/u,
  denialOrAim: /(?:chưa|không(?!\s+chuyên\s+trách)|phấn\s+đấu|mục\s+tiêu|nhằm)((?:\s+\S+){0,2})\s*$/giu,
};

describe('the staff-text patterns, bounded by word-bounds', () => {
  const pieces = [
    ' ', '  ', '\n', ',', '.', 'x', 'Đ', '5', '٣', '𝐀', '%',
    'trên', 'hơn', 'gần', 'như', 'xấp xỉ', 'tăng', 'thêm', 'giảm', 'đi', 'chưa', 'không', 'Không', 'chuyên', 'trách',
    'phấn đấu', 'mục tiêu', 'nhằm', 'đạt', 'hoàn thành', 'có', 'nhận được', 'xảy ra', 'để', 'vi phạm', 'so với', 'so', 'cùng kỳ',
    'hội', 'quý', 'Quý II', 'IV', '6 tháng', 'đầu', 'năm', '2025', '20255', '1',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((xs) => xs.join(''));
  const runs = { numRuns: 3000 };

  it('finds the words that make a figure no claim, before and after it, as the lookaround patterns did', () => {
    fc.assert(fc.property(text, (s) => expect(notAValueBefore(s)).toBe(BEFORE.notAValueBefore.test(s))), runs);
    fc.assert(fc.property(text, (s) => expect(notAValueAfter(s)).toBe(BEFORE.notAValueAfter.test(s))), runs);
    expect(notAValueBefore('đã chưa hoàn thành ')).toBe(true);
    expect(notAValueBefore('không chuyên trách ')).toBe(false);
    expect(notAValueBefore('xtrên ')).toBe(false);
  });

  it('finds denials, periods with their year and "xã hội" as the lookaround patterns did', () => {
    const spansOf = (ms: Iterable<{ index: number; 0: string }>): Array<[number, string]> => [...ms].map((m) => [m.index, m[0]]);
    fc.assert(fc.property(text, (s) => expect(denials(s).map((m) => [m.index, m.groups[0]])).toEqual(spansOf(s.matchAll(BEFORE.denial)))), runs);
    fc.assert(fc.property(text, (s) => expect(periodsWithYear(s).map((m) => [m.index, m.groups[0]])).toEqual(spansOf(s.matchAll(BEFORE.period)))), runs);
    fc.assert(fc.property(text, (s) => expect(kindNotAUnitAfter(s)).toBe(BEFORE.hoi.test(s))), runs);
    expect(allLetters('Đạt')).toBe(true);
    expect(allLetters('đạt,')).toBe(false);
  });

  it('finds figures, their whole part, decimals and percent sign, as the lookaround pattern did', () => {
    const figurePieces = ['1', '23', '998', '1.234', '3.187,5', '98,3', '0', '.', ',', '/', '%', ' %', ' ', '\n', 'x', 'Đ', '٣', '²', '𝐀', '𝟙', '-', 'năm', '05/KH'];
    const figureText = fc.array(fc.constantFrom(...figurePieces), { maxLength: 12 }).map((xs) => xs.join(''));
    const found = (ms: Iterable<RegExpExecArray | RegExpMatchArray>): unknown[] => [...ms].map((m) => [m.index, m[0], m[1], m[2], m[3]]);
    fc.assert(fc.property(figureText, (s) => expect(found(figures(s))).toEqual(found(s.matchAll(BEFORE.figure)))), { numRuns: 5000 });
    expect(found(figures('đạt 98,3%, 06/01/2026, 1.234 hồ sơ, 12.34, x5, 7'))).toEqual([
      [4, '98,3%', '98', '3', '%'],
      [23, '1.234', '1.234', undefined, undefined],
      [47, '7', '7', undefined, undefined],
    ]);
  });

  it('finds the proper name after a kind, and the words of letters after a denial or an aim, as the patterns did', () => {
    const namePieces = [' ', '  ', '\n', '\u00a0', 'Quảng', 'Nghiệp', 'hòa', 'Hòa', 'Phong', 'ĐẠI', 'Ơn', 'ư', 'Ǆ', 'ǅ', 'ĸ', '𝐀', '𝐚', 'Σ', 'ς', 'Ա', 'x', '1', ',', '.'];
    const nameText = fc.array(fc.constantFrom(...namePieces), { maxLength: 10 }).map((xs) => xs.join(''));
    fc.assert(fc.property(nameText, (s) => expect(properNameAfter(s)).toBe(BEFORE.properName.exec(s)?.[1])), { numRuns: 5000 });
    expect(properNameAfter(' Quảng Nghiệp, huyện')).toBe('Quảng Nghiệp');
    expect(properNameAfter('Quảng Nghiệp')).toBeUndefined();
    const denialOrAimBefore = (s: string): boolean =>
      firstWholeWord(s, BEFORE.denialOrAim, 'letter', 'before', (m) => (m[1] ?? '').trim().split(/\s+/u).every((w) => w === '' || allLetters(w))) !== null;
    const estimateBefore = /(?<![\p{L}])(?:trên|hơn|gần|khoảng|xấp\s+xỉ|dưới|gần\s+như|ít\s+nhất|tối\s+thiểu|tăng|giảm|tăng\s+thêm|giảm\s+đi)\s*$/iu;
    fc.assert(fc.property(text, (s) => expect(notAValueBefore(s)).toBe(estimateBefore.test(s) || denialOrAimBefore(s))), runs);
  });
});

describe('caseOf and isSpaceAt', () => {
  it('agree with \\p{Lu}, \\p{Ll} and \\s on every code point of the first four planes but surrogates', () => {
    const upper = /^\p{Lu}$/u;
    const lower = /^\p{Ll}$/u;
    const space = /^\s$/;
    const wrong: number[] = [];
    for (let cp = 0; cp < 0x40000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const expected = upper.test(ch) ? 'upper' : lower.test(ch) ? 'lower' : 'other';
      if (caseOf(cp) !== expected || (cp <= 0xffff && isSpaceAt(ch, 0) !== space.test(ch))) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
    expect(caseOf(-1)).toBe('other');
    expect(isSpaceAt('a', 1)).toBe(false);
  });
});

// kindOf tells the Latin and Vietnamese code points by their number: it must agree with `\p{L}`/`\p{N}` everywhere.
describe('kindOf', () => {
  it('agrees with \\p{L} and \\p{N} on every code point of the first four planes but surrogates', () => {
    const letter = /^\p{L}$/u;
    const number = /^\p{N}$/u;
    const wrong: number[] = [];
    for (let cp = 0; cp < 0x40000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const expected = letter.test(ch) ? 'letter' : number.test(ch) ? 'number' : 'other';
      if (kindOf(cp) !== expected) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  });

  it('reads the letters of a Vietnamese sentence, and nothing else, as letters', () => {
    const kinds = [...'Xã Hòa, 12 ý kiến ½'].map((ch) => kindOf(ch.codePointAt(0) ?? -1));
    expect(kinds.join(' ')).toBe(
      'letter letter other letter letter letter other other number number other letter other letter letter letter letter other number',
    );
  });
});
