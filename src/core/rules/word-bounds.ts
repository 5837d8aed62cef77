// Whole words without `\p{L}` in every pattern: one letter-or-digit test shared by all, where a lookaround per pattern
// (`(?<![\p{L}\p{N}])…(?![\p{L}\p{N}])`) made V8 build the Unicode letter class again for each (issue 23: about 1 ms a
// pattern, most of `cchc check`'s own time on a commune's text).

/** One code point that is a letter or a digit (Unicode's L and N, as `\p{L}\p{N}` in a pattern). */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The code point that ends right before `index` ('' at the start). */
function codePointBefore(s: string, index: number): string {
  if (index <= 0) return '';
  const low = s.charCodeAt(index - 1);
  if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = s.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(index - 2, index);
  }
  return s.slice(index - 1, index);
}

/** The code point that starts at `index` ('' at the end). */
function codePointFrom(s: string, index: number): string {
  const cp = s.codePointAt(index);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** True when neither a letter nor a digit stands right before `start` or right at `end` (the text's own edges count as neither). */
export const standsAlone = (s: string, start: number, end: number): boolean =>
  !LETTER_OR_DIGIT.test(codePointBefore(s, start)) && !LETTER_OR_DIGIT.test(codePointFrom(s, end));

/** True when a letter or a digit starts at `index`. */
export const letterOrDigitAt = (s: string, index: number): boolean => LETTER_OR_DIGIT.test(codePointFrom(s, index));

/** Every match of `pattern` (global or sticky not needed: one of its own is used) that stands alone, as `(?<![\p{L}\p{N}])…(?![\p{L}\p{N}])` would find them. */
export function* wholeWordMatches(s: string, pattern: RegExp): Generator<{ readonly index: number; readonly end: number }> {
  const re = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const end = m.index + m[0].length;
    if (standsAlone(s, m.index, end)) {
      yield { index: m.index, end };
      re.lastIndex = end;
    } else {
      // A pattern with lookarounds would try the next position: so does this (a code point further).
      re.lastIndex = m.index + Math.max(1, codePointFrom(s, m.index).length);
    }
  }
}

/** The first match of `pattern` in `s` that stands alone, or null. */
export function firstWholeWord(s: string, pattern: RegExp): { readonly index: number; readonly end: number } | null {
  for (const hit of wholeWordMatches(s, pattern)) return hit;
  return null;
}
