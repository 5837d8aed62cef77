// Vietnamese texts of consolidation: the `Tổng hợp` workbook and the consolidated report (the texts of `cchc consolidate` are in cli.ts).
import type { Period } from '../data/types';
import { REPORT_TEXT } from './report';

const { periodWithYear } = REPORT_TEXT;

export const AGGREGATE_TEXT = {
  /** Sheet of the grouping (which communes, which period). */
  groupingSheet: 'Tổng hợp',
  /** The six columns of a consolidated form table: the official three, the total, completeness, notes. */
  tableHeaders: ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Tổng hợp', 'Số đơn vị báo cáo', 'Ghi chú'] as const,

  groupingTitle: 'TỔNG HỢP SỐ LIỆU CẢI CÁCH HÀNH CHÍNH',
  periodLabel: 'Kỳ báo cáo',
  reportedLabel: 'Số đơn vị đã báo cáo',
  expectedLabel: 'Số đơn vị phải báo cáo',
  completenessLabel: 'Tỷ lệ đơn vị đã báo cáo (%)',
  unitsTitle: 'Danh sách đơn vị đã báo cáo',
  unitsHeader: ['STT', 'Tên đơn vị', 'Loại đơn vị', 'Tệp số liệu'] as const,
  /** Ghi chú of the columns holding a ratio's part and whole, summed over the communes that gave both. */
  pairHeaders: ['Tử số (cộng)', 'Mẫu số (cộng)'] as const,
  /** Ghi chú of an entered-percent row: what the three numbers are. */
  spreadNote: 'Thấp nhất – trung bình – cao nhất của các đơn vị đã báo cáo',
  /** Ghi chú of a code row. */
  codesNote: 'Số đơn vị chọn từng mã',
  /** Ghi chú of a computed row. */
  computedNote: 'Tính lại từ tử số và mẫu số cộng ở các đơn vị có đủ cả hai (cột G, H), không lấy trung bình',

  /** "6 tháng đầu năm 2026" with a capital first letter, for a sheet cell. */
  groupingPeriod: (period: Period, year: number): string => {
    const p = periodWithYear(period, year);
    return p.charAt(0).toLocaleUpperCase('vi') + p.slice(1);
  },

  /** Row 3 of a consolidated form sheet: "Kết quả tổng hợp 6 tháng đầu năm 2026". */
  resultLine: (period: Period, year: number): string => `Kết quả tổng hợp ${periodWithYear(period, year)}`,

  /** "Có: 12; Không: 3" — how many communes chose each code, in the legend's order. */
  codeCounts: (parts: readonly { readonly label: string; readonly count: number }[]): string =>
    parts.map((p) => `${p.label}: ${p.count}`).join('; '),

  /** "5 – 7,8 – 10,5" (already formatted numbers). */
  spread: (min: string, mean: string, max: string): string => `${min} – ${mean} – ${max}`,

  /** "8/10" — communes that reported a row over communes expected. */
  reportedOfExpected: (reported: number, expected: number): string => `${reported}/${expected}`,

  /** Why a set of files cannot be consolidated together (names the files). */
  grouping: {
    duplicate: (unit: string, files: readonly string[]): string =>
      `đơn vị ${unit} có nhiều hơn một tệp số liệu cùng kỳ: ${files.join(', ')} (không biết tệp nào đúng, nên không lấy tệp nào).`,
    mixedPeriods: (periods: readonly string[]): string =>
      `Các tệp thuộc nhiều kỳ báo cáo khác nhau (${periods.join('; ')}): chỉ tổng hợp được các tệp cùng một kỳ, cùng một năm.`,
    periodOf: (period: string, files: readonly string[]): string => `${period}: ${files.join(', ')}`,
    noUnits: 'Không có tệp số liệu nào để tổng hợp.',
    otherPeriod: (period: string, chosen: string): string => `số liệu kỳ ${period}, khác kỳ đang tổng hợp (${chosen}).`,
    /** Reason of a file with errors: its findings follow, one per line. */
    hasErrors: (errors: number): string => `số liệu còn ${errors} lỗi.`,
    noHeader: 'phần Thông tin chung chưa đủ để biết đơn vị và kỳ báo cáo.',
  },

  /** The files left out, on the `Tổng hợp` sheet. */
  rejectedTitle: 'Các tệp bị từ chối (không tính vào tổng hợp, được tính là đơn vị chưa báo cáo)',
  rejectedHeader: ['STT', 'Tệp số liệu', 'Đơn vị', 'Lý do'] as const,

  /** Wording of the consolidated report (the commune report's vocabulary is in report.ts). */
  report: {
    /** Left of the header when no consolidating body was named: a blank to fill in by hand. */
    issuerBlank: '……………………………',
    numberBlank: 'Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-…',
    signatureTitle: 'THỦ TRƯỞNG CƠ QUAN',
    appendixHeading: 'PHỤ LỤC',
    tableHeader: ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Tổng hợp', 'Số đơn vị báo cáo'] as const,
    method:
      'Cách tổng hợp: số lượng và số tiền được cộng từ các đơn vị đã báo cáo; tỷ lệ được tính lại từ tử số và mẫu số cộng ở các đơn vị có đủ cả hai số, không lấy trung bình; chỉ tiêu chọn mã được đếm số đơn vị chọn từng mã; tỷ lệ do đơn vị tự nhập được ghi thấp nhất – trung bình – cao nhất; đơn vị chưa báo cáo được tính là thiếu, không tính là 0.',

    /** "BÁO CÁO TỔNG HỢP SỐ LIỆU CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2026 CỦA 12 ĐƠN VỊ" */
    title: (period: Period, year: number, units: number): string =>
      `BÁO CÁO TỔNG HỢP SỐ LIỆU CẢI CÁCH HÀNH CHÍNH ${periodWithYear(period, year).toLocaleUpperCase('vi')} CỦA ${units} ĐƠN VỊ`,

    /** "……, ngày … tháng … năm 2026": left for the office to fill in. */
    placeDate: (year: number): string => `……, ngày …… tháng …… năm ${year}`,

    /** The opening paragraph: which communes, and how many of those expected. */
    opening: (units: readonly string[], expected: number): string =>
      `Số liệu được tổng hợp từ báo cáo của ${units.length}/${expected} đơn vị: ${units.join(', ')}.`,

    closing: (period: Period, year: number): string =>
      `Trên đây là báo cáo tổng hợp số liệu cải cách hành chính ${periodWithYear(period, year)}./.`,

    /** "BIỂU TỔNG HỢP SỐ LIỆU … 6 THÁNG ĐẦU NĂM 2026" */
    appendixTitle: (period: Period, year: number): string =>
      `BIỂU TỔNG HỢP SỐ LIỆU THỐNG KÊ CẢI CÁCH HÀNH CHÍNH ${periodWithYear(period, year).toLocaleUpperCase('vi')}`,

    appendixAttach: (units: number, expected: number): string =>
      `(Tổng hợp từ ${units} đơn vị; cột “Số đơn vị báo cáo”: số đơn vị có số liệu ở chỉ tiêu đó / ${expected} đơn vị phải báo cáo)`,
  },
} as const;
