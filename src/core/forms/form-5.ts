// Biểu mẫu 5 — Cải cách chế độ công vụ.
import { count, ratio, section } from './row-builders';
import type { FormDef } from './types';

export const FORM_5: FormDef = {
  number: 5,
  title: 'Cải cách chế độ công vụ',
  rows: [
    section('1', 'Vị trí việc làm của công chức'),
    count('1.1', 'Số lượng chức danh công chức cấp xã', 'Chức danh'),
    count('1.2', 'Số lượng công chức được bố trí theo vị trí việc làm chức danh công chức cấp xã', 'Người'),
    ratio('1.3', 'Tỷ lệ % thực hiện', '1.2', '1.1'),
    section('2', 'Tuyển dụng công chức'),
    count('2.1', 'Số công chức được tuyển dụng (thi tuyển, xét tuyển)', 'Người'),
    count('2.2', 'Số công chức được tuyển dụng theo trường hợp đặc biệt', 'Người'),
    count('3', 'Số lượng lãnh đạo quản lý được tuyển chọn, bổ nhiệm thông qua thi tuyển (Lũy kế từ đầu năm)', 'Người'),
    section('4', 'Số lượng cán bộ, công chức (cả về Đảng và chính quyền) bị kỷ luật'),
    count('4.1', 'Số lãnh đạo cấp xã bị kỷ luật', 'Người'),
    count('4.2', 'Số công chức cấp xã bị kỷ luật', 'Người'),
  ],
};
