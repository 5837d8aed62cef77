// Whole words without `\p{L}` in every pattern: one classifier of code points shared by all, where a lookaround per
// pattern (`(?<![\p{L}\p{N}])…(?![\p{L}\p{N}])`) made V8 build the Unicode letter class again for each (issue 23: about
// 1 ms a pattern, most of `cchc check`'s own time on a commune's text).

/** One code point: group 1 when it is a letter (Unicode's L, as `\p{L}`), group 2 when a number (N, as `\p{N}`). */
const CLASSIFY = /^(?:(\p{L})|(\p{N}))$/u;

/** Which code points a whole word may not touch: letters (`\p{L}`), letters and numbers (`[\p{L}\p{N}]`), or letters and the digits 0–9 (`[\p{L}\d]`). */
export type Bound = 'letter' | 'letterOrDigit' | 'letterOrAsciiDigit';

/** What a code point is: a letter (L), a number (N), or neither. */
export type Kind = 'letter' | 'number' | 'other';

/**
 * The kind of code point `cp` (-1, the text's edge, is Other). Vietnamese text is ASCII, Latin-1, Latin Extended A/B and
 * Latin Extended Additional (U+1E00–U+1EFF, every assigned one a letter): those are told by their number, the rest by
 * `\p{L}`/`\p{N}` (issue 23: a regular expression a character was most of the staff-text check's time). A test compares
 * the two for every code point.
 */
export function kindOf(cp: number): Kind {
  if (cp < 0x80) {
    if (cp < 0x30) return 'other';
    if (cp <= 0x39) return 'number';
    const lower = cp | 0x20;
    return lower >= 0x61 && lower <= 0x7a ? 'letter' : 'other';
  }
  if (cp >= 0xc0 && cp <= 0x24f) return cp === 0xd7 || cp === 0xf7 ? 'other' : 'letter';
  if (cp >= 0x1e00 && cp <= 0x1eff) return 'letter';
  const m = CLASSIFY.exec(String.fromCodePoint(cp));
  return m === null ? 'other' : m[1] !== undefined ? 'letter' : 'number';
}

/** One code point: group 1 when it is an upper-case letter (`\p{Lu}`), group 2 when a lower-case one (`\p{Ll}`). */
const CLASSIFY_CASE = /^(?:(\p{Lu})|(\p{Ll}))$/u;

/** Lower-case letters (`\p{Ll}`) of U+0000–U+024F and U+1E00–U+1EFF that have no upper case of their own (ĸ, ƍ, ẜ…). */
const LOWER_WITHOUT_UPPER = new Set([0x138, 0x18d, 0x1aa, 0x1ab, 0x1ba, 0x1be, 0x221, 0x234, 0x235, 0x236, 0x237, 0x238, 0x239, 0x1e9c, 0x1e9d, 0x1e9f]);

/**
 * The letter case of code point `cp`: 'upper' as `\p{Lu}`, 'lower' as `\p{Ll}`, else 'other' (a title-case digraph, a
 * letter without case, anything not a letter; -1, the text's edge, too). Latin and Vietnamese letters (U+0000–U+024F,
 * U+1E00–U+1EFF) are told by their case mappings, the rest by the pattern (issue 23: `\p{Lu}\p{Ll}` in a pattern cost
 * `cchc check` about 1.5 ms to build). A test compares the two for every code point of four planes.
 */
export function caseOf(cp: number): 'upper' | 'lower' | 'other' {
  if (cp < 0) return 'other';
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? 'upper' : cp >= 0x61 && cp <= 0x7a ? 'lower' : 'other';
  if (cp < 0x250 || (cp >= 0x1e00 && cp <= 0x1eff)) {
    if (LOWER_WITHOUT_UPPER.has(cp)) return 'lower';
    const ch = String.fromCodePoint(cp);
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    return lower !== ch && upper === ch ? 'upper' : upper !== ch && lower === ch ? 'lower' : 'other';
  }
  const m = CLASSIFY_CASE.exec(String.fromCodePoint(cp));
  return m === null ? 'other' : m[1] !== undefined ? 'upper' : 'lower';
}

