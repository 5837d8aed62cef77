// Vietnamese texts of consolidation: the `Tổng hợp` workbook, the consolidated report and `cchc consolidate`.
import type { Period } from '../data/types';
import { periodWithYear } from './report';

/** Sheet of the grouping (which communes, which period). */
export const SHEET_GROUPING = 'Tổng hợp';

/** The six columns of a consolidated form table: the official three, the total, completeness, notes. */
export const CONSOLIDATED_TABLE_HEADERS = [
  'STT',
  'Chỉ tiêu thống kê',
  'Đơn vị tính',
  'Tổng hợp',
  'Số đơn vị báo cáo',
  'Ghi chú',
] as const;

export const AGGREGATE_TEXT = {
  groupingTitle: 'TỔNG HỢP SỐ LIỆU CẢI CÁCH HÀNH CHÍNH',
  periodLabel: 'Kỳ báo cáo',
  reportedLabel: 'Số đơn vị đã báo cáo',
  expectedLabel: 'Số đơn vị phải báo cáo',
  completenessLabel: 'Tỷ lệ đơn vị đã báo cáo (%)',
  unitsTitle: 'Danh sách đơn vị đã báo cáo',
  unitsHeader: ['STT', 'Tên đơn vị', 'Loại đơn vị', 'Tệp số liệu'] as const,
  /** Ghi chú of an entered-percent row: what the three numbers are. */
  spreadNote: 'Thấp nhất – trung bình – cao nhất của các đơn vị đã báo cáo',
  /** Ghi chú of a code row. */
  codesNote: 'Số đơn vị chọn từng mã',
  /** Ghi chú of a computed row. */
  computedNote: 'Tính lại từ các số đã cộng, không lấy trung bình',
} as const;

/** "6 tháng đầu năm 2026" with a capital first letter, for a sheet cell. */
export const groupingPeriod = (period: Period, year: number): string => {
  const p = periodWithYear(period, year);
  return p.charAt(0).toLocaleUpperCase('vi') + p.slice(1);
};

/** Row 3 of a consolidated form sheet: "Kết quả tổng hợp 6 tháng đầu năm 2026". */
export const consolidatedResultLine = (period: Period, year: number): string => `Kết quả tổng hợp ${periodWithYear(period, year)}`;

/** "Có: 12; Không: 3" — how many communes chose each code, in the legend's order. */
export const codeCountsText = (parts: readonly { readonly label: string; readonly count: number }[]): string =>
  parts.map((p) => `${p.label}: ${p.count}`).join('; ');

/** "5 – 7,8 – 10,5" (already formatted numbers). */
export const spreadText = (min: string, mean: string, max: string): string => `${min} – ${mean} – ${max}`;

/** "8/10" — communes that reported a row over communes expected. */
export const reportedOfExpected = (reported: number, expected: number): string => `${reported}/${expected}`;

/** Why a set of files cannot be consolidated together (names the files). */
export const GROUPING_TEXT = {
  duplicate: (unit: string, files: readonly string[]): string =>
    `Đơn vị ${unit} có nhiều hơn một tệp số liệu cùng kỳ: ${files.join(', ')}.`,
  mixedPeriods: (periods: readonly string[]): string =>
    `Các tệp thuộc nhiều kỳ báo cáo khác nhau (${periods.join('; ')}): chỉ tổng hợp được các tệp cùng một kỳ, cùng một năm.`,
  periodOf: (period: string, files: readonly string[]): string => `${period}: ${files.join(', ')}`,
  noUnits: 'Không có tệp số liệu nào để tổng hợp.',
} as const;

