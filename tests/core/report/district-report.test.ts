// The district's (province's) report as a careful official reads it before signing (issue 22 item 8): golden texts of a 2026
// provincial total and a 2023 district one, and each point on its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attention } from '../../../src/core/aggregate/attention';
import { consolidate } from '../../../src/core/aggregate/consolidate';
import type { Grouping } from '../../../src/core/aggregate/grouping';
import { jointTotals } from '../../../src/core/aggregate/joint-totals';
import type { FormsData } from '../../../src/core/data/types';
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { buildConsolidatedReport, type ConsolidatedReportOptions } from '../../../src/core/report/consolidated-report';
import type { ReportDocument } from '../../../src/core/report/model';
import { documentText } from '../../fixtures/golden-before/golden';
import { DISTRICT_SETS } from '../../fixtures/district/district-sets';
import { formsWith } from '../aggregate/sample-units';

describe('golden district reports (tests/fixtures/district, `npx tsx tests/fixtures/district/capture.ts` to review a change)', () => {
  it.each(DISTRICT_SETS.map((s) => [s.name, s] as const))('%s reads as its golden text', (name, set) => {
    const golden = readFileSync(join(__dirname, '../../fixtures/district', `${name}.txt`), 'utf8');
    expect(`${documentText(set.build()).join('\n')}\n`).toBe(golden);
  });
});

const lineText = (runs: readonly { readonly text: string }[]): string => runs.map((r) => r.text).join('');
const bodyTexts = (d: ReportDocument): string[] => d.body.map((b) => (b.kind === 'paragraph' || b.kind === 'list-item' ? lineText(b.runs) : b.text));
/** Every text of the document, the appendix included. */
const allTexts = (d: ReportDocument): string => documentText(d).join('\n');

type Unit = { readonly name: string; readonly kind: 'xã' | 'phường' | 'thị trấn' | 'đặc khu'; readonly file: string; readonly forms: FormsData; readonly superior?: string };

function report(units: readonly Unit[], options: ConsolidatedReportOptions = {}, rejected: Grouping['rejected'] = [], expected?: number, withJoint = true): ReportDocument {
  const grouping: Grouping = {
    period: 'H1',
    year: 2026,
    units: units.map((u) => ({ file: u.file, meta: { unit: u.name, unitKind: u.kind, period: 'H1', year: 2026, ...(u.superior ? { superior: u.superior } : {}) } })),
    rejected,
  };
  const c = consolidate(
    units.map((u) => u.forms),
    { expected: expected ?? units.length + rejected.length },
  );
  const lagging = attention(
    units.map((u) => ({ name: `${u.kind} ${u.name}`, forms: u.forms })),
    c,
    BUILTIN_CATALOGUE,
  );
  const joint = withJoint ? jointTotals(units.map((u) => u.forms)) : undefined;
  return buildConsolidatedReport(grouping, c, options, lagging, undefined, BUILTIN_CATALOGUE, joint);
}

const A: Unit = { name: 'Gia Viễn', kind: 'xã', file: '/srv/nop/gia-vien.json', forms: formsWith() };
const B: Unit = { name: 'Hoa Lư', kind: 'phường', file: 'C:\\Nop\\hoa-lu.xlsx', forms: formsWith({ '4': { '2.1': 30, '2.2': 29 } }) };
/** Gave its tasks done and staff assigned, not the year's plan nor the staff present. */
const C: Unit = { name: 'Tam Điệp', kind: 'phường', file: 'tam-diep.json', forms: formsWith({ '1': { '2.1': undefined, '2.2': 31 }, '4': { '2.1': 25, '2.2': undefined } }) };

describe('the title: BÁO CÁO and its subject line', () => {
  it('puts the subject under BÁO CÁO, with the period, and no count of communes in the title', () => {
    const d = report([A, B]);
    expect(d.title.map((l) => [l.style, l.text])).toEqual([
      ['title', 'BÁO CÁO'],
      ['subject', 'Kết quả công tác cải cách hành chính cấp xã 6 tháng đầu năm 2026'],
    ]);
    expect(d.title[1]?.ruleBelow?.widthPt).toBeGreaterThan(0);
  });
});

