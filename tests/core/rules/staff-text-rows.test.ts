// The staff's text against the figures (issue 22 item 1): a figure, a percent or a denial beside a row's words (the set's `Từ ngữ`), and no false alarm.
import { BUILTIN_CATALOGUE, BUILTIN_SET } from '../../../src/core/forms/builtin';
import { buildCatalogue } from '../../../src/core/forms/build-catalogue';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import type { Meta, Narrative, ReportData } from '../../../src/core/data/types';
import type { FormCatalogue } from '../../../src/core/forms/build-catalogue';
import { checkStaffText } from '../../../src/core/rules/check-staff-text';
import { sampleReport } from './sample-forms';

// The sample: BM1 2 = 27 / 40 = 67,5 %; BM3 3.3 = 1229 / 1234 = 99,6 %, 3.4.1 = 3; BM5 4.1 = 4.2 = 0;
// BM6 0 = 3187,5 / 4250 = 75 %; BM7 6.7 = 1187 / 1310 = 90,6 %.
const withText = (narrative: Narrative, forms: ReportData['forms'] = {}, meta: Partial<Meta> = {}): ReportData => {
  const base = sampleReport();
  const merged = { ...base.forms };
  for (const [k, v] of Object.entries(forms)) merged[k as '1'] = { ...(base.forms[k as '1'] ?? {}), ...v };
  return { ...base, meta: { ...base.meta, ...meta }, narrative, forms: merged };
};
const found = (d: ReportData, catalogue: FormCatalogue = BUILTIN_CATALOGUE): string[][] => checkStaffText(d, {}, catalogue).map((f) => [f.rule, f.message]);

describe('a figure beside a row’s words', () => {
  it('catches the reference’s “Số hồ sơ tiếp nhận và giải quyết: 998 hồ sơ” (a colon) beside Biểu mẫu 3 row 3.3.1 = 962', () => {
    const d = withText({ 'II.2.c': 'Số hồ sơ tiếp nhận và giải quyết: 998 hồ sơ.' }, { '3': { '3.3.1': 962, '3.3.2': 962 }, '7': { '6.7.1': 998, '6.7.2': 981 } });
    expect(found(d)).toEqual([
      [
        'text-figure-mismatch',
        'Thuyết minh, mục II.2.c: ghi “giải quyết: 998 hồ sơ”, nhưng Biểu mẫu 3 dòng 3.3.1 ghi 962 và dòng 3.3.2 ghi 962; hãy sửa cho khớp với số liệu của biểu mẫu.',
      ],
    ]);
  });

  it('reads “01” as 1 and “1.234” as 1234, and a figure before the words (“01 phản ánh, kiến nghị”)', () => {
    expect(found(withText({ 'II.2.a': 'Trong kỳ, UBND xã tiếp nhận 01 phản ánh, kiến nghị.' }))).toEqual([
      ['text-figure-mismatch', 'Thuyết minh, mục II.2.a: ghi “01 phản ánh, kiến nghị”, nhưng Biểu mẫu 3 dòng 3.4.1 ghi 3; hãy sửa cho khớp với số liệu của biểu mẫu.'],
    ]);
    expect(found(withText({ 'II.2.a': 'Trong kỳ, UBND xã tiếp nhận 03 phản ánh, kiến nghị; đã giải quyết: 1.234 hồ sơ.' }))).toEqual([]);
  });

  it('takes words after a count only right after it: “5 hồ sơ giải quyết quá hạn” says what the 5 are', () => {
    expect(found(withText({ 'II.2.c': 'Có 5 hồ sơ giải quyết quá hạn, đều đã có văn bản xin lỗi.' }))).toEqual([]);
  });

  it('takes an estimate or a change for no value (“trên 1.000 hồ sơ”, “tăng 6% so với cùng kỳ”)', () => {
    const d = withText({ 'II.2.c': 'Đã giải quyết trên 1.000 hồ sơ; tỷ lệ hồ sơ tiếp nhận trực tuyến tăng 6% so với cùng kỳ năm 2025.' });
    expect(found(d)).toEqual([]);
  });
});

