// Biểu mẫu 4 — Cải cách bộ máy hành chính nhà nước (4.3 is printed 3.3. in the reference: a typo).
import { count, percent, ratio, section } from './row-builders';
import type { FormDef } from './types';

export const FORM_4: FormDef = {
  number: 4,
  title: 'Cải cách bộ máy hành chính nhà nước',
  rows: [
    section('1', 'Sắp xếp, kiện toàn tổ chức bộ máy'),
    percent('1.1', 'Thực hiện sắp xếp sáp nhập, chia tách thôn'),
    percent(
      '1.2',
      'UBND cấp xã đã hoàn thành việc sắp xếp cơ cấu tổ chức và bố trí các bộ phận chuyên môn đáp ứng các tiêu chí theo quy định của Chính phủ',
    ),
    section('2', 'Số liệu về biên chế công chức cấp xã'),
    count('2.1', 'Tổng số biên chế được giao trong năm', 'Người'),
    count('2.2', 'Tổng số biên chế có mặt tại thời điểm báo cáo', 'Người'),
    count('2.3', 'Số hợp đồng lao động làm việc tại cơ quan hành chính nhà nước', 'Người'),
    count('2.4', 'Số biên chế đã tinh giản trong kỳ báo cáo', 'Người'),
    percent('2.5', 'Tỷ lệ phần trăm biên chế đã tinh giản so với năm 2015'),
    section('3', 'Số người hoạt động không chuyên trách cấp xã'),
    count('3.1', 'Tổng số người được giao', 'Người'),
    count('3.2', 'Tổng số người làm việc có mặt', 'Người'),
    ratio('3.3', 'Tỷ lệ % thực hiện', '3.2', '3.1'),
    section('4', 'Số người hoạt động không chuyên trách thôn, khu dân cư'),
    count('4.1', 'Tổng số người được giao', 'Người'),
    count('4.2', 'Tổng số người làm việc có mặt', 'Người'),
    ratio('4.3', 'Tỷ lệ % thực hiện', '4.2', '4.1'),
  ],
};
