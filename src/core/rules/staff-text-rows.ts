// The staff's text against the figures of the forms: a row is found by its words in the set (`Từ ngữ`), never by sentences listed in code.
import type { ReportData } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { WORD_PARTS } from '../forms/form-set';
import type { FormNumber, RowKind } from '../forms/types';
import { COMMON_TEXT } from '../i18n/common';
import { RULE_TEXT } from '../i18n/rules';
import {
  DENIAL_TAIL,
  GAP_AFTER_DENIAL,
  GAP_AFTER_FIGURE,
  GAP_BEFORE_FIGURE,
  denials,
  figureValue,
  figures,
  notAValueAfter,
  notAValueBefore,
} from './staff-text-patterns';
import { RULE_IDS, type Finding } from './types';
import { numberAt } from './values';
import { firstWholeWord, leadingWord, wholeWordMatches } from './word-bounds';

/** One of a row's words: the parts that stand apart in the sentence, in order; the last one sits by the figure. */
interface RowWord {
  /** The parts before the last, as patterns without bounds (whole words are told by `word-bounds`). */
  readonly leads: readonly LazyPattern[];
  readonly last: LazyPattern;
  /** The last part right after some space at the start of a text (the words following a figure), its end to be bounded. */
  readonly follows: LazyPattern;
  /** The last part's first word in lower case: a sentence without it needs no pattern run. */
  readonly needle: string;
}

