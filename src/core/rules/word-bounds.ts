// Whole words without `\p{L}` in every pattern: one classifier of code points shared by all, where a lookaround per
// pattern (`(?<![\p{L}\p{N}])…(?![\p{L}\p{N}])`) made V8 build the Unicode letter class again for each (issue 23: about
// 1 ms a pattern, most of `cchc check`'s own time on a commune's text).

/** One code point: group 1 when it is a letter (Unicode's L, as `\p{L}`), group 2 when a number (N, as `\p{N}`). */
const CLASSIFY = /^(?:(\p{L})|(\p{N}))$/u;

/** Which code points a whole word may not touch: letters (`\p{L}`), letters and numbers (`[\p{L}\p{N}]`), or letters and the digits 0–9 (`[\p{L}\d]`). */
export type Bound = 'letter' | 'letterOrDigit' | 'letterOrAsciiDigit';

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

/** True when `cp` is a code point `bound` names; '' is none. */
function isWordChar(cp: string, bound: Bound): boolean {
  if (cp === '') return false;
  if (bound === 'letterOrAsciiDigit' && cp >= '0' && cp <= '9') return true;
  const m = CLASSIFY.exec(cp);
  return m !== null && (m[1] !== undefined || bound === 'letterOrDigit');
}

/** True when a letter (or, with 'letterOrDigit', a number) stands right before `index`. */
export const wordCharBefore = (s: string, index: number, bound: Bound = 'letterOrDigit'): boolean => isWordChar(codePointBefore(s, index), bound);

/** True when a letter (or, with 'letterOrDigit', a number) starts at `index`. */
export const wordCharAt = (s: string, index: number, bound: Bound = 'letterOrDigit'): boolean => isWordChar(codePointFrom(s, index), bound);

/** True when `s` is one or more letters and nothing else (as `^\p{L}+$`). */
export function allLetters(s: string): boolean {
  if (s === '') return false;
  for (const cp of s) if (!isWordChar(cp, 'letter')) return false;
  return true;
}

/** True when no word character stands right before `start` nor right at `end` (the text's own edges count as none). */
export const standsAlone = (s: string, start: number, end: number, bound: Bound = 'letterOrDigit'): boolean =>
  !wordCharBefore(s, start, bound) && !wordCharAt(s, end, bound);

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
      re.lastIndex = m.index + Math.max(1, codePointFrom(s, m.index).length);
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
