// How the staff's own text names units, periods and form figures: input the checker recognises, not text it shows.
// Whole words are told by `word-bounds`, not by `\p{L}` lookarounds in each pattern (issue 23: V8 builds the letter class anew for each).
import { allLetters, caseOf, codePointFrom, firstWholeWord, isSpaceAt, kindOf, leadingWord, wholeWordMatches, wordCharBefore, type WordMatch } from './word-bounds';

/** A period written with its year: "6 tháng đầu năm 2022", "quý II năm 2023", "9 tháng năm 2021". */
export const PERIOD_WITH_YEAR = /((?:[Qq]uý\s+(?:I{1,3}|IV|[1-4])|[69]\s+tháng(?:\s+(?:đầu|cuối))?)(?:\s+năm)?\s+((?:19|20)\d{2}))(?!\d)/gu;
/** Periods with their year standing apart from the words before them (no letter nor digit 0–9 right before). */
export const periodsWithYear = (text: string): WordMatch[] => [...wholeWordMatches(text, PERIOD_WITH_YEAR, 'letterOrAsciiDigit', 'before')];

/** Words that, before a unit kind, make it something else: "cấp xã" (the commune level), "thị xã" (a town above it). */
export const KIND_NOT_A_UNIT_BEFORE = /(?:cấp|thị|Thị|Cấp)\s+$/u;
/** Words that, after "xã", make it another word: "xã hội" (not "xã hộix"). */
const HOI_AFTER = /^\s+hội/u;
export const kindNotAUnitAfter = (after: string): boolean => leadingWord(after, HOI_AFTER, 'letter') !== null;
/** A list of kinds ("các xã, phường, thị trấn") names kinds in general, not this unit. */
export const KIND_LIST = /^(?:\s*,\s*|\s+và\s+|\s+hoặc\s+|\s*\/\s*)(?:xã|phường|thị trấn|đặc khu)(?!\p{L})/u;
export const KIND_LIST_BEFORE = /(?:xã|phường|thị trấn|đặc khu)(?:\s*,\s*|\s+và\s+|\s+hoặc\s+|\s*\/\s*)$/u;

/**
 * A proper name right after a kind, after some space: capitalised words ("Quảng Nghiệp", "Hòa Phong"), or undefined. What
 * `/^\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)/u` captured, told by `caseOf` (issue 23: building that pattern cost a check
 * about 1.5 ms; a property test compares the two).
 */
export function properNameAfter(after: string): string | undefined {
  const capitalisedWordEnd = (at: number): number => {
    let cp = codePointFrom(after, at);
    if (caseOf(cp) !== 'upper') return -1;
    let end = at + (cp > 0xffff ? 2 : 1);
    for (cp = codePointFrom(after, end); caseOf(cp) === 'lower'; cp = codePointFrom(after, end)) end += cp > 0xffff ? 2 : 1;
    return end;
  };
  let start = 0;
  while (isSpaceAt(after, start)) start++;
  if (start === 0) return undefined;
  let end = capitalisedWordEnd(start);
  if (end < 0) return undefined;
  for (;;) {
    let next = end;
    while (isSpaceAt(after, next)) next++;
    const wordEnd = next > end ? capitalisedWordEnd(next) : -1;
    if (wordEnd < 0) return after.slice(start, end);
    end = wordEnd;
  }
}

/** A figure as the staff write it, without its bounds (see `figures`): "998", "01", "1.234", "98,3", "100%". */
const FIGURE_BODY = /(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(\s*%)?/g;
/** '.', ',' or '/' at `index`: what may not stand right before a figure, nor right after it with a digit next. */
const isFigureMark = (s: string, index: number): boolean => {
  const c = s.charCodeAt(index);
  return c === 0x2e || c === 0x2c || c === 0x2f;
};
const isNumberAt = (s: string, index: number): boolean => kindOf(codePointFrom(s, index)) === 'number';

/**
 * The figures of `sentence` as the staff write them: "998", "01", "1.234", "98,3", "100%"; never a piece of a date
 * ("06/01/2026"), of a document number ("05/KH-UBND") or of a longer number. Group 1: the whole part ("1.234"); group 2:
 * the decimals after a comma; group 3: the percent sign. What
 * `/(?<![\p{L}\p{N}.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\p{N}]|[.,/]\p{N})(\s*%)?/gu` found, its bounds told by
 * `kindOf` (issue 23: building that pattern cost a check about 2 ms; a property test compares the two). A number that
 * runs on into a digit, or into '.', ',' or '/' and a digit, is no figure there however it is cut: the search goes on a
 * code unit further.
 */
export function figures(sentence: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // Every figure is found before any is looked at: the one pattern is not met again meanwhile.
  const re = FIGURE_BODY;
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const numberEnd = m.index + m[0].length - (m[3]?.length ?? 0);
    const clearBefore = !wordCharBefore(sentence, m.index) && !(m.index > 0 && isFigureMark(sentence, m.index - 1));
    const clearAfter = !isNumberAt(sentence, numberEnd) && !(isFigureMark(sentence, numberEnd) && isNumberAt(sentence, numberEnd + 1));
    if (clearBefore && clearAfter) out.push(m);
    else re.lastIndex = m.index + 1;
  }
  return out;
}

