// Vietnamese texts of consolidation: the `Tổng hợp` workbook and the consolidated report (the texts of `cchc consolidate` are in cli.ts).
import type { Period } from '../data/types';
import { COMMON_TEXT } from './common';
import { REPORT_TEXT } from './report';

const { periodWithYear } = REPORT_TEXT;
/** A count in a sentence, 1–9 written with a leading zero as the reference writes them ("01 tệp"). */
const count2 = (n: number): string => (n >= 1 && n <= 9 ? `0${n}` : COMMON_TEXT.formatNumber(n, 0));

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
    /** A file of another form set than the one being consolidated (“thu-nghiem” phiên bản 1). */
    otherSet: (set: string, chosen: string): string => `số liệu theo bộ biểu mẫu ${set}, khác bộ biểu mẫu đang tổng hợp (${chosen}).`,
    /**
     * One of last year's files (the district's comparison) of another set than the one most of last year's files follow, which
     * they are totalled by: not the set being consolidated this year.
     */
    lastYearOtherSet: (set: string, chosen: string): string =>
      `số liệu theo bộ biểu mẫu ${set}, khác bộ biểu mẫu mà các tệp năm trước được tổng hợp theo (${chosen}).`,
    /**
     * Periods with as many files each (`files`), the most of any: the latest is consolidated, whatever the order of the files
     * (an older file is likelier one left over from an earlier report). `periods` earliest first, `chosen` the latest.
     * `compared`: last year's files, `chosen` the latest of the tied periods this year's can be compared with.
     */
    periodTie: (periods: readonly string[], files: number, chosen: string, compared = false): string =>
      compared
        ? `Các tệp năm trước thuộc các kỳ ${COMMON_TEXT.list(periods)} có số tệp bằng nhau (mỗi kỳ ${files} tệp): so sánh với ${chosen}, cùng kỳ của kỳ đang tổng hợp, dù các tệp được đưa vào theo thứ tự nào.`
        : `Các kỳ ${COMMON_TEXT.list(periods)} có số tệp bằng nhau (mỗi kỳ ${files} tệp): tổng hợp kỳ gần nhất, ${chosen} (tệp kỳ cũ hơn thường là tệp còn sót lại), dù các tệp được đưa vào theo thứ tự nào.`,
    /**
     * Form sets followed by as many files each (`files`), the most of any: the files are totalled by the first of them by code
     * (Mã bộ biểu mẫu), the newer version of the same code first, whatever the order of the files. `sets` in that order,
     * `chosen` the first; `last`: last year's files (the district's comparison); `hint`: how the host chooses another set.
     */
    setTie: (sets: readonly string[], files: number, chosen: string, last: boolean, hint?: string): string =>
      [
        `${last ? 'Các tệp năm trước theo' : 'Các tệp theo'} các bộ biểu mẫu ${COMMON_TEXT.list(sets)} có số tệp bằng nhau (mỗi bộ ${files} tệp): ${last ? 'các tệp năm trước được tổng hợp' : 'tổng hợp'} theo bộ ${chosen}, bộ có mã đứng trước theo thứ tự chữ cái (cùng mã thì phiên bản mới hơn), dù các tệp được đưa vào theo thứ tự nào.`,
        ...(hint ? [hint] : []),
      ].join(' '),
  },

  /** What is wrong in the office's own inputs (its text, its list of communes); the host names the file. */
  officeInputs: {
    notObject: 'cần một đối tượng JSON, ví dụ { "assessment": "…", "tasks": "…", "proposals": "…" }',
    unknownFields: (keys: readonly string[], known: readonly string[]): string =>
      `trường không được hỗ trợ: ${keys.join(', ')} (chỉ có: ${known.join(', ')})`,
    notText: (key: string): string => `trường ${key} phải là một đoạn văn bản hoặc danh sách các đoạn`,
    emptyList: 'danh sách không có đơn vị nào (mỗi dòng một đơn vị, ví dụ: xã Hòa Phong)',
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
    /** How the totals were made: a note at the end of part II, not a section. */
    noteLabel: 'Ghi chú:',
    method:
      'Số lượng và số tiền được cộng từ các đơn vị đã báo cáo; tỷ lệ được tính lại từ tử số và mẫu số cộng ở các đơn vị có đủ cả hai số, không lấy trung bình; chỉ tiêu chọn mã được đếm số đơn vị chọn từng mã; tỷ lệ do đơn vị tự nhập được ghi thấp nhất – trung bình – cao nhất; đơn vị chưa báo cáo được tính là thiếu, không tính là 0.',

    /** "BÁO CÁO" over the subject line "Kết quả công tác cải cách hành chính cấp xã 6 tháng đầu năm 2026". */
    subject: (period: Period, year: number): string => `Kết quả công tác cải cách hành chính cấp xã ${periodWithYear(period, year)}`,
    /** The document's title in its properties. */
    documentTitle: (period: Period, year: number): string => `Báo cáo kết quả công tác cải cách hành chính cấp xã ${periodWithYear(period, year)}`,

    /** "……, ngày … tháng … năm 2026": left for the office to fill in. */
    placeDate: (year: number): string => `……, ngày …… tháng …… năm ${year}`,

    /** The opening: who consolidates what, in the voice of the body above. */
    opening: (issuer: string | null, period: string): string =>
      `${issuer ? `${issuer} tổng hợp` : 'Tổng hợp'} kết quả công tác cải cách hành chính ${period} của các đơn vị cấp xã trên địa bàn như sau:`,

    closing: (issuer: string | null, period: Period, year: number): string =>
      `Trên đây là báo cáo kết quả công tác cải cách hành chính cấp xã ${periodWithYear(period, year)}${issuer ? ` của ${issuer}` : ''}./.`,

    /** "BIỂU TỔNG HỢP SỐ LIỆU … 6 THÁNG ĐẦU NĂM 2026" */
    appendixTitle: (period: Period, year: number): string =>
      `BIỂU TỔNG HỢP SỐ LIỆU THỐNG KÊ CẢI CÁCH HÀNH CHÍNH ${periodWithYear(period, year).toLocaleUpperCase('vi')}`,

    appendixAttach: (units: number, expected: number): string =>
      `(Tổng hợp từ ${units} đơn vị; cột “Số đơn vị báo cáo”: số đơn vị có số liệu ở chỉ tiêu đó / ${expected} đơn vị phải báo cáo)`,

    /** The body's parts, in the voice of the body above the communes; IV–VI are the office's own text. */
    parts: {
      reporting: 'I. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ',
      results: 'II. KẾT QUẢ CHỦ YẾU TRÊN ĐỊA BÀN',
      attention: 'III. CÁC ĐƠN VỊ CẦN QUAN TÂM',
      assessment: 'IV. ĐÁNH GIÁ CHUNG',
      /** Followed by the next period in capitals: "V. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026". */
      tasks: 'V. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM',
      proposals: 'VI. KIẾN NGHỊ VÀ ĐỀ XUẤT',
    },
    /** A part of the office's own text left empty: a line to fill in by hand. */
    textBlank: '…………………………………………………………………………………………',
    /** "Đã tổng hợp số liệu của 4/5 đơn vị (80%)." */
    completeness: (reported: number, expected: number, share: string): string =>
      `Đã tổng hợp số liệu của ${reported}/${expected} đơn vị (${share}%); danh sách các đơn vị đã báo cáo tại Bảng 1, Phụ lục.`,
    /** "Chưa tổng hợp được 03 đơn vị: xã A (số liệu còn 2 lỗi); chưa nhận được số liệu của xã B; 01 tệp không đọc được." */
    missing: (count: number, parts: readonly string[]): string => `Chưa tổng hợp được ${count2(count)} đơn vị: ${parts.join('; ')}.`,
    allReported: 'Tất cả các đơn vị phải báo cáo đều đã gửi số liệu hợp lệ.',
    /** A rejected commune, named by the commune, never by its file: "xã An Phú (số liệu còn 2 lỗi)". */
    missingUnit: (unit: string, reason: string): string => `${unit} (${reason.replace(/\.$/, '')})`,
    /** Why a commune that sent several files of the period is not counted (the files are named on the terminal and the Tổng hợp sheet). */
    duplicateReason: 'gửi nhiều hơn một tệp số liệu cùng kỳ',
    /** Why a listed commune whose data could not be read is not counted (the reader's own words may name a path or a link). */
    unreadableReason: 'không đọc được số liệu',
    /** The listed communes that sent nothing. */
    notSent: (units: readonly string[]): string => `chưa nhận được số liệu của ${units.join(', ')}`,
    /** Communes that sent nothing, when no list says which. */
    notSentCount: (n: number): string => `${count2(n)} đơn vị chưa gửi báo cáo`,
    /** The only communes missing sent nothing, and no list names them. */
    notSentOnly: (n: number): string => `Còn ${count2(n)} đơn vị chưa gửi báo cáo.`,
    /** Files that could not be read, counted: their names are not for the signed text. */
    unreadableFiles: (n: number): string => `${count2(n)} tệp không đọc được`,
    /** Files that were read but named no commune. */
    unidentifiedFiles: (n: number): string => `${count2(n)} tệp không xác định được đơn vị`,

    /** "đạt 74%", with the communes it rests on when not all gave both numbers, or when they are not those of the numbers beside it (`own`). */
    ratio: (value: string | null, part: string, whole: string, pairs: number, units: number, own = false): string =>
      value === null
        ? 'chưa tính được (chưa có đơn vị nào có đủ cả hai số liệu, hoặc mẫu số bằng 0)'
        : `đạt ${value}%${pairs < units || own ? ` (${part}/${whole}, tính trên ${pairs}/${units} đơn vị có đủ cả hai số liệu)` : ''}`,
    /** A ratio over the same communes as the numbers beside it: what those communes' numbers give. */
    ratioOf: (value: string | null): string => (value === null ? 'chưa tính được (mẫu số bằng 0)' : `đạt ${value}%`),
    /** After a sentence whose numbers are those of the communes that gave them all, when not every commune did (one number: `single`). */
    sameUnits: (units: number, all: number, single: boolean): string =>
      single
        ? ` Số liệu trên là của ${units}/${all} đơn vị; ${count2(all - units)} đơn vị còn lại chưa báo cáo số liệu này.`
        : ` Các số liệu trên là của ${units}/${all} đơn vị có đủ các số liệu này; ${count2(all - units)} đơn vị còn lại chưa báo cáo đủ.`,
    /** After a sentence whose numbers rest on different communes: each said plainly. */
    differentUnits: (parts: readonly string[]): string => ` Các số liệu trên không cùng các đơn vị: ${parts.join(', ')}.`,
    /** "số nhiệm vụ đề ra trong kế hoạch là của 2/3 đơn vị" */
    rowUnits: (label: string, units: number, all: number): string => `${label.charAt(0).toLocaleLowerCase('vi')}${label.slice(1)} là của ${units}/${all} đơn vị`,
    /** "tỷ lệ tính trên 1/3 đơn vị có đủ cả hai số liệu" */
    ratioUnits: (units: number, all: number): string => `tỷ lệ tính trên ${units}/${all} đơn vị có đủ cả hai số liệu`,
    /** A count in a sentence as the reference writes it: 1–9 with a leading zero ("09 phản ánh"). */
    sentenceCount: count2,
    /** Biểu mẫu 1 row 4's level when the communes' superiors differ: "UBND cấp trên". */
    anySuperior: 'cấp trên',
    /** A sentence whose numbers no commune gave. */
    noData: (topic: string): string => `Chưa có đơn vị nào báo cáo số liệu về ${topic}.`,
    // The district's sentences on the totals are the form set's (`Câu văn tổng hợp`).

    /** Short names of the key ratios, by "form:key". */
    attentionIntro: 'Các đơn vị có tỷ lệ thấp hơn tỷ lệ chung của địa bàn, xếp từ thấp đến cao (chi tiết tại Bảng 2, Phụ lục):',
    /** "Tỷ lệ …: toàn địa bàn đạt 97,5%; 2 đơn vị thấp hơn: xã A (80%), xã B (90,1%)." */
    attentionLine: (label: string, total: string | null, below: readonly string[], more: number): string => {
      if (total === null) return `${label}: chưa tính được tỷ lệ chung của địa bàn.`;
      if (below.length === 0) return `${label}: toàn địa bàn đạt ${total}%; không có đơn vị nào thấp hơn.`;
      return `${label}: toàn địa bàn đạt ${total}%; ${count2(below.length + more)} đơn vị thấp hơn: ${below.join(', ')}${more > 0 ? ` và ${count2(more)} đơn vị khác` : ''}.`;
    },
    /** "xã A (80%)" */
    unitValue: (unit: string, value: string): string => `${unit} (${value}%)`,

    /** Appendix table of the communes consolidated. */
    unitsCaption: 'Bảng 1',
    unitsTitle: 'DANH SÁCH ĐƠN VỊ ĐÃ BÁO CÁO',
    unitsHeader: ['STT', 'Tên đơn vị', 'Loại đơn vị', 'Số chỉ tiêu có số liệu', 'Ghi chú'] as const,
    /** Appendix table of the communes below the district on the key ratios. */
    attentionCaption: 'Bảng 2',
    attentionTitle: 'CÁC ĐƠN VỊ CÓ TỶ LỆ THẤP HƠN TỶ LỆ CHUNG CỦA ĐỊA BÀN',
    attentionHeader: ['STT', 'Đơn vị', 'Chỉ tiêu', 'Tỷ lệ của đơn vị (%)', 'Tỷ lệ chung (%)'] as const,
    attentionNone: 'Không có đơn vị nào thấp hơn',
    /** The archive line of Nơi nhận. */
    archive: 'Lưu: VT',
  },
} as const;
