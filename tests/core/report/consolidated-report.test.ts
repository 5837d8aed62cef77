// The district's report: sentences on the totals in the voice of the body above, completeness with the missing by name, communes and laggards in the appendix.
import { BUILTIN_CATALOGUE, BUILTIN_SET } from '../../../src/core/forms/builtin';
import { buildCatalogue, type FormCatalogue } from '../../../src/core/forms/build-catalogue';
import { checkFormSet } from '../../../src/core/forms/check-form-set';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import { attention } from '../../../src/core/aggregate/attention';
import { consolidate } from '../../../src/core/aggregate/consolidate';
import { jointTotals } from '../../../src/core/aggregate/joint-totals';
import type { Grouping } from '../../../src/core/aggregate/grouping';
import { unitRowsReported } from '../../../src/core/aggregate/incomplete-rows';
import type { FormsData } from '../../../src/core/data/types';
import type { ReportDocument } from '../../../src/core/report/model';
import { buildConsolidatedReport } from '../../../src/core/report/consolidated-report';
import { formsWith } from '../aggregate/sample-units';

/** A small district: Hòa Phong (the sample), Tịnh Kỳ (lagging), An Phú (a phường that left rows empty); Tịnh Châu rejected; one commune never sent. */
const UNITS: readonly { readonly name: string; readonly unitKind: 'xã' | 'phường'; readonly file: string; readonly forms: FormsData }[] = [
  { name: 'Hòa Phong', unitKind: 'xã', file: 'hoa-phong.json', forms: formsWith() },
  {
    name: 'Tịnh Kỳ',
    unitKind: 'xã',
    file: 'tinh-ky.xlsx',
    forms: formsWith({ '1': { '2.1': 20, '2.2': 5 }, '3': { '3.3.1': 1000, '3.3.2': 800 }, '6': { '1': 1000, '2': 100 }, '7': { '6.7.1': 500, '6.7.2': 100 } }),
  },
  { name: 'An Phú', unitKind: 'phường', file: 'an-phu.json', forms: formsWith({ '1': { '1': undefined, '2.1': undefined }, '7': { '6.8.1': undefined, '6.8.2': undefined } }) },
];
const grouping: Grouping = {
  period: 'H1',
  year: 2026,
  units: UNITS.map((u) => ({ file: u.file, meta: { unit: u.name, unitKind: u.unitKind, period: 'H1', year: 2026 }, rowsReported: unitRowsReported(u.forms, BUILTIN_CATALOGUE) })),
  rejected: [{ file: 'tinh-chau.json', kind: 'errors', unit: 'xã Tịnh Châu', reason: 'số liệu còn 2 lỗi.', details: [] }],
};
const c = consolidate(
  UNITS.map((u) => u.forms),
  { expected: 5 },
);
const lagging = attention(
  UNITS.map((u) => ({ name: `${u.unitKind} ${u.name}`, forms: u.forms })),
  c, BUILTIN_CATALOGUE,
);
const doc = buildConsolidatedReport(
  grouping,
  c,
  {
    issuer: 'Phòng Nội vụ huyện Sơn Tịnh',
    superior: 'UBND huyện Sơn Tịnh',
    signer: { authority: 'KT. Trưởng phòng', title: 'Phó Trưởng phòng', name: 'Nguyễn Văn An' },
    recipients: ['UBND huyện Sơn Tịnh', 'Sở Nội vụ tỉnh Quảng Ngãi'],
  },
  lagging,
  undefined,
  BUILTIN_CATALOGUE,
  jointTotals(UNITS.map((u) => u.forms)),
);

