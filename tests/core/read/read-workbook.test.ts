// The reader: host values of named cells → report data; empty ≠ 0, text kept, header parsed with Vietnamese findings.
import sample from '../../../examples/xa-hoa-phong.json';
import type { ReportData } from '../../../src/core/data/types';
import { buildWorkbookPlan, cellLocator } from '../../../src/core/layout/build-workbook-plan';
import { readWorkbookValues, WorkbookFormatError } from '../../../src/core/read/read-workbook';
import { TemplateVersionError } from '../../../src/core/read/template-version';
import { parseReportData } from '../../../src/core/data/schema';
import { loadPlan } from '../layout/plan-engine';

const SAMPLE = sample as unknown as ReportData;

/** Named values of a workbook laid out from the sample, as a host would read them after calculation. */
const sampleValues = (): Record<string, unknown> => loadPlan(buildWorkbookPlan(SAMPLE)).namedValues();
const header = {
  TTC_unit: 'Hòa Phong', TTC_unitKind: 'xã', TTC_superior: 'UBND tỉnh Quảng Ngãi', TTC_period: '6 tháng đầu năm', TTC_year: 2026,
};
const read = (values: Record<string, unknown>, includeComputed = false) => readWorkbookValues({ ...header, ...values }, { includeComputed });

describe('readWorkbookValues: round trip', () => {
  it('gives back the sample report data from a workbook laid out from it', () => {
    const r = readWorkbookValues(sampleValues());
    expect(r.findings).toEqual([]);
    expect(r.data).toEqual(SAMPLE);
    expect(r.forms).toEqual(SAMPLE.forms);
  });

  it('gives back narrative text and typed text in number cells', () => {
    const data: ReportData = {
      ...SAMPLE,
      forms: { ...SAMPLE.forms, '2': { ...SAMPLE.forms['2'], '1.3': 'Văn bản' } },
      narrative: { 'I.1': 'Ủy ban nhân dân xã ban hành Kế hoạch CCHC năm 2026.', 'II.2.a': 'Dòng một\nDòng hai' },
    };
    const r = readWorkbookValues(loadPlan(buildWorkbookPlan(data)).namedValues());
    expect(r.data).toEqual(data);
  });

  // The reader builds report data without zod (so `cchc check` of a workbook never loads it): what it builds must already be valid and normalised.
  it('builds data that report data validation accepts unchanged, whatever the spacing, case and kinds of the cells', () => {
    const values = {
      ...sampleValues(),
      TTC_unit: '  Hòa   Phong ', TTC_superior: ' UBND tỉnh Quảng Ngãi\n', TTC_unitKind: ' XÃ ', TTC_period: 'quý i', TTC_year: ' 2026 ',
      TTC_signerTitle: ' CHỦ TỊCH ', TTC_signerName: '', TTC_recipients: ' - Như trên;\n- Lưu: VT. ',
      BM1_1: 1e300, BM1_2: Infinity, BM2_1_3: 'chữ', BM3_1: true, BM3_2: new Date(Date.UTC(2026, 0, 2)), GC1_1: ' ghi chú ', TTC_place: ' Hòa Phong ', TTC_date: new Date(Date.UTC(2026, 5, 8)), TTC_province: '  ',
    };
    const r = readWorkbookValues(values);
    expect(r.data).not.toBeNull();
    const parsed = parseReportData(r.data);
    expect(parsed).toEqual({ ok: true, data: r.data });
  });

  it('reads an empty template as no form values and the missing header fields as findings', () => {
    const r = readWorkbookValues(loadPlan(buildWorkbookPlan()).namedValues());
    expect(r.forms).toEqual({});
    expect(r.data).toBeNull();
    expect(r.findings.map((f) => [f.rule, f.cell])).toEqual([
      ['meta-missing', "'Thông tin chung'!B4"],
      ['meta-missing', "'Thông tin chung'!B6"],
      ['meta-missing', "'Thông tin chung'!B8"],
      ['meta-missing', "'Thông tin chung'!B9"],
    ]);
  });

  it('reads computed cells only when asked, keeping their numbers for the audit', () => {
    const values = sampleValues();
    expect(readWorkbookValues(values).forms['1']?.['2']).toBeUndefined();
    const withComputed = readWorkbookValues(values, { includeComputed: true });
    expect(withComputed.forms['1']?.['2']).toBe(67.5); // 27 ÷ 40
    expect(withComputed.forms['7']?.['6.6.1']).toBe(126);
    // An empty computed cell (whole 0) stays absent.
    const r = read({ BM1_3_2: '', BM1_3_2_1: 0, BM1_3_2_2: 0 }, true);
    expect(r.forms['1']).toEqual({ '3.2.1': 0, '3.2.2': 0 });
    // A number typed over a formula is kept for computed-mismatch.
    expect(read({ BM1_2: 78 }, true).forms['1']).toEqual({ '2': 78 });
  });
});