interface WordedRow {
  readonly form: FormNumber;
  readonly key: string;
  readonly kind: RowKind;
  /** The unit as printed at the very start of a text ("998 hồ sơ": after the count), its end to be bounded; null where it says nothing ("%", empty). And its first word in lower case (a text not starting so needs no pattern run). */
  readonly unitAtStart: LazyPattern | null;
  readonly unitNeedle: string;
  readonly words: readonly RowWord[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words as a pattern: any whitespace between them, letter case free; whole words are told apart by `word-bounds`. */
const wordSource = (text: string): string => text.trim().split(/\s+/u).map(escape).join('\\s+');

/** A pattern built the first time a sentence needs it: most words never meet a sentence holding their first word (issue 23: building them all was 4 ms of a check). */
class LazyPattern {
  private built: RegExp | null = null;
  constructor(
    private readonly source: string,
    private readonly flags: string,
  ) {}
  get pattern(): RegExp {
    return (this.built ??= new RegExp(this.source, this.flags));
  }
}

const CACHE = new WeakMap<FormCatalogue, readonly WordedRow[]>();

/** Every row of the set that has words, with its words as patterns. */
export function wordedRows(catalogue: FormCatalogue): readonly WordedRow[] {
  const kept = CACHE.get(catalogue);
  if (kept) return kept;
  const out: WordedRow[] = [];
  for (const form of catalogue.forms) {
    for (const row of form.rows) {
      const words = (row.words ?? []).flatMap((w): RowWord[] => {
        const parts = w.split(WORD_PARTS).filter((p) => p.trim() !== '');
        const last = parts.pop();
        if (last === undefined) return [];
        const source = wordSource(last);
        const needle = (last.trim().split(/\s+/u)[0] ?? '').toLowerCase();
        return [{ leads: parts.map((p) => new LazyPattern(wordSource(p), 'giu')), last: new LazyPattern(source, 'giu'), follows: new LazyPattern(`^\\s+(?:${source})`, 'iu'), needle }];
      });
      if (words.length === 0) continue;
      const unit = row.unit.trim();
      const unitAtStart = unit === '' || unit === '%' ? null : new LazyPattern(`^(?:${wordSource(unit)})`, 'iu');
      out.push({ form: form.number, key: row.key, kind: row.kind, unitAtStart, unitNeedle: (unit.split(/\s+/u)[0] ?? '').toLowerCase(), words });
    }
  }
  CACHE.set(catalogue, out);
  return out;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where one of the row's words stands in the sentence (its last part), with its other parts before it, in order. */
function* wordSpans(sentence: string, word: RowWord): Generator<Span> {
  for (const m of [...wholeWordMatches(sentence, word.last.pattern)]) {
    let from = 0;
    const before = sentence.slice(0, m.index);
    const leadsFound = word.leads.every((lead) => {
      const hit = firstWholeWord(before.slice(from), lead.pattern);
      if (!hit) return false;
      from += hit.end;
      return true;
    });
    if (leadsFound) yield { start: m.index, end: m.end };
  }
}

/**
 * The spans of a word in the sentence, found once for the sentence: every figure of it asks again (issue 23: the scan
 * per figure was most of `cchc check`'s own time).
 */
let spanSentence: string | null = null;
let spanLower = '';
let spanCache = new Map<RowWord, readonly Span[]>();
function spansOf(sentence: string, word: RowWord): readonly Span[] {
  if (sentence !== spanSentence) {
    spanSentence = sentence;
    spanLower = sentence.toLowerCase();
    spanCache = new Map();
  }
  let spans = spanCache.get(word);
  if (!spans) {
    spans = spanLower.includes(word.needle) ? [...wordSpans(sentence, word)] : [];
    spanCache.set(word, spans);
  }
  return spans;
}

/**
 * The rows a place of the sentence speaks of: among `rows`, the words whose span `score` ranks best
 * (null: not admissible), and every row that has words at that same span.
 */
function bestRows(
  sentence: string,
  rows: readonly WordedRow[],
  score: (span: Span) => readonly [number, number] | null,
): { readonly span: Span; readonly rows: readonly WordedRow[] } | null {
  let best: { span: Span; rank: readonly [number, number]; rows: WordedRow[] } | null = null;
  for (const row of rows) {
    for (const word of row.words) {
      for (const span of spansOf(sentence, word)) {
        const rank = score(span);
        if (!rank) continue;
        const better = !best || rank[0] > best.rank[0] || (rank[0] === best.rank[0] && rank[1] > best.rank[1]);
        if (better) best = { span, rank, rows: [row] };
        else if (best && best.span.start === span.start && best.span.end === span.end && !best.rows.includes(row)) best.rows.push(row);
      }
    }
  }
  return best && { span: best.span, rows: best.rows };
}

const PERCENT_KINDS: readonly RowKind[] = ['ratio', 'percent'];
/**
 * A count takes words after it only when they stand right after it, in place of its unit ("12 văn bản
 * chỉ đạo", "01 phản ánh, kiến nghị"): in "5 hồ sơ giải quyết quá hạn" the words say what the 5 are.
 */
const RIGHT_AFTER = /^\s+$/u;
const AMOUNT_KINDS: readonly RowKind[] = ['count', 'money', 'sum'];

interface Reported {
  readonly row: WordedRow;
  readonly value: number;
}

const reportedOf = (rows: readonly WordedRow[], data: ReportData, catalogue: FormCatalogue): Reported[] =>
  rows.flatMap((row) => {
    const value = numberAt(data.forms, { form: row.form, key: row.key }, catalogue);
    return value === null ? [] : [{ row, value }];
  });

/** "Biểu mẫu 3 dòng 3.3.1 ghi 962 và dòng 3.3.2 ghi 962", form by form. */
function whatFormsSay(reported: readonly Reported[], valueText: (value: number) => string): string {
  const forms = [...new Set(reported.map((r) => r.row.form))];
  return forms
    .map((form) =>
      RULE_TEXT.staff.formRows(
        COMMON_TEXT.formName(form),
        reported.filter((r) => r.row.form === form).map((r) => RULE_TEXT.staff.rowValue(r.row.key, valueText(r.value))),
      ),
    )
    .join('; ');
}

export interface TextFinding {
  readonly rule: Finding['rule'];
  readonly message: string;
}

/**
 * Figures beside a row's words that the forms contradict: a count ("giải quyết: 998 hồ sơ" beside
 * 962) or a percent claimed for a ratio ("giải quyết đúng hạn đạt 100%", "hoàn thành 100% kế
 * hoạch"). The words nearest before the figure name the row; failing those, the nearest after it.
 */
export function figureFindings(text: string, data: ReportData, catalogue: FormCatalogue): TextFinding[] {
  const rows = wordedRows(catalogue);
  if (rows.length === 0) return [];
  const out: TextFinding[] = [];
  for (const sentence of text.split(/(?<=[.;!?])\s+|\n+/u)) {
    for (const m of figures(sentence)) {
      const isPercent = m[3] !== undefined;
      const claimed = figureValue(m[1] ?? '', m[2] ?? '');
      const numberEnd = m.index + m[0].length - (m[3]?.length ?? 0);
      const figureEnd = m.index + m[0].length;
      const after = sentence.slice(numberEnd);
      if (notAValueBefore(sentence.slice(0, m.index)) || notAValueAfter(sentence.slice(figureEnd))) continue;
      // A count speaks of a row whose unit follows it ("998 hồ sơ"), or whose words do ("12 văn bản chỉ đạo").
      const trimmed = after.replace(/^\s+/u, '');
      const space = after.length - trimmed.length;
      const trimmedLower = trimmed.toLowerCase();
      const unitEnd = (row: WordedRow): number | null => {
        if (!row.unitAtStart || !trimmedLower.startsWith(row.unitNeedle)) return null;
        const hit = leadingWord(trimmed, row.unitAtStart.pattern);
        return hit ? numberEnd + space + hit[0].length : null;
      };
      const wordsFollow = (row: WordedRow): boolean =>
        row.words.some((w) => w.leads.length === 0 && trimmedLower.startsWith(w.needle) && leadingWord(after, w.follows.pattern) !== null);
      const candidates = rows.filter((row) =>
        isPercent ? PERCENT_KINDS.includes(row.kind) : AMOUNT_KINDS.includes(row.kind) && (unitEnd(row) !== null || wordsFollow(row)),
      );
      if (candidates.length === 0) continue;
      const before = bestRows(sentence, candidates, (span) =>
        span.end <= m.index && GAP_BEFORE_FIGURE.test(sentence.slice(span.end, m.index)) ? [span.end, -span.start] : null,
      );
      const afterStart = isPercent ? figureEnd : numberEnd;
      // Words after the figure name its row only when no such row was named before it in the sentence:
      // "giải ngân … đạt 3.187,5 triệu đồng, bằng 75% kế hoạch" speaks of the disbursement, not of the plan of BM1.
      const namedBefore = (): boolean => bestRows(sentence, candidates, (span) => (span.end <= m.index ? [span.end, 0] : null)) !== null;
      const found =
        before ??
        (namedBefore()
          ? null
          : bestRows(sentence, candidates, (span) =>
              span.start >= afterStart && (isPercent ? GAP_AFTER_FIGURE : RIGHT_AFTER).test(sentence.slice(afterStart, span.start)) ? [-span.start, span.end] : null,
            ));
      if (!found) continue;
      const reported = reportedOf(found.rows, data, catalogue);
      if (reported.length === 0) continue;
      const quoteEnd = isPercent ? figureEnd : Math.max(numberEnd, ...found.rows.map((r) => unitEnd(r) ?? numberEnd));
      const quote = (before ? sentence.slice(found.span.start, quoteEnd) : sentence.slice(m.index, found.span.end)).trim();
      if (isPercent) {
        // A percent written with d decimals stands for the ratio rounded or cut to d decimals ("57%" or
        // "56%" for 56,8); but "100%" and "0%" say all and none, which a ratio of 99,6 or 0,4 is not.
        const step = 10 ** -(m[2]?.length ?? 0);
        const allOrNone = m[2] === undefined && (claimed === 100 || claimed === 0);
        const fits = (v: number): boolean =>
          allOrNone ? Math.abs(v - claimed) < 1e-9 : Math.abs(v - claimed) <= step / 2 + 1e-9 || (v >= claimed && v - claimed < step - 1e-9);
        if (reported.some((r) => fits(r.value))) continue;
        out.push({
          rule: RULE_IDS.textPercentMismatch,
          message: RULE_TEXT.staff.percentMismatch(quote, whatFormsSay(reported, (v) => `${COMMON_TEXT.formatNumber(v, 1)}%`)),
        });
      } else {
        if (reported.some((r) => r.value === claimed)) continue;
        out.push({ rule: RULE_IDS.textFigureMismatch, message: RULE_TEXT.staff.figureMismatch(quote, whatFormsSay(reported, (v) => COMMON_TEXT.formatNumber(v))) });
      }
    }
  }
  return out;
}

/**
 * Denials of a row the forms say is above 0: "không có đơn thư khiếu nại" beside complaints received,
 * "không có cán bộ bị kỷ luật" beside one disciplined. The words nearest after the denial name the row.
 */
export function denialFindings(text: string, data: ReportData, catalogue: FormCatalogue): TextFinding[] {
  const rows = wordedRows(catalogue).filter((row) => AMOUNT_KINDS.includes(row.kind));
  if (rows.length === 0) return [];
  const out: TextFinding[] = [];
  for (const sentence of text.split(/(?<=[.;!?])\s+|\n+/u)) {
    for (const m of denials(sentence)) {
      const { end } = m;
      // A bare "không" ("không vi phạm kỷ luật") denies only the words right after it.
      const gap = /^không$/iu.test(m.groups[0]) ? /^\s+$/u : GAP_AFTER_DENIAL;
      const found = bestRows(sentence, rows, (span) => (span.start >= end && gap.test(sentence.slice(end, span.start)) ? [-span.start, span.end] : null));
      if (!found || !DENIAL_TAIL.test(sentence.slice(found.span.end))) continue;
      const above = reportedOf(found.rows, data, catalogue).filter((r) => r.value > 0);
      if (above.length === 0) continue;
      out.push({
        rule: RULE_IDS.textDeniesRow,
        message: RULE_TEXT.staff.deniesRow(sentence.slice(m.index, found.span.end), whatFormsSay(above, (v) => COMMON_TEXT.formatNumber(v))),
      });
    }
  }
  return out;
}
