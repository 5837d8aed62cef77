// Vietnamese texts of form sets: the authoring workbook's sheets, headers and words (CONTRACTS.md "Form sets"), and the set checker's problems.

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

export const FORMSET_TEXT = {
  sheets: SHEETS,
  headers: HEADERS,
  words: WORDS,
} as const;
