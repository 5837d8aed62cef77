// Vietnamese wording of the narrative report: header, period phrases, generated sentences, closing and appendix.
import type { Period } from '../data/types';
import type { SentenceId } from '../report/sentences';
import { COMMON_TEXT } from './common';

/**
 * What a sentence template can ask of the data. A template is used when at least one row its
 * clause needs holds a number; `has` says which do, and `n`/`f` may only be asked of those. `r`
 * is a computed ratio, null where its whole is 0 or empty.
 */
export interface SentenceValues {
  /** Whether a row (input or computed) holds a number. */
  has(key: string): boolean;
  /** The number in a row. */
  n(key: string): number;
  /** The number in Vietnamese notation: 1.234, 98,3. */
  f(key: string): string;
  /** A computed ratio in Vietnamese notation (one decimal, dropped when 0), or null where its whole is 0. */
  r(key: string): string | null;
  /** Any number in Vietnamese notation (a difference the template computes). */
  fmt(x: number): string;
  /**
   * The row against the same period of an earlier year ("tăng 12,3% so với cùng kỳ năm 2025"); "" when the
   * report has no such data, the row is not one DOMAIN.md compares, or either number is empty or the base 0.
   */
  vs(key: string): string;
  /** "UBND xã" */
  readonly ubnd: string;
  /** "xã" */
  readonly kind: string;
  /** "UBND tỉnh Quảng Ngãi" */
  readonly superior: string;
  readonly year: number;
  /** The period inside a sentence: "trong quý I", "trong 6 tháng đầu năm", "trong năm" ("trong kỳ báo cáo" when unknown). */
  readonly within: string;
  /** What the unit calls its villages: "thôn" (xã), "tổ dân phố" (phường, thị trấn). */
  readonly village: string;
}

/** The wording of one generated clause; "" when there is nothing worth saying (a zero sub-count). */
export type SentenceTemplate = (v: SentenceValues) => string;

const list = COMMON_TEXT.list;
/** A computed share in brackets after a count: " (75%)"; nothing where the ratio has no whole. */
const share = (r: string | null): string => (r === null ? '' : ` (${r}%)`);
/** A comparison in brackets after the figure it speaks of: " (tăng 12,3% so với cùng kỳ năm 2025)"; nothing without one. */
const paren = (vs: string): string => (vs ? ` (${vs})` : '');
/** A computed share and its comparison in one bracket: " (90,6%, tăng 2,1 điểm phần trăm so với cùng kỳ năm 2025)". */
const shareVs = (r: string | null, vs: string): string => (r === null ? '' : vs ? ` (${r}%, ${vs})` : ` (${r}%)`);
/** "cả 31 nhiệm vụ", or "nhiệm vụ này" when there is one. */
const allOf = (v: SentenceValues, x: number, noun: string): string => (x === 1 ? `${noun} này` : `cả ${v.fmt(x)} ${noun}`);

/**
 * How much of a whole was settled, after the whole's clause: ", xử lý xong 3 (75%)", ", xử lý xong cả 4",
 * ", chưa xử lý xong vấn đề nào"; nothing when the part is not reported.
 */
function settled(v: SentenceValues, part: string, whole: string, ratio: string, verb: string, noun: string): string {
  if (!v.has(part) || !v.has(whole)) return '';
  const p = v.n(part);
  const w = v.n(whole);
  if (p === 0) return `, chưa ${verb} ${noun} nào`;
  if (p === w) return w === 1 ? `, đã ${verb}` : `, ${verb} cả ${v.f(part)}`;
  return `, ${verb} ${v.f(part)}${share(v.r(ratio))}`;
}

/** Checks and reviews of legal documents (Biểu mẫu 2 rows 2.x and 3.x): what was done, then what had to be fixed. */
function legalWork(
  v: SentenceValues,
  k: { readonly done: string; readonly whole: string; readonly part: string; readonly ratio: string; readonly verb: string; readonly scope: string; readonly after: string },
): string {
  const parts: string[] = [];
  const done = v.has(k.done) ? v.n(k.done) : null;
  if (done === 0) parts.push(`${v.ubnd} chưa ${k.verb} văn bản quy phạm pháp luật nào ${k.scope}`);
  else if (done !== null) parts.push(`${v.ubnd} đã ${k.verb} ${v.f(k.done)} văn bản quy phạm pháp luật ${k.scope}`);
  if (v.has(k.whole)) {
    const w = v.n(k.whole);
    if (w > 0) parts.push(`có ${v.f(k.whole)} văn bản phải xử lý ${k.after}${settled(v, k.part, k.whole, k.ratio, 'xử lý xong', 'văn bản')}`);
    else if (done !== 0) parts.push(`không có văn bản nào phải xử lý ${k.after}`);
  } else if (v.has(k.part) && v.n(k.part) > 0) {
    parts.push(`đã xử lý xong ${v.f(k.part)} văn bản ${k.after}`);
  }
  return parts.join('; ');
}

