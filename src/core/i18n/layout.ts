// Vietnamese texts of the workbook layout: sheet titles, table headers, header-field labels, input prompts.
import type { InfoField } from '../layout/names';
import { COMMON_TEXT } from './common';

const INFO_DEFAULTS: Readonly<Partial<Record<InfoField, string>>> = {
  unitKind: 'xã',
  signerForm: 'TM.',
  signerBody: 'ỦY BAN NHÂN DÂN',
  signerTitle: 'CHỦ TỊCH',
};

export const LAYOUT_TEXT = {
  /** Row 3 of a form sheet (row 1 is the form's name, COMMON_TEXT.formName). */
  formResultLine: 'Kết quả thống kê',

  /** The official five columns of every form table. */
  formTableHeaders: ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số lượng/Tỷ lệ', 'Ghi chú'] as const,

  infoSheetTitle: 'THÔNG TIN CHUNG CỦA BÁO CÁO',
  infoSheetHint:
    'Nhập thông tin vào cột “Giá trị” (ô nền vàng). Các dòng có dấu (*) là bắt buộc. Ngày viết theo dạng ngày/tháng/năm, ví dụ 08/06/2026.',
  infoTableHeaders: ['Thông tin', 'Giá trị', 'Hướng dẫn'] as const,

  /** Label of each header field on `Thông tin chung`; (*) marks the fields the report cannot do without. */
  infoFieldLabels: {
    unit: 'Tên đơn vị báo cáo (*)',
    unitKind: 'Loại đơn vị (*)',
    superior: 'Cơ quan cấp trên nhận báo cáo (*)',
    province: 'Tỉnh, thành phố',
    period: 'Kỳ báo cáo (*)',
    year: 'Năm báo cáo (*)',
    reportNumber: 'Số báo cáo',
    date: 'Ngày báo cáo',
    place: 'Địa danh ghi ở dòng ngày tháng',
    dataFrom: 'Số liệu tính từ ngày',
    dataTo: 'Số liệu tính đến ngày',
    basis: 'Căn cứ (văn bản yêu cầu báo cáo)',
    signerForm: 'Hình thức ký (TM., KT., Q., TL.)',
    signerBody: 'Cơ quan ký thay mặt',
    signerTitle: 'Chức vụ người ký',
    signerName: 'Họ và tên người ký',
    recipients: 'Nơi nhận (mỗi nơi một dòng)',
    formerUnits: 'Đơn vị cũ đã sáp nhập vào đơn vị (mỗi đơn vị một dòng)',
  } satisfies Readonly<Record<InfoField, string>>,

  /** What to type in each header field (column C of `Thông tin chung`). */
  infoFieldHints: {
    unit: 'Tên riêng, không kèm chữ “xã”, “phường”. Ví dụ: Hòa Phong',
    unitKind: 'Chọn: xã, phường, thị trấn hoặc đặc khu',
    superior: 'Viết như trên văn bản. Ví dụ: UBND tỉnh Quảng Ngãi',
    province: 'Ví dụ: Quảng Ngãi',
    period: 'Chọn: Quý I, 6 tháng đầu năm, Quý III hoặc Năm',
    year: 'Ví dụ: 2026',
    reportNumber: 'Ví dụ: 45/BC-UBND (để trống nếu chưa lấy số)',
    date: 'Ngày/tháng/năm, ví dụ: 08/06/2026',
    place: 'Để trống thì dùng tên đơn vị',
    dataFrom: 'Ngày/tháng/năm; để trống thì tính theo Nghị định 09/2019/NĐ-CP',
    dataTo: 'Ngày/tháng/năm; để trống thì tính theo Nghị định 09/2019/NĐ-CP',
    basis: 'Ví dụ: Công văn số …/… ngày … của … về việc …',
    signerForm: 'TM.: thay mặt Ủy ban; KT.: ký thay Chủ tịch (in thêm dòng TM. ở trên); Q.: quyền Chủ tịch; TL.: thừa lệnh Chủ tịch',
    signerBody: 'Ví dụ: ỦY BAN NHÂN DÂN (loại đơn vị được ghép vào khi in)',
    signerTitle: 'Ví dụ: CHỦ TỊCH, PHÓ CHỦ TỊCH',
    signerName: 'Ví dụ: Trần Văn Minh',
    recipients: 'Mỗi nơi nhận một dòng (Alt+Enter để xuống dòng); dòng cuối: Lưu: VT, …',
    formerUnits: 'Các xã, phường, thị trấn cũ đã sáp nhập vào đơn vị này, mỗi đơn vị một dòng. Ví dụ: xã Thái Học. Thuyết minh nhắc đến các đơn vị này không bị coi là chép từ đơn vị khác',
  } satisfies Readonly<Record<InfoField, string>>,

  /** Values a new, empty template starts with, so that the usual case needs no typing. */
  infoDefaults: INFO_DEFAULTS,

  templateVersionLabel: 'Phiên bản mẫu',
  templateVersionHint: 'Do phần mềm ghi, không sửa ô này',

  narrativeSheetTitle: 'THUYẾT MINH BÁO CÁO',
  narrativeSheetHint:
    'Nhập nội dung tự viết của từng mục vào cột “Nội dung”. Các câu có số liệu được tạo tự động từ Biểu mẫu 1–7, không cần nhập lại.',
  narrativeTableHeaders: ['Mục', 'Nội dung'] as const,

  /** Texts of the data-validation prompt and error box of each kind of input cell (Excel: title ≤ 32, text ≤ 225 characters). */
  validation: {
    count: {
      promptTitle: 'Số nguyên không âm',
      prompt: 'Nhập số nguyên từ 0 trở lên. Chưa có số liệu thì để trống: ô trống không được tính là 0.',
      errorTitle: 'Giá trị không hợp lệ',
      error: 'Ô này chỉ nhận số nguyên từ 0 trở lên (không nhập chữ, số âm hay số lẻ).',
    },
    money: {
      promptTitle: 'Số tiền (triệu đồng)',
      prompt: 'Nhập số tiền tính bằng triệu đồng, từ 0 trở lên, được có phần thập phân. Chưa có số liệu thì để trống.',
      errorTitle: 'Giá trị không hợp lệ',
      error: 'Ô này chỉ nhận số tiền (triệu đồng) từ 0 trở lên.',
    },
    percent: {
      promptTitle: 'Tỷ lệ phần trăm',
      prompt: 'Nhập tỷ lệ % từ 0 đến 100, tối đa một chữ số thập phân. Chưa có số liệu thì để trống.',
      errorTitle: 'Giá trị không hợp lệ',
      error: 'Ô này chỉ nhận tỷ lệ % từ 0 đến 100.',
    },
    year: {
      promptTitle: 'Năm báo cáo',
      prompt: 'Nhập năm gồm 4 chữ số, ví dụ 2026.',
      errorTitle: 'Năm không hợp lệ',
      error: 'Năm báo cáo phải là số từ 2000 đến 2100.',
    },
    period: {
      promptTitle: 'Kỳ báo cáo',
      prompt: 'Chọn kỳ báo cáo trong danh sách.',
      errorTitle: 'Kỳ báo cáo không hợp lệ',
      error: 'Chỉ chọn một kỳ trong danh sách: Quý I, 6 tháng đầu năm, Quý III, Năm.',
    },
    signerForm: {
      promptTitle: 'Hình thức ký',
      prompt: 'Chọn: TM. (thay mặt), KT. (ký thay), Q. (quyền), TL. (thừa lệnh).',
      errorTitle: 'Hình thức ký không hợp lệ',
      error: 'Chỉ chọn một hình thức trong danh sách: TM., KT., Q., TL.',
    },
    unitKind: {
      promptTitle: 'Loại đơn vị',
      prompt: 'Chọn loại đơn vị hành chính trong danh sách.',
      errorTitle: 'Loại đơn vị không hợp lệ',
      error: 'Chỉ chọn một loại trong danh sách: xã, phường, thị trấn, đặc khu.',
    },
    date: {
      promptTitle: 'Ngày (ngày/tháng/năm)',
      prompt: 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 08/06/2026.',
      errorTitle: 'Ngày không hợp lệ',
      error: 'Ngày viết theo dạng ngày/tháng/năm, tối đa 10 ký tự, ví dụ 08/06/2026.',
    },
    /** A code cell: the legend comes from the form definition ("Có = 1; Không = 0"). */
    code: {
      promptTitle: 'Chọn mã',
      prompt: (legend: string): string => `Chọn một mã trong danh sách: ${legend}. Chưa có số liệu thì để trống.`,
      errorTitle: 'Mã không hợp lệ',
      error: (legend: string, codes: readonly number[]): string => `Chỉ nhận một trong các mã: ${codes.join(', ')} (${legend}).`,
    },
  },

  /** Errors of the planner itself (a form definition that refers to a missing row): a bug, never the user's input. */
  errors: {
    unknownRow: (form: number, key: string): string => `${COMMON_TEXT.formName(form)} không có dòng ${key}`,
    outsideSheet: (sheet: string, row: number, col: number): string => `Ô ngoài vùng của trang ${sheet}: (${row}, ${col})`,
    badAddress: (a1: string): string => `Địa chỉ ô không hợp lệ: ${a1}`,
  },
} as const;
