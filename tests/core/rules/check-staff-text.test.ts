// Checks on the staff's own text: what each catches (quoting the phrase, at the Thuyết minh cell), and nothing on the clean sample.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import type { Meta, Narrative, ReportData } from '../../../src/core/data/types';
import { checkReport } from '../../../src/core/rules';
import { checkStaffText } from '../../../src/core/rules/check-staff-text';
import { narrativeCellName } from '../../../src/core/layout/names';
import { sampleReport } from './sample-forms';

const withText = (narrative: Narrative, meta: Partial<Meta> = {}, forms: ReportData['forms'] = {}): ReportData => {
  const base = sampleReport();
  const merged = { ...base.forms };
  for (const [k, v] of Object.entries(forms)) merged[k as '1'] = { ...(base.forms[k as '1'] ?? {}), ...v };
  return { ...base, meta: { ...base.meta, ...meta }, narrative, forms: merged };
};
const cells = { narrativeCellOf: (key: string) => `'Thuyết minh'!${narrativeCellName(key as 'I')}`, unitCell: "'Thông tin chung'!B3" };
const rules = (d: ReportData): string[] => checkStaffText(d, {}, BUILTIN_CATALOGUE).map((f) => f.rule);

describe('the sample commune', () => {
  it("gives no finding on the sample's own text, and checkReport stays clean", () => {
    expect(checkStaffText(sampleReport(), {}, BUILTIN_CATALOGUE)).toEqual([]);
    expect(checkReport(sampleReport()).warnings).toBe(0);
  });
});

describe('text-other-unit', () => {
  it('catches another commune named, quoting it, at the section cell', () => {
    const d = withText({ 'II.1': 'UBND xã Quảng Nghiệp đã triển khai Kế hoạch theo dõi thi hành pháp luật.' });
    expect(checkStaffText(d, cells, BUILTIN_CATALOGUE)).toEqual([
      {
        form: null,
        row: null,
        cell: "'Thuyết minh'!TM_II_1",
        severity: 'warning',
        rule: 'text-other-unit',
        message:
          'Thuyết minh, mục II.1: nhắc đến “xã Quảng Nghiệp”, không phải xã Hòa Phong của báo cáo này; hãy kiểm tra lại (có thể là phần chép từ báo cáo của đơn vị khác).',
      },
    ]);
  });

  it('accepts the unit itself, a thị xã, the commune level and words that are not a unit', () => {
    const d = withText({ I: 'UBND xã Hòa Phong phối hợp với thị xã Kinh Môn; công chức cấp xã; an sinh xã hội. Xã Hòa Phong tiếp tục thực hiện.' });
    expect(checkStaffText(d, {}, BUILTIN_CATALOGUE)).toEqual([]);
  });

  it('accepts the unit typed with the tone on the other vowel ("xã Hoà Phong" for xã Hòa Phong: both placements are in use)', () => {
    const d = withText({ I: 'UBND xã Hoà Phong triển khai Kế hoạch CCHC năm.' });
    expect(d.meta.unit).toBe('Hòa Phong');
    expect(checkStaffText(d, {}, BUILTIN_CATALOGUE)).toEqual([]);
  });
});

describe('text-other-period', () => {
  it('catches a period of another year', () => {
    const d = withText({ 'I.3': 'Tiếp tục khắc phục các tồn tại nêu trong báo cáo 6 tháng đầu năm 2022 và quý III năm 2025.' });
    expect(checkStaffText(d, {}, BUILTIN_CATALOGUE).map((f) => f.message)).toEqual([
      'Thuyết minh, mục I.3: nhắc đến “6 tháng đầu năm 2022”, trong khi báo cáo này là báo cáo 6 tháng đầu năm 2026; hãy kiểm tra lại.',
      'Thuyết minh, mục I.3: nhắc đến “quý III năm 2025”, trong khi báo cáo này là báo cáo 6 tháng đầu năm 2026; hãy kiểm tra lại.',
    ]);
  });

  it("accepts the report's year, years that are not periods, and the next year in section IV", () => {
    const d = withText({ 'I.3': 'Hồ sơ giai đoạn trước năm 2020; quý II năm 2026.', IV: 'Hoàn thành trong quý I năm 2027.' });
    expect(checkStaffText(d, {}, BUILTIN_CATALOGUE)).toEqual([]);
  });
});