/** Part-time staff assigned and present (Biểu mẫu 4 rows 3.x and 4.x). */
function partTime(v: SentenceValues, assigned: string, present: string, ratio: string, who: string): string {
  const a = v.has(assigned) ? v.n(assigned) : null;
  const p = v.has(present) ? v.n(present) : null;
  if (a === 0) return p ? `${v.ubnd} không được giao ${who}, nhưng có ${v.f(present)} người đang làm việc` : `${v.ubnd} không được giao ${who}`;
  if (a === null) return p === null ? '' : `số ${who} có mặt là ${v.f(present)} người`;
  const head = `số ${who} được giao là ${v.f(assigned)} người`;
  if (p === null) return head;
  if (p === a) return `${head}, có mặt đủ ${v.f(present)} người`;
  if (p === 0) return `${head}, chưa có người nào có mặt`;
  return `${head}, có mặt ${v.f(present)} người, bằng ${v.r(ratio) ?? ''}% số được giao`;
}

/** Online procedures of one level (Biểu mẫu 7 rows 6.4.x, 6.5.x). */
function onlineLevel(v: SentenceValues, level: string, eligibleKey: string, offeredKey: string, withFilesKey: string, ratio: string): string {
  const what = `thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ ${level}`;
  const eligible = v.has(eligibleKey) ? v.n(eligibleKey) : null;
  const offered = v.has(offeredKey) ? v.n(offeredKey) : null;
  if (eligible === 0) return offered ? `không có ${what}, nhưng có ${v.f(offeredKey)} thủ tục đang được cung cấp trực tuyến mức độ ${level}` : `không có ${what}`;
  let head: string;
  if (eligible === null) {
    head = offered === null ? '' : offered === 0 ? `chưa cung cấp trực tuyến mức độ ${level} thủ tục hành chính nào` : `có ${v.f(offeredKey)} thủ tục hành chính đang được cung cấp trực tuyến mức độ ${level}`;
  } else if (offered === null) head = `có ${v.f(eligibleKey)} ${what}`;
  else if (offered === eligible) head = eligible === 1 ? `có 1 ${what} và thủ tục này đang được cung cấp trực tuyến` : `cả ${v.f(eligibleKey)} ${what} đều đang được cung cấp trực tuyến`;
  else if (offered === 0) head = `có ${v.f(eligibleKey)} ${what}, nhưng chưa cung cấp trực tuyến thủ tục nào`;
  else head = `có ${v.f(eligibleKey)} ${what}, trong đó ${v.f(offeredKey)} thủ tục đang được cung cấp trực tuyến${share(v.r(ratio))}`;
  if (!v.has(withFilesKey) || offered === 0) return head;
  const tail = v.n(withFilesKey) === 0 ? 'chưa có thủ tục nào phát sinh hồ sơ nộp trực tuyến' : `${v.f(withFilesKey)} thủ tục đã phát sinh hồ sơ nộp trực tuyến`;
  return head ? `${head}; ${tail}` : tail;
}

/**
 * A whole and how much of it is done, for the national portal and online payment (Biểu mẫu 7
 * rows 6.6, 6.8). `done` is what was done to a procedure without "đã": "được tích hợp, …".
 */
function portion(v: SentenceValues, whole: string, part: string, ratio: string, wholeWhat: string, done: string, noneWhole: string): string {
  if (!v.has(whole)) return v.has(part) && v.n(part) > 0 ? `${v.f(part)} thủ tục hành chính đã ${done}` : '';
  const w = v.n(whole);
  if (w === 0) return noneWhole;
  if (!v.has(part)) return '';
  const p = v.n(part);
  if (p === w) return w === 1 ? `có 1 thủ tục hành chính ${wholeWhat} và thủ tục này đã ${done}` : `cả ${v.f(whole)} thủ tục hành chính ${wholeWhat} đều đã ${done}`;
  if (p === 0) return `trong số ${v.f(whole)} thủ tục hành chính ${wholeWhat}, chưa có thủ tục nào ${done}`;
  return `trong số ${v.f(whole)} thủ tục hành chính ${wholeWhat}, ${v.f(part)} thủ tục đã ${done}${share(v.r(ratio))}`;
}

const SURVEY_MODES: Readonly<Record<number, string>> = {
  0: 'bằng hình thức trực tuyến',
  1: 'bằng hình thức phát phiếu',
  2: 'kết hợp hình thức trực tuyến và phát phiếu',
};

/** The province builds the LGSP; a commune deploys it (connects its systems and uses it), never builds it. */
const LGSP_STATES: Readonly<Record<number, string>> = {
  0: 'chưa triển khai nền tảng chia sẻ, tích hợp dùng chung (LGSP) tại địa phương',
  1: 'đang triển khai nền tảng chia sẻ, tích hợp dùng chung (LGSP) tại địa phương',
  2: 'đã hoàn thành triển khai nền tảng chia sẻ, tích hợp dùng chung (LGSP) tại địa phương',
};

/** How a period is named inside a sentence (lower case): "6 tháng đầu năm". */
const PERIOD_PHRASES = {
  Q1: 'quý I',
  H1: '6 tháng đầu năm',
  Q3: 'quý III',
  Y: 'năm',
} as const satisfies Readonly<Record<Period, string>>;

/** The period that follows, for section IV: after quý I comes quý II, … */
function nextPeriodPhrase(period: Period, year: number): string {
  switch (period) {
    case 'Q1':
      return `quý II năm ${year}`;
    case 'H1':
      return `6 tháng cuối năm ${year}`;
    case 'Q3':
      return `quý IV năm ${year}`;
    case 'Y':
      return `năm ${year + 1}`;
  }
}

