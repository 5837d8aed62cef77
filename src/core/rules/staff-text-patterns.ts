// How the staff's own text names units, periods and form figures: input the checker recognises, not text it shows.
import type { FormNumber } from '../forms/types';

/** A period written with its year: "6 tháng đầu năm 2022", "quý II năm 2023", "9 tháng năm 2021". */
export const PERIOD_WITH_YEAR = /(?<![\p{L}\d])((?:[Qq]uý\s+(?:I{1,3}|IV|[1-4])|[69]\s+tháng(?:\s+(?:đầu|cuối))?)(?:\s+năm)?\s+((?:19|20)\d{2}))(?!\d)/gu;

/** Words that, before a unit kind, make it something else: "cấp xã" (the commune level), "thị xã" (a town above it). */
export const KIND_NOT_A_UNIT_BEFORE = /(?:cấp|thị|Thị|Cấp)\s+$/u;
/** Words that, after "xã", make it another word: "xã hội". */
export const KIND_NOT_A_UNIT_AFTER = /^\s+hội(?!\p{L})/u;
/** A list of kinds ("các xã, phường, thị trấn") names kinds in general, not this unit. */
export const KIND_LIST = /^(?:\s*,\s*|\s+và\s+|\s+hoặc\s+|\s*\/\s*)(?:xã|phường|thị trấn|đặc khu)(?!\p{L})/u;
export const KIND_LIST_BEFORE = /(?:xã|phường|thị trấn|đặc khu)(?:\s*,\s*|\s+và\s+|\s+hoặc\s+|\s*\/\s*)$/u;

/** A proper name after a kind: capitalised words ("Quảng Nghiệp", "Hòa Phong"). */
export const PROPER_NAME = /^\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)/u;

/**
 * Figures the staff write next to a form row's words, and the rows they must equal. `near` finds
 * the words in a sentence; `number` the figure that follows them (group 1).
 */
export interface FigurePattern {
  readonly form: FormNumber;
  /** The rows the figure may equal (one of them). */
  readonly keys: readonly string[];
  /** The sentence must speak of this. */
  readonly topic: RegExp;
  /** The words and the figure: group 1 is the number, as written ("1.234"). */
  readonly figure: RegExp;
}

const N = '(\\d{1,3}(?:\\.\\d{3})+|\\d+)';

export const FIGURE_PATTERNS: readonly FigurePattern[] = [
  // "không chuyên trách ở cấp xã 10 người, thôn 9 người"
  { form: 4, keys: ['3.1', '3.2'], topic: /không chuyên trách/u, figure: new RegExp(`cấp xã[^\\d.;:]{0,20}?${N}\\s*người`, 'gu') },
  { form: 4, keys: ['4.1', '4.2'], topic: /không chuyên trách/u, figure: new RegExp(`(?:thôn|tổ dân phố|khu dân cư|khu phố)[^\\d.;:]{0,20}?${N}\\s*người`, 'gu') },
  // "đã giải quyết 998 hồ sơ": the files settled (BM3 3.3.1) or settled on time (3.3.2)
  { form: 3, keys: ['3.3.1', '3.3.2'], topic: /giải quyết/u, figure: new RegExp(`giải quyết(?:\\s+(?:xong|đúng hạn|được))*[^\\d.;:]{0,12}?${N}\\s*hồ sơ`, 'gu') },
  // "tiếp nhận 1.310 hồ sơ": files received (BM7 6.7.1) or received online (6.7.2)
  { form: 7, keys: ['6.7.1', '6.7.2'], topic: /tiếp nhận/u, figure: new RegExp(`tiếp nhận(?:\\s+(?:trực tuyến|qua mạng))?[^\\d.;:]{0,12}?${N}\\s*hồ sơ`, 'gu') },
  // "ban hành 12 văn bản chỉ đạo"
  { form: 1, keys: ['1'], topic: /chỉ đạo/u, figure: new RegExp(`${N}\\s*văn bản chỉ đạo`, 'gu') },
];

/** "1.234" → 1234. */
export const figureValue = (text: string): number => Number(text.replace(/\./g, ''));