const lineText = (runs: readonly { readonly text: string }[]): string => runs.map((r) => r.text).join('');
function plainText(d: ReportDocument): string {
  const out: string[] = [];
  out.push(...d.header.left.map((l) => l.text), d.header.number.text, d.header.placeDate.text, ...d.title.map((l) => l.text));
  for (const b of d.body) out.push(b.kind === 'part-heading' || b.kind === 'heading' || b.kind === 'chart' ? b.text : lineText(b.runs));
  out.push(lineText(d.closingSentence.runs), d.closing.recipients.label.text, ...d.closing.recipients.items.map((l) => l.text));
  out.push(...d.closing.signature.authority.map((l) => l.text), d.closing.signature.title.text, d.closing.signature.name?.text ?? '');
  out.push(d.appendix.heading.text, d.appendix.title.text, d.appendix.attach.text);
  for (const t of d.appendix.tables.slice(0, 2)) {
    out.push(`${t.caption.text} — ${t.title.text}`, t.header.join(' | '), ...t.rows.map((r) => r.cells.join(' | ')));
  }
  return out.join('\n');
}

const GOLDEN = `UBND HUYỆN SƠN TỊNH
PHÒNG NỘI VỤ
Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-…
……, ngày …… tháng …… năm 2026
BÁO CÁO
Kết quả công tác cải cách hành chính cấp xã 6 tháng đầu năm 2026
Phòng Nội vụ huyện Sơn Tịnh tổng hợp kết quả công tác cải cách hành chính 6 tháng đầu năm 2026 của các đơn vị cấp xã trên địa bàn như sau:
I. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ
Đã tổng hợp số liệu của 3/5 đơn vị (60%); danh sách các đơn vị đã báo cáo tại Bảng 1, Phụ lục.
Chưa tổng hợp được 02 đơn vị: xã Tịnh Châu (số liệu còn 2 lỗi); 01 đơn vị chưa gửi báo cáo.
II. KẾT QUẢ CHỦ YẾU TRÊN ĐỊA BÀN
Trên địa bàn, các đơn vị đã ban hành 24 văn bản chỉ đạo, điều hành công tác cải cách hành chính. Số liệu trên là của 2/3 đơn vị; 01 đơn vị còn lại chưa báo cáo số liệu này.
Các đơn vị đề ra 60 nhiệm vụ trong kế hoạch cải cách hành chính năm, đã hoàn thành 32 nhiệm vụ; tỷ lệ hoàn thành kế hoạch đạt 53,3%. Các số liệu trên là của 2/3 đơn vị có đủ các số liệu này; 01 đơn vị còn lại chưa báo cáo đủ.
Các đơn vị được cấp trên giao 75 nhiệm vụ, đã hoàn thành đúng hạn 66 nhiệm vụ.
Các đơn vị đã giải quyết xong 3.468 hồ sơ thủ tục hành chính, trong đó 3.258 hồ sơ đúng hạn; tỷ lệ giải quyết đúng hạn đạt 93,9%.
Các đơn vị đã tiếp nhận 09 phản ánh, kiến nghị về quy định thủ tục hành chính, đã giải quyết xong 09.
Tổng số biên chế công chức cấp xã được giao là 66 người, có mặt tại thời điểm báo cáo 63 người.
Các đơn vị có 33 chức danh công chức, bố trí 33 công chức theo vị trí việc làm; tỷ lệ thực hiện đạt 100%.
Kế hoạch vốn đầu tư công được giao 9.500 triệu đồng, đã giải ngân 6.475 triệu đồng; tỷ lệ giải ngân đạt 68,2%.
Các đơn vị đã tiếp nhận 3.120 hồ sơ thủ tục hành chính, trong đó 2.474 hồ sơ trực tuyến; tỷ lệ hồ sơ trực tuyến đạt 79,3%.
Có 92 thủ tục hành chính có yêu cầu nghĩa vụ tài chính, trong đó 90 thủ tục đã triển khai thanh toán trực tuyến; tỷ lệ đạt 97,8%. Các số liệu trên là của 2/3 đơn vị có đủ các số liệu này; 01 đơn vị còn lại chưa báo cáo đủ.
Ghi chú: Số lượng và số tiền được cộng từ các đơn vị đã báo cáo; tỷ lệ được tính lại từ tử số và mẫu số cộng ở các đơn vị có đủ cả hai số, không lấy trung bình; chỉ tiêu chọn mã được đếm số đơn vị chọn từng mã; tỷ lệ do đơn vị tự nhập được ghi thấp nhất – trung bình – cao nhất; đơn vị chưa báo cáo được tính là thiếu, không tính là 0.
III. CÁC ĐƠN VỊ CẦN QUAN TÂM
Các đơn vị có tỷ lệ thấp hơn tỷ lệ chung của địa bàn, xếp từ thấp đến cao (chi tiết tại Bảng 2, Phụ lục):
Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn: toàn địa bàn đạt 93,9%; 01 đơn vị thấp hơn: xã Tịnh Kỳ (80%).
Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến: toàn địa bàn đạt 79,3%; 01 đơn vị thấp hơn: xã Tịnh Kỳ (20%).
Tỷ lệ thủ tục hành chính triển khai thanh toán trực tuyến: toàn địa bàn đạt 97,8%; không có đơn vị nào thấp hơn.
Tỷ lệ giải ngân vốn đầu tư công: toàn địa bàn đạt 68,2%; 01 đơn vị thấp hơn: xã Tịnh Kỳ (10%).
Tỷ lệ hoàn thành kế hoạch cải cách hành chính năm: toàn địa bàn đạt 53,3%; 01 đơn vị thấp hơn: xã Tịnh Kỳ (25%).
IV. ĐÁNH GIÁ CHUNG
…………………………………………………………………………………………
V. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026
…………………………………………………………………………………………
VI. KIẾN NGHỊ VÀ ĐỀ XUẤT
…………………………………………………………………………………………
Trên đây là báo cáo kết quả công tác cải cách hành chính cấp xã 6 tháng đầu năm 2026 của Phòng Nội vụ huyện Sơn Tịnh./.
Nơi nhận:
- UBND huyện Sơn Tịnh;
- Sở Nội vụ tỉnh Quảng Ngãi;
- Lưu: VT.
KT. TRƯỞNG PHÒNG
PHÓ TRƯỞNG PHÒNG
Nguyễn Văn An
PHỤ LỤC
BIỂU TỔNG HỢP SỐ LIỆU THỐNG KÊ CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2026
(Tổng hợp từ 3 đơn vị; cột “Số đơn vị báo cáo”: số đơn vị có số liệu ở chỉ tiêu đó / 5 đơn vị phải báo cáo)
Bảng 1 — DANH SÁCH ĐƠN VỊ ĐÃ BÁO CÁO
STT | Tên đơn vị | Loại đơn vị | Số chỉ tiêu có số liệu | Ghi chú
1 | Hòa Phong | xã | 67 | 
2 | Tịnh Kỳ | xã | 67 | 
3 | An Phú | phường | 63 | 
Bảng 2 — CÁC ĐƠN VỊ CÓ TỶ LỆ THẤP HƠN TỶ LỆ CHUNG CỦA ĐỊA BÀN
STT | Đơn vị | Chỉ tiêu | Tỷ lệ của đơn vị (%) | Tỷ lệ chung (%)
 | Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn | Biểu mẫu 3 |  | 93,9
1 | xã Tịnh Kỳ |  | 80 | 93,9
 | Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến | Biểu mẫu 7 |  | 79,3
1 | xã Tịnh Kỳ |  | 20 | 79,3
 | Tỷ lệ thủ tục hành chính triển khai thanh toán trực tuyến | Biểu mẫu 7 |  | 97,8
 | Không có đơn vị nào thấp hơn |  |  | 97,8
 | Tỷ lệ giải ngân vốn đầu tư công | Biểu mẫu 6 |  | 68,2
1 | xã Tịnh Kỳ |  | 10 | 68,2
 | Tỷ lệ hoàn thành kế hoạch cải cách hành chính năm | Biểu mẫu 1 |  | 53,3
1 | xã Tịnh Kỳ |  | 25 | 53,3`;