/** "6 tháng đầu năm 2026", "quý I năm 2026", "năm 2026". */
function periodWithYear(period: Period, year: number): string {
  // "6 tháng đầu năm" and "năm" already end with the word "năm".
  return period === 'Q1' || period === 'Q3' ? `${PERIOD_PHRASES[period]} năm ${year}` : `${PERIOD_PHRASES[period]} ${year}`;
}

const NOT_REPORTED = 'chưa có số liệu';

/**
 * Wording of every generated sentence, by sentence id (see sentences.ts for the rows each one needs).
 * `satisfies Record<SentenceId, …>`: an id of the sentence table without wording here, or wording
 * for an id the table does not use, fails to compile.
 */
const SENTENCE_WORDING = {
  // I.1 — Biểu mẫu 1 row 1
  directives: (v) =>
    v.n('1') === 0
      ? `${v.within}, ${v.ubnd} chưa ban hành văn bản chỉ đạo, điều hành riêng về công tác cải cách hành chính`
      : `${v.within}, ${v.ubnd} đã ban hành ${v.f('1')} văn bản chỉ đạo, điều hành công tác cải cách hành chính (kết luận, chỉ thị, công văn chỉ đạo, quán triệt)`,
  // I.2 — Biểu mẫu 1 rows 2.1, 2.2 (ratio 2)
  plan: (v) => {
    const plan = `Kế hoạch cải cách hành chính năm ${v.year}`;
    if (!v.has('2.1')) {
      return v.n('2.2') === 0
        ? `đến thời điểm báo cáo, ${v.ubnd} chưa hoàn thành nhiệm vụ nào của ${plan}`
        : `lũy kế đến thời điểm báo cáo, ${v.ubnd} đã hoàn thành ${v.f('2.2')} nhiệm vụ của ${plan}`;
    }
    if (v.n('2.1') === 0) return `${plan} chưa đề ra nhiệm vụ cụ thể`;
    const head = `${plan} đề ra ${v.f('2.1')} nhiệm vụ`;
    if (!v.has('2.2')) return head;
    const done = v.n('2.2');
    if (done === 0) return `${head}; đến thời điểm báo cáo, chưa có nhiệm vụ nào hoàn thành`;
    if (done === v.n('2.1')) return `${head}; đến thời điểm báo cáo, ${v.ubnd} đã hoàn thành ${allOf(v, done, 'nhiệm vụ')}`;
    return `${head}; lũy kế đến thời điểm báo cáo, ${v.ubnd} đã hoàn thành ${v.f('2.2')} nhiệm vụ, đạt ${v.r('2') ?? ''}% kế hoạch`;
  },
  // I.3 — Biểu mẫu 1 rows 3.1, 3.2.1, 3.2.2 (ratio 3.2)
  inspection: (v) => {
    const parts: string[] = [];
    const inspected = v.has('3.1') ? v.n('3.1') : null;
    if (inspected === 0) parts.push(`${v.within}, ${v.ubnd} chưa tiến hành kiểm tra công tác cải cách hành chính tại các bộ phận chuyên môn, chức danh công chức`);
    else if (inspected !== null) parts.push(`${v.ubnd} đã kiểm tra công tác cải cách hành chính tại ${v.f('3.1')} bộ phận chuyên môn, chức danh công chức`);
    if (v.has('3.2.1')) {
      if (v.n('3.2.1') > 0) parts.push(`qua kiểm tra, phát hiện ${v.f('3.2.1')} vấn đề${settled(v, '3.2.2', '3.2.1', '3.2', 'xử lý xong', 'vấn đề')}`);
      // Nothing inspected, nothing found: saying "no problem found by inspection" would contradict the clause before.
      else if (inspected !== 0) parts.push('qua kiểm tra, không phát hiện vấn đề cần xử lý');
    } else if (v.has('3.2.2') && v.n('3.2.2') > 0) {
      parts.push(`đã xử lý xong ${v.f('3.2.2')} vấn đề phát hiện qua kiểm tra`);
    }
    return parts.join('; ');
  },
  // I.4 — Biểu mẫu 1 row 6
  dialogue: (v) =>
    v.n('6') === 1
      ? `lãnh đạo ${v.ubnd} đã tổ chức đối thoại với người dân, cộng đồng doanh nghiệp`
      : `${v.within}, lãnh đạo ${v.ubnd} chưa tổ chức đối thoại với người dân, cộng đồng doanh nghiệp`,
  // I.5 — Biểu mẫu 1 rows 4.1–4.4; the body that assigned them is meta.superior
  assignedTasks: (v) => {
    const phrases = [
      ['4.2', (x: string) => `hoàn thành đúng hạn ${x} nhiệm vụ`],
      ['4.3', (x: string) => `hoàn thành nhưng quá hạn ${x} nhiệm vụ`],
      ['4.4', (x: string) => `còn ${x} nhiệm vụ quá hạn chưa hoàn thành`],
    ] as const;
    const given = phrases.filter(([k]) => v.has(k));
    const items = given.filter(([k]) => v.n(k) > 0).map(([k, p]) => p(v.f(k)));
    if (!v.has('4.1')) return items.length ? `đối với nhiệm vụ được ${v.superior} giao, ${v.ubnd} đã ${list(items)}` : '';
    const total = v.n('4.1');
    if (total === 0) return `${v.within}, ${v.ubnd} không được ${v.superior} giao nhiệm vụ`;
    const head = `${v.within}, ${v.ubnd} được ${v.superior} giao ${v.f('4.1')} nhiệm vụ`;
    if (v.has('4.2') && v.n('4.2') === total) return `${head}, đã hoàn thành đúng hạn ${allOf(v, total, 'nhiệm vụ')}`;
    if (given.length === phrases.length) {
      const rest = total - given.reduce((sum, [k]) => sum + v.n(k), 0);
      if (rest === total) return `${head}, ${allOf(v, total, 'nhiệm vụ')} đang trong thời hạn thực hiện`;
      if (rest > 0) items.push(`còn ${v.fmt(rest)} nhiệm vụ đang trong thời hạn thực hiện`);
    }
    return items.length ? `${head}, trong đó đã ${list(items)}` : head;
  },
  // II.1 — Biểu mẫu 2
  legalDocs: (v) => {
    const levels = [
      ['1.1', 'cấp tỉnh'],
      ['1.2', 'cấp huyện'],
      ['1.3', 'cấp xã'],
    ] as const;
    const given = levels.filter(([k]) => v.has(k));
    const issued = given.filter(([k]) => v.n(k) > 0);
    const none = given.filter(([k]) => v.n(k) === 0).map(([, l]) => l);
    if (given.length === levels.length) {
      const total = issued.reduce((sum, [k]) => sum + v.n(k), 0);
      if (total === 0) return `không có văn bản quy phạm pháp luật nào do địa phương ban hành ${v.within}`;
      const [only] = issued;
      const detail =
        issued.length === 1 && only ? `, ${total === 1 ? '' : 'đều '}do ${only[1]} ban hành` : ` (${issued.map(([k, l]) => `${l} ${v.f(k)}`).join(', ')})`;
      return `tổng số văn bản quy phạm pháp luật do địa phương ban hành ${v.within} là ${v.fmt(total)} văn bản${detail}`;
    }
    const parts = issued.map(([k, l]) => `${l} ban hành ${v.f(k)} văn bản quy phạm pháp luật`);
    if (none.length) parts.push(`${list(none)} không ban hành văn bản quy phạm pháp luật nào`);
    return parts.join('; ');
  },
  legalCheck: (v) =>
    legalWork(v, { done: '2.1', whole: '2.2.1', part: '2.2.2', ratio: '2.2', verb: 'kiểm tra', scope: 'theo thẩm quyền', after: 'sau kiểm tra' }),
  legalReview: (v) =>
    legalWork(v, { done: '3.1', whole: '3.2.1', part: '3.2.2', ratio: '3.2', verb: 'rà soát', scope: 'thuộc thẩm quyền', after: 'sau rà soát' }),
  // II.2.a — Biểu mẫu 3 rows 3.4.1, 3.4.2 (ratio 3.4)
  feedback: (v) => {
    const what = 'phản ánh, kiến nghị';
    if (!v.has('3.4.1')) return v.n('3.4.2') > 0 ? `${v.ubnd} đã giải quyết xong ${v.f('3.4.2')} ${what} về quy định thủ tục hành chính` : '';
    if (v.n('3.4.1') === 0) return `${v.within}, ${v.ubnd} không nhận được ${what} nào về quy định thủ tục hành chính`;
    return `${v.within}, ${v.ubnd} tiếp nhận ${v.f('3.4.1')} ${what} về quy định thủ tục hành chính${settled(v, '3.4.2', '3.4.1', '3.4', 'giải quyết xong', what)}`;
  },
  // II.2.b — Biểu mẫu 3 row 1.1
  procedures: (v) =>
    v.n('1.1') === 0
      ? 'không có thủ tục hành chính cấp xã nào được thống kê'
      : `tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã (bao gồm cả thủ tục hành chính của cơ quan ngành dọc) là ${v.f('1.1')} thủ tục`,
  // II.2.c — Biểu mẫu 3 rows 2.1–2.3, 3.3.1, 3.3.2 (3.3); Biểu mẫu 7 rows 6.7.1, 6.7.2 (6.7); Biểu mẫu 1 rows 5–5.2
  oneStop: (v) => {
    const ways = [
      ['2.1', 'được thực hiện liên thông cùng cấp', 'liên thông cùng cấp'],
      ['2.2', 'được thực hiện liên thông giữa các cấp chính quyền', 'liên thông giữa các cấp chính quyền'],
      ['2.3', 'được tiếp nhận, giải quyết không phụ thuộc vào địa giới hành chính', 'tiếp nhận, giải quyết không phụ thuộc vào địa giới hành chính'],
    ] as const;
    const given = ways.filter(([k]) => v.has(k));
    const some = given.filter(([k]) => v.n(k) > 0).map(([k, p], i) => (i === 0 ? `có ${v.f(k)} thủ tục hành chính ${p}` : `${v.f(k)} thủ tục ${p}`));
    const none = given.filter(([k]) => v.n(k) === 0).map(([, , z]) => z);
    const parts = some.length ? [list(some)] : [];
    if (none.length) parts.push(`chưa có thủ tục hành chính nào ${list(none, 'hoặc')}`);
    return parts.join('; ');
  },
  resolved: (v) => {
    if (!v.has('3.3.1')) return v.n('3.3.2') > 0 ? `${v.ubnd} đã giải quyết đúng hạn ${v.f('3.3.2')} hồ sơ thủ tục hành chính` : '';
    const total = v.n('3.3.1');
    if (total === 0) return `${v.within}, chưa có hồ sơ thủ tục hành chính nào được giải quyết xong`;
    const head = `${v.within}, ${v.ubnd} đã giải quyết xong ${v.f('3.3.1')} hồ sơ thủ tục hành chính${paren(v.vs('3.3.1'))}`;
    if (!v.has('3.3.2')) return head;
    const onTime = v.n('3.3.2');
    const rate = v.vs('3.3');
    if (onTime === total) return `${head}, ${total === 1 ? 'đúng hạn' : 'tất cả đều đúng hạn'}${paren(rate && `tỷ lệ đúng hạn ${rate}`)}`;
    if (onTime === 0) return `${head}, không có hồ sơ nào được giải quyết đúng hạn`;
    return `${head}, trong đó ${v.f('3.3.2')} hồ sơ đúng hạn, đạt ${v.r('3.3') ?? ''}%${paren(rate)}`;
  },
  // Row 6.7 counts only the files of level-3 and level-4 procedures that had files.
  onlineFiles: (v) => {
    const scope = 'các thủ tục hành chính mức độ 3 và 4 có phát sinh hồ sơ';
    if (!v.has('6.7.1')) return v.n('6.7.2') > 0 ? `${v.ubnd} đã tiếp nhận trực tuyến ${v.f('6.7.2')} hồ sơ của ${scope}` : '';
    const total = v.n('6.7.1');
    if (total === 0) return `${v.ubnd} chưa tiếp nhận hồ sơ nào của các thủ tục hành chính mức độ 3 và 4`;
    const head = `đối với ${scope}, ${v.ubnd} đã tiếp nhận ${v.f('6.7.1')} hồ sơ${paren(v.vs('6.7.1'))}`;
    if (!v.has('6.7.2')) return head;
    const online = v.n('6.7.2');
    const rate = v.vs('6.7');
    if (online === 0) return `${head}, chưa có hồ sơ nào được nộp trực tuyến`;
    if (online === total) return `${head}, ${total === 1 ? 'được nộp trực tuyến' : 'tất cả đều được nộp trực tuyến'}${paren(rate && `tỷ lệ hồ sơ trực tuyến ${rate}`)}`;
    return `${head}, trong đó ${v.f('6.7.2')} hồ sơ được nộp trực tuyến${shareVs(v.r('6.7'), rate)}`;
  },
  survey: (v) =>
    v.n('5') === 1
      ? `${v.ubnd} đã tổ chức khảo sát sự hài lòng của người dân, tổ chức`
      : v.n('5') === 0
        ? `${v.within}, ${v.ubnd} chưa tổ chức khảo sát sự hài lòng của người dân, tổ chức`
        : '',
  surveyForms: (v) => (v.n('5.1') > 0 ? `với ${v.f('5.1')} phiếu khảo sát` : ''),
  surveyMode: (v) => SURVEY_MODES[v.n('5.2')] ?? '',
  // II.3 — Biểu mẫu 4
  villages: (v) =>
    v.n('1.1') === 100
      ? `${v.ubnd} đã hoàn thành việc sắp xếp, sáp nhập, chia tách ${v.village}`
      : v.n('1.1') === 0
        ? `${v.ubnd} chưa thực hiện việc sắp xếp, sáp nhập, chia tách ${v.village}`
        : `việc sắp xếp, sáp nhập, chia tách ${v.village} đã thực hiện được ${v.f('1.1')}%`,
  structure: (v) =>
    v.n('1.2') === 100
      ? 'cơ cấu tổ chức và việc bố trí các bộ phận chuyên môn đã đáp ứng các tiêu chí theo quy định của Chính phủ'
      : v.n('1.2') === 0
        ? 'việc sắp xếp cơ cấu tổ chức và bố trí các bộ phận chuyên môn theo tiêu chí của Chính phủ chưa được thực hiện'
        : `việc sắp xếp cơ cấu tổ chức và bố trí các bộ phận chuyên môn theo tiêu chí của Chính phủ đã thực hiện được ${v.f('1.2')}%`,
  staff: (v) => {
    const quota = v.has('2.1') ? v.n('2.1') : null;
    const present = v.has('2.2') ? v.n('2.2') : null;
    if (quota === 0) return present ? `${v.ubnd} không được giao biên chế công chức, nhưng có ${v.f('2.2')} công chức có mặt` : `${v.ubnd} không được giao biên chế công chức`;
    if (quota === null) return present === null ? '' : `tại thời điểm báo cáo, có ${v.f('2.2')} công chức có mặt`;
    const head = `tổng số biên chế công chức được giao năm ${v.year} là ${v.f('2.1')} người`;
    if (present === null) return head;
    if (present === quota) return `${head}, có mặt đủ ${v.f('2.2')} người tại thời điểm báo cáo`;
    return `${head}, có mặt tại thời điểm báo cáo ${v.f('2.2')} người`;
  },
  contracts: (v) =>
    v.n('2.3') === 0
      ? 'không có người làm việc theo hợp đồng lao động tại cơ quan hành chính nhà nước'
      : `có ${v.f('2.3')} người làm việc theo hợp đồng lao động tại cơ quan hành chính nhà nước`,
  streamlined: (v) => (v.n('2.4') === 0 ? `${v.within} không có biên chế nào được tinh giản` : `${v.within} đã tinh giản ${v.f('2.4')} biên chế`),
  streamlinedSince2015: (v) =>
    v.n('2.5') === 0 ? 'so với năm 2015, chưa tinh giản được biên chế' : `tỷ lệ biên chế đã tinh giản so với năm 2015 là ${v.f('2.5')}%`,
  partTimeCommune: (v) => partTime(v, '3.1', '3.2', '3.3', 'người hoạt động không chuyên trách cấp xã'),
  partTimeVillage: (v) => partTime(v, '4.1', '4.2', '4.3', `người hoạt động không chuyên trách ở ${v.village}`),
  // II.4 — Biểu mẫu 5
  positions: (v) => {
    const titles = v.has('1.1') ? v.n('1.1') : null;
    const placed = v.has('1.2') ? v.n('1.2') : null;
    if (titles === null) return placed === null ? '' : `${v.ubnd} đã bố trí ${v.f('1.2')} công chức theo vị trí việc làm`;
    if (titles === 0) return `${v.ubnd} chưa xác định chức danh công chức cấp xã`;
    const head = `${v.ubnd} có ${v.f('1.1')} chức danh công chức cấp xã`;
    if (placed === null) return head;
    if (placed === 0) return `${head}, chưa bố trí công chức theo vị trí việc làm`;
    if (placed === titles) return `${head}, đã bố trí đủ ${v.f('1.2')} công chức theo vị trí việc làm`;
    return `${head}, đã bố trí ${v.f('1.2')} công chức theo vị trí việc làm, bằng ${v.r('1.3') ?? ''}% số chức danh`;
  },
  recruited: (v) => {
    const ways = [
      ['2.1', 'qua thi tuyển, xét tuyển'],
      ['2.2', 'theo trường hợp đặc biệt'],
    ] as const;
    const given = ways.filter(([k]) => v.has(k));
    const some = given.filter(([k]) => v.n(k) > 0).map(([k, w]) => `${v.f(k)} công chức ${w}`);
    if (some.length) return `${v.ubnd} đã tuyển dụng ${list(some)} ${v.within}`;
    return given.length === ways.length
      ? `${v.within}, ${v.ubnd} không tuyển dụng công chức`
      : `${v.within}, ${v.ubnd} không tuyển dụng công chức ${list(given.map(([, w]) => w), 'hoặc')}`;
  },
  leadersByExam: (v) =>
    v.n('3') === 0
      ? 'từ đầu năm đến thời điểm báo cáo, chưa có lãnh đạo, quản lý nào được tuyển chọn, bổ nhiệm thông qua thi tuyển'
      : `từ đầu năm đến thời điểm báo cáo, có ${v.f('3')} lãnh đạo, quản lý được tuyển chọn, bổ nhiệm thông qua thi tuyển`,
  discipline: (v) => {
    const who = [
      ['4.1', 'lãnh đạo cấp xã'],
      ['4.2', 'công chức cấp xã'],
    ] as const;
    const given = who.filter(([k]) => v.has(k));
    const some = given.filter(([k]) => v.n(k) > 0).map(([k, w]) => `${v.f(k)} ${w}`);
    if (some.length) return `${v.within}, có ${list(some)} bị kỷ luật`;
    return given.length === who.length
      ? `không có cán bộ, công chức nào bị kỷ luật ${v.within}`
      : `không có ${list(given.map(([, w]) => w), 'hoặc')} nào bị kỷ luật ${v.within}`;
  },
  // II.5 — Biểu mẫu 6 rows 1, 2 (ratio 0); row 2 is cumulative from the start of the year
  investment: (v) => {
    const plan = v.has('1') ? v.n('1') : null;
    const done = v.has('2') ? v.n('2') : null;
    if (plan === 0) {
      const head = `năm ${v.year}, ${v.ubnd} không được giao kế hoạch vốn đầu tư công`;
      return done ? `${head}, nhưng đã giải ngân ${v.f('2')} triệu đồng` : head;
    }
    const parts: string[] = [];
    if (plan !== null) parts.push(`kế hoạch vốn đầu tư công năm ${v.year} giao cho ${v.ubnd} là ${v.f('1')} triệu đồng`);
    if (done === 0) parts.push('đến thời điểm báo cáo, chưa giải ngân');
    else if (done !== null) {
      const r = v.r('0');
      // Without the plan's clause before it, the sentence needs its subject.
      const who = plan === null ? `${v.ubnd} ` : '';
      parts.push(`lũy kế đến thời điểm báo cáo, ${who}đã giải ngân ${v.f('2')} triệu đồng${r === null ? '' : `, đạt ${r}% kế hoạch${paren(v.vs('0'))}`}`);
    }
    return parts.join('; ');
  },
  // II.6 — Biểu mẫu 7
  architecture: (v) =>
    v.n('1') === 1
      ? `${v.ubnd} đã cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất`
      : `${v.ubnd} chưa cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất`,
  nationalReporting: (v) =>
    v.n('2') === 100
      ? 'tất cả báo cáo định kỳ đều được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia'
      : v.n('2') === 0
        ? 'chưa gửi, nhận báo cáo định kỳ qua Hệ thống thông tin báo cáo quốc gia'
        : `tỷ lệ báo cáo định kỳ được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia là ${v.f('2')}%`,
  lgsp: (v) => LGSP_STATES[v.n('4')] ?? '',
  eDocuments: (v) =>
    v.n('5.1') === 100
      ? 'tất cả văn bản đều được gửi hoàn toàn dưới dạng điện tử'
      : v.n('5.1') === 0
        ? 'chưa có văn bản nào được gửi hoàn toàn dưới dạng điện tử'
        : `tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử là ${v.f('5.1')}%`,
  oneStopSystem: (v) =>
    v.n('5.2') === 1
      ? `${v.ubnd} đã vận hành Hệ thống thông tin một cửa điện tử tập trung của tỉnh`
      : `${v.ubnd} chưa vận hành Hệ thống thông tin một cửa điện tử tập trung của tỉnh`,
  level3: (v) => onlineLevel(v, '3', '6.4.1', '6.4.2', '6.4.3', '6.4'),
  level4: (v) => onlineLevel(v, '4', '6.5.1', '6.5.2', '6.5.3', '6.5'),
  nationalPortal: (v) =>
    portion(v, '6.6.1', '6.6.2', '6.6', 'đang cung cấp trực tuyến mức độ 3 và 4', 'được tích hợp, công khai trên Cổng Dịch vụ công quốc gia', ''),
  onlinePayment: (v) =>
    portion(
      v,
      '6.8.1',
      '6.8.2',
      '6.8',
      'có yêu cầu nghĩa vụ tài chính',
      'được tích hợp, triển khai thanh toán trực tuyến',
      'không có thủ tục hành chính nào có yêu cầu nghĩa vụ tài chính',
    ),
} as const satisfies Readonly<Record<SentenceId, SentenceTemplate>>;

