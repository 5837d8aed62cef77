// Texts of the Google Sheets build: menu, sidebar, dialogs and the help page.

/** A headed part of the help page. */
type HelpSection = {
  readonly heading: string;
  readonly paragraphs: readonly string[];
};

/** The help page (CCHC › Hướng dẫn): headed paragraphs. */
const HELP: readonly HelpSection[] = [
  {
    heading: 'Bước 1. Lập biểu mẫu',
    paragraphs: [
      'Chọn CCHC › Lập biểu mẫu. Bảng tính có các trang: Thông tin chung, Biểu mẫu 1 đến Biểu mẫu 7 và Thuyết minh.',
      'Chỉ nhập vào các ô tô màu ở cột Số lượng/Tỷ lệ và cột Ghi chú; các ô tỷ lệ và tổng được tính tự động.',
      'Chạy lại Lập biểu mẫu bất cứ lúc nào: số liệu đã nhập được giữ nguyên.',
      'Bảng tính lập bằng mẫu phiên bản cũ được Lập biểu mẫu nâng cấp lên mẫu hiện hành, số liệu đã nhập được chuyển sang đúng ô của từng chỉ tiêu. Bảng tính lập bằng mẫu phiên bản mới hơn thì không đọc được: hãy cập nhật phần mềm.',
    ],
  },
  {
    heading: 'Bước 2. Kiểm tra',
    paragraphs: [
      'Chọn CCHC › Kiểm tra. Danh sách lỗi, cảnh báo hiện ở khung bên phải; bấm vào một dòng để tới ô cần sửa.',
      'Ô có lỗi được tô đỏ, ô có cảnh báo được tô vàng, kèm ghi chú. Lần kiểm tra sau sẽ xóa các dấu cũ.',
      'Ô để trống nghĩa là chưa báo cáo, không phải số 0.',
    ],
  },
  {
    heading: 'Bước 3. Tạo báo cáo',
    paragraphs: [
      'Chọn CCHC › Tạo báo cáo. Khi không còn lỗi, báo cáo được tạo thành Google Tài liệu và tệp Word (.docx) trong cùng thư mục với bảng tính (hoặc trong Drive của tôi nếu bạn không được thêm tệp vào thư mục đó).',
      'Các câu có số liệu được sinh từ biểu mẫu; phần nhận định, phương hướng, kiến nghị lấy từ trang Thuyết minh.',
    ],
  },
  {
    heading: 'Lần chạy đầu tiên',
    paragraphs: [
      'Google sẽ hỏi quyền: xem và sửa bảng tính, tạo tài liệu, lưu tệp vào Drive, kết nối tới Google Tài liệu để xuất tệp Word, hiện khung bên phải. Chọn tài khoản, Nâng cao, rồi Cho phép.',
    ],
  },
];

export const GAS_TEXT = {
  /** The CCHC menu of the spreadsheet. */
  menu: {
    title: 'CCHC',
    layout: 'Lập biểu mẫu',
    check: 'Kiểm tra',
    report: 'Tạo báo cáo',
    help: 'Hướng dẫn',
  },

  appTitle: 'Báo cáo cải cách hành chính',
  layoutDone: (sheets: number) => `Đã lập ${sheets} trang tính. Số liệu đã nhập được giữ nguyên.`,
  layoutKeptValues: (n: number) => `Giữ lại ${n} ô đã nhập.`,
  layoutUpgraded: (from: string, to: string) =>
    `Đã nâng cấp từ mẫu phiên bản ${from} lên phiên bản ${to}; số liệu đã nhập được chuyển sang đúng ô của từng chỉ tiêu.`,
  checkTitle: 'Kết quả kiểm tra',
  checkSummary: (errors: number, warnings: number, infos: number) =>
    `${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`,
  checkClean: 'Không có lỗi hay cảnh báo nào.',
  checkHint: 'Bấm vào một dòng để chuyển tới ô có vấn đề.',
  marksSkipped: (cells: number) =>
    `${cells} ô có vấn đề nằm trong vùng đã khóa mà bạn không có quyền sửa nên không được tô màu; các ô đó vẫn có trong danh sách.`,
  severityHeading: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  reportTitle: 'Tạo báo cáo',
  reportRefused: (errors: number) =>
    `Chưa tạo được báo cáo: số liệu còn ${errors} lỗi. Sửa các lỗi dưới đây rồi chọn lại CCHC › Tạo báo cáo.`,
  reportDone: 'Đã tạo báo cáo trong cùng thư mục với bảng tính.',
  reportDocLink: 'Mở báo cáo (Google Tài liệu)',
  reportDocxLink: 'Tải tệp Word (.docx)',
  reportDocxFailed: (code: number) =>
    `Đã tạo Google Tài liệu nhưng chưa xuất được tệp .docx (mã lỗi ${code}). Có thể mở tài liệu rồi chọn Tệp › Tải xuống › Microsoft Word.`,
  reportDocName: (unit: string, subject: string, stamp: string) => `Báo cáo CCHC ${unit} - ${subject} (${stamp})`,
  reportDraftSuffix: ' - DỰ THẢO',
  notLaidOut:
    'Bảng tính chưa có biểu mẫu hoặc đã bị sửa mất tên vùng. Chọn CCHC › Lập biểu mẫu để lập lại (số liệu đã nhập được giữ nguyên).',
  badHeader: 'Thông tin chung chưa đủ để tạo báo cáo:',
  cellNotFound: (ref: string) => `Không tìm thấy ô ${ref}.`,
  failed: (detail: string) => `Không thực hiện được: ${detail}`,
  close: 'Đóng',
  notePrefix: 'CCHC',
  protectionDescription: (sheet: string) => `${sheet}: chỉ nhập vào các ô số liệu và cột Ghi chú.`,
  protectedByOthers: (sheets: readonly string[]) =>
    `Chưa lập lại được biểu mẫu: bạn không có quyền sửa trang đã khóa ${sheets.join(', ')}. Nhờ người đã lập biểu mẫu hoặc chủ bảng tính chạy CCHC › Lập biểu mẫu, hoặc thêm bạn vào người được sửa (Dữ liệu › Bảo vệ trang tính và dải ô). Bảng tính chưa bị thay đổi.`,
  reportInMyDrive:
    'Bạn không có quyền thêm tệp vào thư mục chứa bảng tính, nên báo cáo được lưu trong Drive của tôi (My Drive) của bạn; có thể chuyển sang thư mục đó khi được cấp quyền.',
  formulaOverwritten: (label: string) =>
    `Ô tính tự động "${label}" đã bị gõ đè, không còn công thức. Chọn CCHC › Lập biểu mẫu để khôi phục công thức (số liệu đã nhập được giữ nguyên).`,
  computedCellHelp: 'Ô này được tính tự động, không gõ vào.',
  namesBroken: (names: readonly string[]) =>
    `Chưa lập lại được biểu mẫu: tên vùng ${names.join(', ')} đang trỏ tới trang đã bị xóa (#REF!). Xóa các tên đó ở Dữ liệu › Dải ô được đặt tên rồi chạy lại CCHC › Lập biểu mẫu. Bảng tính chưa bị thay đổi.`,
  rangesProtectedByOthers: (sheets: readonly string[]) =>
    `Chưa lập lại được biểu mẫu: trang ${sheets.join(', ')} có vùng được người khác bảo vệ mà bạn không có quyền sửa. Nhờ chủ bảng tính gỡ bảo vệ vùng đó (Dữ liệu › Bảo vệ trang tính và dải ô) rồi chạy lại. Bảng tính chưa bị thay đổi.`,

  help: HELP,
} as const;
