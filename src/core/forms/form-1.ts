// Biểu mẫu 1 — Công tác chỉ đạo điều hành CCHC.
import { code, count, ratio, section, YES_NO } from './row-builders';
import type { FormDef } from './types';

export const FORM_1: FormDef = {
  number: 1,
  title: 'Công tác chỉ đạo điều hành CCHC',
  rows: [
    count('1', 'Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)', 'Văn bản'),
    ratio('2', 'Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)', '2.2', '2.1'),
    count('2.1', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ'),
    count('2.2', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ'),
    section('3', 'Kiểm tra CCHC'),
    count('3.1', 'Số bộ phận chuyên môn các chức danh công chức xã đã kiểm tra', 'Nhiệm vụ'),
    ratio('3.2', 'Tỷ lệ xử lý các vấn đề qua kiểm tra', '3.2.2', '3.2.1'),
    count('3.2.1', 'Số vấn đề phát hiện qua kiểm tra', 'Vấn đề'),
    count('3.2.2', 'Số vấn đề phát hiện đã xử lý xong', 'Vấn đề'),
    section('4', 'Thực hiện nhiệm vụ của UBND huyện, Chủ tịch UBND huyện giao'),
    count('4.1', 'Tổng số nhiệm vụ được giao', 'Nhiệm vụ'),
    count('4.2', 'Số nhiệm vụ đã hoàn thành đúng hạn', 'Nhiệm vụ'),
    count('4.3', 'Số nhiệm vụ đã hoàn thành nhưng quá hạn', 'Nhiệm vụ'),
    count('4.4', 'Số nhiệm vụ quá hạn nhưng chưa hoàn thành', 'Nhiệm vụ'),
    code('5', 'Khảo sát sự hài lòng của người dân, tổ chức', YES_NO),
    count('5.1', 'Số lượng phiếu khảo sát', 'Phiếu'),
    code('5.2', 'Hình thức khảo sát', [
      { value: 0, label: 'Trực tuyến' },
      { value: 1, label: 'Phát phiếu' },
      { value: 2, label: 'Kết hợp' },
    ]),
    code('6', 'Tổ chức đối thoại của lãnh đạo với người dân, cộng đồng doanh nghiệp', [
      { value: 0, label: 'Không' },
      { value: 1, label: 'Có' },
    ]),
  ],
};