export const REPORT_TEXT = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  title: 'BÁO CÁO',
  draftMark: 'DỰ THẢO',
  /** Blank left for the number in a report not yet numbered. */
  numberBlank: '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND',
  blank: '\u00a0\u00a0\u00a0\u00a0\u00a0',
  recipientsLabel: 'Nơi nhận:',
  archive: 'Lưu: VT.',
  /** The body a commune's report is signed for; the unit's kind is appended ("ỦY BAN NHÂN DÂN XÃ"). */
  defaultBody: 'ỦY BAN NHÂN DÂN',
  /** The head's title: the signer's title by default, and the head named after KT., Q., TL. */
  defaultTitle: 'CHỦ TỊCH',
  appendixHeading: 'PHỤ LỤC 01',
  /** The official form's header row, its second column as Phụ lục 01 prints it. */
  tableHeader: ['STT', 'Chỉ tiêu thống kê (sử dụng cho kỳ báo cáo hàng quý, 6 tháng, năm)', 'Đơn vị tính', 'Số lượng/Tỷ lệ', 'Ghi chú'] as const,
  creator: 'Công cụ báo cáo cải cách hành chính',
  notReported: NOT_REPORTED,

  /** How a period is named inside a sentence (lower case): "6 tháng đầu năm". */
  periodPhrases: PERIOD_PHRASES,
  nextPeriodPhrase,
  periodWithYear,

  numberLine: (n: string): string => `Số: ${n}`,

  /** "Hòa Phong, ngày 08 tháng 6 năm 2026" (day and month already padded as the decree asks). */
  placeDateLine: (place: string, day: string, month: string, year: string): string =>
    `${place}, ngày ${day} tháng ${month} năm ${year}`,

  /** "Công tác cải cách hành chính 6 tháng đầu năm 2026" */
  subjectLine: (period: Period, year: number): string => `Công tác cải cách hành chính ${periodWithYear(period, year)}`,

  /** "UBND xã", the unit as the subject of a generated sentence. */
  ubndOfKind: (kind: string): string => `UBND ${kind}`,
  /** "UBND xã Hòa Phong" */
  ubndOf: (kind: string, unit: string): string => `UBND ${kind} ${unit}`,

  /** Opening paragraph; the basis is the user's own text, without its final punctuation. */
  openingSentence: (p: {
    readonly basis?: string;
    readonly ubnd: string;
    readonly period: Period;
    readonly year: number;
    readonly from: string;
    readonly to: string;
  }): string => {
    const body = `${p.ubnd} báo cáo kết quả thực hiện công tác cải cách hành chính ${periodWithYear(p.period, p.year)} (số liệu tính từ ngày ${p.from} đến ngày ${p.to}), như sau:`;
    return p.basis ? `Thực hiện ${p.basis}, ${body}` : body;
  },

  /** Section IV's heading is followed by the next period in capitals. */
  nextPeriodHeading: (title: string, period: Period, year: number): string =>
    `${title} ${nextPeriodPhrase(period, year).toLocaleUpperCase('vi')}`,

  closingSentence: (period: Period, year: number, ubnd: string): string =>
    `Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính ${periodWithYear(period, year)} của ${ubnd}./.`,

  appendixTitle: (period: Period, year: number, kind: string, unit: string): string =>
    `BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH ${periodWithYear(period, year)} CỦA ${kind} ${unit}`.toLocaleUpperCase('vi'),

  appendixAttach: (number: string, date: string, ubnd: string): string => `(Kèm theo Báo cáo số: ${number} ngày ${date} của ${ubnd})`,

  /** The rows a sentence needs but has no number for, named once at its end: "chưa có số liệu về …". */
  missingRows: (topics: readonly string[]): string => `${NOT_REPORTED} về ${COMMON_TEXT.list(topics)}`,
  /** A section none of whose rows is reported, said once instead of a sentence per clause. */
  emptySection: (forms: readonly number[]): string =>
    `Chưa có số liệu thống kê cho nội dung này (${COMMON_TEXT.list(forms.map(COMMON_TEXT.formName))}).`,
  /** The period inside a sentence: "trong quý I", "trong 6 tháng đầu năm", "trong năm"; "trong kỳ báo cáo" without one. */
  within: (period?: Period): string => (period ? `trong ${PERIOD_PHRASES[period]}` : 'trong kỳ báo cáo'),

  /** Sentence templates (`Câu văn`): what the engine says of a set it was given unchecked (a bug, never the user's data). */
  template: {
    unknownRow: (key: string, form: number): string => `Câu văn đọc dòng ${key} mà ${COMMON_TEXT.formName(form)} không có.`,
    unknownForm: (form: number): string => `Câu văn đọc ${COMMON_TEXT.formName(form)}, biểu mẫu không có trong bộ biểu mẫu.`,
    notParsed: (section: string, order: number): string => `Câu văn ở mục ${section}, thứ tự ${order} không đọc được.`,
    unknownArgument: (name: string): string => `Câu văn dùng tên {${name}} mà công cụ không cung cấp.`,
    /** What `cchc forms check` says of a template (README "Câu văn: ngôn ngữ mẫu câu"). */
    check: {
      syntax: (at: number, explain: string): string => `Câu văn viết sai ở ký tự thứ ${at}: ${explain}.`,
      /** The parser's error kinds a person is likely to make, explained. */
      syntaxKinds: {
        EXPECT_ARGUMENT_CLOSING_BRACE: 'thiếu dấu } đóng một tên',
        EMPTY_ARGUMENT: 'cặp dấu {} không có tên bên trong',
        MALFORMED_ARGUMENT: 'tên trong dấu {} viết sai',
        EXPECT_ARGUMENT_TYPE: 'sau dấu phẩy phải là select',
        INVALID_ARGUMENT_TYPE: 'chỉ dùng được {tên} hoặc {tên, select, …}',
        EXPECT_SELECT_ARGUMENT_OPTIONS: 'select chưa có lựa chọn nào',
        EXPECT_SELECT_ARGUMENT_SELECTOR: 'thiếu giá trị trước một lựa chọn',
        EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT: 'thiếu dấu { mở lời của một lựa chọn',
        MISSING_OTHER_CLAUSE: 'select thiếu lựa chọn other (dùng khi không giá trị nào khớp)',
        DUPLICATE_SELECT_ARGUMENT_SELECTOR: 'một giá trị được viết hai lần trong cùng select',
        INVALID_TAG: 'thẻ <…> viết sai',
        INVALID_CLOSING_TAG: 'thẻ đóng </…> viết sai',
        UNMATCHED_CLOSING_TAG: 'thẻ đóng </…> không khớp thẻ mở',
        UNCLOSED_TAG: 'thẻ <…> chưa được đóng',
      },
      syntaxOther: (kind: string): string => `cú pháp không đúng (${kind})`,
      unknownArgument: (name: string, rows: readonly string[]): string =>
        `Câu văn dùng {${name}}, tên mà công cụ không cung cấp` +
        (rows.length ? ` (các dòng của câu là ${COMMON_TEXT.list(rows)}, theo thứ tự ở cột Dòng).` : ' (câu không đọc dòng nào).'),
      unknownValue: (name: string, value: string, allowed: readonly string[]): string =>
        allowed.length
          ? `{${name}} không bao giờ là "${value}"; các giá trị có thể có: ${allowed.join(', ')} (và other).`
          : `{${name}} là một số đếm: giá trị "${value}" phải là số nguyên (0, 1, 2, …).`,
      unsupported: (name: string, what: string): string =>
        `{${name}, ${what}} không dùng được: số đã được viết sẵn theo cách của Việt Nam và tiếng Việt không chia số nhiều; hãy viết {${name}} hoặc chọn lời bằng select.`,
      unknownTag: (name: string, tags: readonly string[]): string =>
        `Thẻ <${name}> không có; các thẻ danh sách là ${tags.map((t) => `<${t}>`).join(', ')}.`,
    },
  },
  /** Wording of every generated clause, by sentence id (see sentences.ts for the rows each one needs). */
  sentences: SENTENCE_WORDING,
  /** A template read a row its clause does not list in `needs`: a bug in the tables, never the user's data. */
  sentenceReadEmptyRow: (key: string, form: number): string =>
    `Câu sinh tự động đọc dòng ${key} của ${COMMON_TEXT.formName(form)} không có số liệu.`,

} as const;