/**
 * Words before a figure that make it no claim of a row's value: an estimate ("trên 1.000 hồ sơ",
 * "gần 99%"), a change ("tăng 6%", "giảm 02 hồ sơ"), a denial ("chưa hoàn thành 100%") or an aim
 * ("phấn đấu đạt 100%", "mục tiêu 100%").
 */
const ESTIMATE_BEFORE = /(?:trên|hơn|gần|khoảng|xấp\s+xỉ|dưới|gần\s+như|ít\s+nhất|tối\s+thiểu|tăng|giảm|tăng\s+thêm|giảm\s+đi)\s*$/giu;
/** A denial or an aim, then at most two words of letters only (checked apart: `allLetters`). */
const DENIAL_OR_AIM = /(?:chưa|không(?!\s+chuyên\s+trách)|phấn\s+đấu|mục\s+tiêu|nhằm)/giu;
/**
 * What may follow a denial or an aim to the end of the text before a figure: at most two words, each after some space,
 * of letters only (as `((?:\s+\S+){0,2})\s*$` and a test of the words; issue 23: that tail in the pattern cost ≈ 1 ms to build).
 */
function fewWordsOfLetters(rest: string): boolean {
  if (rest !== '' && !isSpaceAt(rest, 0)) return false;
  const words = rest.trim();
  if (words === '') return true;
  const list = words.split(/\s+/);
  return list.length <= 2 && list.every(allLetters);
}
/** The text before a figure ends in words that make it no claim: not right after a letter, and after a denial or an aim two words of letters at most. */
export const notAValueBefore = (before: string): boolean =>
  firstWholeWord(before, ESTIMATE_BEFORE, 'letter', 'before') !== null ||
  firstWholeWord(before, DENIAL_OR_AIM, 'letter', 'before', (m) => fewWordsOfLetters(before.slice(m.index + m[0].length))) !== null;
/** Words after a figure that make it a change: "6% so với cùng kỳ" (not followed by a letter). */
const CHANGE_AFTER = /^\s*(?:so\s+với|so\s+cùng\s+kỳ)/iu;
export const notAValueAfter = (after: string): boolean => leadingWord(after, CHANGE_AFTER, 'letter') !== null;

/** What may stand between a row's words and the figure after them ("giải quyết xong 998", "giải quyết: 998"): no other figure, no end of sentence. */
export const GAP_BEFORE_FIGURE = /^[^\d.;!?\n]{0,24}$/u;
/** What may stand between a figure and the row's words after it ("100% hồ sơ được giải quyết đúng hạn"): a few words, no comma. */
export const GAP_AFTER_FIGURE = /^[^\d.,;:!?\n]{0,24}$/u;

/** Words that deny a row: "không có …", "không nhận được … nào", "chưa phát sinh …", "không vi phạm …". */
const DENIAL = /(?:(?:không|chưa)\s+(?:có|nhận\s+được|tiếp\s+nhận|phát\s+sinh|để\s+xảy\s+ra|xảy\s+ra)|không(?=\s+vi\s+phạm))/giu;
/** The denials of a sentence, each standing apart from letters on both sides. */
export const denials = (sentence: string): WordMatch[] => [...wholeWordMatches(sentence, DENIAL, 'letter')];
/** What may stand between the denial and the row's words ("không có cán bộ, công chức nào bị kỷ luật"). */
export const GAP_AFTER_DENIAL = /^[^\d.;:!?\n]{0,30}$/u;
/**
 * What may follow the denied row's words to the end of the clause: nothing, "nào", the period or the
 * topic ("về quy định thủ tục hành chính"). Anything else qualifies the row ("không có hồ sơ giải
 * quyết quá hạn" denies late files, not files settled), and the denial is not checked.
 */
export const DENIAL_TAIL =
  /^(?:\s+(?:nào|trong\s+kỳ(?:\s+báo\s+cáo)?|trong\s+(?:năm|quý|tháng)|(?:về|đối\s+với|liên\s+quan\s+đến)\s[^,;:.!?()\n]*))*\s*(?:[,;:.!?()\n]|$)/iu;

/** Words before a period of last year that make it a comparison, not another period: "so với 6 tháng đầu năm 2025", "cùng kỳ năm 2025". */
export const COMPARED_BEFORE = /(?<![\p{L}])(?:so\s+với|cùng\s+kỳ)(?![\p{L}])[^\d.;!?\n]{0,20}$/iu;

/** "1.234" → 1234; "98,3" → 98.3. */
export const figureValue = (whole: string, decimals = ''): number => Number(`${whole.replace(/\./g, '')}${decimals ? `.${decimals}` : ''}`);
