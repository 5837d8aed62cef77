// Vietnamese texts of form sets: the authoring workbook's sheets, headers and words (CONTRACTS.md "Form sets"), the set checker's problems and the `cchc forms` commands.
import { COMMON_TEXT } from './common';

const { formName } = COMMON_TEXT;

/** The authoring workbook's sheet names, as CONTRACTS.md fixes them. */
const SHEETS = {
  identity: 'Thông tin',
  forms: 'Biểu mẫu',
  rows: 'Chỉ tiêu',
  rules: 'Quy tắc',
  sentences: 'Câu văn',
  guide: 'Hướng dẫn',
} as const;

/** Header texts, by sheet; CONTRACTS.md fixes the first ones of each sheet, the rest are the project's extensions (README). */
const HEADERS = {
  identity: { item: 'Mục', value: 'Giá trị' },
  identityItems: { id: 'Mã bộ biểu mẫu', version: 'Phiên bản', name: 'Tên bộ biểu mẫu', issuer: 'Cơ quan ban hành', appliesFrom: 'Áp dụng từ' },
  forms: { number: 'Biểu mẫu', title: 'Tên biểu mẫu' },
  rows: {
    form: 'Biểu mẫu',
    key: 'Mã dòng',
    stt: 'STT',
    label: 'Chỉ tiêu thống kê',
    unit: 'Đơn vị tính',
    kind: 'Loại',
    part: 'Tử số',
    whole: 'Mẫu số',
    terms: 'Cộng',
    codes: 'Mã',
    required: 'Bắt buộc',
    printed: 'In ra',
    across: 'Qua các kỳ',
    compare: 'So sánh cùng kỳ',
    keyRatio: 'Chỉ tiêu chính',
    words: 'Từ ngữ',
    topic: 'Cách gọi trong câu',
    labelBySuperior: 'Nhãn theo cấp trên',
    zeroWhen: 'Bằng 0 khi',
    notExpectedWhen: 'Không cần khi',
  },
  rules: { form: 'Biểu mẫu', rows: 'Mã dòng', operator: 'So sánh', against: 'Với', severity: 'Mức', message: 'Thông báo', id: 'Mã quy tắc', when: 'Khi' },
  sentences: { section: 'Mục', order: 'Thứ tự', rows: 'Dòng', template: 'Câu', form: 'Biểu mẫu', joiner: 'Nối', when: 'Khi' },
} as const;

/** The words of the authoring workbook's lists, by the JSON value they stand for. */
const WORDS = {
  kinds: { section: 'mục', count: 'số', money: 'tiền', percent: 'phần trăm', code: 'mã', ratio: 'tỷ lệ', sum: 'tổng' },
  across: { standing: 'cố định', yearPlan: 'kế hoạch năm', cumulative: 'lũy kế', period: 'trong kỳ' },
  severities: { error: 'lỗi', warning: 'cảnh báo' },
  yes: 'có',
  no: 'không',
} as const;

/** "Chỉ tiêu, dòng 12" where the item has a line of the authoring workbook; the sheet alone in JSON. */
const at = (sheet: string, line: number | null): string => (line === null ? sheet : `${sheet}, dòng ${line}`);
/** "Quy tắc, dòng 5" in the workbook; "Quy tắc thứ 5" in JSON, where an item has no key to name it by. */
const nth = (sheet: string, line: number | null, index: number): string => (line === null ? `${sheet} thứ ${index + 1}` : `${sheet}, dòng ${line}`);
const KIND_WORDS = Object.values(WORDS.kinds).join(', ');
const ACROSS_WORDS = Object.values(WORDS.across).join(', ');

