// Per-value checks driven by the row kind: text, negative, fraction, percent range and decimals, codes, computed rows.
import { checkForms } from '../../../src/core/rules/check';
import type { Finding } from '../../../src/core/rules/types';
import { withValues } from './sample-forms';

/** The findings on one row, infos included. */
const on = (forms: ReturnType<typeof withValues>, form: number, row: string): Finding[] =>
  checkForms(forms).filter((f) => f.form === form && f.row === row);

const finding = (form: number, row: string, severity: Finding['severity'], rule: Finding['rule'], message: string): Finding => ({
  form: form as Finding['form'], row, cell: null, severity, rule, message,
});

describe('not-a-number', () => {
  it('reports text in a number cell, as the reference typed "Văn bản" into Biểu mẫu 2 row 1.3', () => {
    expect(on(withValues({ '2': { '1.3': 'Văn bản' } }), 2, '1.3')).toEqual([
      finding(2, '1.3', 'error', 'not-a-number', 'Biểu mẫu 2, dòng 1.3: ô số liệu đang chứa chữ “Văn bản”, không phải một số; hãy nhập số hoặc để trống.'),
    ]);
  });

  it('suggests the number when the text reads as one in Vietnamese notation', () => {
    expect(on(withValues({ '7': { '2': '98,3' } }), 7, '2')).toEqual([
      finding(7, '2', 'error', 'not-a-number', 'Biểu mẫu 7, dòng 2: ô số liệu đang chứa chữ “98,3”, không phải một số; nếu đó là 98,3 thì hãy nhập lại dưới dạng số.'),
    ]);
    expect(on(withValues({ '6': { '2': '3.500,5' } }), 6, '2')[0]?.message).toBe(
      'Biểu mẫu 6, dòng 2: ô số liệu đang chứa chữ “3.500,5”, không phải một số; nếu đó là 3.500,5 thì hãy nhập lại dưới dạng số.',
    );
    expect(on(withValues({ '3': { '3.3.1': '1.234' } }), 3, '3.3.1')[0]?.message).toBe(
      'Biểu mẫu 3, dòng 3.3.1: ô số liệu đang chứa chữ “1.234”, không phải một số; nếu đó là 1.234 thì hãy nhập lại dưới dạng số.',
    );
  });

  it('reports text in a computed cell too', () => {
    expect(on(withValues({ '1': { '2': '56,8' } }), 1, '2').map((f) => f.rule)).toEqual(['not-a-number']);
  });

  it('treats a cell holding only spaces as empty, not as text', () => {
    expect(on(withValues({ '1': { '1': '   ' } }), 1, '1')).toEqual([
      finding(1, '1', 'info', 'missing', 'Biểu mẫu 1, dòng 1: chưa có số liệu về số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt). Nếu không có, hãy ghi 0.'),
    ]);
  });
});

describe('negative', () => {
  it('refuses a count or an amount below 0', () => {
    expect(on(withValues({ '1': { '1': -3 } }), 1, '1')).toEqual([
      finding(1, '1', 'error', 'negative', 'Biểu mẫu 1, dòng 1: số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt) (-3) không được là số âm.'),
    ]);
    expect(on(withValues({ '6': { '1': -5.5 } }), 6, '1')).toEqual([
      finding(6, '1', 'error', 'negative', 'Biểu mẫu 6, dòng 1: kế hoạch vốn đầu tư công được giao (-5,5) không được là số âm.'),
    ]);
  });

  it('accepts 0', () => {
    expect(on(withValues({ '1': { '1': 0 } }), 1, '1')).toEqual([]);
  });
});

describe('not-integer', () => {
  it('refuses a count with a fraction', () => {
    expect(on(withValues({ '4': { '2.3': 2.5 } }), 4, '2.3')).toEqual([
      finding(4, '2.3', 'error', 'not-integer', 'Biểu mẫu 4, dòng 2.3: số người làm việc theo hợp đồng lao động tại cơ quan hành chính nhà nước (2,5) phải là số nguyên.'),
    ]);
  });

  it('accepts decimals in money (triệu đồng)', () => {
    expect(on(withValues({ '6': { '1': 4250.75 } }), 6, '1')).toEqual([]);
  });
});

