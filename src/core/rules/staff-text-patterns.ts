// How the staff's own text names units, periods and form figures: input the checker recognises, not text it shows.
// Whole words are told by `word-bounds`, not by `\p{L}` lookarounds in each pattern (issue 23: V8 builds the letter class anew for each).
import { allLetters, firstWholeWord, leadingWord, wholeWordMatches, type WordMatch } from './word-bounds';

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

/** A proper name after a kind: capitalised words ("Quảng Nghiệp", "Hòa Phong"). */
export const PROPER_NAME = /^\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)/u;

/**
 * A figure as the staff write it: "998", "01", "1.234", "98,3", "100%"; never a piece of a date
 * ("06/01/2026"), of a document number ("05/KH-UBND") or of a longer number. Group 1: the whole part
 * ("1.234"); group 2: the decimals after a comma; group 3: the percent sign.
 */
export const FIGURE = /(?<![\p{L}\p{N}.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\p{N}]|[.,/]\p{N})(\s*%)?/gu;

/**
 * Words before a figure that make it no claim of a row's value: an estimate ("trên 1.000 hồ sơ",
 * "gần 99%"), a change ("tăng 6%", "giảm 02 hồ sơ"), a denial ("chưa hoàn thành 100%") or an aim
 * ("phấn đấu đạt 100%", "mục tiêu 100%").
 */
const ESTIMATE_BEFORE = /(?:trên|hơn|gần|khoảng|xấp\s+xỉ|dưới|gần\s+như|ít\s+nhất|tối\s+thiểu|tăng|giảm|tăng\s+thêm|giảm\s+đi)\s*$/giu;
/** A denial or an aim, then at most two words of letters only (checked apart: `allLetters`). */
const DENIAL_OR_AIM_BEFORE = /(?:chưa|không(?!\s+chuyên\s+trách)|phấn\s+đấu|mục\s+tiêu|nhằm)((?:\s+\S+){0,2})\s*$/giu;
/** The text before a figure ends in words that make it no claim: not right after a letter, and after a denial or an aim two words of letters at most. */
export const notAValueBefore = (before: string): boolean =>
  firstWholeWord(before, ESTIMATE_BEFORE, 'letter', 'before') !== null ||
  firstWholeWord(before, DENIAL_OR_AIM_BEFORE, 'letter', 'before', (m) => (m[1] ?? '').trim().split(/\s+/u).every((w) => w === '' || allLetters(w))) !== null;
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
