// The seven forms as data, compared row by row with this test's own table typed out from DOMAIN.md.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { definedName, formSheetName } from '../../../src/core/forms/catalogue';
import { formDefSchema } from '../../../src/core/forms/schema';
import type { FormNumber, FormRow } from '../../../src/core/forms/types';

/** [key, printed STT, label, unit, kind, computed from: ratio [part, whole] / sum terms] */
type Expected = readonly [string, string, string, string, FormRow['kind'], (readonly string[])?];

const TITLES: Record<FormNumber, string> = {
  1: 'Công tác chỉ đạo điều hành CCHC',
  2: 'Cải cách thể chế',
  3: 'Cải cách thủ tục hành chính',
  4: 'Cải cách bộ máy hành chính nhà nước',
  5: 'Cải cách chế độ công vụ',
  6: 'Cải cách tài chính công',
  7: 'Xây dựng chính quyền điện tử, Chính quyền số',
};

const EXPECTED: Record<FormNumber, readonly Expected[]> = {
  1: [
    ['1', '1.', 'Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)', 'Văn bản', 'count'],
    ['2', '2.', 'Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)', '%', 'ratio', ['2.2', '2.1']],
    ['2.1', '2.1.', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', 'count'],
    ['2.2', '2.2.', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', 'count'],
    ['3', '3.', 'Kiểm tra CCHC', '', 'section'],
    ['3.1', '3.1.', 'Số bộ phận chuyên môn các chức danh công chức xã đã kiểm tra', 'Nhiệm vụ', 'count'],
    ['3.2', '3.2.', 'Tỷ lệ xử lý các vấn đề qua kiểm tra', '%', 'ratio', ['3.2.2', '3.2.1']],
    ['3.2.1', '3.2.1.', 'Số vấn đề phát hiện qua kiểm tra', 'Vấn đề', 'count'],
    ['3.2.2', '3.2.2.', 'Số vấn đề phát hiện đã xử lý xong', 'Vấn đề', 'count'],
    ['4', '4.', 'Thực hiện nhiệm vụ của UBND huyện, Chủ tịch UBND huyện giao', '', 'section'],
    ['4.1', '4.1.', 'Tổng số nhiệm vụ được giao', 'Nhiệm vụ', 'count'],
    ['4.2', '4.2.', 'Số nhiệm vụ đã hoàn thành đúng hạn', 'Nhiệm vụ', 'count'],
    ['4.3', '4.3.', 'Số nhiệm vụ đã hoàn thành nhưng quá hạn', 'Nhiệm vụ', 'count'],
    ['4.4', '4.4.', 'Số nhiệm vụ quá hạn nhưng chưa hoàn thành', 'Nhiệm vụ', 'count'],
    ['5', '5.', 'Khảo sát sự hài lòng của người dân, tổ chức', 'Có = 1; Không = 0', 'code'],
    ['5.1', '5.1.', 'Số lượng phiếu khảo sát', 'Phiếu', 'count'],
    ['5.2', '5.2.', 'Hình thức khảo sát', 'Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2', 'code'],
    ['6', '6.', 'Tổ chức đối thoại của lãnh đạo với người dân, cộng đồng doanh nghiệp', 'Không = 0; Có = 1', 'code'],
  ],
  2: [
    ['1', '1.', 'Tổng số Văn bản quy phạm pháp luật (VBQPPL) do địa phương ban hành', 'Văn bản', 'sum', ['1.1', '1.2', '1.3']],
    ['1.1', '1.1.', 'Số VBQPPL do cấp tỉnh ban hành', 'Văn bản', 'count'],
    ['1.2', '1.2.', 'Số VBQPPL do cấp huyện ban hành', 'Văn bản', 'count'],
    ['1.3', '1.3.', 'Số VBQPPL do cấp xã ban hành', 'Văn bản', 'count'],
    ['2', '2.', 'Kiểm tra, xử lý VBQPPL', '', 'section'],
    ['2.1', '2.1.', 'Số VBQPPL đã kiểm tra theo thẩm quyền', 'Văn bản', 'count'],
    ['2.2', '2.2.', 'Tỷ lệ xử lý VBQPPL sau kiểm tra', '%', 'ratio', ['2.2.2', '2.2.1']],
    ['2.2.1', '2.2.1.', 'Tổng số VBQPPL cần phải xử lý sau kiểm tra', 'Văn bản', 'count'],
    ['2.2.2', '2.2.2.', 'Số VBQPPL có kiến nghị xử lý đã được xử lý xong', 'Văn bản', 'count'],
    ['3', '3.', 'Rà soát VBQPPL', '', 'section'],
    ['3.1', '3.1.', 'Số VBQPPL đã rà soát thuộc thẩm quyền', 'Văn bản', 'count'],
    ['3.2', '3.2.', 'Tỷ lệ xử lý VBQPPL sau rà soát', '%', 'ratio', ['3.2.2', '3.2.1']],
    ['3.2.1', '3.2.1.', 'Tổng số VBQPPL cần phải xử lý sau rà soát', 'Văn bản', 'count'],
    ['3.2.2', '3.2.2.', 'Số VBQPPL có kiến nghị xử lý đã được xử lý xong', 'Văn bản', 'count'],
  ],
  3: [
    ['1', '1.', 'Thống kê TTHC', 'Thủ tục', 'section'],
    ['1.1', '', 'Số TTHC cấp xã (Bao gồm cả TTHC của cơ quan ngành dọc)', 'Thủ tục', 'count'],
    ['2', '2.', 'Thực hiện cơ chế một cửa, một cửa liên thông', '', 'section'],
    ['2.1', '2.1.', 'Số TTHC liên thông cùng cấp', 'Thủ tục', 'count'],
    ['2.2', '2.2.', 'Số TTHC liên thông giữa các cấp chính quyền', 'Thủ tục', 'count'],
    ['2.3', '2.3.', 'Số TTHC đã thực hiện tiếp nhận và giải quyết hồ sơ không phụ thuộc vào địa giới hành chính', 'Thủ tục', 'count'],
    ['3', '3.', 'Kết quả giải quyết TTHC', '', 'section'],
    ['3.3', '3.3.', 'Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn', '%', 'ratio', ['3.3.2', '3.3.1']],
    ['3.3.1', '3.3.1.', 'Tổng số hồ sơ TTHC đã giải quyết xong', 'Hồ sơ', 'count'],
    ['3.3.2', '3.3.2.', 'Số hồ sơ TTHC giải quyết đúng hạn', 'Hồ sơ', 'count'],
    ['3.4', '3.4.', 'Tỷ lệ giải quyết phản ánh, kiến nghị (PAKN) về quy định TTHC', '%', 'ratio', ['3.4.2', '3.4.1']],
    ['3.4.1', '3.4.1.', 'Tổng số PAKN đã tiếp nhận (trực tiếp hoặc do cơ quan có thẩm quyền chuyển đến)', 'PAKN', 'count'],
    ['3.4.2', '3.4.2.', 'Số PAKN đã giải quyết xong', 'PAKN', 'count'],
  ],
  4: [
    ['1', '1.', 'Sắp xếp, kiện toàn tổ chức bộ máy', '', 'section'],
    ['1.1', '1.1.', 'Thực hiện sắp xếp sáp nhập, chia tách thôn', '%', 'percent'],
    [
      '1.2',
      '1.2.',
      'UBND cấp xã đã hoàn thành việc sắp xếp cơ cấu tổ chức và bố trí các bộ phận chuyên môn đáp ứng các tiêu chí theo quy định của Chính phủ',
      '%',
      'percent',
    ],
    ['2', '2.', 'Số liệu về biên chế công chức cấp xã', '', 'section'],
    ['2.1', '2.1.', 'Tổng số biên chế được giao trong năm', 'Người', 'count'],
    ['2.2', '2.2.', 'Tổng số biên chế có mặt tại thời điểm báo cáo', 'Người', 'count'],
    ['2.3', '2.3.', 'Số hợp đồng lao động làm việc tại cơ quan hành chính nhà nước', 'Người', 'count'],
    ['2.4', '2.4.', 'Số biên chế đã tinh giản trong kỳ báo cáo', 'Người', 'count'],
    ['2.5', '2.5.', 'Tỷ lệ phần trăm biên chế đã tinh giản so với năm 2015', '%', 'percent'],
    ['3', '3.', 'Số người hoạt động không chuyên trách cấp xã', '', 'section'],
    ['3.1', '3.1.', 'Tổng số người được giao', 'Người', 'count'],
    ['3.2', '3.2.', 'Tổng số người làm việc có mặt', 'Người', 'count'],
    ['3.3', '3.3.', 'Tỷ lệ % thực hiện', '%', 'ratio', ['3.2', '3.1']],
    ['4', '4.', 'Số người hoạt động không chuyên trách thôn, khu dân cư', '', 'section'],
    ['4.1', '4.1.', 'Tổng số người được giao', 'Người', 'count'],
    ['4.2', '4.2.', 'Tổng số người làm việc có mặt', 'Người', 'count'],
    // The reference prints "3.3." here: a typo, corrected.
    ['4.3', '4.3.', 'Tỷ lệ % thực hiện', '%', 'ratio', ['4.2', '4.1']],
  ],
  5: [
    ['1', '1.', 'Vị trí việc làm của công chức', '', 'section'],
    ['1.1', '1.1.', 'Số lượng chức danh công chức cấp xã', 'Chức danh', 'count'],
    ['1.2', '1.2.', 'Số lượng công chức được bố trí theo vị trí việc làm chức danh công chức cấp xã', 'Người', 'count'],
    ['1.3', '1.3.', 'Tỷ lệ % thực hiện', '%', 'ratio', ['1.2', '1.1']],
    ['2', '2.', 'Tuyển dụng công chức', '', 'section'],
    ['2.1', '2.1.', 'Số công chức được tuyển dụng (thi tuyển, xét tuyển)', 'Người', 'count'],
    ['2.2', '2.2.', 'Số công chức được tuyển dụng theo trường hợp đặc biệt', 'Người', 'count'],
    ['3', '3.', 'Số lượng lãnh đạo quản lý được tuyển chọn, bổ nhiệm thông qua thi tuyển (Lũy kế từ đầu năm)', 'Người', 'count'],
    ['4', '4.', 'Số lượng cán bộ, công chức (cả về Đảng và chính quyền) bị kỷ luật', '', 'section'],
    ['4.1', '4.1.', 'Số lãnh đạo cấp xã bị kỷ luật', 'Người', 'count'],
    ['4.2', '4.2.', 'Số công chức cấp xã bị kỷ luật', 'Người', 'count'],
  ],
  6: [
    ['0', '', 'Tỷ lệ thực hiện Kế hoạch giải ngân vốn đầu tư công', '%', 'ratio', ['2', '1']],
    ['1', '1.', 'Kế hoạch được giao', 'Triệu đồng', 'money'],
    ['2', '2.', 'Đã thực hiện', 'Triệu đồng', 'money'],
  ],
  7: [
    ['1', '1.', 'Cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất', 'Chưa = 0; Hoàn thành = 1', 'code'],
    ['2', '2.', 'Tỷ lệ báo cáo định kỳ được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia', '%', 'percent'],
    ['4', '4.', 'Triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP)', 'Chưa = 0; Đang làm = 1; Hoàn thành = 2', 'code'],
    ['5', '5.', 'Số liệu về trao đổi văn bản điện tử', '', 'section'],
    [
      '5.1',
      '5.1.',
      'Tỷ lệ sử dụng văn bản điện tử của địa phương (Chỉ thống kê tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử; sử dụng chữ ký số, chứng thư số và gửi trên môi trường điện tử)',
      '%',
      'percent',
    ],
    ['5.2', '5.2.', 'Đã vận hành Hệ thống thông tin một cửa điện tử tập trung của tỉnh', 'Chưa = 0; Hoàn thành = 1', 'code'],
    ['6', '6.', 'Cung cấp dịch vụ công trực tuyến', '', 'section'],
    ['6.4', '6.4.', 'Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến mức độ 3', '%', 'ratio', ['6.4.2', '6.4.1']],
    ['6.4.1', '6.4.1.', 'Tổng số TTHC đủ điều kiện cung cấp trực tuyến mức độ 3', 'Thủ tục', 'count'],
    ['6.4.2', '6.4.2.', 'Số TTHC đang cung cấp trực tuyến mức độ 3', 'Thủ tục', 'count'],
    ['6.4.3', '6.4.3.', 'Số TTHC đang cung cấp trực tuyến mức độ 3 có phát sinh hồ sơ nộp trực tuyến', 'Thủ tục', 'count'],
    ['6.5', '6.5.', 'Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến mức độ 4', '%', 'ratio', ['6.5.2', '6.5.1']],
    ['6.5.1', '6.5.1.', 'Tổng số TTHC đủ điều kiện cung cấp trực tuyến mức độ 4', 'Thủ tục', 'count'],
    ['6.5.2', '6.5.2.', 'Số TTHC đang cung cấp trực tuyến mức độ 4', 'Thủ tục', 'count'],
    ['6.5.3', '6.5.3.', 'Số TTHC đang cung cấp trực tuyến mức độ 4 có phát sinh hồ sơ nộp trực tuyến', 'Thủ tục', 'count'],
    ['6.6', '6.6.', 'Tỷ lệ TTHC cung cấp trực tuyến mức độ 3 và 4 đã tích hợp, công khai trên Cổng DVC quốc gia', '%', 'ratio', ['6.6.2', '6.6.1']],
    ['6.6.1', '6.6.1.', 'Tổng số TTHC đang cung cấp trực tuyến mức độ 3 và 4 của địa phương', 'Thủ tục', 'sum', ['6.4.2', '6.5.2']],
    ['6.6.2', '6.6.2.', 'Số TTHC cung cấp trực tuyến mức độ 3 và 4 đã tích hợp, công khai trên Cổng DVC quốc gia', 'Thủ tục', 'count'],
    [
      '6.7',
      '6.7.',
      'Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến mức độ 3 và 4 (Chỉ thống kê đối với các TTHC mức độ 3 và 4 có phát sinh hồ sơ)',
      '%',
      'ratio',
      ['6.7.2', '6.7.1'],
    ],
    ['6.7.1', '6.7.1.', 'Tổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp và trực tuyến)', 'Hồ sơ', 'count'],
    ['6.7.2', '6.7.2.', 'Số hồ sơ TTHC đã tiếp nhận trực tuyến', 'Hồ sơ', 'count'],
    ['6.8', '6.8.', 'Tỷ lệ TTHC được tích hợp, triển khai thanh toán trực tuyến', '%', 'ratio', ['6.8.2', '6.8.1']],
    ['6.8.1', '6.8.1.', 'Tổng số TTHC có yêu cầu nghĩa vụ tài chính (tất cả các TTHC có phát sinh phí, lệ phí,…)', 'Thủ tục', 'count'],
    [
      '6.8.2',
      '6.8.2.',
      'Số TTHC đã được tích hợp, triển khai thanh toán trực tuyến trên Cổng DVC quốc gia hoặc trên Cổng DVC của tỉnh',
      'Thủ tục',
      'count',
    ],
  ],
};

/** The codes a legend lists: "Có = 1; Không = 0" → [{1, Có}, {0, Không}]. */
const codesOfLegend = (legend: string) =>
  legend.split('; ').map((part) => {
    const [label = '', value = ''] = part.split(' = ');
    return { value: Number(value), label };
  });

const NUMBERS: readonly FormNumber[] = [1, 2, 3, 4, 5, 6, 7];

describe('forms as data', () => {
  it('holds the seven forms in order, with their titles', () => {
    expect(BUILTIN_CATALOGUE.forms.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const n of NUMBERS) expect(BUILTIN_CATALOGUE.form(n).title).toBe(TITLES[n]);
  });

  describe.each(NUMBERS)('Biểu mẫu %i', (n) => {
    const rows = BUILTIN_CATALOGUE.form(n).rows;
    const expected = EXPECTED[n] ?? [];

    it('has exactly the rows of DOMAIN.md, in order', () => {
      expect(rows.map((r) => r.key)).toEqual(expected.map((e) => e[0]));
    });

    it.each(expected.map((e) => [e[0], e] as const))('row %s matches DOMAIN.md', (key, [, stt, label, unit, kind, from]) => {
      const row = BUILTIN_CATALOGUE.row(n, key);
      expect(row).toBeDefined();
      if (!row) return;
      expect({ stt: row.stt, label: row.label, unit: row.unit, kind: row.kind }).toEqual({ stt, label, unit, kind });
      expect(row.label).toBe(row.label.normalize('NFC'));
      if (row.kind === 'ratio') expect([row.part, row.whole]).toEqual(from);
      else if (row.kind === 'sum') expect(row.terms).toEqual(from);
      else expect(from).toBeUndefined();
      if (row.kind === 'code') expect(row.codes).toEqual(codesOfLegend(unit));
    });
  });

  it('passes its own schema, which rejects a ratio computed from a section row', () => {
    for (const f of BUILTIN_CATALOGUE.forms) expect(formDefSchema.safeParse(f).success).toBe(true);
    const broken = { number: 1, title: 'x', rows: [{ key: '1', stt: '1.', label: 'a', unit: '', kind: 'section' }, { key: '2', stt: '2.', label: 'b', unit: '%', kind: 'ratio', part: '1', whole: '1' }] };
    expect(formDefSchema.safeParse(broken).success).toBe(false);
  });

  it('names every value cell BM<form>_<key>, and every sheet "Biểu mẫu n"', () => {
    expect(definedName(1, '2.1')).toBe('BM1_2_1');
    expect(definedName(3, '1.1')).toBe('BM3_1_1');
    expect(definedName(6, '0')).toBe('BM6_0');
    expect(definedName(7, '6.6.1')).toBe('BM7_6_6_1');
    expect(formSheetName(4)).toBe('Biểu mẫu 4');
    expect(BUILTIN_CATALOGUE.row(3, '3.1')).toBeUndefined();
    expect(() => BUILTIN_CATALOGUE.form(8 as FormNumber)).toThrow(RangeError);
  });
});