describe('buildConsolidatedReport: a small district', () => {
  it('reads as the golden text: header and signer from options, totals in sentences, the missing by name, laggards ranked', () => {
    expect(plainText(doc)).toBe(GOLDEN);
  });
});

describe('buildConsolidatedReport', () => {
  it('has the communes table, the attention table, then one table per form with completeness per row (a ratio counts the communes that gave both)', () => {
    expect(doc.appendix.tables.map((t) => t.form)).toEqual([undefined, undefined, ...BUILTIN_CATALOGUE.forms.map((f) => f.number)]);
    const t1 = doc.appendix.tables[2]!;
    expect(t1.header).toEqual(['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Tổng hợp', 'Số đơn vị báo cáo']);
    const row = (key: string) => t1.rows.find((r) => r.key === key)!.cells;
    expect(row('1').slice(3)).toEqual(['24', '2/5']);
    expect(row('2.1').slice(3)).toEqual(['60', '2/5']);
    expect(row('2').slice(3)).toEqual(['53,3', '2/5']); // (27 + 5) ÷ (40 + 20): An Phú gave 2.2 but not 2.1
    expect(t1.rows.find((r) => r.key === '3')?.bold).toBe(true);
  });

  it('never names the communes in the body (they are in Bảng 1)', () => {
    const body = doc.body.map((b) => (b.kind === 'paragraph' ? lineText(b.runs) : '')).join('\n');
    expect(body).not.toContain('An Phú');
    expect(body).toContain('xã Tịnh Châu (số liệu còn 2 lỗi)');
  });

  it('leaves a blank for the consolidating body and the generic signer when no option is given', () => {
    const bare = buildConsolidatedReport({ ...grouping, rejected: [] }, consolidate(UNITS.map((u) => u.forms)));
    expect(bare.header.left.map((l) => l.text)).toEqual([expect.stringMatching(/^…+$/) as unknown as string]);
    expect(bare.closing.signature.title.text).toBe('THỦ TRƯỞNG CƠ QUAN');
    expect(bare.closing.recipients.items.map((l) => l.text)).toEqual(['- Lưu: VT.']);
    const body = bare.body.map((b) => (b.kind === 'paragraph' ? lineText(b.runs) : '')).join('\n');
    expect(body).toContain('Tất cả các đơn vị phải báo cáo đều đã gửi số liệu hợp lệ.');
  });
});

