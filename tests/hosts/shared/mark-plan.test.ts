// The one plan of what a check marks, for Excel and Sheets: errors outrank warnings, infos and cell-less findings are not marked.
import type { Finding } from '../../../src/core/rules/types';
import { planMarks } from '../../../src/hosts/shared/mark-plan';

const f = (cell: string | null, severity: Finding['severity'], message: string): Finding => ({ form: 1, row: '2.2', cell, severity, rule: 'missing', message });

describe('planMarks', () => {
  it('groups by sheet and cell, keeps every finding of a cell, and lets an error outrank a warning in any order', () => {
    const w1 = f("'Biểu mẫu 1'!$D$8", 'warning', 'cảnh báo 1');
    const e1 = f("'Biểu mẫu 1'!D8", 'error', 'lỗi 1');
    const w2 = f("'Biểu mẫu 1'!D8", 'warning', 'cảnh báo 2');
    const other = f("'Biểu mẫu 4'!D9", 'warning', 'cảnh báo 3');
    const marks = planMarks([w1, e1, w2, other, f("'Biểu mẫu 1'!D10", 'info', 'trống'), f(null, 'error', 'đầu trang'), f("'Biểu mẫu 1'!D8:D9", 'error', 'vùng')]);
    expect([...marks.keys()]).toEqual(['Biểu mẫu 1', 'Biểu mẫu 4']);
    expect([...(marks.get('Biểu mẫu 1')?.values() ?? [])]).toEqual([{ a1: 'D8', severity: 'error', findings: [w1, e1, w2] }]);
    expect(marks.get('Biểu mẫu 4')?.get('D9')).toEqual({ a1: 'D9', severity: 'warning', findings: [other] });
  });
});