describe('readWorkbookValues: form values', () => {
  it.each([
    ['a number', 15, 15],
    ['zero (reported as 0)', 0, 0],
    ['money with decimals', 3187.5, 3187.5],
    ['a code', 2, 2],
    ['text where a number belongs, kept as typed', 'Văn bản', 'Văn bản'],
    ['Vietnamese notation, kept as text for the checker', '1.234', '1.234'],
    ['Vietnamese decimal comma, kept as text', '98,3', '98,3'],
    ['a number stored as text, kept as text', '12', '12'],
    ['decomposed Vietnamese made NFC', 'Va\u0306n ba\u0309n', 'Văn bản'],
    ['a boolean, kept as what the cell shows', true, 'TRUE'],
    ['a Date (a number turned into a date by the spreadsheet), kept as what it shows', new Date(Date.UTC(2026, 1, 1)), '01/02/2026'],
    ['an ExcelJS rich text', { richText: [{ text: 'mười ' }, { text: 'hai' }] }, 'mười hai'],
    ['an ExcelJS formula with its result', { formula: 'D7+1', result: 8 }, 8],
    ['an error value', { error: '#REF!' }, '#REF!'],
  ])('%s', (_name, cell, expected) => {
    const r = read({ BM1_1: cell });
    expect(r.forms['1']?.['1']).toEqual(expected);
    expect(r.data?.forms['1']?.['1']).toEqual(expected);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['the empty string', ''],
    ['whitespace', '  \t '],
    ['an ExcelJS formula without result', { formula: 'D7' }],
  ])('leaves %s empty: not reported, never 0', (_name, cell) => {
    const r = read({ BM1_1: cell, BM1_2_1: 37 });
    expect(r.forms['1']).toEqual({ '2.1': 37 });
    expect(Object.prototype.hasOwnProperty.call(r.forms['1'], '1')).toBe(false);
  });

  it('returns the forms even when the header is unusable', () => {
    const r = readWorkbookValues({ BM1_2_1: 37, BM1_2_2: 21, TTC_unit: '' });
    expect(r.data).toBeNull();
    expect(r.forms).toEqual({ '1': { '2.1': 37, '2.2': 21 } });
  });

  it('ignores names it does not know (hosts may pass every name of the workbook)', () => {
    expect(read({ Print_Area: 'x', BM1_1: 3 }).data?.forms).toEqual({ '1': { '1': 3 } });
  });
});

