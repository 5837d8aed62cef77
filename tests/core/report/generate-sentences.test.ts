import { buildReport } from '../../../src/core/report/build-report';
import type { ReportDocument } from '../../../src/core/report/model';
import type { NarrativeKey } from '../../../src/core/data/types';
import { SENTENCES } from '../../../src/core/report/sentences';
import { REPORT_TEXT } from '../../../src/core/i18n/report';
import { findRow } from '../../../src/core/forms/catalogue';
import { withData } from './fixtures';

const generated = (doc: ReportDocument, section: NarrativeKey): string[] =>
  doc.body
    .filter((b) => b.kind === 'paragraph' && b.source === 'generated' && b.section === section)
    .map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''));

describe('sentence table', () => {
  it('names only rows that exist and wording that exists', () => {
    for (const s of SENTENCES) {
      for (const c of s.clauses) {
        expect(REPORT_TEXT.sentences[c.id]).toBeDefined();
        for (const key of c.needs) expect(findRow(s.form, key)?.kind).toMatch(/^(count|money|percent|code)$/);
      }
    }
  });
});

describe('generated sentences of the sample commune', () => {
  const doc = buildReport(withData({}));
  it.each([
    ['I.1', ['Trong kỳ, UBND xã đã ban hành 12 văn bản chỉ đạo, điều hành công tác cải cách hành chính (kết luận, chỉ thị, công văn chỉ đạo, quán triệt).']],
    ['I.2', ['Kế hoạch cải cách hành chính năm 2026 đề ra 40 nhiệm vụ; lũy kế đến thời điểm báo cáo đã hoàn thành 27 nhiệm vụ, đạt 67,5% kế hoạch.']],
    ['I.3', ['Trong kỳ, UBND xã đã kiểm tra cải cách hành chính tại 6 bộ phận chuyên môn, chức danh công chức; qua kiểm tra đã phát hiện 4 vấn đề, đã xử lý xong 3 vấn đề, đạt 75%.']],
    ['I.4', ['Trong kỳ, lãnh đạo UBND xã đã tổ chức đối thoại với người dân, cộng đồng doanh nghiệp.']],
    ['I.5', ['Trong kỳ, UBND xã được UBND tỉnh Quảng Ngãi giao 25 nhiệm vụ, đã hoàn thành đúng hạn 22 nhiệm vụ, hoàn thành nhưng quá hạn 2 nhiệm vụ, quá hạn nhưng chưa hoàn thành 1 nhiệm vụ.']],
    ['II.2.a', ['Trong kỳ, đã tiếp nhận 3 phản ánh, kiến nghị về quy định thủ tục hành chính, đã giải quyết xong 3, đạt 100%.']],
    ['II.2.b', ['Tổng số thủ tục hành chính cấp xã (bao gồm cả thủ tục hành chính của cơ quan ngành dọc) là 158 thủ tục.']],
    ['II.5', ['Kế hoạch vốn đầu tư công được giao là 4.250 triệu đồng, đã giải ngân 3.187,5 triệu đồng, đạt 75% kế hoạch.']],
  ] as const)('%s', (section, expected) => {
    expect(generated(doc, section)).toEqual(expected);
  });

  it('writes thousands with dots and decimals with commas', () => {
    const c = generated(doc, 'II.2.c');
    expect(c).toContain('Trong kỳ, đã giải quyết xong 1.234 hồ sơ thủ tục hành chính, trong đó giải quyết đúng hạn 1.229 hồ sơ, đạt 99,6%.');
    expect(c).toContain('Tổng số hồ sơ thủ tục hành chính đã tiếp nhận là 1.310 hồ sơ, trong đó tiếp nhận trực tuyến 1.187 hồ sơ, đạt 90,6%.');
    expect(c).toContain('UBND xã đã tổ chức khảo sát sự hài lòng của người dân, tổ chức với 120 phiếu khảo sát, kết hợp hình thức trực tuyến và phát phiếu.');
    expect(generated(doc, 'II.3')).toContain(
      'Tổng số biên chế công chức được giao trong năm là 22 người, có mặt tại thời điểm báo cáo 21 người; số hợp đồng lao động làm việc tại cơ quan hành chính nhà nước là 2 người; đã tinh giản 1 biên chế trong kỳ báo cáo; tỷ lệ biên chế đã tinh giản so với năm 2015 là 10,5%.',
    );
  });

  it('computes sums and ratios from the parts, never from a typed computed value', () => {
    const d = buildReport(withData({ forms: { '7': { '6.6.1': 999, '6.6': 12 }, '1': { '2': 99 } } }));
    expect(generated(d, 'II.6')).toContain('Trong 126 thủ tục hành chính đang cung cấp trực tuyến mức độ 3 và 4, đã tích hợp, công khai trên Cổng Dịch vụ công quốc gia 120 thủ tục, đạt 95,2%.');
    expect(generated(d, 'I.2')[0]).toContain('đạt 67,5% kế hoạch');
  });
});

