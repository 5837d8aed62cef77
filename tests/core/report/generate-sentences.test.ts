import { buildReport } from '../../../src/core/report/build-report';
import type { ReportDocument } from '../../../src/core/report/model';
import type { NarrativeKey, ReportData } from '../../../src/core/data/types';
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { generateSentences } from '../../../src/core/report/generate-sentences';
import { sentenceContext } from '../../../src/core/report/body';
import { withData } from './fixtures';

/** Data with empty compulsory inputs: only a draft is built of it, and only a draft says "chưa có số liệu". */
const draftReport = (data: ReportData): ReportDocument => buildReport(data, { draft: true });

const generated = (doc: ReportDocument, section: NarrativeKey): string[] =>
  doc.body
    .filter((b) => b.kind === 'paragraph' && b.source === 'generated' && b.section === section)
    .map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''));

describe('sentence table', () => {
  it('names only rows that exist, and conditions on code rows', () => {
    for (const s of BUILTIN_CATALOGUE.sentences) {
      for (const key of s.rows) expect(BUILTIN_CATALOGUE.row(s.form as 1, key)?.kind).toMatch(/^(count|money|percent|code|ratio|sum)$/);
      if (s.when) expect(BUILTIN_CATALOGUE.row(s.form as 1, s.when.key)?.kind).toBe('code');
    }
    for (const [form, entries] of BUILTIN_CATALOGUE.impliedZeros) {
      for (const [wholes, parts] of entries) for (const key of [...wholes, ...parts]) expect(BUILTIN_CATALOGUE.row(Number(form) as 1, key)).toBeDefined();
    }
  });
});

