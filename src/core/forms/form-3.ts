// Biểu mẫu 3 — Cải cách thủ tục hành chính (3.1 and 3.2 belong to the province and district versions).
import { count, ratio, section } from './row-builders';
import type { FormDef } from './types';

export const FORM_3: FormDef = {
  number: 3,
  title: 'Cải cách thủ tục hành chính',
  rows: [
    section('1', 'Thống kê TTHC', 'Thủ tục'),
    count('1.1', 'Số TTHC cấp xã (Bao gồm cả TTHC của cơ quan ngành dọc)', 'Thủ tục', { printed: false }),
    section('2', 'Thực hiện cơ chế một cửa, một cửa liên thông'),
    count('2.1', 'Số TTHC liên thông cùng cấp', 'Thủ tục'),
    count('2.2', 'Số TTHC liên thông giữa các cấp chính quyền', 'Thủ tục'),
    count('2.3', 'Số TTHC đã thực hiện tiếp nhận và giải quyết hồ sơ không phụ thuộc vào địa giới hành chính', 'Thủ tục'),
    section('3', 'Kết quả giải quyết TTHC'),
    ratio('3.3', 'Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn', '3.3.2', '3.3.1'),
    count('3.3.1', 'Tổng số hồ sơ TTHC đã giải quyết xong', 'Hồ sơ'),
    count('3.3.2', 'Số hồ sơ TTHC giải quyết đúng hạn', 'Hồ sơ'),
    ratio('3.4', 'Tỷ lệ giải quyết phản ánh, kiến nghị (PAKN) về quy định TTHC', '3.4.2', '3.4.1'),
    count('3.4.1', 'Tổng số PAKN đã tiếp nhận (trực tiếp hoặc do cơ quan có thẩm quyền chuyển đến)', 'PAKN'),
    count('3.4.2', 'Số PAKN đã giải quyết xong', 'PAKN'),
  ],
};