describe('text-figure-mismatch', () => {
  it('catches "cấp xã 10 người, thôn 9 người" against Biểu mẫu 4 saying 9 and 10', () => {
    const d = withText({ 'II.3': 'Số người hoạt động không chuyên trách ở cấp xã 10 người, thôn 9 người.' }, {}, { '4': { '3.1': 9, '3.2': 9, '4.1': 10, '4.2': 10 } });
    expect(checkStaffText(d, {}, BUILTIN_CATALOGUE).map((f) => [f.rule, f.message])).toEqual([
      ['text-figure-mismatch', 'Thuyết minh, mục II.3: ghi “cấp xã 10 người”, nhưng Biểu mẫu 4 dòng 3.1 ghi 9 và dòng 3.2 ghi 9; hãy sửa cho khớp với số liệu của biểu mẫu.'],
      ['text-figure-mismatch', 'Thuyết minh, mục II.3: ghi “thôn 9 người”, nhưng Biểu mẫu 4 dòng 4.1 ghi 10 và dòng 4.2 ghi 10; hãy sửa cho khớp với số liệu của biểu mẫu.'],
    ]);
  });

  it('catches "998 hồ sơ" settled against 962, and accepts the figures the forms hold', () => {
    const d = withText({ 'II.2.c': 'Trong kỳ đã tiếp nhận 998 hồ sơ, giải quyết 998 hồ sơ.' }, {}, { '3': { '3.3.1': 962, '3.3.2': 962 }, '7': { '6.7.1': 998, '6.7.2': 981 } });
    expect(checkStaffText(d, {}, BUILTIN_CATALOGUE).map((f) => f.message)).toEqual([
      'Thuyết minh, mục II.2.c: ghi “giải quyết 998 hồ sơ”, nhưng Biểu mẫu 3 dòng 3.3.1 ghi 962 và dòng 3.3.2 ghi 962; hãy sửa cho khớp với số liệu của biểu mẫu.',
    ]);
    const ok = withText({ 'II.2.c': 'Đã tiếp nhận 998 hồ sơ; đã giải quyết xong 1.234 hồ sơ; ban hành 12 văn bản chỉ đạo.' }, {}, { '7': { '6.7.1': 998 } });
    expect(checkStaffText(ok, {}, BUILTIN_CATALOGUE)).toEqual([]);
  });

  it('says nothing when the row it would compare with is not reported', () => {
    const d = withText({ 'I.1': 'Đã ban hành 15 văn bản chỉ đạo.' }, {}, { '1': { '1': null } });
    expect(checkStaffText(d, {}, BUILTIN_CATALOGUE)).toEqual([]);
    expect(rules(withText({ 'I.1': 'Đã ban hành 15 văn bản chỉ đạo.' }))).toEqual(['text-figure-mismatch']);
  });
});

describe('text-wrong-kind', () => {
  it('catches "xã" in a phường\'s text, once per section, quoting its first use', () => {
    const d = withText({ I: 'UBND xã chỉ đạo quyết liệt; Đoàn Thanh niên xã tham gia.' }, { unitKind: 'phường', unit: 'Lê Chân' });
    expect(checkStaffText(d, {}, BUILTIN_CATALOGUE).map((f) => [f.rule, f.message])).toEqual([
      ['text-wrong-kind', 'Thuyết minh, mục I: dùng từ “xã” (“UBND xã chỉ đạo”) trong báo cáo của phường Lê Chân; hãy kiểm tra lại.'],
    ]);
  });

  it('catches the unit named with another kind, and accepts the commune level, lists of kinds and "xã hội"', () => {
    expect(rules(withText({ I: 'Phường Lê Chân và xã Lê Chân.' }, { unitKind: 'phường', unit: 'Lê Chân' }))).toEqual(['text-wrong-kind']);
    expect(checkStaffText(withText({ I: 'Công chức cấp xã; các xã, phường, thị trấn trong tỉnh; bảo hiểm xã hội.' }, { unitKind: 'phường', unit: 'Lê Chân' }), {}, BUILTIN_CATALOGUE)).toEqual([]);
  });
});

describe('unit-name-has-kind', () => {
  it('catches "Xã Thái Học" in Thông tin chung, at the unit cell', () => {
    const d = withText({}, { unit: 'Xã Thái Học' });
    expect(checkStaffText(d, cells, BUILTIN_CATALOGUE)).toEqual([
      {
        form: null,
        row: null,
        cell: "'Thông tin chung'!B3",
        severity: 'warning',
        rule: 'unit-name-has-kind',
        message: 'Thông tin chung: tên đơn vị “Xã Thái Học” đã có loại đơn vị ở đầu; chỉ ghi tên (“Thái Học”), vì loại đơn vị đã có ô riêng và được ghép vào khi in.',
      },
    ]);
  });

  it('reaches checkReport with the cells of the workbook', () => {
    const d = withText({ V: 'Đề nghị UBND xã Quảng Nghiệp phối hợp.' }, { unit: 'Xã Hòa Phong' });
    const found = checkReport(d, { headerCellOf: (f) => (f === 'unit' ? "'Thông tin chung'!B3" : null), narrativeCellOf: (k) => `'Thuyết minh'!${narrativeCellName(k)}` }).findings.filter(
      (f) => f.severity === 'warning',
    );
    expect(found.map((f) => [f.rule, f.cell])).toEqual([
      ['unit-name-has-kind', "'Thông tin chung'!B3"],
      ['text-other-unit', "'Thuyết minh'!TM_V"],
      // Only V has text: the other sections only the staff can write stand empty.
      ['section-empty', "'Thuyết minh'!TM_I_4"],
      ['section-empty', "'Thuyết minh'!TM_III_1"],
      ['section-empty', "'Thuyết minh'!TM_III_2"],
      ['section-empty', "'Thuyết minh'!TM_IV"],
    ]);
  });
});