describe('percent-range and percent-decimals', () => {
  it('refuses an entered percent outside 0–100', () => {
    expect(on(withValues({ '4': { '1.1': 120 } }), 4, '1.1')).toEqual([
      finding(4, '1.1', 'error', 'percent-range', 'Biểu mẫu 4, dòng 1.1: tỷ lệ thực hiện sắp xếp, sáp nhập, chia tách thôn (120) phải là tỷ lệ phần trăm từ 0 đến 100.'),
    ]);
    expect(on(withValues({ '7': { '5.1': -1 } }), 7, '5.1').map((f) => f.rule)).toEqual(['percent-range']);
  });

  it('accepts 0, 100 and one decimal', () => {
    expect(on(withValues({ '4': { '1.1': 0, '1.2': 100, '2.5': 10.5 } }), 4, '1.1')).toEqual([]);
    expect(on(withValues({ '4': { '1.1': 0, '1.2': 100, '2.5': 10.5 } }), 4, '1.2')).toEqual([]);
    expect(on(withValues({ '4': { '2.5': 10.5 } }), 4, '2.5')).toEqual([]);
    expect(on(withValues({ '7': { '2': 9 } }), 7, '2')).toEqual([]);
  });

  it('warns of a percent with more than one decimal', () => {
    expect(on(withValues({ '7': { '2': 96.55 } }), 7, '2')).toEqual([
      finding(7, '2', 'warning', 'percent-decimals', 'Biểu mẫu 7, dòng 2: tỷ lệ báo cáo định kỳ được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia (96,55) chỉ được ghi tối đa một chữ số thập phân (sẽ in là 96,5).'),
    ]);
  });
});

describe('code-range', () => {
  it('refuses a code its legend does not list', () => {
    expect(on(withValues({ '1': { '5.2': 3 } }), 1, '5.2')).toEqual([
      finding(1, '5.2', 'error', 'code-range', 'Biểu mẫu 1, dòng 5.2: hình thức khảo sát (3) không phải mã hợp lệ; chỉ nhập một trong các mã: Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2.'),
    ]);
    expect(on(withValues({ '7': { '1': 0.5 } }), 7, '1')).toEqual([
      finding(7, '1', 'error', 'code-range', 'Biểu mẫu 7, dòng 1: việc cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất (0,5) không phải mã hợp lệ; chỉ nhập một trong các mã: Chưa = 0; Hoàn thành = 1.'),
    ]);
  });

  it('accepts every listed code', () => {
    for (const v of [0, 1, 2]) expect(on(withValues({ '7': { '4': v } }), 7, '4')).toEqual([]);
  });
});