/** Texts of `cchc consolidate`. */
export const CONSOLIDATE_CLI_TEXT = {
  expectedTooSmall: (expected: number, given: number): string =>
    `số đơn vị phải báo cáo (${expected}) nhỏ hơn số tệp đã cho (${given})`,
  summary: 'tổng hợp số liệu của nhiều xã, phường (sổ Excel hoặc tệp JSON) vào một sổ Excel',
  out: 'tệp .xlsx tổng hợp sẽ tạo (bắt buộc)',
  report: 'lập thêm báo cáo tổng hợp Word (.docx)',
  expected: 'số đơn vị phải báo cáo (mặc định: số tệp đã cho); đơn vị chưa gửi được tính là thiếu, không tính là 0',
  issuer: 'tên cơ quan tổng hợp, in ở đầu báo cáo (ví dụ: Sở Nội vụ tỉnh Quảng Ngãi)',
  force: 'cho phép ghi đè tệp .xlsx đã có',
  exit: '0 đã tổng hợp; 1 có tệp bị từ chối (còn lỗi, trùng đơn vị hoặc khác kỳ), không ghi tệp nào; 2 không đọc được tệp hoặc dùng sai lệnh',
  missingFiles: 'cần ít nhất một tệp số liệu',
  expectedNotNumber: (v: string): string => `--expected cần một số nguyên dương (đã cho: ${v})`,
  outIsInput: (file: string): string => `tệp ra ${file} trùng với một tệp vào`,
  outMustBeDocx: (file: string): string => `tên tệp báo cáo phải có đuôi .docx (đã cho: ${file})`,
  rejectedFile: (file: string, errors: number): string => `Từ chối ${file}: số liệu còn ${errors} lỗi.`,
  rejectedHeader: (file: string): string => `Từ chối ${file}: phần Thông tin chung chưa đủ để biết đơn vị và kỳ báo cáo.`,
  rejectedGrouping: 'Từ chối tổng hợp:',
  nothingWritten: (rejected: number): string =>
    `Không tổng hợp: ${rejected} tệp bị từ chối. Sửa các lỗi trên rồi chạy lại; chưa ghi tệp nào.`,
  /** One line per file while reading many: "Đang đọc 12/300: xa-a.xlsx". */
  progress: (index: number, total: number, file: string): string => `Đang đọc ${index}/${total}: ${file}`,
  read: (n: number, period: string): string => `Đã đọc ${n} tệp số liệu, kỳ ${period}.`,
  warnings: (file: string, n: number): string => `${file}: ${n} cảnh báo (không ảnh hưởng tổng hợp).`,
  wrote: (file: string, rows: number): string => `Đã ghi sổ tổng hợp: ${file} (${rows} chỉ tiêu có số liệu).`,
  wroteReport: (file: string): string => `Đã lập báo cáo tổng hợp: ${file}`,
  missingUnits: (missing: number, expected: number): string =>
    `${missing}/${expected} đơn vị chưa gửi số liệu: mọi chỉ tiêu được tính là thiếu ${missing} đơn vị, không tính là 0.`,
  incompleteTitle: (n: number, received: number): string =>
    n === 0
      ? `Các tệp đã nhận có đủ số liệu ở mọi chỉ tiêu (${received} đơn vị).`
      : `${n} chỉ tiêu còn để trống ở một số tệp đã nhận (có số liệu / số tệp):`,
  incompleteRow: (form: number, key: string, reported: number, received: number): string =>
    `  Biểu mẫu ${form}, dòng ${key}: ${reported}/${received}`,
  incompleteMore: (n: number): string => `  … và ${n} chỉ tiêu khác (xem cột “Số đơn vị báo cáo” trong sổ tổng hợp).`,
} as const;

/** Wording of the consolidated report (the commune report's vocabulary is in report.ts). */
export const CONSOLIDATED_REPORT_TEXT = {
  /** Left of the header when no consolidating body was named: a blank to fill in by hand. */
  issuerBlank: '……………………………',
  numberBlank: 'Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-…',
  signatureTitle: 'THỦ TRƯỞNG CƠ QUAN',
  appendixHeading: 'PHỤ LỤC',
  tableHeader: ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Tổng hợp', 'Số đơn vị báo cáo'] as const,
  method:
    'Cách tổng hợp: số lượng và số tiền được cộng từ các đơn vị đã báo cáo; tỷ lệ được tính lại từ các số đã cộng, không lấy trung bình; chỉ tiêu chọn mã được đếm số đơn vị chọn từng mã; tỷ lệ do đơn vị tự nhập được ghi thấp nhất – trung bình – cao nhất; đơn vị chưa báo cáo được tính là thiếu, không tính là 0.',
} as const;

/** "BÁO CÁO TỔNG HỢP SỐ LIỆU CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2026 CỦA 12 ĐƠN VỊ" */
export const consolidatedReportTitle = (period: Period, year: number, units: number): string =>
  `BÁO CÁO TỔNG HỢP SỐ LIỆU CẢI CÁCH HÀNH CHÍNH ${periodWithYear(period, year).toLocaleUpperCase('vi')} CỦA ${units} ĐƠN VỊ`;

/** "……, ngày … tháng … năm 2026": left for the office to fill in. */
export const consolidatedPlaceDate = (year: number): string => `……, ngày …… tháng …… năm ${year}`;

/** The opening paragraph: which communes, and how many of those expected. */
export const consolidatedOpening = (units: readonly string[], expected: number): string =>
  `Số liệu được tổng hợp từ báo cáo của ${units.length}/${expected} đơn vị: ${units.join(', ')}.`;

export const consolidatedClosing = (period: Period, year: number): string =>
  `Trên đây là báo cáo tổng hợp số liệu cải cách hành chính ${periodWithYear(period, year)}./.`;

/** "BIỂU TỔNG HỢP SỐ LIỆU … 6 THÁNG ĐẦU NĂM 2026" */
export const consolidatedAppendixTitle = (period: Period, year: number): string =>
  `BIỂU TỔNG HỢP SỐ LIỆU THỐNG KÊ CẢI CÁCH HÀNH CHÍNH ${periodWithYear(period, year).toLocaleUpperCase('vi')}`;

export const consolidatedAppendixAttach = (units: number, expected: number): string =>
  `(Tổng hợp từ ${units} đơn vị; cột “Số đơn vị báo cáo”: số đơn vị có số liệu ở chỉ tiêu đó / ${expected} đơn vị phải báo cáo)`;