describe('comparison with last year (the same period, consolidated by the same core)', () => {
  const lastYear = consolidate(
    [1, 2, 3].map(() => formsWith({ '3': { '3.3.1': 1000, '3.3.2': 900 }, '6': { '1': 3000, '2': 2100 }, '7': { '6.7.1': 1000, '6.7.2': 700 } })),
    { expected: 3 },
  );
  const sentences = (d: ReportDocument): string[] => d.body.filter((b) => b.kind === 'paragraph').map((b) => lineText(b.runs));
  const compared = buildConsolidatedReport(grouping, c, {}, lagging, { year: 2025, totals: lastYear });

  it('compares the totals DOMAIN.md lists: counts in per cent, ratios in percentage points', () => {
    const text = sentences(compared);
    expect(text).toContain(
      'Các đơn vị đã giải quyết xong 3.468 hồ sơ thủ tục hành chính (tăng 15,6% so với cùng kỳ năm 2025), trong đó 3.258 hồ sơ đúng hạn; tỷ lệ giải quyết đúng hạn đạt 93,9%, tăng 3,9 điểm phần trăm so với cùng kỳ năm 2025.',
    );
    expect(text).toContain('Kế hoạch vốn đầu tư công được giao 9.500 triệu đồng, đã giải ngân 6.475 triệu đồng; tỷ lệ giải ngân đạt 68,2%, giảm 1,8 điểm phần trăm so với cùng kỳ năm 2025.');
    expect(text).toContain(
      'Các đơn vị đã tiếp nhận 3.120 hồ sơ thủ tục hành chính (tăng 4% so với cùng kỳ năm 2025), trong đó 2.474 hồ sơ trực tuyến; tỷ lệ hồ sơ trực tuyến đạt 79,3%, tăng 9,3 điểm phần trăm so với cùng kỳ năm 2025.',
    );
  });

  it('changes nothing else, and without last year says no comparison', () => {
    const plain = sentences(buildConsolidatedReport(grouping, c, {}, lagging));
    const text = sentences(compared);
    expect(text.filter((t) => !t.includes('cùng kỳ'))).toEqual(plain.filter((t) => !/giải quyết xong 3\.468|tỷ lệ giải ngân đạt|tiếp nhận 3\.120/.test(t)));
    expect(plain.join(' ')).not.toContain('cùng kỳ');
  });

  it('never compares with a total that was 0 or that no commune gave', () => {
    const empty = consolidate([formsWith({ '3': { '3.3.1': 0, '3.3.2': 0 }, '6': { '1': undefined, '2': undefined }, '7': { '6.7.1': undefined, '6.7.2': undefined } })], { expected: 1 });
    const text = sentences(buildConsolidatedReport(grouping, c, {}, lagging, { year: 2025, totals: empty })).join(' ');
    expect(text).not.toContain('cùng kỳ');
  });
});