describe('the header: the issuing body in full, its managing body above and abbreviated', () => {
  it('writes a People’s Committee as ỦY BAN NHÂN DÂN / TỈNH …, with no line above', () => {
    expect(report([A], { issuer: 'UBND tỉnh Ninh Bình' }).header.left.map((l) => l.text)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH NINH BÌNH']);
  });

  it('writes Sở Nội vụ under UBND TỈNH …, and names it in full in the sentences', () => {
    const d = report([A], { issuer: 'Sở Nội vụ', superior: 'Ủy ban nhân dân tỉnh Ninh Bình' });
    expect(d.header.left.map((l) => l.text)).toEqual(['UBND TỈNH NINH BÌNH', 'SỞ NỘI VỤ']);
    expect(bodyTexts(d)[0]).toMatch(/^Sở Nội vụ tỉnh Ninh Bình tổng hợp/);
    expect(lineText(d.closingSentence.runs)).toBe('Trên đây là báo cáo kết quả công tác cải cách hành chính cấp xã 6 tháng đầu năm 2026 của Sở Nội vụ tỉnh Ninh Bình./.');
  });
});

describe('the office’s own text: parts IV, V and VI', () => {
  it('puts its assessment, next period’s tasks and proposals as sections, paragraphs and items as typed', () => {
    const d = report([A, B], { officeText: { assessment: 'Đạt kết quả tốt.\n\n- Một;\n- Hai.', tasks: 'Tiếp tục.', proposals: 'Đề nghị Bộ Nội vụ hướng dẫn.' } });
    const texts = bodyTexts(d);
    const at = (heading: string): number => texts.indexOf(heading);
    expect(texts.slice(at('IV. ĐÁNH GIÁ CHUNG'), at('IV. ĐÁNH GIÁ CHUNG') + 4)).toEqual(['IV. ĐÁNH GIÁ CHUNG', 'Đạt kết quả tốt.', 'Một;', 'Hai.']);
    expect(texts.slice(at('V. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026'))).toEqual([
      'V. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026',
      'Tiếp tục.',
      'VI. KIẾN NGHỊ VÀ ĐỀ XUẤT',
      'Đề nghị Bộ Nội vụ hướng dẫn.',
    ]);
    expect(d.body.filter((b) => b.kind === 'list-item')).toHaveLength(2);
  });

  it('leaves a line to fill in by hand under a part the office gave no text for', () => {
    const texts = bodyTexts(report([A]));
    expect(texts[texts.indexOf('VI. KIẾN NGHỊ VÀ ĐỀ XUẤT') + 1]).toMatch(/^…+$/);
  });
});

describe('a total and its ratio over the same communes', () => {
  it('states the plan’s tasks set and done, and its ratio, over the communes that gave both; the others said plainly', () => {
    const texts = bodyTexts(report([A, B, C]));
    // A and B: 40 + 40 set, 27 + 27 done (C's 31 done has no plan beside it); 54 ÷ 80 = 67,5 %.
    expect(texts).toContain(
      'Các đơn vị đề ra 80 nhiệm vụ trong kế hoạch cải cách hành chính năm, đã hoàn thành 54 nhiệm vụ; tỷ lệ hoàn thành kế hoạch đạt 67,5%. Các số liệu trên là của 2/3 đơn vị có đủ các số liệu này; 01 đơn vị còn lại chưa báo cáo đủ.',
    );
  });

  it('states staff assigned and present over the communes that gave both', () => {
    const texts = bodyTexts(report([A, B, C]));
    // A 22/21, B 30/29; C gave 25 assigned and no one present: not added to the assigned.
    expect(texts).toContain(
      'Tổng số biên chế công chức cấp xã được giao là 52 người, có mặt tại thời điểm báo cáo 50 người. Các số liệu trên là của 2/3 đơn vị có đủ các số liệu này; 01 đơn vị còn lại chưa báo cáo đủ.',
    );
  });

  it('without the same-commune totals, says plainly that the totals rest on different communes', () => {
    const texts = bodyTexts(report([A, B, C], {}, [], undefined, false));
    expect(texts).toContain(
      'Các đơn vị đề ra 80 nhiệm vụ trong kế hoạch cải cách hành chính năm, đã hoàn thành 85 nhiệm vụ; tỷ lệ hoàn thành kế hoạch đạt 67,5%. Các số liệu trên không cùng các đơn vị: số nhiệm vụ đề ra trong kế hoạch là của 2/3 đơn vị, số nhiệm vụ đã hoàn thành là của 3/3 đơn vị, tỷ lệ tính trên 2/3 đơn vị có đủ cả hai số liệu.',
    );
  });

  it('adds nothing when every commune gave every number', () => {
    const texts = bodyTexts(report([A, B]));
    expect(texts).toContain('Các đơn vị đề ra 80 nhiệm vụ trong kế hoạch cải cách hành chính năm, đã hoàn thành 54 nhiệm vụ; tỷ lệ hoàn thành kế hoạch đạt 67,5%.');
  });
});

describe('never a file name or path in the signed text', () => {
  const rejected: Grouping['rejected'] = [
    { file: '/srv/nop/yen-mo.json', kind: 'errors', unit: 'xã Yên Mô', reason: 'số liệu còn 2 lỗi.', details: [] },
    { file: '/srv/nop/tay-hoa-lu.json', kind: 'duplicate', unit: 'phường Tây Hoa Lư', reason: 'đơn vị phường Tây Hoa Lư có nhiều hơn một tệp số liệu cùng kỳ: /srv/nop/tay-hoa-lu.json, /srv/nop/tay-hoa-lu (1).json (…).', details: [] },
    { file: '/srv/nop/tay-hoa-lu (1).json', kind: 'duplicate', unit: 'phường Tây Hoa Lư', reason: 'đơn vị phường Tây Hoa Lư có nhiều hơn một tệp số liệu cùng kỳ: … (…).', details: [] },
    { file: '/srv/nop/hong.xlsx', kind: 'unreadable', unit: null, reason: '/srv/nop/hong.xlsx: tệp bị hỏng.', details: [] },
    { file: 'D:\\bao-cao\\khong-ten.json', kind: 'no-header', unit: null, reason: 'phần Thông tin chung chưa đủ để biết đơn vị và kỳ báo cáo.', details: [] },
  ];
  const d = report([A, B], {}, rejected, 7);

  it('names a rejected commune by the commune, and counts the files that named none', () => {
    expect(bodyTexts(d)).toContain(
      'Chưa tổng hợp được 05 đơn vị: xã Yên Mô (số liệu còn 2 lỗi); phường Tây Hoa Lư (gửi nhiều hơn một tệp số liệu cùng kỳ); 01 đơn vị chưa gửi báo cáo; 01 tệp không đọc được; 01 tệp không xác định được đơn vị.',
    );
  });

  it('holds no file name, extension or path anywhere, the appendix included', () => {
    const text = allTexts(d);
    for (const bit of ['.json', '.xlsx', '/srv', 'D:\\', 'gia-vien', 'hoa-lu', 'tệp số liệu |']) expect(text).not.toContain(bit);
    expect(d.appendix.tables[0]?.header).toEqual(['STT', 'Tên đơn vị', 'Loại đơn vị', 'Số chỉ tiêu có số liệu', 'Ghi chú']);
  });
});

describe('the communes that have not reported, named when the expected communes are listed', () => {
  const rejected: Grouping['rejected'] = [{ file: 'yen-mo.json', kind: 'errors', unit: 'xã Yên Mô', reason: 'số liệu còn 2 lỗi.', details: [] }];

  it('names each listed commune that sent nothing; an entry matches with or without its kind', () => {
    const d = report([A, B], { expectedUnits: ['Gia Viễn', 'phường Hoa Lư', 'xã Yên Mô', 'xã Kim Sơn', 'Đặc khu Cồn Thoi'] }, rejected, 5);
    expect(bodyTexts(d)).toContain('Chưa tổng hợp được 03 đơn vị: xã Yên Mô (số liệu còn 2 lỗi); chưa nhận được số liệu của xã Kim Sơn, Đặc khu Cồn Thoi.');
  });

  it('names a listed spreadsheet that could not be read by its entry, without the reader’s words (Sheets’ Danh sách đơn vị)', () => {
    const unreadable: Grouping['rejected'] = [{ file: 'Xã Kim Sơn', kind: 'unreadable', unit: null, reason: 'liên kết https://docs.google.com/x không mở được.', details: [] }];
    const d = report([A], { expectedUnits: ['Xã Gia Viễn', 'Xã Kim Sơn'] }, unreadable, 2);
    expect(bodyTexts(d)).toContain('Chưa tổng hợp được 01 đơn vị: Xã Kim Sơn (không đọc được số liệu).');
    expect(allTexts(d)).not.toContain('https://');
  });

  it('with no list, says how many sent nothing', () => {
    expect(bodyTexts(report([A, B], {}, [], 4))).toContain('Còn 02 đơn vị chưa gửi báo cáo.');
  });
});

describe('how the totals were made: a note, not a section', () => {
  it('closes part II with an italic note and has no part on the method', () => {
    const d = report([A, B]);
    const headings = d.body.filter((b) => b.kind === 'part-heading').map((b) => (b.kind === 'part-heading' ? b.text : ''));
    expect(headings).toEqual([
      'I. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ',
      'II. KẾT QUẢ CHỦ YẾU TRÊN ĐỊA BÀN',
      'III. CÁC ĐƠN VỊ CẦN QUAN TÂM',
      'IV. ĐÁNH GIÁ CHUNG',
      'V. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026',
      'VI. KIẾN NGHỊ VÀ ĐỀ XUẤT',
    ]);
    const iii = d.body.findIndex((b) => b.kind === 'part-heading' && b.text.startsWith('III.'));
    expect(d.body[iii - 1]).toMatchObject({ kind: 'paragraph', runs: [{ text: 'Ghi chú: ', italic: true, bold: true }, { italic: true }] });
  });
});

describe('Biểu mẫu 1 row 4 follows the communes’ superior', () => {
  const label = (d: ReportDocument): string | undefined => d.appendix.tables.find((t) => t.form === 1)?.rows.find((r) => r.key === '4')?.cells[1];

  it('says UBND tỉnh in a 2026 provincial total, UBND huyện in a district one before the reform', () => {
    const province = [A, B].map((u) => ({ ...u, superior: 'UBND tỉnh Ninh Bình' }));
    expect(label(report(province))).toBe('Thực hiện nhiệm vụ của UBND tỉnh, Chủ tịch UBND tỉnh giao');
    expect(label(report([A, B].map((u) => ({ ...u, superior: 'UBND thành phố Hải Phòng' }))))).toBe('Thực hiện nhiệm vụ của UBND thành phố, Chủ tịch UBND thành phố giao');
    expect(label(report([A, B].map((u) => ({ ...u, superior: 'UBND huyện Bình Giang' }))))).toBe('Thực hiện nhiệm vụ của UBND huyện, Chủ tịch UBND huyện giao');
  });

  it('takes the office’s managing body when the communes do not say theirs, and "cấp trên" when nothing tells', () => {
    expect(label(report([A, B], { superior: 'UBND tỉnh Ninh Bình' }))).toBe('Thực hiện nhiệm vụ của UBND tỉnh, Chủ tịch UBND tỉnh giao');
    expect(label(report([{ ...A, superior: 'UBND huyện Gia Viễn' }, { ...B, superior: 'UBND tỉnh Ninh Bình' }]))).toBe('Thực hiện nhiệm vụ của UBND cấp trên, Chủ tịch UBND cấp trên giao');
  });
});

describe('a province’s own sentence whose ratio is not of its numbers', () => {
  it('says the ratio’s own communes beside numbers of fewer communes', async () => {
    const { BUILTIN_SET } = await import('../../../src/core/forms/builtin');
    const { buildCatalogue } = await import('../../../src/core/forms/build-catalogue');
    const catalogue = buildCatalogue({
      ...BUILTIN_SET,
      id: 'thu-nghiem',
      districtSentences: [{ form: 3, rows: ['3.3.1', 'BM7 6.7.1'], ratio: '3.3', topic: 'hồ sơ', template: 'Giải quyết {a} hồ sơ, tiếp nhận {b} hồ sơ; đúng hạn {r}' }],
    });
    const units = [formsWith(), formsWith(), formsWith({ '7': { '6.7.1': undefined } })];
    const grouping: Grouping = { period: 'H1', year: 2026, units: units.map((_, i) => ({ file: `${i}.json`, meta: { unit: `Xã ${i}`, unitKind: 'xã', period: 'H1', year: 2026 } })), rejected: [] };
    const c = consolidate(units, {}, catalogue);
    const d = buildConsolidatedReport(grouping, c, {}, [], undefined, catalogue, jointTotals(units, catalogue));
    // 3.3.1 and 6.7.1 of the two communes that gave both; the on-time ratio is of all three, and says so.
    expect(bodyTexts(d)).toContain(
      'Giải quyết 2.468 hồ sơ, tiếp nhận 2.620 hồ sơ; đúng hạn đạt 99,6% (3.687/3.702, tính trên 3/3 đơn vị có đủ cả hai số liệu). Các số liệu trên là của 2/3 đơn vị có đủ các số liệu này; 01 đơn vị còn lại chưa báo cáo đủ.',
    );
  });
});

describe('counts in the district’s sentences', () => {
  it('writes 1–9 with a leading zero and groups thousands, as a commune’s sentences do; amounts as they are', () => {
    const texts = bodyTexts(report([{ ...A, forms: formsWith({ '3': { '3.4.1': 3, '3.4.2': 2 }, '6': { '1': 5, '2': 4.5 } }) }]));
    expect(texts).toContain('Các đơn vị đã tiếp nhận 03 phản ánh, kiến nghị về quy định thủ tục hành chính, đã giải quyết xong 02.');
    expect(texts).toContain('Các đơn vị đã giải quyết xong 1.234 hồ sơ thủ tục hành chính, trong đó 1.229 hồ sơ đúng hạn; tỷ lệ giải quyết đúng hạn đạt 99,6%.');
    expect(texts.join('\n')).toContain('Kế hoạch vốn đầu tư công được giao 5 triệu đồng, đã giải ngân 4,5 triệu đồng');
  });
});
