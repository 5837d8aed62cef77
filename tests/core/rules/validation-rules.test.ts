// Every form rule of DOMAIN.md, each with data that passes (at the boundary) and data that breaks it, and the exact finding.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { checkForms } from '../../../src/core/rules/check';
import type { Finding } from '../../../src/core/rules/types';
import { withValues } from './sample-forms';

interface Case {
  readonly name: string;
  /** The condition value of a conditional rule (row 5 of Biểu mẫu 1). */
  readonly when?: number;
  readonly pass: Parameters<typeof withValues>[0];
  readonly fail: Parameters<typeof withValues>[0];
  readonly finding: Omit<Finding, 'cell'>;
}

const HINT_PRESENT = 'Số người có mặt thường không vượt số được giao: hãy kiểm tra lại.';

const CASES: readonly Case[] = [
  {
    name: 'BM1 2.2 ≤ 2.1',
    pass: { '1': { '2.1': 37, '2.2': 37 } },
    fail: { '1': { '2.1': 37, '2.2': 40 } },
    finding: { form: 1, row: '2.2', severity: 'error', rule: 'part-exceeds-whole', message: 'Biểu mẫu 1, dòng 2.2: số nhiệm vụ đã hoàn thành (40) lớn hơn số nhiệm vụ đề ra trong kế hoạch (37).' },
  },
  {
    name: 'BM1 3.2.2 ≤ 3.2.1',
    pass: { '1': { '3.2.1': 4, '3.2.2': 4 } },
    fail: { '1': { '3.2.1': 4, '3.2.2': 5 } },
    finding: { form: 1, row: '3.2.2', severity: 'error', rule: 'part-exceeds-whole', message: 'Biểu mẫu 1, dòng 3.2.2: số vấn đề phát hiện đã xử lý xong (5) lớn hơn số vấn đề phát hiện qua kiểm tra (4).' },
  },
  {
    name: 'BM1 4.2 + 4.3 + 4.4 ≤ 4.1',
    pass: { '1': { '4.1': 25, '4.2': 22, '4.3': 2, '4.4': 1 } },
    fail: { '1': { '4.1': 25, '4.2': 22, '4.3': 3, '4.4': 1 } },
    finding: { form: 1, row: '4.2', severity: 'error', rule: 'part-exceeds-whole', message: 'Biểu mẫu 1, dòng 4.2: tổng các dòng 4.2, 4.3, 4.4 (26) lớn hơn tổng số nhiệm vụ được giao (25).' },
  },
  {
    name: 'BM1 5 = 1 ⇒ 5.1 > 0',
    when: 1,
    pass: { '1': { '5': 1, '5.1': 1, '5.2': 1 } },
    fail: { '1': { '5': 1, '5.1': 0, '5.2': 1 } },
    finding: { form: 1, row: '5.1', severity: 'warning', rule: 'conditional', message: 'Biểu mẫu 1, dòng 5.1: vì dòng 5 ghi “Có” (1), số lượng phiếu khảo sát phải lớn hơn 0, nhưng đang là 0.' },
  },
  {
    name: 'BM1 5 = 1 ⇒ 5.2 given',
    when: 1,
    pass: { '1': { '5': 1, '5.1': 30, '5.2': 0 } },
    fail: { '1': { '5': 1, '5.1': 30, '5.2': null } },
    finding: { form: 1, row: '5.2', severity: 'warning', rule: 'conditional', message: 'Biểu mẫu 1, dòng 5.2: vì dòng 5 ghi “Có” (1), hình thức khảo sát phải được điền, nhưng đang để trống.' },
  },
  {
    name: 'BM1 5 = 0 ⇒ 5.1 empty or 0',
    when: 0,
    pass: { '1': { '5': 0, '5.1': 0, '5.2': null } },
    fail: { '1': { '5': 0, '5.1': 120, '5.2': null } },
    finding: { form: 1, row: '5.1', severity: 'warning', rule: 'conditional', message: 'Biểu mẫu 1, dòng 5.1: vì dòng 5 ghi “Không” (0), số lượng phiếu khảo sát phải để trống hoặc bằng 0, nhưng đang là 120.' },
  },
  {
    name: 'BM1 5 = 0 ⇒ 5.2 empty or 0',
    when: 0,
    pass: { '1': { '5': 0, '5.1': null, '5.2': 0 } },
    fail: { '1': { '5': 0, '5.1': null, '5.2': 2 } },
    finding: { form: 1, row: '5.2', severity: 'warning', rule: 'conditional', message: 'Biểu mẫu 1, dòng 5.2: vì dòng 5 ghi “Không” (0), hình thức khảo sát phải để trống hoặc bằng 0, nhưng đang là 2.' },
  },
  {
    name: 'BM2 2.2.1 ≤ 2.1',
    pass: { '2': { '2.1': 3, '2.2.1': 3, '2.2.2': 1 } },
    fail: { '2': { '2.1': 2, '2.2.1': 3, '2.2.2': 1 } },
    finding: { form: 2, row: '2.2.1', severity: 'error', rule: 'part-exceeds-whole', message: 'Biểu mẫu 2, dòng 2.2.1: tổng số VBQPPL cần phải xử lý sau kiểm tra (3) lớn hơn số VBQPPL đã kiểm tra theo thẩm quyền (2).' },
  },
  {
    name: 'BM2 2.2.2 ≤ 2.2.1',
    pass: { '2': { '2.2.1': 2, '2.2.2': 2 } },
    fail: { '2': { '2.2.1': 1, '2.2.2': 2 } },
    finding: { form: 2, row: '2.2.2', severity: 'error', rule: 'part-exceeds-whole', message: 'Biểu mẫu 2, dòng 2.2.2: số văn bản quy phạm pháp luật đã xử lý xong sau kiểm tra (2) lớn hơn tổng số VBQPPL cần phải xử lý sau kiểm tra (1).' },
  },
  {
    name: 'BM2 3.2.1 ≤ 3.1',
    pass: { '2': { '3.1': 5, '3.2.1': 5 } },
    fail: { '2': { '3.1': 5, '3.2.1': 6 } },
    finding: { form: 2, row: '3.2.1', severity: 'error', rule: 'part-exceeds-whole', message: 'Biểu mẫu 2, dòng 3.2.1: tổng số VBQPPL cần phải xử lý sau rà soát (6) lớn hơn số VBQPPL đã rà soát thuộc thẩm quyền (5).' },
  },
  {
    name: 'BM2 3.2.2 ≤ 3.2.1',
    pass: { '2': { '3.2.1': 2, '3.2.2': 2 } },
    fail: { '2': { '3.2.1': 2, '3.2.2': 3 } },
    finding: { form: 2, row: '3.2.2', severity: 'error', rule: 'part-exceeds-whole', message: 'Biểu mẫu 2, dòng 3.2.2: số văn bản quy phạm pháp luật đã xử lý xong sau rà soát (3) lớn hơn tổng số VBQPPL cần phải xử lý sau rà soát (2).' },
  },
  {
    name: 'BM3 2.1 ≤ 1.1',
    pass: { '3': { '2.1': 158 } },
    fail: { '3': { '2.1': 160 } },
    finding: { form: 3, row: '2.1', severity: 'error', rule: 'part-exceeds-whole', message: 'Biểu mẫu 3, dòng 2.1: số TTHC liên thông cùng cấp (160) lớn hơn số TTHC cấp xã (Bao gồm cả TTHC của cơ quan ngành dọc) (158).' },
  },
  {
    name: 'BM3 2.2 ≤ 1.1',
    pass: { '3': { '2.2': 158 } },
    fail: { '3': { '2.2': 159 } },
    finding: { form: 3, row: '2.2', severity: 'error', rule: 'part-exceeds-whole', message: 'Biểu mẫu 3, dòng 2.2: số TTHC liên thông giữa các cấp chính quyền (159) lớn hơn số TTHC cấp xã (Bao gồm cả TTHC của cơ quan ngành dọc) (158).' },
  },
  {
    name: 'BM3 2.3 ≤ 1.1',
    pass: { '3': { '2.3': 158 } },
    fail: { '3': { '2.3': 200 } },
    finding: {
      form: 3, row: '2.3', severity: 'error', rule: 'part-exceeds-whole',
      message: 'Biểu mẫu 3, dòng 2.3: số TTHC đã thực hiện tiếp nhận và giải quyết hồ sơ không phụ thuộc vào địa giới hành chính (200) lớn hơn số TTHC cấp xã (Bao gồm cả TTHC của cơ quan ngành dọc) (158).',
    },
  },
  {
    name: 'BM3 3.3.2 ≤ 3.3.1',
    pass: { '3': { '3.3.1': 1234, '3.3.2': 1234 } },
    fail: { '3': { '3.3.1': 1234, '3.3.2': 1235 } },
    finding: { form: 3, row: '3.3.2', severity: 'error', rule: 'part-exceeds-whole', message: 'Biểu mẫu 3, dòng 3.3.2: số hồ sơ TTHC giải quyết đúng hạn (1.235) lớn hơn tổng số hồ sơ TTHC đã giải quyết xong (1.234).' },
  },
  {
    name: 'BM3 3.4.2 ≤ 3.4.1',
    pass: { '3': { '3.4.1': 0, '3.4.2': 0 } },
    fail: { '3': { '3.4.1': 3, '3.4.2': 4 } },
    finding: { form: 3, row: '3.4.2', severity: 'error', rule: 'part-exceeds-whole', message: 'Biểu mẫu 3, dòng 3.4.2: số PAKN đã giải quyết xong (4) lớn hơn tổng số PAKN đã tiếp nhận (trực tiếp hoặc do cơ quan có thẩm quyền chuyển đến) (3).' },
  },
  {
    name: 'BM4 2.2 ≤ 2.1 (plausibility)',
    pass: { '4': { '2.1': 22, '2.2': 22 } },
    fail: { '4': { '2.1': 22, '2.2': 23 } },
    finding: { form: 4, row: '2.2', severity: 'warning', rule: 'present-exceeds-assigned', message: `Biểu mẫu 4, dòng 2.2: tổng số biên chế có mặt tại thời điểm báo cáo (23) lớn hơn tổng số biên chế được giao trong năm (22). ${HINT_PRESENT}` },
  },
  {
    name: 'BM4 3.2 ≤ 3.1 (plausibility)',
    pass: { '4': { '3.1': 11, '3.2': 11 } },
    fail: { '4': { '3.1': 11, '3.2': 12 } },
    finding: { form: 4, row: '3.2', severity: 'warning', rule: 'present-exceeds-assigned', message: `Biểu mẫu 4, dòng 3.2: số người hoạt động không chuyên trách cấp xã có mặt (12) lớn hơn số người hoạt động không chuyên trách cấp xã được giao (11). ${HINT_PRESENT}` },
  },
  {
    name: 'BM4 4.2 ≤ 4.1 (plausibility)',
    pass: { '4': { '4.1': 24, '4.2': 24 } },
    fail: { '4': { '4.1': 24, '4.2': 25 } },
    finding: { form: 4, row: '4.2', severity: 'warning', rule: 'present-exceeds-assigned', message: `Biểu mẫu 4, dòng 4.2: số người hoạt động không chuyên trách ở thôn có mặt (25) lớn hơn số người hoạt động không chuyên trách ở thôn được giao (24). ${HINT_PRESENT}` },
  },
  {
    name: 'BM5 1.2 ≤ BM4 2.2 (cross-form warning)',
    pass: { '4': { '2.2': 21 }, '5': { '1.2': 21 } },
    fail: { '4': { '2.2': 21 }, '5': { '1.2': 22 } },
    finding: {
      form: 5, row: '1.2', severity: 'warning', rule: 'cross-form',
      message:
        'Biểu mẫu 5, dòng 1.2: số lượng công chức được bố trí theo vị trí việc làm chức danh công chức cấp xã (22) lớn hơn tổng số biên chế có mặt tại thời điểm báo cáo ở dòng 2.2 Biểu mẫu 4 (21). Số công chức được bố trí thường không vượt số biên chế có mặt: hãy kiểm tra lại.',
    },
  },
  {
    name: 'BM6 2 ≤ 1 (plausibility)',
    pass: { '6': { '1': 3000, '2': 3000 } },
    fail: { '6': { '1': 3000, '2': 3500.5 } },
    finding: { form: 6, row: '2', severity: 'warning', rule: 'disbursed-exceeds-plan', message: 'Biểu mẫu 6, dòng 2: số vốn đầu tư công đã giải ngân (3.500,5) lớn hơn kế hoạch vốn đầu tư công được giao (3.000). Số vốn đã giải ngân vượt kế hoạch được giao: hãy kiểm tra lại.' },
  },
  {
    name: 'BM7 6.4.2 ≤ 6.4.1',
    pass: { '7': { '6.4.1': 68, '6.4.2': 68 } },
    fail: { '7': { '6.4.1': 67, '6.4.2': 68 } },
    finding: { form: 7, row: '6.4.2', severity: 'error', rule: 'part-exceeds-whole', message: 'Biểu mẫu 7, dòng 6.4.2: số TTHC đang cung cấp trực tuyến mức độ 3 (68) lớn hơn tổng số TTHC đủ điều kiện cung cấp trực tuyến mức độ 3 (67).' },
  },
  {
    name: 'BM7 6.4.3 ≤ 6.4.2',
    pass: { '7': { '6.4.3': 68 } },
    fail: { '7': { '6.4.3': 69 } },
    finding: {
      form: 7, row: '6.4.3', severity: 'error', rule: 'part-exceeds-whole',
      message: 'Biểu mẫu 7, dòng 6.4.3: số TTHC đang cung cấp trực tuyến mức độ 3 có phát sinh hồ sơ nộp trực tuyến (69) lớn hơn số TTHC đang cung cấp trực tuyến mức độ 3 (68).',
    },
  },
  {
    name: 'BM7 6.5.2 ≤ 6.5.1',
    pass: { '7': { '6.5.1': 58, '6.5.2': 58 } },
    fail: { '7': { '6.5.1': 57, '6.5.2': 58 } },
    finding: { form: 7, row: '6.5.2', severity: 'error', rule: 'part-exceeds-whole', message: 'Biểu mẫu 7, dòng 6.5.2: số TTHC đang cung cấp trực tuyến mức độ 4 (58) lớn hơn tổng số TTHC đủ điều kiện cung cấp trực tuyến mức độ 4 (57).' },
  },
  {
    name: 'BM7 6.5.3 ≤ 6.5.2',
    pass: { '7': { '6.5.3': 58 } },
    fail: { '7': { '6.5.3': 59 } },
    finding: {
      form: 7, row: '6.5.3', severity: 'error', rule: 'part-exceeds-whole',
      message: 'Biểu mẫu 7, dòng 6.5.3: số TTHC đang cung cấp trực tuyến mức độ 4 có phát sinh hồ sơ nộp trực tuyến (59) lớn hơn số TTHC đang cung cấp trực tuyến mức độ 4 (58).',
    },
  },
  {
    name: 'BM7 6.6.2 ≤ 6.6.1 (a computed sum)',
    pass: { '7': { '6.6.2': 126 } },
    fail: { '7': { '6.6.2': 127 } },
    finding: {
      form: 7, row: '6.6.2', severity: 'error', rule: 'part-exceeds-whole',
      message: 'Biểu mẫu 7, dòng 6.6.2: số TTHC cung cấp trực tuyến mức độ 3 và 4 đã tích hợp, công khai trên Cổng DVC quốc gia (127) lớn hơn tổng số TTHC đang cung cấp trực tuyến mức độ 3 và 4 của địa phương (126). Dòng 6.6.1 được tính từ dòng 6.4.2, 6.5.2: hãy kiểm tra số liệu ở dòng 6.6.2, 6.4.2, 6.5.2.',
    },
  },
  {
    name: 'BM7 6.7.2 ≤ 6.7.1',
    pass: { '7': { '6.7.1': 1310, '6.7.2': 1310 } },
    fail: { '7': { '6.7.1': 1310, '6.7.2': 1311 } },
    finding: { form: 7, row: '6.7.2', severity: 'error', rule: 'part-exceeds-whole', message: 'Biểu mẫu 7, dòng 6.7.2: số hồ sơ TTHC đã tiếp nhận trực tuyến (1.311) lớn hơn tổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp và trực tuyến) (1.310).' },
  },
  {
    name: 'BM7 6.8.2 ≤ 6.8.1',
    pass: { '7': { '6.8.1': 46, '6.8.2': 46 } },
    fail: { '7': { '6.8.1': 46, '6.8.2': 47 } },
    finding: {
      form: 7, row: '6.8.2', severity: 'error', rule: 'part-exceeds-whole',
      message: 'Biểu mẫu 7, dòng 6.8.2: số TTHC đã được tích hợp, triển khai thanh toán trực tuyến trên Cổng DVC quốc gia hoặc trên Cổng DVC của tỉnh (47) lớn hơn tổng số TTHC có yêu cầu nghĩa vụ tài chính (tất cả các TTHC có phát sinh phí, lệ phí,…) (46).',
    },
  },
  {
    name: 'BM7 6.6.1 ≤ BM3 1.1 (cross-form)',
    pass: { '3': { '1.1': 126 } },
    fail: { '3': { '1.1': 125 } },
    finding: {
      form: 7, row: '6.6.1', severity: 'error', rule: 'cross-form',
      message: 'Biểu mẫu 7, dòng 6.6.1: tổng số TTHC đang cung cấp trực tuyến mức độ 3 và 4 của địa phương (126) lớn hơn số TTHC cấp xã (Bao gồm cả TTHC của cơ quan ngành dọc) ở dòng 1.1 Biểu mẫu 3 (125). Dòng 6.6.1 được tính từ dòng 6.4.2, 6.5.2: hãy kiểm tra số liệu ở dòng 6.4.2, 6.5.2 và dòng 1.1 Biểu mẫu 3.',
    },
  },
  {
    name: 'BM7 6.8.1 ≤ BM3 1.1 (cross-form)',
    pass: { '7': { '6.8.1': 158, '6.8.2': 45 } },
    fail: { '7': { '6.8.1': 160, '6.8.2': 45 } },
    finding: { form: 7, row: '6.8.1', severity: 'error', rule: 'cross-form', message: 'Biểu mẫu 7, dòng 6.8.1: tổng số TTHC có yêu cầu nghĩa vụ tài chính (tất cả các TTHC có phát sinh phí, lệ phí,…) (160) lớn hơn số TTHC cấp xã (Bao gồm cả TTHC của cơ quan ngành dọc) ở dòng 1.1 Biểu mẫu 3 (158).' },
  },
];