describe('readWorkbookValues: notes (Ghi chú)', () => {
  it('gives back the notes of a workbook laid out from data with notes, section rows included', () => {
    const data: ReportData = {
      ...SAMPLE,
      notes: { '1': { '2.1': 'Kế hoạch điều chỉnh tháng 4', '3': 'Dòng một\nDòng hai' }, '7': { '6.8.2': '12' } },
    };
    const r = readWorkbookValues(loadPlan(buildWorkbookPlan(data)).namedValues());
    expect(r.findings).toEqual([]);
    expect(r.data).toEqual(data);
  });

  it('reads notes by name: empty is absent, text NFC with LF line ends, a number or a date as its text', () => {
    const decomposed = 'Ghi chu\u0301 cu\u0309a xa\u0303';
    const r = read({
      GC1_2_1: `  ${decomposed}\r\nDòng hai  `,
      GC1_2_2: '',
      GC1_3: '   ',
      GC2_1_3: 12.5,
      GC4_2_1: new Date(Date.UTC(2026, 5, 9)),
      GC6_0: null,
      GC7_1: true,
    });
    expect(r.data?.notes).toEqual({
      '1': { '2.1': 'Ghi chú của xã\nDòng hai' },
      '2': { '1.3': '12.5' },
      '4': { '2.1': '09/06/2026' },
      '7': { '1': 'TRUE' },
    });
    expect(r.data?.notes?.['1']?.['2.1']).toBe('Ghi chú của xã\nDòng hai'.normalize('NFC'));
    // Notes never turn into form values.
    expect(r.data?.forms).toEqual({});
  });

  it('reads a workbook laid out before notes were named: no GC names, no notes, no failure', () => {
    const values = Object.fromEntries(Object.entries(sampleValues()).filter(([name]) => !name.startsWith('GC')));
    const r = readWorkbookValues(values);
    expect(r.findings).toEqual([]);
    expect(r.data).toEqual(SAMPLE);
    expect(r.data && 'notes' in r.data).toBe(false);
  });

  it('leaves notes out of the data when every Ghi chú cell is empty', () => {
    const r = readWorkbookValues(loadPlan(buildWorkbookPlan(SAMPLE)).namedValues());
    expect(Object.keys(r.data ?? {})).toEqual(['schemaVersion', 'meta', 'forms', 'narrative']);
  });

  it('recognises a workbook holding only Ghi chú names as ours', () => {
    expect(() => readWorkbookValues({ GC1_2_1: 'x' })).not.toThrow();
  });
});

