// Vietnamese texts about reports of two periods: warnings across periods, comparisons with the same period last year, and their controls.
import type { Period } from '../data/types';
import { COMMON_TEXT } from './common';
import { REPORT_TEXT } from './report';

/** A number as findings quote it (Vietnamese notation, up to two decimals). */
const n = (x: number): string => COMMON_TEXT.formatNumber(x, 2);
/** "báo cáo 6 tháng đầu năm 2026" */
const reportOf = (period: Period, year: number): string => `báo cáo ${REPORT_TEXT.periodWithYear(period, year)}`;
/** "so với cùng kỳ năm 2025" */
const sameTime = (year: number): string => `so với cùng kỳ năm ${year}`;

export const PERIODS_TEXT = {
  /** BM1 2.1 / BM6 1 within one year: the year's plan is expected to stay, but plans are revised. */
  planChanged: (where: string, topic: string, now: number, period: Period, before: number, prevPeriod: Period, year: number): string =>
    `${where}: ${topic} là ${n(now)} trong ${reportOf(period, year)}, khác với ${n(before)} trong ${reportOf(prevPeriod, year)}; kế hoạch năm thường không đổi giữa các kỳ trong năm, nếu kế hoạch đã được điều chỉnh thì hãy ghi rõ ở cột Ghi chú.`,
  /** BM1 2.2, BM5 3, BM6 2 within one year: lũy kế never shrinks. */
  cumulativeShrank: (where: string, topic: string, now: number, period: Period, before: number, prevPeriod: Period, year: number): string =>
    `${where}: ${topic} (lũy kế từ đầu năm) là ${n(now)} trong ${reportOf(period, year)}, ít hơn ${n(before)} trong ${reportOf(prevPeriod, year)}; số lũy kế của kỳ sau không thể nhỏ hơn kỳ trước, hãy kiểm tra lại.`,
  /** A standing count that moved by more than half of the last report's value. */
  standingJump: (where: string, topic: string, now: number, period: Period, year: number, before: number, prevPeriod: Period, prevYear: number, share: string): string =>
    `${where}: ${topic} là ${n(now)} trong ${reportOf(period, year)}, ${now > before ? 'tăng' : 'giảm'} ${share}% so với ${n(before)} trong ${reportOf(prevPeriod, prevYear)}; số liệu này thường ổn định giữa các kỳ (trừ khi có sáp nhập, điều chỉnh), hãy kiểm tra lại.`,

  /** The previous report is another commune's. */
  otherUnit: (unit: string, previousUnit: string): string =>
    `Báo cáo kỳ trước là của ${previousUnit}, không phải của ${unit}: chỉ so sánh được các báo cáo của cùng một đơn vị.`,
  /** The previous report is not earlier than this one. */
  notEarlier: (previous: string, current: string): string =>
    `Báo cáo kỳ trước (${previous}) không sớm hơn báo cáo đang kiểm tra (${current}): hãy chọn báo cáo của một kỳ trước đó.`,
  /** The comparison needs the same period of an earlier year. */
  notSamePeriodEarlier: (previous: string, current: string): string =>
    `Báo cáo cùng kỳ năm trước phải là báo cáo cùng kỳ của một năm trước đó; tệp đã chọn là ${previous}, báo cáo đang lập là ${current}.`,
  /** A previous report whose header is too incomplete to know its unit and period. */
  previousNoHeader: (file: string): string => `${file}: phần Thông tin chung chưa đủ để biết đơn vị và kỳ báo cáo, nên không dùng được làm báo cáo kỳ trước.`,
  /** "xã Thái Học, 6 tháng đầu năm 2026" — a report named in the messages above. */
  reportName: (kind: string, unit: string, period: Period, year: number): string => `${kind} ${unit}, ${REPORT_TEXT.periodWithYear(period, year)}`,
  /** report data's `previous` block of another period or of a year not before the report's. */
  previousBlockMismatch: (period: Period, year: number): string =>
    `khối "previous" phải là số liệu cùng kỳ (${REPORT_TEXT.periodWithYear(period, year - 1)} hoặc một năm trước đó).`,

  /** Comparison clauses inside a sentence (never with an empty or zero base). */
  compare: {
    /** A count or an amount, in per cent: "tăng 12,3% so với cùng kỳ năm 2025". */
    percentUp: (pct: string, year: number): string => `tăng ${pct}% ${sameTime(year)}`,
    percentDown: (pct: string, year: number): string => `giảm ${pct}% ${sameTime(year)}`,
    /** A change that rounds to 0,0%. */
    slightlyUp: (year: number): string => `tăng chưa đến 0,1% ${sameTime(year)}`,
    slightlyDown: (year: number): string => `giảm chưa đến 0,1% ${sameTime(year)}`,
    /** A ratio, in percentage points: "tăng 2,1 điểm phần trăm so với cùng kỳ năm 2025". */
    pointsUp: (points: string, year: number): string => `tăng ${points} điểm phần trăm ${sameTime(year)}`,
    pointsDown: (points: string, year: number): string => `giảm ${points} điểm phần trăm ${sameTime(year)}`,
    same: (year: number): string => `bằng cùng kỳ năm ${year}`,
  },

  /**
   * Last year's consolidated workbook read back by its named cells (aggregate/last-year-named): why it cannot serve,
   * each said of the workbook the host names before it ("<tên bảng tính>: …").
   */
  lastYearNamed: {
    notConsolidated: 'không phải bảng tổng hợp của các đơn vị (không có trang "Tổng hợp" và các trang TH do lệnh Tổng hợp ghi).',
    noPeriod: (cell: string): string => `không ghi rõ kỳ báo cáo ở ô ${cell} của trang "Tổng hợp", nên không biết đó là tổng hợp kỳ nào.`,
    wrongPeriod: (found: string, current: string): string =>
      `là tổng hợp ${found}, còn kỳ đang tổng hợp là ${current}: bảng tổng hợp cùng kỳ năm trước phải cùng kỳ và thuộc một năm trước đó.`,
    notNumber: (name: string, value: string): string => `ô ${name} ghi "${value}", không phải là số.`,
  },

  /** The command line. */
  cli: {
    checkPrevious: 'báo cáo kỳ trước của cùng đơn vị (.xlsx hoặc .json): thêm các cảnh báo so sánh giữa hai kỳ',
    reportCompare: 'báo cáo cùng kỳ năm trước của cùng đơn vị (.xlsx hoặc .json): thêm so sánh với cùng kỳ năm trước',
    consolidateCompare: 'các tệp của các đơn vị cùng kỳ năm trước: báo cáo tổng hợp so sánh số tổng với cùng kỳ năm trước',
    compareNeedsReport: 'tùy chọn --compare chỉ dùng cùng với --report (so sánh nằm trong báo cáo tổng hợp).',
    compareNoFiles: 'sau --compare cần ít nhất một tệp của cùng kỳ năm trước.',
    compareUnusable: (reason: string): string => `Không dùng được các tệp cùng kỳ năm trước: ${reason}`,
    compareWrongPeriod: (previous: string, current: string): string =>
      `các tệp cùng kỳ năm trước phải cùng kỳ và thuộc một năm trước đó; các tệp đã cho thuộc ${previous}, còn các tệp đang tổng hợp thuộc ${current}.`,
    compareRejected: (count: number): string => `${count} tệp cùng kỳ năm trước không dùng được (xem trên).`,
    compareRead: (count: number, period: string): string => `Đã đọc ${count} tệp cùng kỳ năm trước (${period}) để so sánh.`,
  },

  /** The task pane. */
  pane: {
    previousLabel: 'Báo cáo cùng kỳ năm trước',
    previousHint: '(không bắt buộc) tệp .xlsx hoặc .json của cùng đơn vị; dùng khi kiểm tra và khi lập báo cáo để so sánh với cùng kỳ năm trước',
    previousButton: 'Chọn tệp cùng kỳ năm trước',
    previousNone: 'Chưa chọn báo cáo cùng kỳ năm trước.',
    previousReading: (name: string): string => `Đang đọc ${name}…`,
    previousChosen: (name: string, report: string): string => `Báo cáo cùng kỳ năm trước: ${name} (${report}). Kiểm tra và báo cáo sẽ so sánh với báo cáo này.`,
  },

  /** Google Sheets. */
  sheets: {
    menuItem: 'Chọn báo cáo cùng kỳ năm trước…',
    promptTitle: 'Báo cáo cùng kỳ năm trước',
    promptText: 'Dán đường liên kết của bảng tính báo cáo cùng kỳ năm trước (để trống để bỏ so sánh):',
    saved: (name: string): string => `Đã ghi nhận báo cáo cùng kỳ năm trước: ${name}. Báo cáo lập từ nay sẽ so sánh với cùng kỳ năm trước.`,
    cleared: 'Đã bỏ báo cáo cùng kỳ năm trước: báo cáo sẽ không so sánh với cùng kỳ năm trước.',
    badLink: 'Không mở được bảng tính từ đường liên kết này: hãy kiểm tra đường liên kết và quyền xem.',
  },
} as const;
