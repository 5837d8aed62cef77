// Vietnamese wording of the narrative report: header, period phrases, generated sentences, closing and appendix.
import type { Period } from '../data/types';
import type { SentenceId } from '../report/sentences';
import { COMMON_TEXT } from './common';

/**
 * What a sentence template can ask of the data. Every key it asks for is guaranteed to hold a
 * number (the builder falls back to `chưa có số liệu` otherwise); `r` is a computed ratio,
 * null where its whole is 0.
 */
export interface SentenceValues {
  /** The number in a row. */
  n(key: string): number;
  /** The number in Vietnamese notation: 1.234, 98,3. */
  f(key: string): string;
  /** A computed ratio in Vietnamese notation, or null where its whole is 0. */
  r(key: string): string | null;
  /** "UBND xã" */
  readonly ubnd: string;
  /** "xã" */
  readonly kind: string;
  /** "UBND tỉnh Quảng Ngãi" */
  readonly superior: string;
  readonly year: number;
}

/** The wording of one generated clause. */
export type SentenceTemplate = (v: SentenceValues) => string;

const pct = (r: string | null, whenNull: string, prefix = 'đạt'): string => (r === null ? whenNull : `${prefix} ${r}%`);

const SURVEY_MODES: Readonly<Record<number, string>> = {
  0: 'bằng hình thức trực tuyến',
  1: 'bằng hình thức phát phiếu',
  2: 'kết hợp hình thức trực tuyến và phát phiếu',
};