describe('empty rows are never read as 0', () => {
  it('says "chưa có số liệu" for each empty row a sentence needs, and keeps the reported ones', () => {
    const d = buildReport(withData({ forms: { '1': { '2.1': null } } }));
    expect(generated(d, 'I.2')).toEqual(['Số nhiệm vụ đề ra trong kế hoạch: chưa có số liệu; lũy kế đến thời điểm báo cáo đã hoàn thành 27 nhiệm vụ.']);
  });

  it('names each missing row once', () => {
    const d = buildReport(withData({ forms: { '1': { '2.1': null, '2.2': null } } }));
    expect(generated(d, 'I.2')).toEqual(['Số nhiệm vụ đề ra trong kế hoạch: chưa có số liệu; số nhiệm vụ đã hoàn thành: chưa có số liệu.']);
  });

  it('treats text typed where a number belongs as not reported', () => {
    const d = buildReport(withData({ forms: { '3': { '3.3.1': 'nhiều' } } }));
    expect(generated(d, 'II.2.c')).toContain('Tổng số hồ sơ TTHC đã giải quyết xong: chưa có số liệu; số hồ sơ TTHC giải quyết đúng hạn: 1.229 hồ sơ.');
  });

  it('states no number at all when every form is empty', () => {
    const d = buildReport(withData({ replaceForms: true }));
    const all = d.body.filter((b) => b.kind === 'paragraph' && b.source === 'generated' && b.section);
    expect(all.length).toBeGreaterThan(20);
    for (const b of all) {
      const t = b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : '';
      expect(t).toContain('chưa có số liệu');
      // Digits only inside row labels (mức độ 3, năm 2015), never as a reported value.
      expect(t.replace(/mức độ \d( và \d)?|năm 2015/gu, '')).not.toMatch(/\d/u);
    }
    // The appendix shows empty cells, not zeros.
    for (const table of d.appendix.tables) for (const row of table.rows) expect(row.cells[3]).toBe('');
  });

  it('does not treat an empty survey answer as "no survey", and asks the number of forms only when the survey was held', () => {
    const none = buildReport(withData({ forms: { '1': { '5': null, '5.1': null, '5.2': null } } }));
    expect(generated(none, 'II.2.c')).toContain('Khảo sát sự hài lòng của người dân, tổ chức: chưa có số liệu.');
    const no = buildReport(withData({ forms: { '1': { '5': 0, '5.1': null, '5.2': null } } }));
    expect(generated(no, 'II.2.c')).toContain('Trong kỳ, UBND xã chưa tổ chức khảo sát sự hài lòng của người dân, tổ chức.');
    const yes = buildReport(withData({ forms: { '1': { '5': 1, '5.1': null, '5.2': 0 } } }));
    expect(generated(yes, 'II.2.c')).toContain(
      'UBND xã đã tổ chức khảo sát sự hài lòng của người dân, tổ chức; số lượng phiếu khảo sát: chưa có số liệu; bằng hình thức trực tuyến.',
    );
  });

  it('names the code of an answer in words in a fallback', () => {
    const d = buildReport(withData({ forms: { '1': { '5': 1, '5.1': 10, '5.2': null } } }));
    expect(generated(d, 'II.2.c')).toContain('UBND xã đã tổ chức khảo sát sự hài lòng của người dân, tổ chức với 10 phiếu khảo sát; hình thức khảo sát: chưa có số liệu.');
    const e = buildReport(withData({ forms: { '7': { '1': 1, '2': null, '4': 1 } } }));
    expect(generated(e, 'II.6')[0]).toBe(
      'Đã hoàn thành cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất; tỷ lệ báo cáo định kỳ được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia: chưa có số liệu; đang triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP).',
    );
  });

  it('needs every term of a total before stating it', () => {
    const d = buildReport(withData({ forms: { '2': { '1.1': null } } }));
    expect(generated(d, 'II.1')[0]).toBe('Số VBQPPL do cấp tỉnh ban hành: chưa có số liệu; số VBQPPL do cấp huyện ban hành: 0 văn bản; số VBQPPL do cấp xã ban hành: 2 văn bản.');
  });
});

