// Empty is not zero: empty inputs give infos (one per empty form), rules needing them are skipped and named, never run on 0.
import { checkForms } from '../../../src/core/rules/check';
import type { Finding } from '../../../src/core/rules/types';
import { SAMPLE_FORMS, withValues } from './sample-forms';

const info = (form: number, row: string | null, message: string): Finding => ({
  form: form as Finding['form'], row, cell: null, severity: 'info', rule: 'missing', message,
});

describe('missing', () => {
  it('gives one info per empty input, saying what to type', () => {
    expect(checkForms(withValues({ '1': { '2.1': null } })).filter((f) => f.row === '2.1' && f.form === 1)).toEqual([
      info(1, '2.1', 'Biểu mẫu 1, dòng 2.1: chưa có số liệu về số nhiệm vụ đề ra trong kế hoạch, nên chưa đối chiếu được với dòng 2.2. Nếu không có, hãy ghi 0.'),
    ]);
    expect(checkForms(withValues({ '7': { '4': null } })).filter((f) => f.form === 7)).toEqual([
      info(7, '4', 'Biểu mẫu 7, dòng 4: chưa có số liệu về việc triển khai nền tảng chia sẻ, tích hợp dùng chung (LGSP). Hãy chọn một mã: Chưa = 0; Đang làm = 1; Hoàn thành = 2.'),
    ]);
  });

  it('advises by the row kind: never "ghi 0" for a percent, where 0 would say nothing was done', () => {
    expect(checkForms(withValues({ '7': { '2': null } })).filter((f) => f.form === 7).map((f) => f.message)).toEqual([
      'Biểu mẫu 7, dòng 2: chưa có số liệu về tỷ lệ báo cáo định kỳ được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia. Hãy ghi tỷ lệ phần trăm đã đạt, từ 0 đến 100.',
    ]);
    expect(checkForms(withValues({ '6': { '2': null } })).filter((f) => f.form === 6 && f.rule === 'missing').map((f) => f.message)).toEqual([
      'Biểu mẫu 6, dòng 2: chưa có số liệu về số vốn đầu tư công đã giải ngân, nên chưa đối chiếu được với dòng 1. Nếu không có, hãy ghi 0.',
    ]);
  });

  it('reads every missing message as sentences: no label spliced after "chưa điền", each ending with a full stop', () => {
    const all = checkForms(withValues(Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [`${n}`, Object.fromEntries(Object.keys(SAMPLE_FORMS[`${n}` as '1'] ?? {}).map((k) => [k, null]).slice(1))]))));
    expect(all.length).toBeGreaterThan(40);
    for (const f of all) {
      expect(f.message).toMatch(/\.$/u);
      expect(f.message).not.toMatch(/chưa điền|chưa có số liệu về (đã|UBND|thực hiện|cập nhật|triển khai)/u);
    }
  });

  it('treats an absent key like null', () => {
    const { '2.1': _dropped, ...rest } = SAMPLE_FORMS['1'] ?? {};
    const forms = { ...SAMPLE_FORMS, '1': rest };
    expect(checkForms(forms)).toEqual(checkForms(withValues({ '1': { '2.1': null } })));
  });

  it('gives ONE info for a form with no value at all, naming the other forms\' rows left unchecked', () => {
    const forms = withValues({ '3': Object.fromEntries(Object.keys(SAMPLE_FORMS['3'] ?? {}).map((k) => [k, null])) });
    expect(checkForms(forms).filter((f) => f.form === 3)).toEqual([
      info(3, null, 'Biểu mẫu 3: chưa có số liệu nào, nên chưa đối chiếu được với dòng 6.6.1, 6.8.1 Biểu mẫu 7.'),
    ]);
    expect(checkForms(forms).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('gives seven infos and nothing else for empty data', () => {
    const findings = checkForms({});
    expect(findings.map((f) => [f.form, f.row, f.severity, f.rule])).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => [n, null, 'info', 'missing']));
    expect(findings[5]?.message).toBe('Biểu mẫu 6: chưa có số liệu nào.');
    expect(findings[3]?.message).toBe('Biểu mẫu 4: chưa có số liệu nào, nên chưa đối chiếu được với dòng 1.2 Biểu mẫu 5.');
  });

  it('does not report the survey details as missing when there was no survey (5 = 0)', () => {
    const forms = withValues({ '1': { '5': 0, '5.1': null, '5.2': null } });
    expect(checkForms(forms).filter((f) => f.form === 1)).toEqual([]);
  });

  it('does not report text as missing: it is an error of its own', () => {
    const findings = checkForms(withValues({ '1': { '2.1': 'ba mươi bảy' } })).filter((f) => f.form === 1);
    expect(findings.map((f) => [f.row, f.rule])).toEqual([['2.1', 'not-a-number']]);
  });
});

describe('empty is not zero in rules', () => {
  it('skips a rule whose whole is empty, where 0 would break it', () => {
    const empty = checkForms(withValues({ '1': { '2.1': null, '2.2': 40 } })).filter((f) => f.form === 1);
    expect(empty.filter((f) => f.severity !== 'info')).toEqual([]);
    const zero = checkForms(withValues({ '1': { '2.1': 0, '2.2': 40 } })).filter((f) => f.form === 1 && f.severity !== 'info');
    expect(zero.map((f) => [f.row, f.rule, f.message])).toEqual([
      ['2.2', 'part-exceeds-whole', 'Biểu mẫu 1, dòng 2.2: số nhiệm vụ đã hoàn thành (40) lớn hơn số nhiệm vụ đề ra trong kế hoạch (0).'],
    ]);
  });

  it('skips a rule whose whole is a sum with an empty row, and names the rows left unchecked', () => {
    // 6.6.1 = 6.4.2 + 6.5.2: with 6.5.2 empty the whole is not known, so 6.6.2 = 127 > 68 is not a breach.
    const findings = checkForms(withValues({ '7': { '6.5.2': null, '6.6.2': 127 } })).filter((f) => f.form === 7);
    expect(findings).toEqual([
      info(7, '6.5.2', 'Biểu mẫu 7, dòng 6.5.2: chưa có số liệu về số TTHC đang cung cấp trực tuyến mức độ 4, nên chưa đối chiếu được với dòng 6.5.1, 6.5.3, 6.6.2. Nếu không có, hãy ghi 0.'),
    ]);
  });

  it('names rows of another form that an empty row left unchecked', () => {
    const findings = checkForms(withValues({ '4': { '2.2': null } })).filter((f) => f.form === 4 && f.row === '2.2');
    expect(findings).toEqual([
      info(4, '2.2', 'Biểu mẫu 4, dòng 2.2: chưa có số liệu về tổng số biên chế có mặt tại thời điểm báo cáo, nên chưa đối chiếu được với dòng 2.1 và dòng 1.2 Biểu mẫu 5. Nếu không có, hãy ghi 0.'),
    ]);
  });
});