describe('generated sentences', () => {
  it('computes sums and ratios from the parts, never from a typed computed value', () => {
    const d = buildReport(withData({ forms: { '7': { '6.6.1': 999, '6.6': 12 }, '1': { '2': 99 } } }));
    expect(generated(d, 'II.6')).toContain(
      'Trong số 126 thủ tục hành chính đang cung cấp trực tuyến mức độ 3 và 4, 120 thủ tục đã được tích hợp, công khai trên Cổng Dịch vụ công quốc gia (95,2%).',
    );
    expect(generated(d, 'I.2')[0]).toContain('đạt 67,5% kế hoạch');
  });

  it('names each empty row once, at the end of its sentence, and keeps the reported ones', () => {
    const d = draftReport(withData({ forms: { '1': { '2.1': null } } }));
    expect(generated(d, 'I.2')).toEqual([
      'Lũy kế đến thời điểm báo cáo, UBND xã đã hoàn thành 27 nhiệm vụ của Kế hoạch cải cách hành chính năm 2026; chưa có số liệu về số nhiệm vụ đề ra trong kế hoạch.',
    ]);
    const both = draftReport(withData({ forms: { '1': { '2.1': null, '2.2': null }, '4': { '3.1': null } } }));
    expect(generated(both, 'I.2')).toEqual(['Chưa có số liệu thống kê cho nội dung này (Biểu mẫu 1).']);
  });

  it('treats text typed where a number belongs as not reported', () => {
    const d = draftReport(withData({ forms: { '3': { '3.3.1': 'nhiều' } } }));
    expect(generated(d, 'II.2.c')).toContain('UBND xã đã giải quyết đúng hạn 1.229 hồ sơ thủ tục hành chính; chưa có số liệu về tổng số hồ sơ TTHC đã giải quyết xong.');
  });

  it('says once that a section has no figures, naming its forms, and states no number when every form is empty', () => {
    const d = draftReport(withData({ replaceForms: true }));
    expect(generated(d, 'II.2.c')).toEqual(['Chưa có số liệu thống kê cho nội dung này (Biểu mẫu 3, Biểu mẫu 7 và Biểu mẫu 1).']);
    expect(generated(d, 'II.6')).toEqual(['Chưa có số liệu thống kê cho nội dung này (Biểu mẫu 7).']);
    const all = d.body.filter((b) => b.kind === 'paragraph' && b.source === 'generated' && b.section);
    expect(all).toHaveLength(12);
    for (const b of all) expect(b.kind === 'paragraph' && b.runs[0]?.text).toMatch(/^Chưa có số liệu thống kê cho nội dung này \(Biểu mẫu \d( và Biểu mẫu \d|, Biểu mẫu \d và Biểu mẫu \d)?\)\.$/u);
    for (const table of d.appendix.tables) for (const row of table.rows) expect(row.cells[3]).toBe('');
  });

  it('does not treat an empty survey answer as "no survey", and asks the number of forms only when the survey was held', () => {
    const none = draftReport(withData({ forms: { '1': { '5': null, '5.1': null, '5.2': null } } }));
    expect(generated(none, 'II.2.c')).toContain('Chưa có số liệu về việc khảo sát sự hài lòng của người dân, tổ chức.');
    const no = draftReport(withData({ forms: { '1': { '5': 0, '5.1': null, '5.2': null } } }));
    expect(generated(no, 'II.2.c')).toContain('UBND xã chưa tổ chức khảo sát sự hài lòng của người dân, tổ chức trong 6 tháng đầu năm.');
    const yes = draftReport(withData({ forms: { '1': { '5': 1, '5.1': null, '5.2': 0 } } }));
    expect(generated(yes, 'II.2.c')).toContain(
      'UBND xã đã tổ chức khảo sát sự hài lòng của người dân, tổ chức, bằng hình thức trực tuyến; chưa có số liệu về số lượng phiếu khảo sát.',
    );
  });

  it('leaves out zero sub-counts and says "cả" when all of a whole is done', () => {
    const d = buildReport(withData({ forms: { '1': { '4.1': 31, '4.2': 31, '4.3': 0, '4.4': 0 }, '5': { '2.1': 2, '2.2': 0, '4.1': 0, '4.2': 1 } } }));
    expect(generated(d, 'I.5')).toEqual(['UBND xã được UBND tỉnh Quảng Ngãi giao 31 nhiệm vụ trong 6 tháng đầu năm, đã hoàn thành đúng hạn cả 31 nhiệm vụ.']);
    expect(generated(d, 'II.4')).toContain(
      'UBND xã đã tuyển dụng 02 công chức qua thi tuyển, xét tuyển trong 6 tháng đầu năm; từ đầu năm đến thời điểm báo cáo, chưa có lãnh đạo, quản lý nào được tuyển chọn, bổ nhiệm thông qua thi tuyển.',
    );
    expect(generated(d, 'II.4')).toContain('Có 01 công chức cấp xã bị kỷ luật trong 6 tháng đầu năm.');
  });

  it('does not ask for sub-counts that can only be 0 when the others make up the whole', () => {
    const d = draftReport(withData({ forms: { '1': { '4.1': 10, '4.2': 8, '4.3': 2, '4.4': null } } }));
    expect(generated(d, 'I.5')).toEqual([
      'UBND xã được UBND tỉnh Quảng Ngãi giao 10 nhiệm vụ trong 6 tháng đầu năm, trong đó đã hoàn thành đúng hạn 08 nhiệm vụ và hoàn thành nhưng quá hạn 02 nhiệm vụ.',
    ]);
    const short = draftReport(withData({ forms: { '1': { '4.1': 10, '4.2': 7, '4.3': 2, '4.4': null } } }));
    expect(generated(short, 'I.5')[0]).toMatch(/; chưa có số liệu về số nhiệm vụ quá hạn nhưng chưa hoàn thành\.$/u);
  });

  it('counts the tasks still within their deadline when the sub-counts leave some', () => {
    const d = buildReport(withData({ forms: { '1': { '4.1': 10, '4.2': 4, '4.3': 0, '4.4': 1 } } }));
    expect(generated(d, 'I.5')).toEqual([
      'UBND xã được UBND tỉnh Quảng Ngãi giao 10 nhiệm vụ trong 6 tháng đầu năm, trong đó đã hoàn thành đúng hạn 04 nhiệm vụ, còn 01 nhiệm vụ quá hạn chưa hoàn thành và còn 05 nhiệm vụ đang trong thời hạn thực hiện.',
    ]);
  });

  it('keeps the exported signature: a context without a period says "trong kỳ báo cáo"', () => {
    const data = withData({});
    const { period: _period, ...ctx } = sentenceContext(data);
    expect(generateSentences(data, 'I.1', ctx, BUILTIN_CATALOGUE)[0]).toMatch(/^Trong kỳ báo cáo, UBND xã đã ban hành 12 văn bản/u);
    expect(generateSentences(data, 'I.1', sentenceContext(data), BUILTIN_CATALOGUE)[0]).toMatch(/^Trong 6 tháng đầu năm, UBND xã/u);
  });

  it('says "chưa có … nào" for a zero part of a reported whole, and names the subject when a clause stands alone', () => {
    const d = draftReport(
      withData({
        forms: {
          '7': { '6.4.1': 1, '6.4.2': 1, '6.4.3': 0, '6.5.1': 5, '6.5.2': 0, '6.5.3': null, '6.6.2': 1, '6.8.1': 3, '6.8.2': 0 },
          '6': { '1': null, '2': 100 },
          '3': { '3.3.1': 10, '3.3.2': 0 },
        },
      }),
    );
    expect(generated(d, 'II.6').slice(2)).toEqual([
      'Có 01 thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 3 và thủ tục này đang được cung cấp trực tuyến; chưa có thủ tục nào phát sinh hồ sơ nộp trực tuyến.',
      'Có 05 thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 4, nhưng chưa cung cấp trực tuyến thủ tục nào.',
      'Có 01 thủ tục hành chính đang cung cấp trực tuyến mức độ 3 và 4 và thủ tục này đã được tích hợp, công khai trên Cổng Dịch vụ công quốc gia.',
      'Trong số 03 thủ tục hành chính có yêu cầu nghĩa vụ tài chính, chưa có thủ tục nào được tích hợp, triển khai thanh toán trực tuyến.',
    ]);
    expect(generated(d, 'II.5')).toEqual(['Lũy kế đến thời điểm báo cáo, UBND xã đã giải ngân 100 triệu đồng; chưa có số liệu về kế hoạch vốn đầu tư công được giao.']);
    expect(generated(d, 'II.2.c')).toContain('Trong 6 tháng đầu năm, UBND xã đã giải quyết xong 10 hồ sơ thủ tục hành chính, không có hồ sơ nào được giải quyết đúng hạn.');
  });
});