describe('zero wholes give no ratio', () => {
  it('a plan with no tasks', () => {
    const d = buildReport(withData({ forms: { '1': { '2.1': 0, '2.2': 0 } } }));
    expect(generated(d, 'I.2')).toEqual([
      'Kế hoạch cải cách hành chính năm 2026 chưa đề ra nhiệm vụ cụ thể nên chưa tính được tỷ lệ hoàn thành; lũy kế đến thời điểm báo cáo đã hoàn thành 0 nhiệm vụ.',
    ]);
    const row = d.appendix.tables[0]?.rows.find((r) => r.key === '2');
    expect(row?.cells[3]).toBe('');
  });

  it('no problems found by inspection, no feedback received, no files resolved', () => {
    const d = buildReport(withData({ forms: { '1': { '3.1': 0, '3.2.1': 0, '3.2.2': 0 }, '3': { '3.4.1': 0, '3.4.2': 0, '3.3.1': 0, '3.3.2': 0 } } }));
    expect(generated(d, 'I.3')).toEqual([
      'Trong kỳ, UBND xã chưa tiến hành kiểm tra cải cách hành chính tại các bộ phận chuyên môn, chức danh công chức; qua kiểm tra không phát hiện vấn đề cần xử lý.',
    ]);
    expect(generated(d, 'II.2.a')).toEqual(['Trong kỳ, không tiếp nhận phản ánh, kiến nghị nào về quy định thủ tục hành chính.']);
    expect(generated(d, 'II.2.c')).toContain('Trong kỳ, chưa có hồ sơ thủ tục hành chính được giải quyết xong.');
    expect(d.body.some((b) => b.kind === 'paragraph' && b.runs.some((r) => /(^|[^\d,])0%|NaN|Infinity/u.test(r.text)))).toBe(false);
  });

  it('no staff assigned: present people stated without a percentage', () => {
    const d = buildReport(withData({ forms: { '4': { '3.1': 0, '3.2': 2 } } }));
    expect(generated(d, 'II.3')[2]).toBe(
      'Người hoạt động không chuyên trách cấp xã: được giao 0 người, có mặt 2 người; người hoạt động không chuyên trách ở thôn, khu dân cư: được giao 24 người, có mặt 24 người, đạt 100%.',
    );
  });

  it('a row whose label another row shares names its section when stated on its own (partial data)', () => {
    const d = buildReport(withData({ forms: { '4': { '3.1': 9, '3.2': null, '4.1': null, '4.2': null } } }));
    expect(generated(d, 'II.3')[2]).toBe(
      'Tổng số người được giao (số người hoạt động không chuyên trách cấp xã): 9 người; ' +
        'tổng số người làm việc có mặt (số người hoạt động không chuyên trách cấp xã): chưa có số liệu; ' +
        'tổng số người được giao (số người hoạt động không chuyên trách thôn, khu dân cư): chưa có số liệu; ' +
        'tổng số người làm việc có mặt (số người hoạt động không chuyên trách thôn, khu dân cư): chưa có số liệu.',
    );
    const b = buildReport(withData({ forms: { '2': { '2.2.1': 3, '2.2.2': null } } }));
    expect(generated(b, 'II.1').join(' ')).toContain('số VBQPPL có kiến nghị xử lý đã được xử lý xong (kiểm tra, xử lý VBQPPL): chưa có số liệu');
    // A label no other row shares stays as it is.
    const c = buildReport(withData({ forms: { '1': { '2.1': 40, '2.2': null } } }));
    expect(generated(c, 'I.2').join(' ')).toContain('số nhiệm vụ đã hoàn thành: chưa có số liệu');
  });

  it('no investment plan', () => {
    const d = buildReport(withData({ forms: { '6': { '1': 0, '2': 0 } } }));
    expect(generated(d, 'II.5')).toEqual(['Trong năm, địa phương không được giao kế hoạch vốn đầu tư công, đã giải ngân 0 triệu đồng.']);
  });
});
