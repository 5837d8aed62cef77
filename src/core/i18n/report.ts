// Vietnamese wording of the narrative report: header, period phrases, closing and appendix (the generated sentences are the set's templates, its `sentences`).
import type { Period } from '../data/types';
import { COMMON_TEXT } from './common';

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
  /** A managing body's common words as Nghị định 30/2020 abbreviates them in the header. */
  bodyAbbreviations: { committee: 'UBND', council: 'HĐND' },
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
  /** "UBND xã Hòa Phong", "UBND Phường 12": the unit's committee in running text, after its name as written (`unitName`). */
  ubndOf: (unitName: string): string => `UBND ${unitName}`,
  /**
   * A managing body's line above the issuing body's name may abbreviate the common phrases (Nghị định 30/2020, Phụ lục I:
   * "Tên của cơ quan, tổ chức chủ quản trực tiếp được viết tắt những cụm từ thông dụng như: Ủy ban nhân dân (UBND),
   * Hội đồng nhân dân (HĐND), Việt Nam (VN)").
   */
  managingAbbreviations: [
    ['Ủy ban nhân dân', 'UBND'],
    ['Uỷ ban nhân dân', 'UBND'],
    ['Hội đồng nhân dân', 'HĐND'],
    ['Việt Nam', 'VN'],
  ] as readonly (readonly [string, string])[],

  /** Opening paragraph; the basis is the user's own text, without its final punctuation. The period is said once. */
  openingSentence: (p: {
    readonly basis?: string;
    readonly ubnd: string;
    readonly period: Period;
    readonly year: number;
    readonly from: string;
    readonly to: string;
  }): string => {
    const period = periodWithYear(p.period, p.year);
    const dates = `(số liệu tính từ ngày ${p.from} đến ngày ${p.to})`;
    // A basis that already names the period ("… về việc báo cáo … quý I năm 2026") is not followed by it a second time.
    const named = p.basis !== undefined && p.basis.toLocaleLowerCase('vi').includes(period.toLocaleLowerCase('vi'));
    const body = named
      ? `${p.ubnd} báo cáo kết quả như sau ${dates}:`
      : `${p.ubnd} báo cáo kết quả thực hiện công tác cải cách hành chính ${period} ${dates}, như sau:`;
    return p.basis ? `Thực hiện ${p.basis}, ${body}` : body;
  },

  /** Section IV's heading is followed by the next period in capitals. */
  nextPeriodHeading: (title: string, period: Period, year: number): string =>
    `${title} ${nextPeriodPhrase(period, year).toLocaleUpperCase('vi')}`,

  closingSentence: (period: Period, year: number, ubnd: string): string =>
    `Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính ${periodWithYear(period, year)} của ${ubnd}./.`,

  appendixTitle: (period: Period, year: number, unitName: string): string =>
    `BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH ${periodWithYear(period, year)} CỦA ${unitName}`.toLocaleUpperCase('vi'),

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
} as const;