/** Findings that are not infos (missing values are tested elsewhere). */
const problems = (forms: ReturnType<typeof withValues>) => checkForms(forms).filter((f) => f.severity !== 'info');

describe('form rules', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: passes at the boundary', (_, c) => {
    expect(problems(withValues(c.pass))).toEqual([]);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s: breaking it gives exactly its finding', (_, c) => {
    expect(problems(withValues(c.fail))).toEqual([{ ...c.finding, cell: null }]);
  });

  it('covers every rule in the data, once', () => {
    const keyOf = (form: number, row: string, id: string, when: number | undefined) => `${form}/${row}/${id}/${when ?? ''}`;
    const ruleKeys = BUILTIN_CATALOGUE.rules.map((r) => keyOf(r.anchor.form, r.anchor.key, r.id, r.when?.equals)).sort();
    const caseKeys = CASES.map((c) => keyOf(c.finding.form ?? 0, c.finding.row ?? '', c.finding.rule, c.when)).sort();
    expect(caseKeys).toEqual(ruleKeys);
    expect(new Set(ruleKeys).size).toBe(ruleKeys.length);
  });
});

describe('sums of parts (4.2 + 4.3 + 4.4 ≤ 4.1) with some parts empty', () => {
  it('still reports a breach that the parts given already show', () => {
    expect(problems(withValues({ '1': { '4.1': 25, '4.2': 30, '4.3': null, '4.4': null } }))).toEqual([
      { form: 1, row: '4.2', cell: null, severity: 'error', rule: 'part-exceeds-whole', message: 'Biểu mẫu 1, dòng 4.2: tổng các dòng 4.2, 4.3, 4.4 (30) lớn hơn tổng số nhiệm vụ được giao (25).' },
    ]);
  });

  it('says nothing while the parts given fit', () => {
    expect(problems(withValues({ '1': { '4.1': 25, '4.2': 20, '4.3': null, '4.4': null } }))).toEqual([]);
  });
});

