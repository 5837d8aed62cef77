// Carrying the standing rows over from the commune's previous report: refusals, the note on a carried cell, and each host's words for it.
import type { Period } from '../data/types';

const NOTE_PREFIX = 'Lấy từ báo cáo kỳ trước';
const NOTE_VALUE_MARKER = 'Số đã lấy: ';

export const CARRY_TEXT = {
  /** Starts every note on a carried cell: how the note is recognised as ours when it is read back. */
  notePrefix: NOTE_PREFIX,
  /** Precedes the value recorded in the note, always last: what the cell held when carried. */
  noteValueMarker: NOTE_VALUE_MARKER,
  /** The whole note: where the value came from, what to do, and the value as carried (compared later to tell an edited cell). */
  note: (from: string, shown: string): string =>
    `${NOTE_PREFIX} (${from}): kiểm tra lại và sửa nếu đã thay đổi. Ghi chú này được xóa ở lần Kiểm tra (hoặc lần lấy số liệu kỳ trước) sau khi ô đã được sửa. ${NOTE_VALUE_MARKER}${shown}`,
  /** "Quý I năm 2025", "6 tháng đầu năm 2025", "năm 2025": the labels "6 tháng đầu năm" and "Năm" already end with the word "năm". */
  periodOf: (period: Period, year: number): string =>
    period === 'Q1' ? `Quý I năm ${year}` : period === 'Q3' ? `Quý III năm ${year}` : period === 'H1' ? `6 tháng đầu năm ${year}` : `năm ${year}`,
  otherUnit: (previous: string, target: string): string =>
    `Báo cáo kỳ trước là của ${previous}, không phải của ${target}: không lấy số liệu từ báo cáo của đơn vị khác.`,
  notEarlier: (previous: string, target: string): string =>
    `Báo cáo đã chọn (${previous}) không trước kỳ đang lập (${target}): chỉ lấy số liệu từ một báo cáo của kỳ trước.`,
  previousIncomplete:
    'Báo cáo kỳ trước thiếu thông tin chung (tên đơn vị, loại đơn vị, cơ quan cấp trên, kỳ hoặc năm báo cáo): không biết đó là báo cáo của đơn vị nào, kỳ nào.',
  /** What was done, for every host. */
  done: (cells: number, from: string, noted = true): string =>
    cells === 0
      ? `Không có ô nào để lấy từ báo cáo ${from}: các ô cần lấy đã có số liệu hoặc báo cáo đó để trống.`
      : noted
        ? `Đã lấy ${cells} ô từ báo cáo ${from}; mỗi ô có ghi chú để kiểm tra lại.`
        : `Đã lấy ${cells} ô từ báo cáo ${from}.`,
  /** Notes removed because the cell was edited since it was carried. */
  notesCleared: (n: number): string => `Đã xóa ghi chú của ${n} ô đã được sửa sau khi lấy.`,
  cli: {
    previous:
      'báo cáo kỳ trước của xã (tệp .xlsx hoặc dữ liệu .json): lấy các dòng không đổi sang kỳ mới; nếu tệp --out đã có, số đã nhập trong đó được giữ nguyên và chỉ ô trống được điền (trừ khi có --force)',
  },
  pane: {
    button: 'Lấy số liệu kỳ trước',
    hint: 'Chọn tệp báo cáo kỳ trước của xã (.xlsx hoặc .json): các dòng không đổi được điền vào ô còn trống.',
    notesUnsupported: 'Phiên bản Excel này không thêm được ghi chú vào ô (cần Excel API 1.18): số liệu đã được lấy nhưng không có ghi chú đánh dấu; hãy kiểm tra lại các dòng không đổi.',
  },
  sheets: {
    menuItem: 'Lấy số liệu kỳ trước',
    promptTitle: 'Lấy số liệu kỳ trước',
    prompt: 'Dán đường liên kết (URL) của bảng tính báo cáo kỳ trước của xã:',
    badLink: 'Không mở được bảng tính từ đường liên kết này: kiểm tra lại đường liên kết và quyền xem bảng tính.',
    locked: (sheets: readonly string[]): string =>
      `Chưa lấy được số liệu kỳ trước: bạn không có quyền sửa trang đã khóa ${sheets.join(', ')}. Nhờ người đã lập biểu mẫu hoặc chủ bảng tính thêm bạn vào người được sửa (Dữ liệu › Bảo vệ trang tính và dải ô). Bảng tính chưa bị thay đổi.`,
  },
} as const;
