// Vietnamese texts of the workbook reader: header problems and the "not our template" error.
import type { InfoField } from '../layout/names';
import { LAYOUT_TEXT } from './layout';

/**
 * Field name as a message quotes it: the label in full as the sheet shows it (“Căn cứ (văn bản yêu cầu báo cáo)”, so a
 * person finds the row by it), without its "(*)" mark only.
 */
const fieldName = (field: InfoField): string => LAYOUT_TEXT.infoFieldLabels[field].replace(/\s*\(\*\)$/, '');

export const READ_TEXT = {
  missing: (field: InfoField): string => `Thông tin chung: chưa nhập “${fieldName(field)}”.`,
  invalidUnitKind: (got: string): string =>
    `Thông tin chung: loại đơn vị “${got}” không hợp lệ; chọn một trong: xã, phường, thị trấn, đặc khu.`,
  invalidPeriod: (got: string): string =>
    `Thông tin chung: kỳ báo cáo “${got}” không hợp lệ; chọn một trong: Quý I, 6 tháng đầu năm, Quý III, Năm.`,
  invalidYear: (got: string): string => `Thông tin chung: năm báo cáo “${got}” không hợp lệ; nhập năm gồm 4 chữ số, từ 2000 đến 2100.`,
  invalidDate: (field: InfoField, got: string): string =>
    `Thông tin chung: “${fieldName(field)}” là “${got}”, không phải một ngày có thật; viết theo dạng ngày/tháng/năm, ví dụ 08/06/2026.`,
  invalidText: (field: InfoField, got: string): string => `Thông tin chung: “${fieldName(field)}” có giá trị “${got}” không hợp lệ.`,
  invalidSignerForm: (got: string): string =>
    `Thông tin chung: hình thức ký “${got}” không hợp lệ; chọn một trong: TM., KT., Q., TL.`,
  signerIncomplete: (field: InfoField): string =>
    `Thông tin chung: đã nhập người ký nhưng chưa nhập “${fieldName(field)}”.`,
  notTemplate: 'Tệp này không phải mẫu báo cáo CCHC: không tìm thấy các ô có tên (BM1_1, TTC_unit, …) của mẫu.',
  /** A workbook refused for its size (issue 13: a zip bomb is refused before it costs memory). */
  fileTooLarge: (mib: number, limitMib: number): string =>
    `Tệp nặng ${mib.toFixed(0)} MiB, quá giới hạn ${limitMib} MiB của một sổ báo cáo (sổ thật chỉ vài chục KiB): không đọc, vì có thể là tệp hỏng hoặc tệp độc hại.`,
  partTooLarge: (part: string, limitMib: number): string =>
    `Phần “${part}” của sổ khi giải nén vượt quá ${limitMib} MiB, lớn hơn nhiều so với mọi sổ báo cáo thật: không đọc, vì có thể là tệp hỏng hoặc “bom nén” (zip bomb).`,
  totalTooLarge: (limitMib: number): string =>
    `Các phần của sổ khi giải nén vượt quá ${limitMib} MiB cộng lại, lớn hơn nhiều so với mọi sổ báo cáo thật: không đọc, vì có thể là tệp hỏng hoặc “bom nén” (zip bomb).`,
  tooManyEntries: (count: number, limit: number): string =>
    `Tệp nén gồm ${count} phần, quá giới hạn ${limit} phần (một sổ báo cáo chỉ có vài chục): không đọc, vì có thể là tệp hỏng hoặc tệp độc hại.`,
  newerTemplate: (got: string, ours: string): string =>
    `Tệp được tạo bằng mẫu phiên bản ${got}, mới hơn phiên bản ${ours} mà phần mềm này đọc được; hãy cập nhật phần mềm.`,
  unknownTemplate: (got: string, ours: string): string =>
    `Ô “Phiên bản mẫu” (trang Thông tin chung) ghi “${got}”, không phải phiên bản nào của mẫu báo cáo CCHC (phần mềm này đọc các phiên bản từ 1 đến ${ours}); tệp không được đọc để tránh đọc nhầm số liệu.`,
} as const;