/** The set checker's problems (check-form-set.ts): the item named first, then what is wrong with which column. */
const CHECK = {
  /** The item a problem is about, named so that a person finds it with or without the place. */
  item: {
    set: 'Bộ biểu mẫu',
    identity: (line: number | null, field: string): string => `${at(SHEETS.identity, line)} (${field})`,
    form: (line: number | null, form: number): string => `${at(SHEETS.forms, line)} (${formName(form)})`,
    formAt: (line: number | null, index: number): string => nth(SHEETS.forms, line, index),
    row: (line: number | null, form: number, key: string): string => `${at(SHEETS.rows, line)} (${formName(form)}, mã ${key})`,
    rowAt: (line: number | null, formIndex: number, rowIndex: number): string => `${nth(SHEETS.rows, line, rowIndex)} (biểu mẫu thứ ${formIndex + 1})`,
    rule: (line: number | null, index: number, form: number, rows: readonly string[]): string =>
      `${nth(SHEETS.rules, line, index)} (${formName(form)}, mã ${rows.join(' + ')})`,
    ruleAt: (line: number | null, index: number): string => nth(SHEETS.rules, line, index),
    sentence: (line: number | null, index: number, section: string, order: number): string =>
      `${nth(SHEETS.sentences, line, index)} (mục ${section}, thứ tự ${order})`,
    sentenceAt: (line: number | null, index: number): string => nth(SHEETS.sentences, line, index),
  },
  /** "Chỉ tiêu, dòng 12 (Biểu mẫu 3, mã 3.3): Tử số “3.3.9” không phải là dòng nào của Biểu mẫu 3." */
  problem: (item: string, text: string): string => `${item}: ${text}`,
  /** A condition as the problem quotes it: "5 = 0". */
  condition: (key: string, equals: number): string => `${key} = ${equals}`,

  /* The identity (Thông tin). */
  idFormat: (id: string): string =>
    `Mã bộ biểu mẫu “${id}” chỉ được gồm chữ cái không dấu (a–z, A–Z), chữ số và dấu gạch ngang “-”, không có khoảng trắng (ví dụ: quang-ngai-2026).`,
  versionFormat: (version: string): string => `Phiên bản “${version}” phải là số nguyên từ 1 trở lên.`,
  nameEmpty: 'Tên bộ biểu mẫu không được để trống.',
  dateFormat: (value: string): string => `Áp dụng từ “${value}” không phải là một ngày có thật (viết như 2026-01-01).`,

  /* Forms (Biểu mẫu). */
  noForms: 'bộ biểu mẫu chưa có biểu mẫu nào.',
  formNumber: (value: string): string => `số biểu mẫu “${value}” phải là số nguyên từ 1 trở lên.`,
  formDuplicate: (form: number): string => `${formName(form)} đã khai ở một dòng trước; mỗi biểu mẫu chỉ khai một lần.`,
  formTitleEmpty: 'Tên biểu mẫu không được để trống.',
  formNoRows: (form: number): string => `${formName(form)} không có chỉ tiêu nào (trang ${SHEETS.rows} chưa có dòng nào của biểu mẫu này).`,
  formUnknown: (form: number): string => `không có ${formName(form)} trong bộ biểu mẫu (trang ${SHEETS.forms}).`,

  /* Rows (Chỉ tiêu). */
  keyFormat: (key: string): string =>
    `Mã dòng “${key}” không đúng dạng: mã dòng là các số nối bằng dấu chấm, như 1, 2.1, 3.2.1 (không có chữ, không có dấu chấm ở cuối).`,
  keyDuplicate: (key: string, form: number, firstLine: number | null): string =>
    `Mã dòng “${key}” trùng với một dòng trước của ${formName(form)}${firstLine === null ? '' : ` (dòng ${firstLine})`}; trong một biểu mẫu mỗi mã dòng chỉ dùng một lần.`,
  labelEmpty: `${HEADERS.rows.label} không được để trống.`,
  kindUnknown: (value: string): string => `Loại “${value}” không có; Loại là một trong: ${KIND_WORDS}.`,
  unknownRow: (field: string, ref: string, form: number): string => `${field} “${ref}” không phải là dòng nào của ${formName(form)}.`,
  unknownRowForm: (field: string, ref: string, form: number): string => `${field} “${ref}”: không có ${formName(form)} trong bộ biểu mẫu.`,
  notNumeric: (field: string, ref: string, kind: string): string =>
    `${field} “${ref}” là dòng loại “${kind}”; tỷ lệ và tổng chỉ tính được từ dòng loại “${WORDS.kinds.count}”, “${WORDS.kinds.money}” hoặc “${WORDS.kinds.sum}”.`,
  ratioNeeds: (field: string): string =>
    `dòng loại “${WORDS.kinds.ratio}” cần ${field}: một mã dòng, như 2.2 (dòng của biểu mẫu khác viết như BM7 6.7.1).`,
  sumNeeds: `dòng loại “${WORDS.kinds.sum}” cần ít nhất hai dòng ở cột ${HEADERS.rows.terms}, nối bằng “+”, như 1.1 + 1.2.`,
  fieldNotForKind: (field: string, forKind: string, kind: string): string =>
    `${field} chỉ dùng cho dòng loại “${forKind}”, còn dòng này là loại “${kind}”: hãy xóa ô ${field} hoặc sửa Loại.`,
  codesTooFew: `dòng loại “${WORDS.kinds.code}” cần ít nhất hai mã ở cột ${HEADERS.rows.codes}, viết như “0 = Chưa; 1 = Hoàn thành”.`,
  codeValue: (value: string): string => `mã “${value}” ở cột ${HEADERS.rows.codes} phải là số nguyên từ 0 trở lên.`,
  codeLabelEmpty: (value: number): string => `mã ${value} ở cột ${HEADERS.rows.codes} chưa có nhãn (viết như “${value} = Hoàn thành”).`,
  codeDuplicate: (value: number): string => `mã ${value} có hai lần ở cột ${HEADERS.rows.codes}; mỗi mã một giá trị riêng.`,
  codeLabelDuplicate: (label: string): string => `nhãn “${label}” có hai lần ở cột ${HEADERS.rows.codes}; mỗi mã một nhãn riêng.`,
  /** The rows of a cycle, from the row the problem is about: its own form's rows by key, others' as the set writes them ("BM3 1.1"). */
  cycle: (from: number, path: readonly { readonly form: number; readonly key: string }[]): string =>
    `dòng này được tính từ chính nó (${path.map((r) => (r.form === from ? r.key : `BM${r.form} ${r.key}`)).join(' → ')}); một dòng tỷ lệ hay tổng không được tính vòng trở lại chính nó.`,
  conditionNotCode: (field: string, condition: string, key: string, kind: string): string =>
    `${field} “${condition}”: dòng ${key} là loại “${kind}”, không phải loại “${WORDS.kinds.code}”; điều kiện chỉ so được với câu trả lời của một dòng mã.`,
  conditionNoSuchCode: (field: string, condition: string, key: string, value: number, codes: readonly number[]): string =>
    `${field} “${condition}”: dòng ${key} không có mã ${value} (các mã của dòng: ${codes.join(', ')}).`,
  keyRatioNotRatio: (kind: string): string =>
    `${HEADERS.rows.keyRatio} chỉ dùng cho dòng loại “${WORDS.kinds.ratio}”, còn dòng này là loại “${kind}”.`,
  keyRatioPlace: (value: string): string => `${HEADERS.rows.keyRatio} “${value}” phải là số thứ tự nguyên từ 1 trở lên.`,
  keyRatioDuplicate: (place: number, form: number, key: string): string =>
    `${HEADERS.rows.keyRatio} số ${place} đã dùng cho dòng ${key} của ${formName(form)}; mỗi chỉ tiêu chính một số thứ tự riêng.`,
  acrossUnknown: (value: string): string => `${HEADERS.rows.across} “${value}” không có; dùng một trong: ${ACROSS_WORDS}.`,
  acrossNotInput: (value: string, kind: string): string =>
    `${HEADERS.rows.across} “${value}” chỉ dùng cho dòng nhập số liệu (loại ${WORDS.kinds.count}, ${WORDS.kinds.money}, ${WORDS.kinds.percent}, ${WORDS.kinds.code}), còn dòng này là loại “${kind}”.`,
  compareSection: `${HEADERS.rows.compare} không dùng cho dòng loại “${WORDS.kinds.section}” (tiêu đề, không có số liệu).`,
  zeroWhenOtherForm: (ref: string, form: number): string =>
    `${HEADERS.rows.zeroWhen} “${ref}”: chỉ ghi được dòng của cùng ${formName(form)}.`,

  /* Rules (Quy tắc). */
  ruleNoRows: `${HEADERS.rules.rows} để trống: quy tắc cần ít nhất một dòng.`,
  operatorUnknown: (value: string): string => `${HEADERS.rules.operator} “${value}” không có; dùng một trong: <=, <, =, >=, >, filled.`,
  severityUnknown: (value: string): string =>
    `${HEADERS.rules.severity} “${value}” không có; dùng “${WORDS.severities.error}” hoặc “${WORDS.severities.warning}”.`,
  filledAgainst: `${HEADERS.rules.operator} “filled” chỉ hỏi dòng đã có số liệu hay chưa, không so với gì: hãy để trống cột ${HEADERS.rules.against}.`,
  againstMissing: (operator: string): string =>
    `${HEADERS.rules.operator} “${operator}” cần cột ${HEADERS.rules.against}: một mã dòng, các mã dòng nối bằng “+”, hoặc một số.`,
  againstNotNumber: (value: string): string => `${HEADERS.rules.against} “${value}” không phải là một số.`,
  sectionInRule: (field: string, ref: string): string =>
    `${field} “${ref}” là dòng loại “${WORDS.kinds.section}” (tiêu đề), không có số liệu để so sánh.`,
  ruleIdFormat: (value: string): string =>
    `${HEADERS.rules.id} “${value}” chỉ được gồm chữ thường không dấu, chữ số và “-”, bắt đầu bằng chữ (như present-exceeds-assigned).`,

  /* Sentences (Câu văn). */
  sectionUnknown: (section: string, sections: readonly string[]): string =>
    `${HEADERS.sentences.section} “${section}” không phải là mục nào của báo cáo; dùng một trong: ${sections.join(', ')}.`,
  orderNotNumber: (value: string): string => `${HEADERS.sentences.order} “${value}” không phải là một số.`,
  templateEmpty: `${HEADERS.sentences.template} để trống.`,
  /** A problem the template checker found, in its own Vietnamese words. */
  template: (problem: string): string => `${HEADERS.sentences.template}: ${problem}`,
} as const;