describe('the set’s district sentences (Câu văn tổng hợp)', () => {
  const sentences = (d: ReportDocument): string[] => d.body.filter((b) => b.kind === 'paragraph').map((b) => lineText(b.runs));
  const withSentences = (districtSentences: FormSetDef['districtSentences']): FormCatalogue => {
    const set: FormSetDef = { ...BUILTIN_SET, id: 'thu-nghiem', ...(districtSentences ? { districtSentences } : {}) };
    if (!districtSentences) delete (set as { districtSentences?: unknown }).districtSentences;
    expect(checkFormSet(set)).toEqual([]);
    return buildCatalogue(set);
  };

  it('says a province’s own sentence, over a row of another form, with the ratio phrase and last year’s comparison the engine makes', () => {
    const lastYear = consolidate([1, 2, 3].map(() => formsWith({ '3': { '3.3.1': 1000, '3.3.2': 900 } })), { expected: 3 });
    const catalogue = withSentences([
      { form: 3, rows: ['3.3.1', 'BM7 6.7.1'], ratio: '3.3', topic: 'hồ sơ', template: 'Giải quyết {a} hồ sơ{va}, tiếp nhận {b} hồ sơ; đúng hạn {r}' },
    ]);
    const text = sentences(buildConsolidatedReport(grouping, c, {}, lagging, { year: 2025, totals: lastYear }, catalogue));
    expect(text).toContain(
      'Giải quyết 3.468 hồ sơ (tăng 15,6% so với cùng kỳ năm 2025), tiếp nhận 3.120 hồ sơ; đúng hạn đạt 93,9%, tăng 3,9 điểm phần trăm so với cùng kỳ năm 2025.',
    );
    expect(text.join(' ')).not.toContain('Các đơn vị đã giải quyết xong');
  });

  it('says that no commune gave the numbers by the sentence’s topic', () => {
    const catalogue = withSentences([{ form: 7, rows: ['6.8.1'], topic: 'thủ tục có nghĩa vụ tài chính', template: 'Có {a} thủ tục' }]);
    const none = consolidate([formsWith({ '7': { '6.8.1': undefined } })], { expected: 1 });
    expect(sentences(buildConsolidatedReport(grouping, none, {}, [], undefined, catalogue))).toContain(
      'Chưa có đơn vị nào báo cáo số liệu về thủ tục có nghĩa vụ tài chính.',
    );
  });

  it('has none when the set has none: part II holds only the note on how the totals were made', () => {
    const bare = buildConsolidatedReport(grouping, c, {}, lagging, undefined, withSentences(undefined));
    const at = bare.body.findIndex((b) => b.kind === 'part-heading' && b.text.startsWith('II.'));
    expect(bare.body[at + 1]).toMatchObject({ kind: 'paragraph', source: 'fixed', runs: [{ text: 'Ghi chú: ' }, { italic: true }] });
    expect(bare.body[at + 2]).toMatchObject({ kind: 'part-heading', text: 'III. CÁC ĐƠN VỊ CẦN QUAN TÂM' });
  });
});
