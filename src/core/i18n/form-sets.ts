// Vietnamese texts of form sets: the authoring workbook's sheets, headers and words (CONTRACTS.md "Form sets"), and the set checker's problems.
import { COMMON_TEXT } from './common';

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
  rules: { form: 'Biểu mẫu', rows: 'Mã dòng', operator: 'So sánh', against: 'Với', againstNumber: 'Với số', severity: 'Mức', message: 'Thông báo', id: 'Mã quy tắc', when: 'Khi' },
  sentences: { section: 'Mục', order: 'Thứ tự', rows: 'Dòng', template: 'Câu', form: 'Biểu mẫu', joiner: 'Nối', when: 'Khi' },
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
    keyRatio: { text: 'Chỉ với tỷ lệ chính mà báo cáo của huyện dùng để xếp các xã: thứ tự của nó (1, 2, 3, …). Để trống nếu không phải.', example: '1' },
    words: { text: 'Các từ ngữ cán bộ hay dùng để nói về dòng này trong phần thuyết minh, nối bằng “; ”.', example: 'văn bản chỉ đạo; công văn chỉ đạo' },
    topic: { text: 'Cách câu văn gọi dòng này khi chưa có số liệu; {thôn} thay cho từ đơn vị dùng để gọi thôn, tổ dân phố. Để trống: dùng tên chỉ tiêu.', example: 'số người hoạt động không chuyên trách ở {thôn} có mặt' },
    labelBySuperior: { text: 'Tên chỉ tiêu khi biết cấp trên của đơn vị; {cấp trên} thay cho “huyện”, “tỉnh”. Để trống: dùng tên chỉ tiêu.', example: 'Thực hiện nhiệm vụ của UBND {cấp trên} giao' },
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

export const FORMSET_TEXT = {
  sheets: SHEETS,
  headers: HEADERS,
  words: WORDS,
  guide: GUIDE,
  authoring: AUTHORING,
  exportCommand: EXPORT_COMMAND,
} as const;
