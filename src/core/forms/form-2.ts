// Biểu mẫu 2 — Cải cách thể chế.
import { count, ratio, section, sum } from './row-builders';
import type { FormDef } from './types';

export const FORM_2: FormDef = {
  number: 2,
  title: 'Cải cách thể chế',
  rows: [
    sum('1', 'Tổng số Văn bản quy phạm pháp luật (VBQPPL) do địa phương ban hành', 'Văn bản', ['1.1', '1.2', '1.3']),
    count('1.1', 'Số VBQPPL do cấp tỉnh ban hành', 'Văn bản'),
    count('1.2', 'Số VBQPPL do cấp huyện ban hành', 'Văn bản'),
    count('1.3', 'Số VBQPPL do cấp xã ban hành', 'Văn bản'),
    section('2', 'Kiểm tra, xử lý VBQPPL'),
    count('2.1', 'Số VBQPPL đã kiểm tra theo thẩm quyền', 'Văn bản'),
    ratio('2.2', 'Tỷ lệ xử lý VBQPPL sau kiểm tra', '2.2.2', '2.2.1'),
    count('2.2.1', 'Tổng số VBQPPL cần phải xử lý sau kiểm tra', 'Văn bản'),
    count('2.2.2', 'Số VBQPPL có kiến nghị xử lý đã được xử lý xong', 'Văn bản'),
    section('3', 'Rà soát VBQPPL'),
    count('3.1', 'Số VBQPPL đã rà soát thuộc thẩm quyền', 'Văn bản'),
    ratio('3.2', 'Tỷ lệ xử lý VBQPPL sau rà soát', '3.2.2', '3.2.1'),
    count('3.2.1', 'Tổng số VBQPPL cần phải xử lý sau rà soát', 'Văn bản'),
    count('3.2.2', 'Số VBQPPL có kiến nghị xử lý đã được xử lý xong', 'Văn bản'),
  ],
};