describe('conditional rules of the survey (Biểu mẫu 1, row 5)', () => {
  it('says "để trống" when 5 = 1 and 5.1 is empty, and adds no second finding on 5.1', () => {
    const findings = checkForms(withValues({ '1': { '5': 1, '5.1': null, '5.2': 1 } })).filter((f) => f.form === 1 && f.row === '5.1');
    expect(findings).toEqual([
      { form: 1, row: '5.1', cell: null, severity: 'warning', rule: 'conditional', message: 'Biểu mẫu 1, dòng 5.1: vì dòng 5 ghi “Có” (1), số lượng phiếu khảo sát phải lớn hơn 0, nhưng đang để trống.' },
    ]);
  });

  it('runs no survey rule while row 5 is empty, and says so on row 5 only', () => {
    const findings = checkForms(withValues({ '1': { '5': null, '5.1': 0, '5.2': null } })).filter((f) => f.form === 1 && f.row?.startsWith('5'));
    expect(findings).toEqual([
      {
        form: 1, row: '5', cell: null, severity: 'info', rule: 'missing',
        message: 'Biểu mẫu 1, dòng 5: chưa có số liệu về việc khảo sát sự hài lòng của người dân, tổ chức, nên chưa đối chiếu được với dòng 5.1, 5.2. Hãy chọn một mã: Có = 1; Không = 0.',
      },
      { form: 1, row: '5.2', cell: null, severity: 'info', rule: 'missing', message: 'Biểu mẫu 1, dòng 5.2: chưa có số liệu về hình thức khảo sát. Hãy chọn một mã: Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2.' },
    ]);
  });

  it('does not check a survey rule on text, which is an error of its own', () => {
    expect(problems(withValues({ '1': { '5': 0, '5.1': 'năm mươi', '5.2': null } }))).toEqual([
      { form: 1, row: '5.1', cell: null, severity: 'error', rule: 'not-a-number', message: 'Biểu mẫu 1, dòng 5.1: ô số liệu đang chứa chữ “năm mươi”, không phải một số; hãy nhập số hoặc để trống.' },
    ]);
  });
});
