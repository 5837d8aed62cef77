// The checker's entry points: the sample is clean, findings are sorted and carry cells, counts, header checks.
import { definedName } from '../../../src/core/forms/catalogue';
import type { Meta } from '../../../src/core/data/types';
import { checkForms, checkReport, summarize } from '../../../src/core/rules';
import { compareFindings } from '../../../src/core/rules/check';
import type { Finding } from '../../../src/core/rules';
import { sampleReport, withValues } from './sample-forms';

describe('the sample commune (examples/xa-hoa-phong.json)', () => {
  it('has no error and no warning', () => {
    const result = checkReport(sampleReport());
    expect(result.errors).toBe(0);
    expect(result.warnings).toBe(0);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('checkForms', () => {
  // Errors, warnings and infos in several forms, given out of order.
  const forms = withValues({
    '1': { '2.1': 37, '2.2': 40, '1': 'mười', '3.1': null },
    '6': { '1': 3000, '2': 3500 },
    '7': { '2': 120, '6.6.2': 127 },
    '5': {},
  });

  it('sorts by form, then row order in the form, then severity', () => {
    const order = checkForms(withValues({ '1': { '5': 1, '5.1': 0, '5.2': null } }, forms)).map((f) => `${f.form}/${f.row}/${f.severity}/${f.rule}`);
    expect(order).toEqual([
      '1/1/error/not-a-number',
      '1/2.2/error/part-exceeds-whole',
      '1/3.1/info/missing',
      '1/5.1/warning/conditional',
      '1/5.2/warning/conditional',
      '6/2/warning/disbursed-exceeds-plan',
      '7/2/error/percent-range',
      '7/6.6.2/error/part-exceeds-whole',
    ]);
  });

  it('puts an error before an info on the same row, and a form\'s own info first', () => {
    const order = checkForms(withValues({ '2': { '1': 3 } }, { '2': { '1': 3 }, '1': { '2.1': 40, '2.2': 41 } })).filter((f) => f.form === 2);
    expect(order.map((f) => `${f.row}/${f.severity}/${f.rule}`)).toEqual([
      '1/error/computed-mismatch',
      '1.1/info/missing',
      '1.2/info/missing',
      '1.3/info/missing',
      '2.1/info/missing',
      '2.2.1/info/missing',
      '2.2.2/info/missing',
      '3.1/info/missing',
      '3.2.1/info/missing',
      '3.2.2/info/missing',
    ]);
    const empty = checkForms({ '1': { '2.1': 40, '2.2': 41 } }).filter((f) => f.form === 1);
    expect(empty[0]).toMatchObject({ row: '1', rule: 'missing' });
    expect(checkForms({})[0]).toMatchObject({ form: 1, row: null });
  });

  it('fills `cell` from options.cellOf, and leaves it null without it', () => {
    const cellOf = (form: number, key: string) => `'Biểu mẫu ${form}'!${definedName(form as 1, key)}`;
    const withCells = checkForms(forms, { cellOf });
    expect(withCells.find((f) => f.rule === 'part-exceeds-whole' && f.form === 1)?.cell).toBe("'Biểu mẫu 1'!BM1_2_2");
    expect(withCells.every((f) => f.cell !== null)).toBe(true);
    expect(checkForms(forms).every((f) => f.cell === null)).toBe(true);
    expect(checkForms({}, { cellOf }).every((f) => f.cell === null)).toBe(true);
  });
});

describe('compareFindings', () => {
  it('orders header, then form, then row order in the form (not the key\'s text), then error, warning, info', () => {
    const f = (form: Finding['form'], row: string | null, severity: Finding['severity']): Finding => ({ form, row, cell: null, severity, rule: 'missing', message: `${form}/${row}/${severity}` });
    const sorted = [
      f(null, null, 'error'),
      f(null, null, 'warning'),
      f(1, null, 'info'),
      f(1, '2', 'error'),
      f(1, '2.1', 'error'),
      f(1, '2.1', 'warning'),
      f(1, '2.1', 'info'),
      f(1, '10' as string, 'error'),
      f(6, '0', 'error'),
      f(6, '1', 'info'),
      f(7, '6.8.2', 'warning'),
    ];
    // Row "10" does not exist: it goes after the form's rows rather than being dropped.
    const shuffled = [7, 3, 10, 0, 5, 9, 1, 6, 2, 8, 4].map((i) => sorted[i] as Finding);
    expect([...shuffled].sort(compareFindings).map((x) => x.message)).toEqual(sorted.map((x) => x.message));
  });
});

describe('summarize', () => {
  it('counts errors, warnings and infos', () => {
    const f = (severity: Finding['severity']): Finding => ({ form: 1, row: '1', cell: null, severity, rule: 'missing', message: 'x' });
    expect(summarize([f('error'), f('info'), f('error'), f('warning'), f('info'), f('info')])).toEqual({
      findings: [f('error'), f('info'), f('error'), f('warning'), f('info'), f('info')],
      errors: 2,
      warnings: 1,
      infos: 3,
    });
    expect(summarize([])).toEqual({ findings: [], errors: 0, warnings: 0, infos: 0 });
  });
});

describe('checkReport: header', () => {
  const withMeta = (meta: Partial<Meta>) => {
    const data = sampleReport();
    return { ...data, meta: { ...data.meta, ...meta } };
  };

  it('refuses a data period that starts after it ends', () => {
    const r = checkReport(withMeta({ dataFrom: '2026-06-15', dataTo: '2026-06-14' }));
    expect(r.errors).toBe(1);
    expect(r.findings[0]).toEqual({
      form: null, row: null, cell: null, severity: 'error', rule: 'data-period-order',
      message: 'Thông tin chung: ngày bắt đầu lấy số liệu (15/06/2026) sau ngày kết thúc (14/06/2026).',
    });
  });

  it('warns of a report dated outside its year, and of data ending outside it', () => {
    const r = checkReport(withMeta({ date: '2025-06-14', dataFrom: '2024-12-15', dataTo: '2025-06-14' }));
    expect(r.findings.map((f) => [f.severity, f.rule, f.message])).toEqual([
      ['warning', 'date-outside-year', 'Thông tin chung: ngày báo cáo (14/06/2025) không thuộc năm báo cáo 2026; hãy kiểm tra lại.'],
      ['warning', 'data-period-outside-year', 'Thông tin chung: ngày kết thúc lấy số liệu (14/06/2025) không thuộc năm báo cáo 2026; hãy kiểm tra lại.'],
    ]);
  });

  it('warns of data starting after the report date', () => {
    const r = checkReport(withMeta({ date: '2026-01-10', dataFrom: '2026-02-01', dataTo: '2026-06-14' }));
    expect(r.findings.map((f) => f.rule)).toEqual(['data-from-after-date', 'data-to-after-date']);
    expect(r.findings[0]?.message).toBe('Thông tin chung: ngày bắt đầu lấy số liệu (01/02/2026) sau ngày báo cáo (10/01/2026).');
  });

  it('accepts data from the previous December (Nghị định 09/2019) up to the report date, and absent dates', () => {
    expect(checkReport(withMeta({ dataFrom: '2025-12-15', dataTo: '2026-06-08', date: '2026-06-08' })).findings).toEqual([]);
    expect(checkReport(withMeta({ dataFrom: '2025-12-15', dataTo: '2026-06-14', date: '2026-06-15' })).findings).toEqual([]);
    const { date: _d, dataFrom: _f, dataTo: _t, ...meta } = sampleReport().meta;
    expect(checkReport({ ...sampleReport(), meta }).findings).toEqual([]);
  });

  it('puts header findings first, with their cells from options.headerCellOf', () => {
    const r = checkReport(
      { ...withMeta({ dataFrom: '2026-07-01', dataTo: '2026-06-14' }), forms: withValues({ '1': { '2.2': 41 } }) },
      { headerCellOf: (field) => `'Thông tin chung'!TTC_${field}`, cellOf: () => 'X' },
    );
    expect(r.findings.map((f) => [f.form, f.row, f.cell, f.rule])).toEqual([
      [null, null, "'Thông tin chung'!TTC_dataFrom", 'data-period-order'],
      [null, null, "'Thông tin chung'!TTC_dataFrom", 'data-from-after-date'],
      [null, null, "'Thông tin chung'!TTC_dataTo", 'data-to-after-date'],
      [1, '2.2', 'X', 'part-exceeds-whole'],
    ]);
    expect([r.errors, r.warnings, r.infos]).toEqual([2, 2, 0]);
  });
});

describe('every finding message reads as a sentence', () => {
  it('names rows by noun phrases, never splicing a label that is a clause ("đã thực hiện", "UBND cấp xã đã…")', () => {
    const messy = withValues({
      '1': { '1': -2, '2.1': 3.5, '5': 7, '5.1': null, '6': null },
      '4': { '1.1': 120, '1.2': null, '2.3': 1.5, '3.1': 2, '3.2': 5 },
      '6': { '1': null, '2': -1 },
      '7': { '1': null, '2': 101, '4': 5, '5.1': null, '5.2': null },
    });
    const findings = checkForms(messy);
    expect(findings.length).toBeGreaterThan(15);
    for (const f of findings) {
      expect(f.message).toMatch(/^Biểu mẫu \d(, dòng [\d.]+)?: \S/u);
      expect(f.message).toMatch(/\.$/u);
      expect(f.message).not.toMatch(/: (đã|UBND|thực hiện|cập nhật|triển khai) /u);
      expect(f.message).not.toMatch(/chưa điền|ghi 0\)/u);
    }
  });
});