/** The code point that ends right before `index` (-1 at the start). */
function codePointBefore(s: string, index: number): number {
  if (index <= 0) return -1;
  const low = s.charCodeAt(index - 1);
  if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = s.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The code point that starts at `index` (-1 at the end). */
export const codePointFrom = (s: string, index: number): number => s.codePointAt(index) ?? -1;

/** True when `cp` is a code point `bound` names; -1 is none. */
function isWordChar(cp: number, bound: Bound): boolean {
  if (cp < 0) return false;
  const kind = kindOf(cp);
  if (kind === 'letter') return true;
  if (kind === 'other') return false;
  return bound === 'letterOrDigit' || (bound === 'letterOrAsciiDigit' && cp >= 0x30 && cp <= 0x39);
}

/** True when the code unit at `index` is white space as `\s` reads it (ECMAScript's WhiteSpace and LineTerminator). */
export function isSpaceAt(s: string, index: number): boolean {
  const c = s.charCodeAt(index);
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when a letter (or, with 'letterOrDigit', a number) stands right before `index`. */
export const wordCharBefore = (s: string, index: number, bound: Bound = 'letterOrDigit'): boolean => isWordChar(codePointBefore(s, index), bound);

/** True when a letter (or, with 'letterOrDigit', a number) starts at `index`. */
export const wordCharAt = (s: string, index: number, bound: Bound = 'letterOrDigit'): boolean => isWordChar(codePointFrom(s, index), bound);

/** True when `s` is one or more letters and nothing else (as `^\p{L}+$`). */
export function allLetters(s: string): boolean {
  if (s === '') return false;
  for (let i = 0; i < s.length; ) {
    const cp = codePointFrom(s, i);
    if (!isWordChar(cp, 'letter')) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
}

/** True when no word character stands right before `start` nor right at `end` (the text's own edges count as none). */
export const standsAlone = (s: string, start: number, end: number, bound: Bound = 'letterOrDigit'): boolean =>
  !wordCharBefore(s, start, bound) && !wordCharAt(s, end, bound);

/** The match of `anchored` (a pattern held to the text's start, not global) when no word character follows it, or null. */
export function leadingWord(s: string, anchored: RegExp, bound: Bound = 'letterOrDigit'): RegExpExecArray | null {
  const hit = anchored.exec(s);
  return hit !== null && !wordCharAt(s, hit.index + hit[0].length, bound) ? hit : null;
}

export interface WordMatch {
  readonly index: number;
  readonly end: number;
  /** The match's capture groups, as `exec` gave them (0: the whole match). */
  readonly groups: RegExpExecArray;
}

/**
 * Every match of `pattern` (its own flags; the callers' patterns are global, a copy is made for one that is not) that no word character stands
 * right before nor right after, as `(?<![\p{L}\p{N}])(?:pattern)(?![\p{L}\p{N}])` would find them ('letter': as
 * `(?<!\p{L})…(?!\p{L})`). `sides` checks one side only where the pattern's own bounds asked for one; `accept` refuses
 * a match as a failing part of the pattern would (the search goes on a code point further, as the pattern's would).
 */
export function* wholeWordMatches(
  s: string,
  pattern: RegExp,
  bound: Bound = 'letterOrDigit',
  sides: 'both' | 'before' = 'both',
  accept: (m: RegExpExecArray) => boolean = () => true,
): Generator<WordMatch> {
  const re = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const end = m.index + m[0].length;
    if ((sides === 'before' ? !wordCharBefore(s, m.index, bound) : standsAlone(s, m.index, end, bound)) && accept(m)) {
      re.lastIndex = end;
      yield { index: m.index, end, groups: m };
    } else {
      // A pattern with lookarounds would try the next position: so does this (a code point further).
      re.lastIndex = m.index + (codePointFrom(s, m.index) > 0xffff ? 2 : 1);
    }
  }
}

/** The first match of `pattern` in `s` that stands alone, or null. */
export function firstWholeWord(
  s: string,
  pattern: RegExp,
  bound: Bound = 'letterOrDigit',
  sides: 'both' | 'before' = 'both',
  accept?: (m: RegExpExecArray) => boolean,
): WordMatch | null {
  for (const hit of wholeWordMatches(s, pattern, bound, sides, accept)) return hit;
  return null;
}