/** Type names of the JSON shape, as a shape problem says what a field must be. */
const JSON_TYPES: Readonly<Record<string, string>> = {
  string: 'một chuỗi chữ trong ngoặc kép',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách [ … ]',
  object: 'một đối tượng { … }',
};

/** A JSON set's shape problems (load-form-set.ts), in place of zod's English. */
const SHAPE = {
  /** A field as the problem names it: its JSON name, then the authoring workbook's column. */
  field: (name: string, header: string | undefined): string => (header === undefined ? `trường “${name}”` : `trường “${name}” (${header})`),
  /** The item itself, where the problem is not one of its fields. */
  itself: 'mục này',
  missing: (field: string): string => `thiếu ${field}.`,
  type: (field: string, expected: string): string => `${field} phải là ${JSON_TYPES[expected] ?? expected}.`,
  oneOf: (field: string, value: string, values: readonly string[]): string =>
    `${field} “${value}” không có; dùng một trong: ${values.join(', ')}.`,
  empty: (field: string): string => `${field} không được để trống.`,
  tooFew: (field: string, minimum: string): string => `${field} cần ít nhất ${minimum} mục.`,
  tooSmall: (field: string, minimum: string): string => `${field} phải từ ${minimum} trở lên.`,
  tooBig: (field: string, maximum: string): string => `${field} phải nhỏ hơn hoặc bằng ${maximum}.`,
  unknownFields: (keys: readonly string[]): string => `trường không được hỗ trợ: ${keys.map((k) => `“${k}”`).join(', ')}.`,
  listOrNumber: (field: string): string => `${field} phải là một danh sách mã dòng hoặc một số.`,
  invalid: (field: string): string => `${field} không hợp lệ.`,
  notJson: (detail: string): string => `tệp không phải JSON hợp lệ (${detail}).`,
} as const;