describe('a percent claimed for a ratio', () => {
  it('catches an on-time share the ratio contradicts, and accepts the ratio as the form shows it or rounded', () => {
    expect(found(withText({ 'II.2.c': 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%.' }))).toEqual([
      [
        'text-percent-mismatch',
        'Thuyết minh, mục II.2.c: ghi “giải quyết đúng hạn đạt 100%”, nhưng theo số liệu, Biểu mẫu 3 dòng 3.3 ghi 99,6%; hãy sửa cho khớp với số liệu của biểu mẫu.',
      ],
    ]);
    expect(found(withText({ 'II.2.c': 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,6%; 100% hồ sơ được giải quyết đúng hạn.' }))).toEqual([
      [
        'text-percent-mismatch',
        'Thuyết minh, mục II.2.c: ghi “100% hồ sơ được giải quyết đúng hạn”, nhưng theo số liệu, Biểu mẫu 3 dòng 3.3 ghi 99,6%; hãy sửa cho khớp với số liệu của biểu mẫu.',
      ],
    ]);
    expect(found(withText({ 'II.2.c': 'Tỷ lệ giải quyết đúng hạn đạt 99,6%, tương đương 100% nếu làm tròn đến hàng đơn vị.' }))).toHaveLength(0);
  });

  it('catches an online share and a disbursement percent other than the forms’', () => {
    const d = withText({ 'II.6': 'Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 98,3%.', 'II.5': 'Giải ngân vốn đầu tư công đạt 80% kế hoạch.' });
    expect(found(d)).toEqual([
      [
        'text-percent-mismatch',
        'Thuyết minh, mục II.5: ghi “vốn đầu tư công đạt 80%”, nhưng theo số liệu, Biểu mẫu 6 dòng 0 ghi 75%; hãy sửa cho khớp với số liệu của biểu mẫu.',
      ],
      [
        'text-percent-mismatch',
        'Thuyết minh, mục II.6: ghi “tiếp nhận trực tuyến đạt 98,3%”, nhưng theo số liệu, Biểu mẫu 7 dòng 6.7 ghi 90,6%; hãy sửa cho khớp với số liệu của biểu mẫu.',
      ],
    ]);
    expect(found(withText({ 'II.6': 'Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 90,6%.', 'II.5': 'Tỷ lệ giải ngân đạt 75% kế hoạch vốn.' }))).toEqual([]);
  });

  it('takes a percent rounded or cut to whole numbers for the ratio (90,6: “90%”, “91%”), not one further off (“89%”)', () => {
    expect(found(withText({ 'II.6': 'Số hồ sơ tiếp nhận trực tuyến chiếm 90%; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 91%.' }))).toEqual([]);
    expect(found(withText({ 'II.6': 'Số hồ sơ tiếp nhận trực tuyến chiếm 89%.' })).map(([rule]) => rule)).toEqual(['text-percent-mismatch']);
  });

  it('takes a denied or aimed-at percent, and the next tasks and proposals (IV, V), for no claim of a result', () => {
    const d = withText({
      'III.2': 'Một số nhiệm vụ chưa hoàn thành; chưa đạt 100% kế hoạch cải cách hành chính.',
      'I.5': 'UBND xã phấn đấu đạt 100% kế hoạch cải cách hành chính.',
      IV: 'Phấn đấu hoàn thành 100% kế hoạch cải cách hành chính năm 2026; giải ngân 100% kế hoạch vốn.',
      V: 'Đề nghị bổ sung 100% kinh phí giải ngân vốn đầu tư công.',
    });
    expect(found(d)).toEqual([]);
    expect(found(withText({ 'III.1': 'Đã hoàn thành 100% kế hoạch cải cách hành chính.' })).map(([rule]) => rule)).toEqual(['text-percent-mismatch']);
  });

  it('does not give a percent to words after it when a row was named before it (“giải ngân … 3.187,5 triệu đồng, bằng 75% kế hoạch”)', () => {
    expect(found(withText({ 'II.5': 'Kết quả giải ngân vốn đầu tư công đạt 3.187,5 triệu đồng, bằng 75% kế hoạch.' }))).toEqual([]);
  });

  it('catches a plan called fully done beside a plan ratio far below it', () => {
    expect(found(withText({ I: 'Đến nay, UBND xã đã hoàn thành 100% kế hoạch cải cách hành chính năm 2026.' }))).toEqual([
      [
        'text-percent-mismatch',
        'Thuyết minh, mục I: ghi “100% kế hoạch cải cách hành chính”, nhưng theo số liệu, Biểu mẫu 1 dòng 2 ghi 67,5%; hãy sửa cho khớp với số liệu của biểu mẫu.',
      ],
    ]);
    expect(found(withText({ 'I.5': 'Đến nay đã hoàn thành 100% nhiệm vụ theo kế hoạch.' })).map(([rule]) => rule)).toEqual(['text-percent-mismatch']);
    expect(found(withText({ I: 'Đã hoàn thành 100% kế hoạch.' }, { '1': { '2.1': 40, '2.2': 40 } }))).toEqual([]);
  });

  it('says nothing of a percent no row’s words stand beside (“100% cán bộ, công chức sử dụng hộp thư điện tử”)', () => {
    expect(found(withText({ 'II.6': '100% cán bộ, công chức sử dụng hộp thư điện tử công vụ và chữ ký số cá nhân trong xử lý văn bản.' }))).toEqual([]);
  });
});

describe('a denial of a row above 0', () => {
  it('catches “không có đơn thư khiếu nại” and “không nhận được phản ánh, kiến nghị nào” beside complaints received', () => {
    const d = withText({ 'II.2.a': 'Trong kỳ không có đơn thư khiếu nại. UBND xã không nhận được phản ánh, kiến nghị nào về quy định thủ tục hành chính.' });
    expect(found(d)).toEqual([
      ['text-denies-row', 'Thuyết minh, mục II.2.a: ghi “không có đơn thư khiếu nại”, nhưng Biểu mẫu 3 dòng 3.4.1 ghi 3; hãy sửa cho khớp với số liệu của biểu mẫu.'],
      ['text-denies-row', 'Thuyết minh, mục II.2.a: ghi “không nhận được phản ánh, kiến nghị”, nhưng Biểu mẫu 3 dòng 3.4.1 ghi 3; hãy sửa cho khớp với số liệu của biểu mẫu.'],
    ]);
    expect(found(withText({ 'II.2.a': 'Trong kỳ không có đơn thư khiếu nại.' }, { '3': { '3.4.1': 0, '3.4.2': 0 } }))).toEqual([]);
  });

  it('catches “không có cán bộ bị kỷ luật” beside one disciplined', () => {
    const d = withText({ 'II.4': 'Trong kỳ, không có cán bộ, công chức nào bị kỷ luật.' }, { '5': { '4.1': 0, '4.2': 1 } });
    expect(found(d)).toEqual([
      ['text-denies-row', 'Thuyết minh, mục II.4: ghi “không có cán bộ, công chức nào bị kỷ luật”, nhưng Biểu mẫu 5 dòng 4.2 ghi 1; hãy sửa cho khớp với số liệu của biểu mẫu.'],
    ]);
    expect(found(withText({ 'II.4': 'Trong kỳ, không có cán bộ bị kỷ luật.' }))).toEqual([]);
    expect(found(withText({ 'II.4': 'Cán bộ, công chức xã không vi phạm kỷ luật trong kỳ báo cáo.' }, { '5': { '4.1': 1, '4.2': 0 } }))).toEqual([
      ['text-denies-row', 'Thuyết minh, mục II.4: ghi “không vi phạm kỷ luật”, nhưng Biểu mẫu 5 dòng 4.1 ghi 1; hãy sửa cho khớp với số liệu của biểu mẫu.'],
    ]);
    // Not every "không vi phạm" is of discipline: the row's words must follow.
    expect(found(withText({ 'II.4': 'Bộ phận Một cửa không vi phạm thời hạn giải quyết.' }, { '5': { '4.1': 1 } }))).toEqual([]);
  });

  it('does not take a qualified row for a denial, nor words that are not a row’s (“không có hồ sơ giải quyết quá hạn”, “Không có kiến nghị”)', () => {
    expect(found(withText({ 'II.2.c': 'Không có hồ sơ giải quyết quá hạn.', V: 'Không có kiến nghị.' }))).toEqual([]);
  });
});

describe('no false alarm', () => {
  it('takes last year’s period compared with for no other period (“so với 6 tháng đầu năm 2025”, “so với cùng kỳ năm 2025”)', () => {
    const d = withText({ 'III.1': 'Số hồ sơ tiếp nhận trực tuyến nhiều hơn so với 6 tháng đầu năm 2025 và so với cùng kỳ năm 2025.' });
    expect(found(d)).toEqual([]);
    expect(found(withText({ 'III.1': 'Kết quả cao hơn 6 tháng đầu năm 2025.' })).map(([rule]) => rule)).toEqual(['text-other-period']);
    expect(found(withText({ 'III.1': 'Cao hơn so với 6 tháng đầu năm 2024.' })).map(([rule]) => rule)).toEqual(['text-other-period']);
  });

  it('takes a former commune merged into this one (the header’s former units) for no other unit, whatever its kind', () => {
    const text = { I: 'Hồ sơ lưu trữ của UBND xã Quảng Nghiệp và thị trấn Kẻ Sặt (cũ) đã được bàn giao đầy đủ.' };
    expect(found(withText(text)).map(([rule]) => rule)).toEqual(['text-other-unit', 'text-other-unit']);
    expect(found(withText(text, {}, { formerUnits: ['Quảng Nghiệp', 'thị trấn Kẻ Sặt'] }))).toEqual([]);
  });
});

describe('the row is found by its words in the set', () => {
  const withWords = (edit: (form: number, key: string) => readonly string[] | undefined): FormSetDef => ({
    ...BUILTIN_SET,
    id: 'thu-tu-ngu',
    forms: BUILTIN_SET.forms.map((f) => ({
      ...f,
      rows: f.rows.map((r) => {
        const { words: _, ...rest } = r;
        const words = edit(f.number, r.key);
        return words ? { ...rest, words } : rest;
      }),
    })),
  });

  it('finds nothing in a set whose rows have no words', () => {
    const none = buildCatalogue(withWords(() => undefined));
    const d = withText({ 'II.2.c': 'Số hồ sơ tiếp nhận và giải quyết: 998 hồ sơ; không có đơn thư khiếu nại; giải quyết đúng hạn đạt 100%.' });
    expect(found(d, none)).toEqual([]);
    expect(found(d).map(([rule]) => rule)).toEqual(['text-figure-mismatch', 'text-percent-mismatch', 'text-denies-row']);
  });

  it('follows the words a province gives a row', () => {
    const own = buildCatalogue(withWords((form, key) => (form === 3 && key === '3.3.1' ? ['xử lý xong'] : undefined)));
    const d = withText({ 'II.2.c': 'Bộ phận Một cửa đã xử lý xong 998 hồ sơ.' });
    expect(found(d, own)).toEqual([
      ['text-figure-mismatch', 'Thuyết minh, mục II.2.c: ghi “xử lý xong 998 hồ sơ”, nhưng Biểu mẫu 3 dòng 3.3.1 ghi 1.234; hãy sửa cho khớp với số liệu của biểu mẫu.'],
    ]);
    expect(found(d)).toEqual([]);
  });
});