const LGSP_STATES: Readonly<Record<number, string>> = {
  0: 'chưa triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP)',
  1: 'đang triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP)',
  2: 'đã hoàn thành xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP)',
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
      ? `trong kỳ, ${v.ubnd} chưa ban hành văn bản chỉ đạo, điều hành công tác cải cách hành chính`
      : `trong kỳ, ${v.ubnd} đã ban hành ${v.f('1')} văn bản chỉ đạo, điều hành công tác cải cách hành chính (kết luận, chỉ thị, công văn chỉ đạo, quán triệt)`,
  // I.2 — Biểu mẫu 1 rows 2, 2.1, 2.2
  planTasks: (v) =>
    v.n('2.1') === 0
      ? `Kế hoạch cải cách hành chính năm ${v.year} chưa đề ra nhiệm vụ cụ thể nên chưa tính được tỷ lệ hoàn thành`
      : `Kế hoạch cải cách hành chính năm ${v.year} đề ra ${v.f('2.1')} nhiệm vụ`,
  planDone: (v) =>
    `lũy kế đến thời điểm báo cáo đã hoàn thành ${v.f('2.2')} nhiệm vụ${v.r('2') === null ? '' : `, ${pct(v.r('2'), '')} kế hoạch`}`,
  // I.3 — Biểu mẫu 1 rows 3.1, 3.2, 3.2.1, 3.2.2
  inspected: (v) =>
    v.n('3.1') === 0
      ? `trong kỳ, ${v.ubnd} chưa tiến hành kiểm tra cải cách hành chính tại các bộ phận chuyên môn, chức danh công chức`
      : `trong kỳ, ${v.ubnd} đã kiểm tra cải cách hành chính tại ${v.f('3.1')} bộ phận chuyên môn, chức danh công chức`,
  inspectionIssues: (v) =>
    v.n('3.2.1') === 0
      ? 'qua kiểm tra không phát hiện vấn đề cần xử lý'
      : `qua kiểm tra đã phát hiện ${v.f('3.2.1')} vấn đề, đã xử lý xong ${v.f('3.2.2')} vấn đề, ${pct(v.r('3.2'), '')}`,
  // I.4 — Biểu mẫu 1 row 6
  dialogue: (v) =>
    v.n('6') === 1
      ? `trong kỳ, lãnh đạo ${v.ubnd} đã tổ chức đối thoại với người dân, cộng đồng doanh nghiệp`
      : `trong kỳ, lãnh đạo ${v.ubnd} chưa tổ chức đối thoại với người dân, cộng đồng doanh nghiệp`,
  // I.5 — Biểu mẫu 1 rows 4.1–4.4
  assignedTasks: (v) =>
    v.n('4.1') === 0
      ? `trong kỳ, ${v.ubnd} không được ${v.superior} giao nhiệm vụ`
      : `trong kỳ, ${v.ubnd} được ${v.superior} giao ${v.f('4.1')} nhiệm vụ`,
  assignedOnTime: (v) => `đã hoàn thành đúng hạn ${v.f('4.2')} nhiệm vụ`,
  assignedLate: (v) => `hoàn thành nhưng quá hạn ${v.f('4.3')} nhiệm vụ`,
  assignedOverdue: (v) => `quá hạn nhưng chưa hoàn thành ${v.f('4.4')} nhiệm vụ`,
  // II.1 — Biểu mẫu 2
  legalDocs: (v) =>
    `tổng số văn bản quy phạm pháp luật do địa phương ban hành trong kỳ là ${v.f('1')} văn bản (cấp tỉnh ${v.f('1.1')}, cấp huyện ${v.f('1.2')}, cấp xã ${v.f('1.3')})`,
  legalChecked: (v) => `đã kiểm tra ${v.f('2.1')} văn bản quy phạm pháp luật theo thẩm quyền`,
  legalCheckFixed: (v) =>
    v.n('2.2.1') === 0
      ? 'không có văn bản phải xử lý sau kiểm tra'
      : `có ${v.f('2.2.1')} văn bản phải xử lý sau kiểm tra, đã xử lý xong ${v.f('2.2.2')} văn bản, ${pct(v.r('2.2'), '')}`,
  legalReviewed: (v) => `đã rà soát ${v.f('3.1')} văn bản quy phạm pháp luật thuộc thẩm quyền`,
  legalReviewFixed: (v) =>
    v.n('3.2.1') === 0
      ? 'không có văn bản phải xử lý sau rà soát'
      : `có ${v.f('3.2.1')} văn bản phải xử lý sau rà soát, đã xử lý xong ${v.f('3.2.2')} văn bản, ${pct(v.r('3.2'), '')}`,
  // II.2.a — Biểu mẫu 3 rows 3.4, 3.4.1, 3.4.2
  feedback: (v) =>
    v.n('3.4.1') === 0
      ? 'trong kỳ, không tiếp nhận phản ánh, kiến nghị nào về quy định thủ tục hành chính'
      : `trong kỳ, đã tiếp nhận ${v.f('3.4.1')} phản ánh, kiến nghị về quy định thủ tục hành chính, đã giải quyết xong ${v.f('3.4.2')}, ${pct(v.r('3.4'), '')}`,
  // II.2.b — Biểu mẫu 3 row 1.1
  procedures: (v) =>
    `tổng số thủ tục hành chính cấp xã (bao gồm cả thủ tục hành chính của cơ quan ngành dọc) là ${v.f('1.1')} thủ tục`,
  // II.2.c — Biểu mẫu 3 rows 2.1–2.3, 3.3; Biểu mẫu 1 rows 5–5.2; Biểu mẫu 7 rows 6.7
  sameLevel: (v) => `số thủ tục hành chính liên thông cùng cấp là ${v.f('2.1')} thủ tục`,
  crossLevel: (v) => `liên thông giữa các cấp chính quyền ${v.f('2.2')} thủ tục`,
  anyLocation: (v) =>
    `tiếp nhận và giải quyết hồ sơ không phụ thuộc vào địa giới hành chính ${v.f('2.3')} thủ tục`,
  resolved: (v) =>
    v.n('3.3.1') === 0
      ? 'trong kỳ, chưa có hồ sơ thủ tục hành chính được giải quyết xong'
      : `trong kỳ, đã giải quyết xong ${v.f('3.3.1')} hồ sơ thủ tục hành chính, trong đó giải quyết đúng hạn ${v.f('3.3.2')} hồ sơ, ${pct(v.r('3.3'), '')}`,
  onlineFiles: (v) =>
    v.n('6.7.1') === 0
      ? 'trong kỳ, chưa tiếp nhận hồ sơ thủ tục hành chính mức độ 3 và 4'
      : `tổng số hồ sơ thủ tục hành chính đã tiếp nhận là ${v.f('6.7.1')} hồ sơ, trong đó tiếp nhận trực tuyến ${v.f('6.7.2')} hồ sơ, ${pct(v.r('6.7'), '')}`,
  survey: (v) =>
    v.n('5') === 1
      ? `${v.ubnd} đã tổ chức khảo sát sự hài lòng của người dân, tổ chức`
      : `trong kỳ, ${v.ubnd} chưa tổ chức khảo sát sự hài lòng của người dân, tổ chức`,
  surveyForms: (v) => `với ${v.f('5.1')} phiếu khảo sát`,
  surveyMode: (v) => SURVEY_MODES[v.n('5.2')] ?? `hình thức khảo sát mã ${v.f('5.2')}`,
  // II.3 — Biểu mẫu 4
  villages: (v) => `tỷ lệ thực hiện sắp xếp, sáp nhập, chia tách thôn đạt ${v.f('1.1')}%`,
  structure: (v) =>
    `việc sắp xếp cơ cấu tổ chức và bố trí các bộ phận chuyên môn của UBND ${v.kind} đáp ứng các tiêu chí theo quy định của Chính phủ đạt ${v.f('1.2')}%`,
  staffQuota: (v) => `tổng số biên chế công chức được giao trong năm là ${v.f('2.1')} người`,
  staffPresent: (v) => `có mặt tại thời điểm báo cáo ${v.f('2.2')} người`,
  contracts: (v) => `số hợp đồng lao động làm việc tại cơ quan hành chính nhà nước là ${v.f('2.3')} người`,
  streamlined: (v) =>
    v.n('2.4') === 0 ? 'trong kỳ không tinh giản biên chế' : `đã tinh giản ${v.f('2.4')} biên chế trong kỳ báo cáo`,
  streamlinedSince2015: (v) => `tỷ lệ biên chế đã tinh giản so với năm 2015 là ${v.f('2.5')}%`,
  partTimeCommune: (v) =>
    `người hoạt động không chuyên trách cấp xã: được giao ${v.f('3.1')} người, có mặt ${v.f('3.2')} người${v.r('3.3') === null ? '' : `, ${pct(v.r('3.3'), '')}`}`,
  partTimeVillage: (v) =>
    `người hoạt động không chuyên trách ở thôn, khu dân cư: được giao ${v.f('4.1')} người, có mặt ${v.f('4.2')} người${v.r('4.3') === null ? '' : `, ${pct(v.r('4.3'), '')}`}`,
  // II.4 — Biểu mẫu 5
  positions: (v) =>
    `số chức danh công chức cấp xã là ${v.f('1.1')} chức danh, đã bố trí ${v.f('1.2')} công chức theo vị trí việc làm${v.r('1.3') === null ? '' : `, ${pct(v.r('1.3'), '')}`}`,
  recruited: (v) =>
    v.n('2.1') === 0 && v.n('2.2') === 0
      ? 'trong kỳ, không tuyển dụng công chức'
      : `trong kỳ, đã tuyển dụng ${v.f('2.1')} công chức qua thi tuyển, xét tuyển và ${v.f('2.2')} công chức theo trường hợp đặc biệt`,
  leadersByExam: (v) =>
    v.n('3') === 0
      ? 'từ đầu năm, chưa có lãnh đạo quản lý được tuyển chọn, bổ nhiệm thông qua thi tuyển'
      : `lũy kế từ đầu năm, có ${v.f('3')} lãnh đạo quản lý được tuyển chọn, bổ nhiệm thông qua thi tuyển`,
  discipline: (v) =>
    v.n('4.1') === 0 && v.n('4.2') === 0
      ? 'trong kỳ, không có cán bộ, công chức bị kỷ luật'
      : `trong kỳ, có ${v.f('4.1')} lãnh đạo cấp xã và ${v.f('4.2')} công chức cấp xã bị kỷ luật`,
  // II.5 — Biểu mẫu 6
  investment: (v) =>
    v.n('1') === 0
      ? 'trong năm, địa phương không được giao kế hoạch vốn đầu tư công'
      : `kế hoạch vốn đầu tư công được giao là ${v.f('1')} triệu đồng`,
  disbursed: (v) => `đã giải ngân ${v.f('2')} triệu đồng${v.r('0') === null ? '' : `, ${pct(v.r('0'), '')} kế hoạch`}`,
  // II.6 — Biểu mẫu 7
  architecture: (v) =>
    v.n('1') === 1
      ? 'đã hoàn thành cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất'
      : 'chưa cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất',
  nationalReporting: (v) =>
    `tỷ lệ báo cáo định kỳ được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia đạt ${v.f('2')}%`,
  lgsp: (v) => LGSP_STATES[v.n('4')] ?? `nền tảng chia sẻ, tích hợp dùng chung (LGSP): mã ${v.f('4')}`,
  eDocuments: (v) => `tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử đạt ${v.f('5.1')}%`,
  oneStopSystem: (v) =>
    v.n('5.2') === 1
      ? 'đã vận hành Hệ thống thông tin một cửa điện tử tập trung của tỉnh'
      : 'chưa vận hành Hệ thống thông tin một cửa điện tử tập trung của tỉnh',
  level3: (v) =>
    `có ${v.f('6.4.1')} thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 3, đang cung cấp ${v.f('6.4.2')} thủ tục${v.r('6.4') === null ? '' : ` (${pct(v.r('6.4'), '')})`}, trong đó ${v.f('6.4.3')} thủ tục có phát sinh hồ sơ nộp trực tuyến`,
  level4: (v) =>
    `có ${v.f('6.5.1')} thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 4, đang cung cấp ${v.f('6.5.2')} thủ tục${v.r('6.5') === null ? '' : ` (${pct(v.r('6.5'), '')})`}, trong đó ${v.f('6.5.3')} thủ tục có phát sinh hồ sơ nộp trực tuyến`,
  nationalPortal: (v) =>
    `trong ${v.f('6.6.1')} thủ tục hành chính đang cung cấp trực tuyến mức độ 3 và 4, đã tích hợp, công khai trên Cổng Dịch vụ công quốc gia ${v.f('6.6.2')} thủ tục${v.r('6.6') === null ? '' : `, ${pct(v.r('6.6'), '')}`}`,
  onlinePayment: (v) =>
    v.n('6.8.1') === 0
      ? 'không có thủ tục hành chính có yêu cầu nghĩa vụ tài chính'
      : `trong ${v.f('6.8.1')} thủ tục hành chính có yêu cầu nghĩa vụ tài chính, đã tích hợp, triển khai thanh toán trực tuyến ${v.f('6.8.2')} thủ tục, ${pct(v.r('6.8'), '')}`,
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
  defaultAuthority: 'TM. ỦY BAN NHÂN DÂN',
  defaultTitle: 'CHỦ TỊCH',
  appendixHeading: 'PHỤ LỤC 01',
  tableHeader: ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số lượng/Tỷ lệ', 'Ghi chú'] as const,
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

  /** A row whose value is missing, in a fallback clause: "số nhiệm vụ đã hoàn thành: chưa có số liệu". */
  missingClause: (label: string): string => `${label}: ${NOT_REPORTED}`,
  /** A row's value in a fallback clause: "số nhiệm vụ đề ra trong kế hoạch: 40 nhiệm vụ". */
  valueClause: (label: string, value: string): string => `${label}: ${value}`,

  /** Wording of every generated clause, by sentence id (see sentences.ts for the rows each one needs). */
  sentences: SENTENCE_WORDING,
  /** A template read a row its clause does not list in `needs`: a bug in the tables, never the user's data. */
  sentenceReadEmptyRow: (key: string, form: number): string =>
    `Câu sinh tự động đọc dòng ${key} của ${COMMON_TEXT.formName(form)} không có số liệu.`,

} as const;
