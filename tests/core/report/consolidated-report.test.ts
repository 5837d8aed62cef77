// The consolidated report's document model: header of the consolidating body, title with period and count, appendix of totals with completeness.
import { consolidate } from '../../../src/core/aggregate/consolidate';
import type { Grouping } from '../../../src/core/aggregate/grouping';
import { FORMS } from '../../../src/core/forms/catalogue';
import { buildConsolidatedReport } from '../../../src/core/report/consolidated-report';
import { formsWith } from '../aggregate/sample-units';

const grouping: Grouping = {
  period: 'Q1',
  year: 2026,
  units: [
    { file: 'a.json', meta: { unit: 'Hòa Phong', unitKind: 'xã', period: 'Q1', year: 2026 } },
    { file: 'b.json', meta: { unit: 'An Phú', unitKind: 'phường', period: 'Q1', year: 2026 } },
  ],
  rejected: [],
};
const c = consolidate([formsWith(), formsWith({ '1': { '2.1': 10, '2.2': 10, '1': undefined } })], { expected: 3 });

describe('buildConsolidatedReport', () => {
  const doc = buildConsolidatedReport(grouping, c, { issuer: 'Sở Nội vụ tỉnh Quảng Ngãi' });

  it('titles the report with the period (Roman numeral kept) and the number of units', () => {
    expect(doc.title.map((l) => l.text)).toEqual(['BÁO CÁO TỔNG HỢP SỐ LIỆU CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026 CỦA 2 ĐƠN VỊ']);
    expect(doc.header.left.map((l) => l.text)).toEqual(['SỞ NỘI VỤ TỈNH QUẢNG NGÃI']);
    expect(doc.header.placeDate.text).toContain('năm 2026');
  });

  it('names the units and how many of those expected reported', () => {
    const text = doc.body.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : '')).join('\n');
    expect(text).toContain('2/3 đơn vị: xã Hòa Phong, phường An Phú');
  });

  it('has one appendix table per form, totals and recomputed ratios in Vietnamese notation, completeness per row', () => {
    expect(doc.appendix.tables.map((t) => t.form)).toEqual(FORMS.map((f) => f.number));
    const t1 = doc.appendix.tables[0]!;
    expect(t1.header).toEqual(['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Tổng hợp', 'Số đơn vị báo cáo']);
    const row = (key: string) => t1.rows.find((r) => r.key === key)!.cells;
    expect(row('1').slice(3)).toEqual(['12', '1/3']);
    expect(row('2.1').slice(3)).toEqual(['50', '2/3']);
    expect(row('2').slice(3)).toEqual(['74,0', '2/3']); // a ratio counts the communes that gave both its numbers
    expect(row('5').slice(3)).toEqual(['Có: 2; Không: 0', '2/3']);
    expect(t1.rows.find((r) => r.key === '3')?.bold).toBe(true);
  });

  it('leaves a blank for the consolidating body when none is named', () => {
    expect(buildConsolidatedReport(grouping, c).header.left[0]?.text).toMatch(/^…+$/);
  });
});