describe('readWorkbookValues: header', () => {
  it('reads the period from its label, its code or a common alias', () => {
    const period = (p: unknown) => read({ TTC_period: p }).data?.meta.period;
    expect(period('Quý I')).toBe('Q1');
    expect(period('6 tháng đầu năm')).toBe('H1');
    expect(period('  6 THÁNG ĐẦU NĂM ')).toBe('H1');
    expect(period('Quý III')).toBe('Q3');
    expect(period('9 tháng')).toBe('Q3');
    expect(period('Năm')).toBe('Y');
    expect(period('H1')).toBe('H1');
    expect(period('y')).toBe('Y');
  });

  it('reads a narrative cell under a date format as the day it shows, as the Sheets API gives it', () => {
    const narrative = (v: unknown) => read({ TM_I_1: v }).data?.narrative['I.1'];
    expect(narrative(new Date(Date.UTC(2026, 0, 15)))).toBe('15/01/2026'); // the .xlsx reader, Office.js
    expect(narrative('15/01/2026')).toBe('15/01/2026'); // the Sheets API
  });

  it('reads dates from a Date, a serial number, dd/mm/yyyy or yyyy-mm-dd text', () => {
    const date = (d: unknown) => read({ TTC_date: d }).data?.meta.date;
    expect(date(new Date(Date.UTC(2026, 5, 8)))).toBe('2026-06-08'); // ExcelJS: UTC midnight
    expect(date(new Date(Date.UTC(2026, 5, 7, 17)))).toBe('2026-06-08'); // Apps Script: midnight in Hà Nội (UTC+7)
    expect(date(46181)).toBe('2026-06-08'); // Office.js: a serial
    expect(date(46181.75)).toBe('2026-06-08');
    expect(date('08/06/2026')).toBe('2026-06-08');
    expect(date('8/6/2026')).toBe('2026-06-08');
    expect(date('08-06-2026')).toBe('2026-06-08');
    expect(date('2026-06-08')).toBe('2026-06-08');
  });

  it('reports an impossible date as meta-invalid at its cell, and keeps the rest of the data', () => {
    const r = read({ TTC_dataTo: '31/02/2026' });
    expect(r.data?.meta.dataTo).toBeUndefined();
    expect(r.data?.meta.unit).toBe('Hòa Phong');
    expect(r.findings).toEqual([
      {
        form: null, row: null, cell: "'Thông tin chung'!B14", severity: 'error', rule: 'meta-invalid',
        message: 'Thông tin chung: “Số liệu tính đến ngày” là “31/02/2026”, không phải một ngày có thật; viết theo dạng ngày/tháng/năm, ví dụ 08/06/2026.',
      },
    ]);
  });

  it('reads the year from a number or four digits of text', () => {
    expect(read({ TTC_year: '2026' }).data?.meta.year).toBe(2026);
    expect(read({ TTC_year: 2026 }).data?.meta.year).toBe(2026);
  });

  it('splits recipients on new lines, dropping bullets and end punctuation the report adds itself', () => {
    const r = read({ TTC_recipients: '- UBND tỉnh Quảng Ngãi;\r\n- Sở Nội vụ;\n\n- Lưu: VT, VP.' });
    expect(r.data?.meta.recipients).toEqual(['UBND tỉnh Quảng Ngãi', 'Sở Nội vụ', 'Lưu: VT, VP']);
  });

  it('reads the former units (Đơn vị cũ) one a line, and none from an empty cell', () => {
    expect(read({ TTC_formerUnits: '- xã Thái Học;\r\nthị trấn Kẻ Sặt\n\n' }).data?.meta.formerUnits).toEqual(['xã Thái Học', 'thị trấn Kẻ Sặt']);
    expect(read({ TTC_formerUnits: '  ' }).data?.meta).not.toHaveProperty('formerUnits');
  });

  it('assembles the signer from its form, body, title and name, and names a missing title', () => {
    expect(read({ TTC_signerForm: 'KT.', TTC_signerBody: 'ỦY BAN NHÂN DÂN', TTC_signerTitle: 'PHÓ CHỦ TỊCH', TTC_signerName: 'Lê Thị Lan' }).data?.meta.signer)
      .toEqual({ form: 'KT.', body: 'ỦY BAN NHÂN DÂN', title: 'PHÓ CHỦ TỊCH', name: 'Lê Thị Lan' });
    expect(read({ TTC_signerForm: 'kt', TTC_signerTitle: 'PHÓ CHỦ TỊCH' }).data?.meta.signer).toEqual({ form: 'KT.', title: 'PHÓ CHỦ TỊCH', name: '' });
    const r = read({ TTC_signerName: 'Lê Thị Lan', TTC_signerForm: 'TM.' });
    expect(r.data?.meta.signer).toBeUndefined();
    expect(r.findings.map((f) => [f.rule, f.cell, f.message])).toEqual([
      ['meta-missing', "'Thông tin chung'!B18", 'Thông tin chung: đã nhập người ký nhưng chưa nhập “Chức vụ người ký”.'],
    ]);
  });

  it('reports a signing form outside TM., KT., Q., TL. at its cell', () => {
    const r = read({ TTC_signerForm: 'TUQ', TTC_signerTitle: 'CHỦ TỊCH' });
    expect(r.findings.map((f) => [f.rule, f.cell, f.message])).toEqual([
      ['meta-invalid', "'Thông tin chung'!B16", 'Thông tin chung: hình thức ký “TUQ” không hợp lệ; chọn một trong: TM., KT., Q., TL.'],
    ]);
  });

  it('still reads the single authority cell of a workbook laid out before the signing form had its own cells', () => {
    expect(read({ TTC_signerAuthority: 'KT. CHỦ TỊCH', TTC_signerTitle: 'PHÓ CHỦ TỊCH', TTC_signerName: 'Lê Thị Lan' }).data?.meta.signer)
      .toEqual({ authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lê Thị Lan' });
  });

  it('reads a whole authority line carried into the form cell (re-laying an older workbook keeps that row by position)', () => {
    const r = read({ TTC_signerForm: 'KT. CHỦ TỊCH', TTC_signerTitle: 'PHÓ CHỦ TỊCH' });
    expect(r.findings).toEqual([]);
    expect(r.data?.meta.signer).toEqual({ authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: '' });
  });

  it('reads that line whole even when the body cell beside it holds the template’s default (Sheets lays defaults into empty cells)', () => {
    const r = read({ TTC_signerForm: 'KT. ỦY BAN NHÂN DÂN', TTC_signerBody: 'ỦY BAN NHÂN DÂN', TTC_signerTitle: 'PHÓ CHỦ TỊCH' });
    expect(r.findings).toEqual([]);
    expect(r.data?.meta.signer).toEqual({ authority: 'KT. ỦY BAN NHÂN DÂN', title: 'PHÓ CHỦ TỊCH', name: '' });
  });

  it('turns a report number typed as a number into text', () => {
    expect(read({ TTC_reportNumber: 30 }).data?.meta.reportNumber).toBe('30');
  });

  it.each([
    ['unit', { TTC_unit: '  ' }, 'meta-missing', "'Thông tin chung'!B4", 'Thông tin chung: chưa nhập “Tên đơn vị báo cáo”.'],
    ['superior', { TTC_superior: null }, 'meta-missing', "'Thông tin chung'!B6", 'Thông tin chung: chưa nhập “Cơ quan cấp trên nhận báo cáo”.'],
    ['unit kind', { TTC_unitKind: 'huyện' }, 'meta-invalid', "'Thông tin chung'!B5",
      'Thông tin chung: loại đơn vị “huyện” không hợp lệ; chọn một trong: xã, phường, thị trấn, đặc khu.'],
    ['period', { TTC_period: 'Quý II' }, 'meta-invalid', "'Thông tin chung'!B8",
      'Thông tin chung: kỳ báo cáo “Quý II” không hợp lệ; chọn một trong: Quý I, 6 tháng đầu năm, Quý III, Năm.'],
    ['year', { TTC_year: 26 }, 'meta-invalid', "'Thông tin chung'!B9",
      'Thông tin chung: năm báo cáo “26” không hợp lệ; nhập năm gồm 4 chữ số, từ 2000 đến 2100.'],
    ['year as text', { TTC_year: 'năm nay' }, 'meta-invalid', "'Thông tin chung'!B9",
      'Thông tin chung: năm báo cáo “năm nay” không hợp lệ; nhập năm gồm 4 chữ số, từ 2000 đến 2100.'],
  ])('a bad %s gives no data and one finding naming the field', (_n, values, rule, cell, message) => {
    const r = read(values);
    expect(r.data).toBeNull();
    expect(r.findings).toEqual([{ form: null, row: null, cell, severity: 'error', rule, message }]);
  });

  it('uses the host\'s address of a header cell when it knows one', () => {
    const r = readWorkbookValues({ ...header, TTC_unit: '' }, { cellOfName: (n) => (n === 'TTC_unit' ? "'Thông tin chung'!C12" : null) });
    expect(r.findings[0]?.cell).toBe("'Thông tin chung'!C12");
  });

  it('takes cellOf without changing what it reads', () => {
    const plan = buildWorkbookPlan(SAMPLE);
    const r = readWorkbookValues(sampleValues(), { cellOf: cellLocator(plan), includeComputed: false });
    expect(r.data).toEqual(SAMPLE);
  });
});

describe('readWorkbookValues: not our workbook', () => {
  it('throws a WorkbookFormatError with a Vietnamese message when none of the template names is there', () => {
    expect(() => readWorkbookValues({})).toThrow(WorkbookFormatError);
    expect(() => readWorkbookValues({ Sheet1: 1, Print_Area: 'A1' })).toThrow(/không phải mẫu báo cáo CCHC/);
    try {
      readWorkbookValues({});
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      expect((e as Error).name).toBe('WorkbookFormatError');
    }
  });

  it('refuses a workbook made by a newer template version', () => {
    expect(() => read({ CCHC_TEMPLATE_VERSION: '4' })).toThrow(/phiên bản 4, mới hơn phiên bản 3/);
    expect(() => read({ CCHC_TEMPLATE_VERSION: 4 })).toThrow(TemplateVersionError);
    expect(read({ CCHC_TEMPLATE_VERSION: '3' }).data).not.toBeNull();
    expect(read({ CCHC_TEMPLATE_VERSION: '2' }).data).not.toBeNull();
    expect(read({ CCHC_TEMPLATE_VERSION: '1' }).data).not.toBeNull();
    expect(read({ CCHC_TEMPLATE_VERSION: 1 }).data).not.toBeNull();
  });

  it('refuses a version no template had, rather than guess what its cells mean', () => {
    for (const v of ['0', 'x7', '1.5', true]) expect(() => read({ CCHC_TEMPLATE_VERSION: v })).toThrow(/không phải phiên bản nào của mẫu/);
  });
});
