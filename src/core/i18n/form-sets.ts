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
  districtSentences: 'Câu văn tổng hợp',
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
    keyRatioName: 'Tên chỉ tiêu chính',
    words: 'Từ ngữ',
    topic: 'Cách gọi trong câu',
    labelBySuperior: 'Nhãn theo cấp trên',
    zeroWhen: 'Bằng 0 khi',
    notExpectedWhen: 'Không cần khi',
  },
  rules: { form: 'Biểu mẫu', rows: 'Mã dòng', operator: 'So sánh', against: 'Với', againstNumber: 'Với số', severity: 'Mức', message: 'Thông báo', id: 'Mã quy tắc', when: 'Khi' },
  sentences: { section: 'Mục', order: 'Thứ tự', rows: 'Dòng', template: 'Câu', form: 'Biểu mẫu', joiner: 'Nối', when: 'Khi' },
  districtSentences: { form: 'Biểu mẫu', rows: 'Dòng', ratio: 'Tỷ lệ', topic: 'Chủ đề', template: 'Câu' },
} as const;

/** The words of the authoring workbook's lists, by the JSON value they stand for. */
const WORDS = {
  kinds: { section: 'mục', count: 'số', money: 'tiền', percent: 'phần trăm', code: 'mã', ratio: 'tỷ lệ', sum: 'tổng' },
  across: { standing: 'cố định', yearPlan: 'kế hoạch năm', cumulative: 'lũy kế', period: 'trong kỳ' },
  severities: { error: 'lỗi', warning: 'cảnh báo' },
  /** `So sánh`: the comparisons as written; `filled` asks only that the row holds a value. */
  operators: { '<=': '<=', '<': '<', '=': '=', '>=': '>=', '>': '>', filled: 'có số liệu' },
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
    districtSentence: (line: number | null, index: number, form: number): string => `${nth(SHEETS.districtSentences, line, index)} (${formName(form)})`,
    districtSentenceAt: (line: number | null, index: number): string => nth(SHEETS.districtSentences, line, index),
  },
  /** "Chỉ tiêu, dòng 12 (Biểu mẫu 3, mã 3.3): Tử số “3.3.9” không phải là dòng nào của Biểu mẫu 3." */
  problem: (item: string, text: string): string => `${item}: ${text}`,
  /** A condition as the problem quotes it: "5 = 0". */
  condition: (key: string, equals: number): string => `${key} = ${equals}`,

  /* The identity (Thông tin). */
  idOfBuiltin: (id: string): string =>
    `“${id}” là mã của bộ biểu mẫu có sẵn, mà bộ này đã khác bộ có sẵn: hãy đặt mã riêng của tỉnh (ví dụ: hai-phong-2026), nếu không các sổ lập theo bộ này sẽ bị đọc như bộ có sẵn.`,
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
  keyRatioNameWithout: `${HEADERS.rows.keyRatioName} chỉ dùng cho dòng có ${HEADERS.rows.keyRatio}.`,
  keyRatioPlace: (value: string): string => `${HEADERS.rows.keyRatio} “${value}” phải là số thứ tự nguyên từ 1 trở lên.`,
  keyRatioDuplicate: (place: number, form: number, key: string): string =>
    `${HEADERS.rows.keyRatio} số ${place} đã dùng cho dòng ${key} của ${formName(form)}; mỗi chỉ tiêu chính một số thứ tự riêng.`,
  acrossUnknown: (value: string): string => `${HEADERS.rows.across} “${value}” không có; dùng một trong: ${ACROSS_WORDS}.`,
  acrossNotInput: (value: string, kind: string): string =>
    `${HEADERS.rows.across} “${value}” chỉ dùng cho dòng nhập số liệu (loại ${WORDS.kinds.count}, ${WORDS.kinds.money}, ${WORDS.kinds.percent}, ${WORDS.kinds.code}), còn dòng này là loại “${kind}”.`,
  compareSection: `${HEADERS.rows.compare} không dùng cho dòng loại “${WORDS.kinds.section}” (tiêu đề, không có số liệu).`,
  wordsPartEmpty: (word: string): string =>
    `${HEADERS.rows.words} “${word}”: mỗi phần trước và sau dấu “…” phải có chữ (ví dụ “không chuyên trách … thôn”).`,
  sumOtherForm: (ref: string, form: number): string =>
    `${HEADERS.rows.terms} “${ref}”: dòng loại “${WORDS.kinds.sum}” chỉ cộng các dòng của chính ${formName(form)}, vì bảng tổng hợp của huyện, tỉnh tính tổng trong từng biểu mẫu; dòng của biểu mẫu khác chỉ dùng được làm ${HEADERS.rows.part} hoặc ${HEADERS.rows.whole} của một dòng loại “${WORDS.kinds.ratio}”.`,
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

  /* District sentences (Câu văn tổng hợp). */
  districtRowsCount: (count: number): string =>
    `${HEADERS.districtSentences.rows} cần một hoặc hai dòng (các tổng mà câu nêu), nối bằng “, ”; đang có ${count}.`,
  districtNotTotal: (field: string, ref: string, kind: string): string =>
    `${field} “${ref}” là dòng loại “${kind}”; câu văn tổng hợp chỉ nêu tổng của dòng loại “${WORDS.kinds.count}” hoặc “${WORDS.kinds.money}”.`,
  districtRatioNotRatio: (ref: string, kind: string): string =>
    `${HEADERS.districtSentences.ratio} “${ref}” là dòng loại “${kind}”, không phải loại “${WORDS.kinds.ratio}”.`,
  districtTopicEmpty: `${HEADERS.districtSentences.topic} để trống: câu cần cách gọi điều nó nói tới khi chưa có đơn vị nào báo cáo số liệu.`,
  districtUnknownArgument: (name: string): string =>
    `không có giá trị {${name}}; câu văn tổng hợp chỉ dùng {a}, {b} (các tổng), {r} (tỷ lệ) và {va} (so sánh tổng thứ nhất với cùng kỳ).`,
  districtNoSecond: `dùng {b} nhưng ${HEADERS.districtSentences.rows} chỉ có một dòng.`,
  districtNoRatio: `dùng {r} nhưng chưa ghi ${HEADERS.districtSentences.ratio}.`,
  districtUnsupported: (name: string): string => `{${name}} chỉ được in ra như viết, hoặc chọn lời bằng select.`,
  districtTag: (name: string): string => `thẻ <${name}> không dùng được trong câu văn tổng hợp.`,
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