describe('computed-mismatch', () => {
  it('reports a ratio typed other than its computation, as the reference printed 78 for 21 ÷ 37', () => {
    expect(on(withValues({ '1': { '2': 78, '2.1': 37, '2.2': 21 } }), 1, '2')).toEqual([
      finding(1, '2', 'error', 'computed-mismatch', 'Biểu mẫu 1, dòng 2: tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo) đang ghi 78, khác kết quả tính dòng 2.2 ÷ dòng 2.1 × 100 (56,8); ô này tự tính từ hai dòng đó: nếu kết quả chưa đúng, hãy sửa số liệu ở dòng 2.2 hoặc dòng 2.1, không ghi số vào ô tỷ lệ.'),
    ]);
    expect(on(withValues({ '6': { '0': 116, '1': 3000, '2': 3500 } }), 6, '0').map((f) => f.message)).toEqual([
      'Biểu mẫu 6, dòng 0: tỷ lệ thực hiện Kế hoạch giải ngân vốn đầu tư công đang ghi 116, khác kết quả tính dòng 2 ÷ dòng 1 × 100 (116,7, vượt 100% vì dòng 2 lớn hơn dòng 1); ô này tự tính từ hai dòng đó: nếu kết quả chưa đúng, hãy sửa số liệu ở dòng 2 hoặc dòng 1, không ghi số vào ô tỷ lệ.',
    ]);
  });

  it('accepts a difference of up to 0,05', () => {
    expect(on(withValues({ '1': { '2': 56.75, '2.1': 37, '2.2': 21 } }), 1, '2')).toEqual([]);
    expect(on(withValues({ '1': { '2': 56.8, '2.1': 37, '2.2': 21 } }), 1, '2')).toEqual([]);
    expect(on(withValues({ '1': { '2': 56.7, '2.1': 37, '2.2': 21 } }), 1, '2').map((f) => f.rule)).toEqual(['computed-mismatch']);
  });

  it('reports a ratio typed as 0 where the whole is 0 (the reference\'s 0 ÷ 0)', () => {
    expect(on(withValues({ '1': { '3.2': 0, '3.2.1': 0, '3.2.2': 0 } }), 1, '3.2')).toEqual([
      finding(1, '3.2', 'error', 'computed-mismatch', 'Biểu mẫu 1, dòng 3.2: tỷ lệ xử lý các vấn đề qua kiểm tra đang ghi 0, nhưng dòng 3.2.1 bằng 0 nên tỷ lệ này không tính được và phải để trống.'),
    ]);
  });

  it('says which row leaves a ratio without value: an empty whole, an empty part', () => {
    expect(on(withValues({ '3': { '3.3': 100, '3.3.1': null } }), 3, '3.3')[0]?.message).toBe(
      'Biểu mẫu 3, dòng 3.3: tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn đang ghi 100, nhưng dòng 3.3.1 để trống nên tỷ lệ này không tính được và phải để trống.',
    );
    expect(on(withValues({ '3': { '3.3': 100, '3.3.2': null } }), 3, '3.3')[0]?.message).toBe(
      'Biểu mẫu 3, dòng 3.3: tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn đang ghi 100, nhưng dòng 3.3.2 để trống nên tỷ lệ này không tính được và phải để trống.',
    );
  });

  it('reports a sum typed other than its computation, or typed while all its rows are empty', () => {
    expect(on(withValues({ '2': { '1': 5 } }), 2, '1')).toEqual([
      finding(2, '1', 'error', 'computed-mismatch', 'Biểu mẫu 2, dòng 1: tổng số Văn bản quy phạm pháp luật (VBQPPL) do địa phương ban hành đang ghi 5, khác tổng các dòng 1.1, 1.2, 1.3 (2); ô này tự tính từ các dòng đó: nếu tổng chưa đúng, hãy sửa số liệu ở các dòng đó, không ghi số vào ô tổng.'),
    ]);
    expect(on(withValues({ '2': { '1': 0, '1.1': null, '1.2': null, '1.3': null } }), 2, '1')).toEqual([
      finding(2, '1', 'error', 'computed-mismatch', 'Biểu mẫu 2, dòng 1: tổng số Văn bản quy phạm pháp luật (VBQPPL) do địa phương ban hành đang ghi 0, nhưng các dòng 1.1, 1.2, 1.3 đều để trống nên tổng này phải để trống.'),
    ]);
    expect(on(withValues({ '7': { '6.6.1': 126 } }), 7, '6.6.1')).toEqual([]);
  });

  it('says nothing about an empty computed cell', () => {
    expect(on(withValues({ '1': { '2': null } }), 1, '2')).toEqual([]);
  });
});

describe('one finding per cell, the most basic first', () => {
  it('reports a negative fraction as negative only', () => {
    expect(on(withValues({ '1': { '2.1': -2.5 } }), 1, '2.1').map((f) => f.rule)).toEqual(['negative']);
  });
});
