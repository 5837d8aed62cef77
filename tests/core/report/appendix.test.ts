import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { buildReport } from '../../../src/core/report/build-report';
import { withData } from './fixtures';

describe('appendix', () => {
  // Empty rows print as empty cells: a draft (a final report is refused while compulsory inputs are empty).
  const doc = buildReport(withData({ forms: { '2': { '1.3': 'Văn bản' }, '7': { '6.5.1': null, '6.5.2': null } } }), { draft: true });
  const { appendix } = doc;
  const row = (form: number, key: string) => appendix.tables[form - 1]?.rows.find((r) => r.key === key);

  it('heads the appendix and attaches it to the report', () => {
    expect(appendix.heading.text).toBe('PHỤ LỤC 01');
    expect(appendix.title.text).toBe('BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2026 CỦA XÃ HÒA PHONG');
    expect(appendix.attach.text).toBe('(Kèm theo Báo cáo số: 45/BC-UBND ngày 08/06/2026 của UBND xã Hòa Phong)');
    expect(doc.styles[appendix.attach.style].italic).toBe(true);
    expect(appendix.pageBreakBefore).toBe(true);
  });

  it('has the seven forms, every row in order, with the official columns', () => {
    expect(appendix.tables.map((t) => t.caption.text)).toEqual(BUILTIN_CATALOGUE.forms.map((f) => `Biểu mẫu ${f.number}`));
    for (const [i, table] of appendix.tables.entries()) {
      expect(table.header).toEqual(['STT', 'Chỉ tiêu thống kê (sử dụng cho kỳ báo cáo hàng quý, 6 tháng, năm)', 'Đơn vị tính', 'Số lượng/Tỷ lệ', 'Ghi chú']);
      expect(table.rows.map((r) => r.key)).toEqual(BUILTIN_CATALOGUE.forms[i]?.rows.map((r) => r.key));
      // Titles as the official Phụ lục 01 prints them, not in capitals.
      expect(table.title.text).toBe(BUILTIN_CATALOGUE.forms[i]?.title);
      expect(table.columnShares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
      // "Kết quả thống kê" between the title and the table, as the seed's Phụ lục 01 prints it.
      expect(table.resultLine?.text).toBe('Kết quả thống kê');
      expect(doc.styles[table.resultLine?.style ?? 'body'].italic).toBe(true);
    }
  });

  it('prints values in Vietnamese notation, percents with one decimal only where it is not 0, sections bold and empty', () => {
    expect(row(1, '2')?.cells).toEqual(['2.', 'Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)', '%', '67,5', '']);
    expect(row(3, '3.3.1')?.cells[3]).toBe('1.234');
    expect(row(3, '1.1')?.cells[0]).toBe('');
    expect(row(6, '2')?.cells[3]).toBe('3.187,5');
    expect(row(6, '0')?.cells[3]).toBe('75');
    expect(row(4, '1.1')?.cells[3]).toBe('100');
    expect(row(4, '2.5')?.cells[3]).toBe('10,5');
    expect(row(7, '6.7')?.cells[3]).toBe('90,6');
    expect(row(1, '3')).toMatchObject({ bold: true, computed: false });
    expect(row(1, '3')?.cells[3]).toBe('');
    expect(row(1, '2')?.computed).toBe(true);
  });

  it('leaves a ratio empty where its whole is empty, and recomputes a sum from what is reported', () => {
    expect(row(7, '6.5')?.cells[3]).toBe('');
    expect(row(7, '6.6.1')?.cells[3]).toBe('68');
    expect(row(7, '6.5.1')?.cells[3]).toBe('');
  });

  it('prints text typed where a number belongs as typed (only a draft can carry it)', () => {
    expect(row(2, '1.3')?.cells[3]).toBe('Văn bản');
  });

  it('prints each note in the Ghi chú column of its row, section rows too, and nothing where there is none', () => {
    const noted = buildReport({
      ...withData({}),
      notes: { '1': { '2.1': 'Kế hoạch điều chỉnh tháng 4', '3': 'Chưa tổ chức kiểm tra' }, '6': { '0': 'Vốn bổ sung' } },
    }).appendix;
    const at = (form: number, key: string) => noted.tables[form - 1]?.rows.find((r) => r.key === key)?.cells[4];
    expect(at(1, '2.1')).toBe('Kế hoạch điều chỉnh tháng 4');
    expect(at(1, '3')).toBe('Chưa tổ chức kiểm tra');
    expect(at(6, '0')).toBe('Vốn bổ sung');
    expect(at(1, '2.2')).toBe('');
    expect(noted.tables[1]?.rows.every((r) => r.cells[4] === '')).toBe(true);
    // The values beside the notes are unchanged.
    expect(noted.tables[0]?.rows.find((r) => r.key === '2.1')?.cells[3]).toBe(row(1, '2.1')?.cells[3]);
    // Without notes the column stays empty.
    expect(appendix.tables.every((t) => t.rows.every((r) => r.cells[4] === ''))).toBe(true);
  });
});
