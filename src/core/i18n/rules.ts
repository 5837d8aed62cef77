// Vietnamese texts of the checker: findings on form values, form rules and the report header.
import { COMMON_TEXT } from './common';

/** A number as findings quote it (Vietnamese notation, up to two decimals). */
const n = (x: number): string => COMMON_TEXT.formatNumber(x, 2);
const q = (text: string): string => `“${text}”`;

/** An ISO date as the findings write it: "2023-06-09" → "09/06/2023". */
const d = (iso: string): string => iso.split('-').reverse().join('/');

export const RULE_TEXT = {
  /** Comparison operators of the form rules, in the words that say how a value breaks them. */
  operatorBroken: {
    '<=': 'lớn hơn',
    '<': 'không nhỏ hơn',
    '>=': 'nhỏ hơn',
    '>': 'không lớn hơn',
    '==': 'khác',
  },

  /** Comparison operators in the words that say what a value must be (conditional rules). */
  operatorRequired: {
    '<=': (v: string) => `phải nhỏ hơn hoặc bằng ${v}`,
    '<': (v: string) => `phải nhỏ hơn ${v}`,
    '>=': (v: string) => `phải lớn hơn hoặc bằng ${v}`,
    '>': (v: string) => `phải lớn hơn ${v}`,
    '==': (v: string) => `phải bằng ${v}`,
  },

  /** "Biểu mẫu 1, dòng 2.2" */
  where: (form: number, row: string): string => `${COMMON_TEXT.formName(form)}, dòng ${row}`,
  /** A row named from another place in the same form: "dòng 4.2". */
  rowRef: (key: string): string => `dòng ${key}`,
  /** A row of another form: "dòng 2.2 Biểu mẫu 4". */
  rowRefOtherForm: (form: number, key: string): string => `dòng ${key} ${COMMON_TEXT.formName(form)}`,
  /** A row's label with the form it lives in, when that is not the finding's form. */
  labelInOtherForm: (label: string, form: number, key: string): string => `${label} ở dòng ${key} ${COMMON_TEXT.formName(form)}`,
  /** Several rows added up: "tổng các dòng 4.2, 4.3, 4.4". */
  sumOfRows: (keys: readonly string[]): string => `tổng các dòng ${keys.join(', ')}`,
  /** A term of a sum that lives in another form: "6.4.2 Biểu mẫu 7". */
  sumTermOtherForm: (form: number, key: string): string => `${key} ${COMMON_TEXT.formName(form)}`,

  notANumber: (where: string, text: string, suggestion: number | null): string =>
    suggestion === null
      ? `${where}: ô số liệu đang chứa chữ ${q(text)}, không phải một số; hãy nhập số hoặc để trống.`
      : `${where}: ô số liệu đang chứa chữ ${q(text)}, không phải một số; nếu đó là ${n(suggestion)} thì hãy nhập lại dưới dạng số.`,
  negative: (where: string, label: string, value: number): string => `${where}: ${label} (${n(value)}) không được là số âm.`,
  notInteger: (where: string, label: string, value: number): string => `${where}: ${label} (${n(value)}) phải là số nguyên.`,
  percentRange: (where: string, label: string, value: number): string =>
    `${where}: ${label} (${n(value)}) phải là tỷ lệ phần trăm từ 0 đến 100.`,
  /** Every entered percent in (0, 1]: `count` of them, the first at `where`. */
  percentAsFraction: (where: string, label: string, value: number, count: number): string =>
    `${where}: ${label} ghi ${COMMON_TEXT.formatNumber(value, 6)}${count > 1 ? ` và cả ${count} tỷ lệ phần trăm đã nhập` : ', tỷ lệ phần trăm duy nhất đã nhập,'} đều nằm trong khoảng 0 đến 1. Có phải đã gõ kèm dấu % (gõ “90%” được lưu thành 0,9)? Hãy nhập số phần trăm không kèm dấu %, ví dụ 90.`,
  /** "…: tỷ lệ … (15,27) chỉ được ghi tối đa một chữ số thập phân (sẽ in là 15,3)." */
  percentDecimals: (where: string, label: string, value: number, printed: string): string =>
    `${where}: ${label} (${COMMON_TEXT.formatNumber(value, 6)}) chỉ được ghi tối đa một chữ số thập phân (sẽ in là ${printed}).`,
  codeRange: (where: string, label: string, value: number, legend: string): string =>
    `${where}: ${label} (${COMMON_TEXT.formatNumber(value, 6)}) không phải mã hợp lệ; chỉ nhập một trong các mã: ${legend}.`,
  /**
   * A computed ratio holding another value. It is never typed, so the message sends the person to the rows it is made
   * of, never to type the result ("thì phải là 110" when 2.2 > 2.1 is the error); a result over 100 says why.
   */
  ratioMismatch: (where: string, label: string, typed: number, computed: number, part: string, whole: string): string =>
    `${where}: ${label} đang ghi ${n(typed)}, khác kết quả tính dòng ${part} ÷ dòng ${whole} × 100 (${COMMON_TEXT.formatNumber(computed, 1)}` +
    (computed > 100 ? `, vượt 100% vì dòng ${part} lớn hơn dòng ${whole}` : '') +
    `); ô này tự tính từ hai dòng đó: nếu kết quả chưa đúng, hãy sửa số liệu ở dòng ${part} hoặc dòng ${whole}, không ghi số vào ô tỷ lệ.`,
  ratioShouldBeEmpty: (where: string, label: string, typed: number, reason: string): string =>
    `${where}: ${label} đang ghi ${n(typed)}, nhưng ${reason} nên tỷ lệ này không tính được và phải để trống.`,
  /** Why a ratio cannot be computed: "dòng 3.2.1 bằng 0", "dòng 3.2.1 để trống", "dòng 3.2.2 không phải số". */
  ratioReason: (key: string, why: 'zero' | 'empty' | 'text'): string =>
    `dòng ${key} ${why === 'zero' ? 'bằng 0' : why === 'empty' ? 'để trống' : 'không phải số'}`,
  sumMismatch: (where: string, label: string, typed: number, computed: number, terms: readonly string[]): string =>
    `${where}: ${label} đang ghi ${n(typed)}, khác tổng các dòng ${terms.join(', ')} (${n(computed)}); ô này tự tính từ các dòng đó: nếu tổng chưa đúng, hãy sửa số liệu ở các dòng đó, không ghi số vào ô tổng.`,
  /** A computed row in a broken comparison: "dòng 6.6.1 là tổng các dòng 6.4.2, 6.5.2". */
  computedFrom: (row: string, inputs: string): string => `${row} được tính từ ${inputs}`,
  /** Where to correct a comparison that involves computed rows: their inputs and the other rows compared. */
  correctInputs: (madeOf: readonly string[], inputs: string): string =>
    `${COMMON_TEXT.list(madeOf).replace(/^./u, (c) => c.toLocaleUpperCase('vi'))}: hãy kiểm tra số liệu ở ${inputs}.`,
  sumShouldBeEmpty: (where: string, label: string, typed: number, terms: readonly string[]): string =>
    `${where}: ${label} đang ghi ${n(typed)}, nhưng các dòng ${terms.join(', ')} đều để trống nên tổng này phải để trống.`,

  /** A broken comparison: "Biểu mẫu 1, dòng 2.2: số nhiệm vụ đã hoàn thành (40) lớn hơn số nhiệm vụ đề ra trong kế hoạch (37)." */
  comparison: (where: string, left: string, lv: number, broken: string, right: string | null, rv: number, hint: string | null): string =>
    `${where}: ${left} (${n(lv)}) ${broken} ${right === null ? n(rv) : `${right} (${n(rv)})`}.${hint ? ' ' + hint : ''}`,
  /** The answer a rule depends on: "dòng 5 ghi “Có” (1)". */
  condition: (row: string, value: number, codeLabel: string | null): string =>
    codeLabel === null ? `${row} ghi ${n(value)}` : `${row} ghi ${q(codeLabel)} (${n(value)})`,
  conditional: (where: string, condition: string, left: string, required: string, actual: string): string =>
    `${where}: vì ${condition}, ${left} ${required}, nhưng ${actual}.`,
  /** A requirement without a condition: "…: hình thức khảo sát phải được điền, nhưng đang để trống." */
  required: (where: string, left: string, required: string, actual: string): string => `${where}: ${left} ${required}, nhưng ${actual}.`,
  requiredFilled: 'phải được điền',
  requiredEmptyOr: (v: string): string => `phải để trống hoặc bằng ${v}`,
  actualEmpty: 'đang để trống',
  actualValue: (v: number): string => `đang là ${n(v)}`,
  number: n,

  /** What to type in an empty input, by the row's kind: 0 where none is true, a percent, or one of the legend's codes. */
  missingHintNumber: 'Nếu không có, hãy ghi 0.',
  missingHintPercent: 'Hãy ghi tỷ lệ phần trăm đã đạt, từ 0 đến 100.',
  missingHintCode: (legend: string): string => `Hãy chọn một mã: ${legend}.`,
  /** "Biểu mẫu 6, dòng 2: chưa có số liệu về số vốn đầu tư công đã giải ngân. Nếu không có, hãy ghi 0." */
  missing: (where: string, topic: string, hint: string, unchecked: string | null): string =>
    `${where}: chưa có số liệu về ${topic}` + (unchecked ? `, nên chưa đối chiếu được với ${unchecked}. ` : '. ') + hint,
  formEmpty: (form: number, unchecked: string | null): string =>
    `${COMMON_TEXT.formName(form)}: chưa có số liệu nào` + (unchecked ? `, nên chưa đối chiếu được với ${unchecked}.` : '.'),
  /** Rows listed by form: "dòng 6.5.1, 6.6.2 và dòng 1.1 Biểu mẫu 3"; the finding's own form needs no name. */
  rowList: (own: readonly string[], others: readonly { readonly form: number; readonly keys: readonly string[] }[]): string =>
    [
      ...(own.length ? [`dòng ${own.join(', ')}`] : []),
      ...others.map((o) => `dòng ${o.keys.join(', ')} ${COMMON_TEXT.formName(o.form)}`),
    ].join(' và '),

  /** Findings on the staff's own text (Thuyết minh) and the unit's name; each quotes the phrase. */
  staff: {
    /** "Thuyết minh, mục I.3" */
    where: (section: string): string => `Thuyết minh, mục ${section}`,
    otherUnit: (quote: string, kind: string, unit: string): string =>
      `nhắc đến ${q(quote)}, không phải ${kind} ${unit} của báo cáo này; hãy kiểm tra lại (có thể là phần chép từ báo cáo của đơn vị khác).`,
    otherPeriod: (quote: string, period: string): string =>
      `nhắc đến ${q(quote)}, trong khi báo cáo này là báo cáo ${period}; hãy kiểm tra lại.`,
    /** One row's value in a figure finding: "dòng 3.1 ghi 9". */
    rowValue: (key: string, value: string): string => `dòng ${key} ghi ${value}`,
    /** What one form says of the rows a phrase speaks of: "Biểu mẫu 3 dòng 3.3.1 ghi 962 và dòng 3.3.2 ghi 962". */
    formRows: (form: string, rows: readonly string[]): string => `${form} ${COMMON_TEXT.list(rows)}`,
    figureMismatch: (quote: string, formsSay: string): string => `ghi ${q(quote)}, nhưng ${formsSay}; hãy sửa cho khớp với số liệu của biểu mẫu.`,
    percentMismatch: (quote: string, formsSay: string): string =>
      `ghi ${q(quote)}, nhưng theo số liệu, ${formsSay}; hãy sửa cho khớp với số liệu của biểu mẫu.`,
    deniesRow: (quote: string, formsSay: string): string => `ghi ${q(quote)}, nhưng ${formsSay}; hãy sửa cho khớp với số liệu của biểu mẫu.`,
    wrongKind: (quote: string, word: string, kind: string, unit: string): string =>
      `dùng từ ${q(word)} (${q(quote)}) trong báo cáo của ${kind} ${unit}; hãy kiểm tra lại.`,
    unitNameHasKind: (typed: string, name: string): string =>
      `Thông tin chung: tên đơn vị ${q(typed)} đã có loại đơn vị ở đầu; chỉ ghi tên (${q(name)}), vì loại đơn vị đã có ô riêng và được ghép vào khi in.`,
  },

  /** Findings about the report header (Thông tin chung); dates arrive in ISO form. */
  header: {
    dataPeriodOrder: (from: string, to: string): string =>
      `Thông tin chung: ngày bắt đầu lấy số liệu (${d(from)}) sau ngày kết thúc (${d(to)}).`,
    dateOutsideYear: (date: string, year: number): string =>
      `Thông tin chung: ngày báo cáo (${d(date)}) không thuộc năm báo cáo ${year}; hãy kiểm tra lại.`,
    dataPeriodOutsideYear: (to: string, year: number): string =>
      `Thông tin chung: ngày kết thúc lấy số liệu (${d(to)}) không thuộc năm báo cáo ${year}; hãy kiểm tra lại.`,
    dataFromAfterDate: (from: string, date: string): string =>
      `Thông tin chung: ngày bắt đầu lấy số liệu (${d(from)}) sau ngày báo cáo (${d(date)}).`,
    /** Dates as the report prints them ("14/12/2026"); `byDefault` when the data period is Nghị định 09/2019's, none being typed. */
    dataToAfterDate: (to: string, date: string, byDefault: boolean): string =>
      `Thông tin chung: số liệu được tính đến ngày ${to}${byDefault ? ' (mặc định theo Nghị định 09/2019, vì chưa ghi ngày kết thúc lấy số liệu)' : ''}, sau ngày báo cáo ${date}; báo cáo không thể có số liệu của những ngày chưa đến. Hãy sửa ngày kết thúc lấy số liệu hoặc ngày báo cáo.`,
    signerNameMissing: 'Thông tin chung: chưa ghi họ và tên người ký; báo cáo sẽ in khối chữ ký không có tên. Hãy ghi trước khi trình ký.',
  },

  /** A narrative section the report prints under its heading with nothing else to fill it: "Thuyết minh, mục III.1 (Tích cực): chưa có nội dung…". */
  /** A computed cell of the workbook that no longer holds its formula (formula-overwritten): the same words in every host. */
  formulaOverwritten: (label: string): string =>
    `Ô tính tự động "${label}" đã bị xóa hoặc dán đè, không còn công thức. Chọn Lập biểu mẫu để khôi phục công thức (số liệu đã nhập được giữ nguyên); trên Google Sheets, Tạo báo cáo cũng tự khôi phục trước khi lập báo cáo.`,

  sectionEmpty: (where: string, title: string): string =>
    `${where} (${title}): chưa có nội dung, nên mục này in ra chỉ có đề mục và báo cáo chưa hoàn chỉnh; hãy viết trước khi trình ký.`,

  /** A final report refused while compulsory inputs are empty (the set's `Bắt buộc`). */
  compulsory: {
    lead: (count: number): string =>
      `Chưa lập được báo cáo chính thức: còn ${count} chỉ tiêu bắt buộc để trống, mà báo cáo trình ký không được ghi “chưa có số liệu”. Hãy nhập số liệu (không phát sinh thì ghi 0) vào các ô dưới đây.`,
    /** "Biểu mẫu 1, dòng 2.1 “Số nhiệm vụ đề ra trong kế hoạch”" */
    name: (form: number, row: string, label: string): string => `${COMMON_TEXT.formName(form)}, dòng ${row} ${q(label)}`,
    /** "- Biểu mẫu 1, dòng 2.1 “Số nhiệm vụ đề ra trong kế hoạch”, ô 'Biểu mẫu 1'!D8" */
    item: (form: number, row: string, label: string, cell: string | null): string =>
      `- ${COMMON_TEXT.formName(form)}, dòng ${row} ${q(label)}${cell ? `, ô ${cell}` : ''}`,
  },
} as const;
