// Biểu mẫu 7 — Xây dựng chính quyền điện tử, Chính quyền số.
import { code, count, percent, ratio, section, sum } from './row-builders';
import type { FormDef } from './types';

const NOT_YET_DONE = [
  { value: 0, label: 'Chưa' },
  { value: 1, label: 'Hoàn thành' },
] as const;

export const FORM_7: FormDef = {
  number: 7,
  title: 'Xây dựng chính quyền điện tử, Chính quyền số',
  rows: [
    code('1', 'Cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất', NOT_YET_DONE),
    percent('2', 'Tỷ lệ báo cáo định kỳ được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia'),
    code('4', 'Triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP)', [
      { value: 0, label: 'Chưa' },
      { value: 1, label: 'Đang làm' },
      { value: 2, label: 'Hoàn thành' },
    ]),
    section('5', 'Số liệu về trao đổi văn bản điện tử'),
    percent(
      '5.1',
      'Tỷ lệ sử dụng văn bản điện tử của địa phương (Chỉ thống kê tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử; sử dụng chữ ký số, chứng thư số và gửi trên môi trường điện tử)',
    ),
    code('5.2', 'Đã vận hành Hệ thống thông tin một cửa điện tử tập trung của tỉnh', NOT_YET_DONE),
    section('6', 'Cung cấp dịch vụ công trực tuyến'),
    ratio('6.4', 'Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến mức độ 3', '6.4.2', '6.4.1'),
    count('6.4.1', 'Tổng số TTHC đủ điều kiện cung cấp trực tuyến mức độ 3', 'Thủ tục'),
    count('6.4.2', 'Số TTHC đang cung cấp trực tuyến mức độ 3', 'Thủ tục'),
    count('6.4.3', 'Số TTHC đang cung cấp trực tuyến mức độ 3 có phát sinh hồ sơ nộp trực tuyến', 'Thủ tục'),
    ratio('6.5', 'Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến mức độ 4', '6.5.2', '6.5.1'),
    count('6.5.1', 'Tổng số TTHC đủ điều kiện cung cấp trực tuyến mức độ 4', 'Thủ tục'),
    count('6.5.2', 'Số TTHC đang cung cấp trực tuyến mức độ 4', 'Thủ tục'),
    count('6.5.3', 'Số TTHC đang cung cấp trực tuyến mức độ 4 có phát sinh hồ sơ nộp trực tuyến', 'Thủ tục'),
    ratio('6.6', 'Tỷ lệ TTHC cung cấp trực tuyến mức độ 3 và 4 đã tích hợp, công khai trên Cổng DVC quốc gia', '6.6.2', '6.6.1'),
    sum('6.6.1', 'Tổng số TTHC đang cung cấp trực tuyến mức độ 3 và 4 của địa phương', 'Thủ tục', ['6.4.2', '6.5.2']),
    count('6.6.2', 'Số TTHC cung cấp trực tuyến mức độ 3 và 4 đã tích hợp, công khai trên Cổng DVC quốc gia', 'Thủ tục'),
    ratio(
      '6.7',
      'Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến mức độ 3 và 4 (Chỉ thống kê đối với các TTHC mức độ 3 và 4 có phát sinh hồ sơ)',
      '6.7.2',
      '6.7.1',
    ),
    count('6.7.1', 'Tổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp và trực tuyến)', 'Hồ sơ'),
    count('6.7.2', 'Số hồ sơ TTHC đã tiếp nhận trực tuyến', 'Hồ sơ'),
    ratio('6.8', 'Tỷ lệ TTHC được tích hợp, triển khai thanh toán trực tuyến', '6.8.2', '6.8.1'),
    count('6.8.1', 'Tổng số TTHC có yêu cầu nghĩa vụ tài chính (tất cả các TTHC có phát sinh phí, lệ phí,…)', 'Thủ tục'),
    count(
      '6.8.2',
      'Số TTHC đã được tích hợp, triển khai thanh toán trực tuyến trên Cổng DVC quốc gia hoặc trên Cổng DVC của tỉnh',
      'Thủ tục',
    ),
  ],
};