/** Texts of `cchc forms` and its subcommands. */
const CLI = {
  summary: 'bộ biểu mẫu: kiểm tra (check) hoặc xuất ra sổ soạn thảo (export)',
  /** The last usage line of `cchc forms --help`, after each subcommand's. */
  subcommandHelp: 'cchc forms <lệnh con> --help   (hướng dẫn của từng lệnh con)',
  exit: '0 xong; 1 bộ biểu mẫu có vấn đề; 2 không đọc được tệp hoặc dùng sai lệnh',
  missingSubcommand: (names: readonly string[]): string => `chưa chọn lệnh con (${names.join(' hoặc ')})`,
  unknownSubcommand: (name: string, names: readonly string[]): string => `không có lệnh con “${name}” (dùng ${names.join(' hoặc ')})`,
  checkSummary: 'kiểm tra một bộ biểu mẫu (sổ soạn thảo .xlsx hoặc tệp .json); mỗi vấn đề được chỉ ra ở trang tính và ô của nó',
  checkUsage: 'cchc forms check S.xlsx|S.json [--json]',
  checkJson: 'in kết quả dạng JSON: {"problems":[{"sheet","cell","message"}]}',
  checkExit: '0 bộ biểu mẫu hợp lệ; 1 có vấn đề (liệt kê từng vấn đề); 2 không đọc được tệp hoặc dùng sai lệnh',
  exportSummary: 'xuất bộ biểu mẫu (bộ có sẵn, hoặc bộ của --forms) ra sổ soạn thảo .xlsx để sửa trong Excel hay Google Trang tính, hoặc ra JSON với --json',
  exportUsage: 'cchc forms export --out S.xlsx [--json] [--forms S0.xlsx|S0.json]',
  exportOut: 'tệp sẽ tạo: sổ soạn thảo .xlsx, hoặc .json với --json (bắt buộc)',
  exportJson: 'ghi bộ biểu mẫu dạng JSON thay cho sổ soạn thảo',
  exportForms: 'bộ biểu mẫu cần xuất (mặc định: bộ có sẵn)',
  exportExit: '0 đã xuất; 2 không đọc được bộ biểu mẫu, bộ có vấn đề, hoặc dùng sai lệnh',
  checkHeading: (file: string): string => `Kiểm tra bộ biểu mẫu ${file}:`,
  valid: (id: string, version: number, forms: number, rows: number): string =>
    `Bộ biểu mẫu ${id}, phiên bản ${version} hợp lệ: ${forms} biểu mẫu, ${rows} chỉ tiêu.`,
  problemLine: (place: string | null, message: string): string => (place === null ? message : `${place}: ${message}`),
  problemCount: (n: number): string => `${n} vấn đề: cần sửa trước khi dùng bộ biểu mẫu này.`,
  notFormSet: (file: string): string => `${file}: không phải bộ biểu mẫu (tệp JSON của bộ biểu mẫu có trường “formSetVersion” và “forms”; tạo bằng cchc forms export --json).`,
  xlsxNotReadable: (file: string): string =>
    `${file}: bản này chưa đọc được bộ biểu mẫu dạng sổ Excel .xlsx; hãy dùng tệp JSON (cchc forms export --json).`,
} as const;

export const FORMSET_TEXT = {
  sheets: SHEETS,
  headers: HEADERS,
  words: WORDS,
  check: CHECK,
  shape: SHAPE,
  cli: CLI,
} as const;