/** The `Hướng dẫn` sheet: general notes, then every column of every sheet (by the field it fills). */
const GUIDE = {
  title: 'Hướng dẫn soạn bộ biểu mẫu',
  headers: { sheet: 'Trang tính', column: 'Cột', text: 'Cách điền', example: 'Ví dụ' },
  generalSheet: 'Chung',
  general: [
    {
      column: 'Cách đọc sổ',
      text: 'Phần mềm tìm mỗi trang tính theo tên và mỗi cột theo chữ ở hàng tiêu đề (hàng đầu tiên có đủ các tiêu đề). Được đổi thứ tự cột, thêm cột riêng (phần mềm bỏ qua), để trống hàng; không đổi tên trang tính và chữ tiêu đề.',
      example: 'Thêm cột “Ghi chú của tỉnh” bên phải: không ảnh hưởng.',
    },
    {
      column: 'Dòng của biểu mẫu khác',
      text: 'Ở các cột ghi mã dòng (Tử số, Mẫu số, Cộng, Bằng 0 khi, Không cần khi, Với, Khi, Dòng), dòng của cùng biểu mẫu ghi mã dòng; dòng của biểu mẫu khác ghi “BM” + số biểu mẫu, một dấu cách, rồi mã dòng.',
      example: 'BM7 6.7.1',
    },
    {
      column: 'Danh sách',
      text: 'Các dòng được cộng nối bằng “ + ”; các dòng một câu văn đọc nối bằng “, ”; các từ ngữ, các nhóm “Bằng 0 khi” và các mã nối bằng “; ”. Ô để trống là không có.',
      example: '4.2 + 4.3 + 4.4',
    },
    {
      column: 'Điều kiện',
      text: 'Ghi mã dòng của câu hỏi mã, dấu “=”, rồi mã trả lời.',
      example: '5 = 1',
    },
    {
      column: 'Kiểm tra',
      text: 'Sửa xong, kiểm tra bằng lệnh cchc forms check rồi mới gửi các xã; bộ biểu mẫu còn lỗi không được dùng. Mỗi lỗi được chỉ ra ở trang tính và ô của nó.',
      example: 'cchc forms check bo-bieu-mau.xlsx',
    },
  ],
  identity: {
    item: { text: 'Tên mục thông tin; giữ nguyên chữ ở cột này.', example: 'Mã bộ biểu mẫu' },
    value: { text: 'Giá trị của mục.', example: 'cchc-xa-2023' },
    note: { text: 'Giải thích của phần mềm; không cần sửa, phần mềm không đọc cột này.', example: '' },
  },
  identityItems: {
    id: { text: 'Mã của bộ biểu mẫu: chữ cái không dấu, chữ số và dấu “-”. Giữ nguyên mã khi chỉ sửa bộ đã có.', example: 'qngai-xa-2026' },
    version: { text: 'Phiên bản: số nguyên từ 1; tăng lên mỗi lần sửa bộ đã gửi các xã.', example: '2' },
    name: { text: 'Tên đầy đủ của bộ biểu mẫu.', example: 'Biểu mẫu thống kê báo cáo cải cách hành chính cấp xã (Phụ lục 01)' },
    issuer: { text: 'Cơ quan ban hành (có thể để trống).', example: 'Sở Nội vụ tỉnh Quảng Ngãi' },
    appliesFrom: { text: 'Ngày bắt đầu áp dụng, dạng ngày/tháng/năm (có thể để trống).', example: '01/01/2026' },
  },
  forms: {
    number: { text: 'Số của biểu mẫu: 1, 2, 3, …; mỗi số một hàng.', example: '1' },
    title: { text: 'Tên biểu mẫu như in trên biểu.', example: 'Công tác chỉ đạo điều hành CCHC' },
  },
  rows: {
    form: { text: 'Số biểu mẫu có dòng này (phải có ở trang Biểu mẫu). Các dòng của một biểu theo đúng thứ tự in.', example: '1' },
    key: { text: 'Mã dòng: không trùng trong một biểu; thường là STT bỏ dấu chấm cuối. Các cột khác gọi dòng bằng mã này.', example: '2.1' },
    stt: { text: 'Số thứ tự như in trên biểu (để trống nếu biểu không in).', example: '2.1.' },
    label: { text: 'Tên chỉ tiêu như in trên biểu.', example: 'Số nhiệm vụ đề ra trong kế hoạch' },
    unit: { text: 'Đơn vị tính như in; với dòng loại mã, ghi chú giải các mã như in.', example: 'Nhiệm vụ' },
    kind: {
      text: 'Chọn trong danh sách: mục (dòng tiêu đề, không nhập số), số (số đếm, số nguyên), tiền (triệu đồng), phần trăm (tỷ lệ xã tự nhập), mã (trả lời bằng mã, xem cột Mã), tỷ lệ (tự tính: Tử số ÷ Mẫu số × 100, để trống khi mẫu số bằng 0 hoặc trống), tổng (tự tính: cộng các dòng ở cột Cộng).',
      example: 'số',
    },
    part: { text: 'Chỉ với loại tỷ lệ: mã dòng tử số.', example: '2.2' },
    whole: { text: 'Chỉ với loại tỷ lệ: mã dòng mẫu số.', example: '2.1' },
    terms: { text: 'Chỉ với loại tổng: các dòng được cộng, nối bằng “ + ”.', example: '6.4.1 + 6.5.1' },
    codes: { text: 'Chỉ với loại mã: các mã, mỗi mã ghi “số = nghĩa”, nối bằng “; ”, theo thứ tự in.', example: '0 = Chưa; 1 = Hoàn thành' },
    required: { text: 'có: báo cáo chính thức phải điền dòng này; không: được để trống. Để trống là có (với dòng nhập số).', example: 'không' },
    printed: { text: 'có/không: in dòng này ở phụ lục của báo cáo. Để trống là có.', example: 'có' },
    across: {
      text: 'Dòng thay đổi thế nào qua các kỳ trong năm: cố định (giữ từ kỳ trước, như số người được giao), kế hoạch năm (đặt một lần cho cả năm), lũy kế (cộng dồn từ đầu năm, không giảm), trong kỳ (chỉ của kỳ báo cáo). Để trống là trong kỳ.',
      example: 'lũy kế',
    },
    compare: { text: 'có: báo cáo so sánh dòng này với cùng kỳ năm trước. Để trống là không.', example: 'có' },
    keyRatioName: { text: 'Chỉ với chỉ tiêu chính: tên của nó trong báo cáo tổng hợp, ở danh sách các đơn vị có tỷ lệ thấp hơn tỷ lệ chung. Để trống thì dùng tên chỉ tiêu.', example: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn' },
    keyRatio: { text: 'Chỉ với tỷ lệ chính mà báo cáo của huyện dùng để xếp các xã: thứ tự của nó (1, 2, 3, …), hoặc “có” để xếp sau các tỷ lệ đã đánh số, theo thứ tự trong trang. Để trống nếu không phải.', example: '1' },
    words: {
      text:
        'Các từ ngữ cán bộ hay dùng để nói về dòng này trong phần thuyết minh, nối bằng “; ”. Khi kiểm tra, con số (hoặc tỷ lệ %) đứng ngay sau (hoặc ngay trước) các từ ngữ này phải khớp với số liệu của dòng (“giải quyết: 998 hồ sơ”, “12 văn bản chỉ đạo”, “giải ngân đạt 80%”); sau “không có”, “không nhận được”… thì dòng phải bằng 0. Dùng “…” giữa hai phần đứng cách nhau trong cùng một câu. Để trống: không kiểm tra dòng này trong thuyết minh.',
      example: 'văn bản chỉ đạo; không chuyên trách … thôn',
    },
    topic: { text: 'Cách câu văn gọi dòng này khi chưa có số liệu; {thôn} thay cho từ đơn vị dùng để gọi thôn, tổ dân phố. Để trống: dùng tên chỉ tiêu.', example: 'số người hoạt động không chuyên trách ở {thôn} có mặt' },
    labelBySuperior: {
      text: 'Tên chỉ tiêu theo nơi của đơn vị, khi biết: {cấp trên} thay cho “huyện”, “tỉnh” (cấp của cơ quan cấp trên); {thôn} thay cho “thôn” hoặc “tổ dân phố” (theo loại đơn vị); {tỉnh} thay cho “tỉnh” hoặc “thành phố” (thành phố trực thuộc trung ương). Để trống: dùng tên chỉ tiêu.',
      example: 'Thực hiện nhiệm vụ của UBND {cấp trên} giao',
    },
    zeroWhen: {
      text: 'Dòng chỉ được bằng 0 khi mọi dòng của một nhóm bằng 0 (chưa giao thì chưa làm). Các dòng trong một nhóm nối bằng “ + ”, các nhóm nối bằng “; ”.',
      example: '6.4.1; 6.4.2',
    },
    notExpectedWhen: { text: 'Không cần điền dòng này khi câu hỏi mã có câu trả lời đã ghi: mã dòng = mã trả lời.', example: '5 = 0' },
  },
  rules: {
    form: { text: 'Số biểu mẫu của dòng được kiểm tra.', example: '1' },
    rows: { text: 'Dòng được kiểm tra; nhiều dòng thì nối bằng “ + ” (so sánh tổng của chúng).', example: '4.2 + 4.3 + 4.4' },
    operator: { text: 'Chọn: <=, <, =, >=, > (so sánh với cột Với hoặc Với số), hoặc “có số liệu” (dòng phải được điền).', example: '<=' },
    against: { text: 'Các dòng ở vế bên kia, nối bằng “ + ”; dòng biểu khác ghi BM7 6.7.1. Để trống khi so với một số.', example: 'BM3 1.1' },
    againstNumber: { text: 'So với một số thay vì các dòng (chỉ điền một trong hai cột Với, Với số).', example: '0' },
    severity: { text: 'lỗi: phải sửa mới lập được báo cáo; cảnh báo: nhắc kiểm tra lại.', example: 'cảnh báo' },
    message: { text: 'Câu thêm vào thông báo cho xã (có thể để trống).', example: 'Số người có mặt thường không vượt số được giao: hãy kiểm tra lại.' },
    id: { text: 'Mã quy tắc trong kết quả kiểm tra: chữ thường không dấu, chữ số, dấu “-”. Để trống: phần mềm tự đặt.', example: 'present-exceeds-assigned' },
    when: { text: 'Chỉ kiểm tra khi câu hỏi mã có câu trả lời đã ghi.', example: '5 = 1' },
  },
  sentences: {
    section: { text: 'Mục của báo cáo có câu này: I.1 … V.', example: 'II.1' },
    order: { text: 'Thứ tự trong mục; các vế của một câu có cùng thứ tự, nối theo thứ tự hàng.', example: '1' },
    form: { text: 'Biểu mẫu có các dòng câu đọc bằng mã dòng.', example: '2' },
    rows: { text: 'Các dòng câu văn đọc, nối bằng “, ”.', example: '1.1, 1.2' },
    template: { text: 'Mẫu câu (xem README, mục “Câu văn”): phần mềm thay số liệu vào và chọn lời theo số liệu.', example: 'Ban hành {r1_1} văn bản.' },
    joiner: { text: 'Chữ nối vế này với vế trước của cùng câu, ghi trong ngoặc kép để thấy dấu cách. Để trống: “; ”.', example: '" và "' },
    when: { text: 'Chỉ viết vế này khi câu hỏi mã có câu trả lời đã ghi.', example: '5 = 1' },
  },
  districtSentences: {
    form: { text: 'Câu văn của báo cáo tổng hợp (cấp huyện, tỉnh) về tổng số liệu của các đơn vị, theo thứ tự hàng. Cột này: biểu mẫu có các dòng câu đọc bằng mã dòng. Trang này có thể bỏ đi: khi đó báo cáo tổng hợp không có câu nào về các tổng.', example: '3' },
    rows: { text: 'Một hoặc hai dòng loại số hay tiền mà câu nêu tổng, nối bằng “, ”.', example: '3.3.1, 3.3.2' },
    ratio: { text: 'Dòng loại tỷ lệ mà câu nêu (có thể để trống).', example: '3.3' },
    topic: { text: 'Câu gọi điều nó nói tới thế nào khi chưa có đơn vị nào báo cáo các số liệu này (“Chưa có đơn vị nào báo cáo số liệu về …”).', example: 'kết quả giải quyết hồ sơ thủ tục hành chính' },
    template: {
      text: 'Mẫu câu (xem README, mục “Câu văn”), không có dấu chấm cuối: {a}, {b} là hai tổng; {r} là lời về tỷ lệ do phần mềm viết (“đạt 95,2%”, kèm so sánh cùng kỳ); {va} là so sánh tổng thứ nhất với cùng kỳ, trong ngoặc (hoặc trống).',
      example: 'Các đơn vị đã giải quyết xong {a} hồ sơ{va}, trong đó {b} hồ sơ đúng hạn; tỷ lệ giải quyết đúng hạn {r}',
    },
  },
} as const satisfies {
  readonly general: readonly { readonly column: string; readonly text: string; readonly example: string }[];
  readonly [sheet: string]: unknown;
};

/** The authoring workbook as laid out and read: extra headers, drop-down prompts, the reader's problems. */
const AUTHORING = {
  identityNote: 'Giải thích',
  validation: {
    title: 'Chọn trong danh sách',
    errorTitle: 'Không có trong danh sách',
    kind: 'Loại của dòng: mục, số, tiền, phần trăm, mã, tỷ lệ hoặc tổng.',
    yesNo: 'có hoặc không; để trống là mặc định.',
    across: 'cố định, kế hoạch năm, lũy kế hoặc trong kỳ; để trống là trong kỳ.',
    operator: '<=, <, =, >=, > hoặc có số liệu.',
    severity: 'lỗi hoặc cảnh báo.',
    error: 'Hãy chọn một giá trị trong danh sách (mũi tên bên phải ô).',
  },
  problems: {
    missingSheet: (sheet: string): string => `Thiếu trang tính “${sheet}”.`,
    noHeaderRow: (sheet: string, headers: readonly string[]): string =>
      `Trang “${sheet}”: không tìm thấy hàng tiêu đề (cần các cột ${headers.map((h) => `“${h}”`).join(', ')}).`,
    missingHeader: (sheet: string, header: string, row: number): string => `Trang “${sheet}”: hàng tiêu đề (hàng ${row}) thiếu cột “${header}”.`,
    missingItem: (item: string): string => `Thiếu mục “${item}”.`,
    required: (header: string): string => `Chưa điền “${header}”.`,
    notNumber: (header: string, text: string): string => `“${header}” cần một số, không phải “${text}”.`,
    notWholeNumber: (header: string, text: string): string => `“${header}” cần một số nguyên, không phải “${text}”.`,
    notDate: (header: string, text: string): string => `“${header}” cần một ngày dạng ngày/tháng/năm, không phải “${text}”.`,
    unknownWord: (header: string, text: string, words: readonly string[]): string =>
      `“${header}”: không hiểu “${text}”; chọn một trong ${words.map((w) => `“${w}”`).join(', ')}.`,
    badLegend: (text: string): string => `Không đọc được chú giải mã “${text}”: mỗi mã ghi “số = nghĩa”, các mã nối bằng “; ” (ví dụ “0 = Chưa; 1 = Hoàn thành”).`,
    badCondition: (header: string, text: string): string => `“${header}”: không đọc được điều kiện “${text}”; ghi mã dòng = mã trả lời (ví dụ “5 = 1”).`,
    unknownForm: (form: number, sheet: string): string => `${COMMON_TEXT.formName(form)} không có ở trang “${sheet}”.`,
    bothAgainst: (rows: string, number: string): string => `Chỉ điền một trong hai cột “${rows}” và “${number}”.`,
    tooLarge: (sheet: string, rows: number, columns: number): string =>
      `Trang “${sheet}” quá lớn: chỉ đọc tối đa ${rows} hàng và ${columns} cột.`,
  },
} as const;

/** `cchc forms export`: help, progress and its one-line errors. */
const EXPORT_COMMAND = {
  summary: 'ghi bộ biểu mẫu (bộ có sẵn, hoặc bộ cho ở --forms) thành sổ Excel để soạn, hoặc thành tệp JSON',
  out: 'tệp sẽ tạo: .xlsx (sổ soạn bộ biểu mẫu), hoặc .json với --json (bắt buộc)',
  json: 'ghi dạng JSON thay vì sổ Excel',
  forms: 'bộ biểu mẫu xuất ra (sổ .xlsx hoặc tệp .json); không có thì xuất bộ có sẵn',
  force: 'cho phép ghi đè tệp đã có',
  exit: '0 đã ghi; 2 không đọc được bộ biểu mẫu, tệp đã có hoặc dùng sai lệnh',
  outMustBeJson: (file: string): string => `với --json, tên tệp ra phải có đuôi .json (đã cho: ${file})`,
  wrote: (file: string): string => `Đã ghi bộ biểu mẫu: ${file}`,
  /** "'Chỉ tiêu'!F3: …" — one problem at its place. */
  problemAt: (place: string, message: string): string => (place ? `${place}: ${message}` : message),
  setUnreadable: (file: string, problems: readonly string[]): string =>
    `${file}: không đọc được bộ biểu mẫu (${problems.length} vấn đề) — ${problems.join('; ')}`,
} as const;

/** The hidden sheet a workbook laid out with a set keeps it in. */
const CARRIED = {
  sheet: 'Bộ biểu mẫu',
  what: 'Bộ biểu mẫu mà sổ này dùng. Không sửa trang này: công cụ đọc nó để kiểm tra và lập báo cáo.',
  idLabel: 'Mã bộ biểu mẫu',
  versionLabel: 'Phiên bản',
  checkLabel: 'Mã kiểm tra',
  partsLabel: 'Số phần',
  partLabel: (i: number): string => `Phần ${i}`,
  damaged: (id: string): string =>
    `Bộ biểu mẫu “${id}” lưu trong sổ (trang ẩn “Bộ biểu mẫu”) đã bị sửa hoặc không còn đủ; hãy Lập biểu mẫu lại với bộ biểu mẫu của tỉnh.`,
} as const;

/** Which set a command follows. */
const CHOOSE = {
  label: (id: string, version: number): string => `“${id}” phiên bản ${version}`,
  workbookOfOther: (carried: string, given: string): string =>
    `Sổ này được lập theo bộ biểu mẫu ${carried}, không phải bộ ${given} đã chỉ. Bỏ --forms để dùng bộ của sổ, hoặc Lập biểu mẫu lại với bộ mới.`,
  dataOfOther: (named: string, given: string): string => `Số liệu này theo bộ biểu mẫu ${named}, không phải bộ ${given} đã chỉ.`,
  dataNeedsSet: (named: string): string => `Số liệu này theo bộ biểu mẫu ${named}; hãy chỉ tệp của bộ đó bằng --forms.`,
  /** An earlier report (--previous, --compare) as data of a set that is neither the built-in one nor the current report's. */
  earlierNeedsSet: (named: string): string =>
    `Số liệu kỳ trước này theo bộ biểu mẫu ${named}, không phải bộ có sẵn hay bộ của báo cáo đang lập, nên không đọc được; hãy dùng sổ .xlsx của kỳ đó (sổ mang theo bộ biểu mẫu của nó).`,
} as const;

/** `--forms S` on the report commands, the rejection of another set's file, and `upgrade --forms`. */
const OPTION = {
  /** The help line of `--forms S` on template, check, export, report, consolidate and upgrade. */
  help: 'bộ biểu mẫu của tỉnh (sổ soạn thảo .xlsx hoặc tệp .json); không cần với sổ đã lập theo bộ đó (sổ mang theo bộ của nó)',
  upgradeHelp: 'phiên bản mới hơn của bộ biểu mẫu mà sổ đang dùng (sổ .xlsx hoặc tệp .json): sổ được lập lại theo phiên bản này',
  upgradeOtherId: (file: string, carried: string, given: string): string =>
    `${file}: sổ được lập theo bộ biểu mẫu ${carried}; bộ ${given} là bộ khác, không phải phiên bản mới của nó. Hãy Lập biểu mẫu mới với bộ đó.`,
  upgradeOlder: (file: string, carried: string, given: string): string =>
    `${file}: sổ đang dùng bộ biểu mẫu ${carried}, mới hơn bộ ${given} đã chỉ; không hạ phiên bản. Tệp không bị thay đổi.`,
  upgradeCurrent: (file: string, carried: string): string => `${file}: sổ đã dùng bộ biểu mẫu ${carried}, không cần nâng cấp; tệp không bị thay đổi.`,
  upgraded: (file: string, from: string, to: string, kept: number): string => `Đã chuyển ${file} từ bộ biểu mẫu ${from} sang ${to}, giữ ${kept} ô số liệu đã nhập.`,
  /** Values whose row the new version no longer has: the heading, then one line each. */
  orphansTitle: (n: number, sheet: string): string =>
    `${n} giá trị không còn dòng trong phiên bản mới (không bị xóa: đã chép sang trang “${sheet}” của sổ để xem và chuyển tay nếu cần):`,
  orphanLine: (form: number, key: string, label: string, value: string): string =>
    key === '' ? `  ${COMMON_TEXT.formName(form)}, ${label}: ${value}` : `  ${COMMON_TEXT.formName(form)}, dòng ${key} (${label}): ${value}`,
  /** What a clerk typed in a cell the old set's layout left free (below its table) and the new set's table takes over: kept, not taken as the new row's entry. */
  strayLabel: (a1: string): string => `Ô ${a1}: nội dung đã gõ ngoài bảng của bộ cũ, ở chỗ bộ mới ghi lại khi lập biểu mẫu`,
  /** The visible sheet keeping them. */
  orphansSheet: 'Giá trị không còn dòng',
  orphansIntro: (from: string, to: string): string =>
    `Khi chuyển sổ từ bộ biểu mẫu ${from} sang ${to}, các giá trị dưới đây không còn dòng nào để ghi. Chúng được giữ ở đây để xem và chuyển tay nếu cần; công cụ không đọc trang này.`,
  orphansHeaders: ['Biểu mẫu', 'Mã dòng', 'Chỉ tiêu (phiên bản cũ)', 'Giá trị', 'Ghi chú'] as const,
} as const;

/** The pane's "Bộ biểu mẫu" line, its chooser and what choosing a set does (Excel, Word, the standalone page). */
const PANE = {
  title: 'Bộ biểu mẫu',
  hint: 'Bộ biểu mẫu quyết định các biểu mẫu, chỉ tiêu, quy tắc kiểm tra và câu văn của báo cáo. Sổ đã lập mang theo bộ của nó.',
  /** The line: the set's name, identity and issuing body. */
  line: (name: string, label: string, issuer: string | null): string => `${name} (${label})${issuer ? `, ${issuer}` : ''}`,
  /** Before a file is opened (Word, the standalone page): the set the file carries is shown once read. */
  lineUnknown: 'chưa mở tệp nào',
  builtinName: 'Bộ biểu mẫu có sẵn (Phụ lục 01)',
  chooseLabel: 'Chọn bộ biểu mẫu…',
  fromFile: 'Từ tệp (sổ soạn thảo .xlsx hoặc .json)…',
  shippedGroup: 'Bộ biểu mẫu của tỉnh',
  reading: (file: string): string => `Đang đọc bộ biểu mẫu ${file}…`,
  notFormSet: (file: string): string =>
    `${file}: không phải bộ biểu mẫu (sổ soạn thảo .xlsx có các trang “Thông tin”, “Biểu mẫu”, “Chỉ tiêu”…; tệp .json có trường “formSetVersion” và “forms”).`,
  unreadable: (file: string): string => `${file}: không đọc được tệp (hỏng, hoặc không phải sổ Excel .xlsx hay tệp .json).`,
  problems: (file: string, n: number): string => `${file}: ${n} vấn đề, cần sửa trước khi dùng bộ biểu mẫu này (sổ không bị thay đổi):`,
  problemLine: (place: string | null, message: string): string => (place === null ? message : `${place}: ${message}`),
  /** Excel: the workbook laid out with the chosen set. */
  laidOut: (label: string, sheets: number, kept: number): string => `Đã lập sổ theo bộ biểu mẫu ${label}: ${sheets} trang tính, giữ ${kept} ô số liệu đã nhập.`,
  moved: (from: string, to: string, kept: number): string => `Đã chuyển sổ từ bộ biểu mẫu ${from} sang ${to}, giữ ${kept} ô số liệu đã nhập.`,
  older: (carried: string, chosen: string): string =>
    `Sổ đang dùng bộ biểu mẫu ${carried}, mới hơn bộ ${chosen} đã chọn; không hạ phiên bản. Sổ không bị thay đổi.`,
  /** Word and the standalone page: the set is known from now on, for data that names it. */
  known: (label: string): string => `Đã chọn bộ biểu mẫu ${label}: tệp số liệu theo bộ này sẽ đọc được.`,
  dataNeedsSet: (file: string, named: string): string =>
    `${file}: số liệu theo bộ biểu mẫu ${named}; hãy chọn bộ đó ở “Chọn bộ biểu mẫu…” rồi mở lại tệp.`,
  damaged: (file: string, message: string): string => `${file}: ${message}`,
  /** `ADDIN_FORMS=dir npm run build`: what stops the build (said to whoever builds the province's deployment). */
  shipFailed: (dir: string, lines: readonly string[]): string => `Không đóng gói được bộ biểu mẫu của thư mục ${dir} (ADDIN_FORMS):\n${lines.join('\n')}`,
  shipProblems: (file: string, n: number): string => `${file}: ${n} vấn đề, cần sửa trước khi đóng gói:`,
  shipNone: (dir: string): string => `${dir}: không có tệp bộ biểu mẫu nào (.xlsx hoặc .json).`,
  shipTwice: (label: string, files: readonly string[]): string => `bộ biểu mẫu ${label} có trong nhiều tệp: ${files.join(', ')}; mỗi bộ và phiên bản chỉ đóng gói một lần.`,
} as const;

export const FORMSET_TEXT = {
  pane: PANE,
  option: OPTION,
  sheets: SHEETS,
  headers: HEADERS,
  words: WORDS,
  carried: CARRIED,
  choose: CHOOSE,
  check: CHECK,
  shape: SHAPE,
  cli: CLI,
  guide: GUIDE,
  authoring: AUTHORING,
  exportCommand: EXPORT_COMMAND,
} as const;
