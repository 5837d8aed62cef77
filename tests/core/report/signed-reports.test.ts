// Issue 22 items 4–7: data sets a commune signs (tests/fixtures/signed), every unit kind and period, their report and check
// texts pinned, and the rules of README "What the report never says" asserted on them one by one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportData } from '../../../src/core/data/types';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { checkReport } from '../../../src/core/rules/check';
import { buildReport } from '../../../src/core/report/build-report';
import type { ReportDocument } from '../../../src/core/report/model';
import { describeResult } from '../../../src/hosts/cli/describe-result';
import { SIGNED_DIR, SIGNED_NAMES, signedData, signedText } from '../../fixtures/signed/signed';
import { GOLDEN_DATA } from './golden-data';
import { withData } from './fixtures';

const runsText = (b: ReportDocument['body'][number]): string => ('runs' in b ? b.runs.map((r) => r.text).join('') : b.text);
const generated = (doc: ReportDocument): { readonly section: string; readonly text: string }[] =>
  doc.body.flatMap((b) => (b.kind === 'paragraph' && b.source === 'generated' && b.section ? [{ section: b.section, text: runsText(b) }] : []));
const allText = (doc: ReportDocument): string =>
  [
    ...doc.header.left.map((l) => l.text),
    doc.header.placeDate.text,
    ...doc.body.map(runsText),
    runsText(doc.closingSentence),
    doc.appendix.title.text,
    doc.appendix.attach.text,
    ...doc.appendix.tables.flatMap((t) => t.rows.map((r) => r.cells[1] ?? '')),
  ].join('\n');
const checkLines = (data: ReportData, name = 'x.json'): string => describeResult(name, checkReport(data)).join('\n');
const formLabels = (data: ReportData): string =>
  buildWorkbookPlan(data)
    .sheets.filter((s) => s.name.startsWith('Biểu mẫu'))
    .flatMap((s) => s.values.map((row) => String(row[1] ?? '')))
    .join('\n');

const SETS = Object.fromEntries(SIGNED_NAMES.map((n) => [n, signedData(n)]));
const set = (name: string): ReportData => {
  const d = SETS[name];
  if (!d) throw new Error(`no data set ${name}`);
  return d;
};

describe('the signed data sets and their golden texts', () => {
  it('cover every unit kind, a numbered ward, and every period, in at least eight sets', () => {
    const metas = Object.values(SETS).map((d) => d.meta);
    expect(metas.length).toBeGreaterThanOrEqual(8);
    expect(new Set(metas.map((m) => m.unitKind))).toEqual(new Set(['xã', 'phường', 'thị trấn']));
    expect(new Set(metas.map((m) => m.period))).toEqual(new Set(['Q1', 'H1', 'Q3', 'Y']));
    expect(metas.some((m) => m.unitKind === 'phường' && /^\d+$/u.test(m.unit))).toBe(true);
  });

  it.each(SIGNED_NAMES)('%s: the report and check read as pinned', (name) => {
    expect(signedText(name)).toBe(readFileSync(join(SIGNED_DIR, `${name}.txt`), 'utf-8'));
  });
});

describe('item 4: the header as Nghị định 30/2020 writes it', () => {
  // Phụ lục I: "Tên cơ quan, tổ chức ban hành văn bản là tên chính thức, đầy đủ của cơ quan, tổ chức …; bao gồm tên của
  // cơ quan, tổ chức ban hành văn bản và tên của cơ quan, tổ chức chủ quản trực tiếp (nếu có) … Tên của cơ quan, tổ chức
  // chủ quản trực tiếp được viết tắt những cụm từ thông dụng."
  it.each(SIGNED_NAMES)('%s: the issuing body in full, its unit on the second line, no managing body above a commune', (name) => {
    const d = set(name);
    const left = buildReport(d).header.left;
    expect(left.map((l) => l.text)[0]).toBe('ỦY BAN NHÂN DÂN');
    expect(left.map((l) => l.style)).toEqual(['issuer', 'issuer']);
    expect(left[1]?.text).toMatch(/^(XÃ|PHƯỜNG|THỊ TRẤN) /u);
    expect(left.some((l) => /^UBND /u.test(l.text))).toBe(false);
    expect(left[1]?.ruleBelow?.widthPt).toBeGreaterThan(20);
  });

  it('puts the committee above, abbreviated, only where another body of the commune issues the report', () => {
    const d = withData({ meta: { signer: { form: 'TM.', body: 'Ban Chỉ đạo cải cách hành chính', title: 'TRƯỞNG BAN', name: 'A' } } });
    const left = buildReport(d).header.left;
    expect(left.map((l) => [l.text, l.style])).toEqual([
      ['UBND XÃ HÒA PHONG', 'superior'],
      ['BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH', 'issuer'],
    ]);
    // The committee itself, however its body is typed, has no line above it.
    for (const body of ['ỦY BAN NHÂN DÂN XÃ', 'UBND', 'Ủy ban nhân dân']) {
      expect(buildReport(withData({ meta: { signer: { form: 'TM.', body, title: 'CHỦ TỊCH', name: 'A' } } })).header.left.map((l) => l.text)).toEqual([
        'ỦY BAN NHÂN DÂN',
        'XÃ HÒA PHONG',
      ]);
    }
  });
});

describe('item 5: the right words for the place', () => {
  const cityOf = (name: string): string => (/tập trung của (tỉnh|thành phố)/u.exec(allText(buildReport(set(name))))?.[1] ?? '');

  it('says "của thành phố" for the centrally-run cities (named as province or only as the body above), "của tỉnh" elsewhere', () => {
    expect(cityOf('phuong-ba-dinh-h1-2026')).toBe('thành phố');
    expect(cityOf('phuong-12-q3-2024')).toBe('thành phố');
    expect(cityOf('phuong-thuan-hoa-y-2025')).toBe('thành phố');
    expect(cityOf('phuong-hai-an-h1-2026-sai-so-lieu')).toBe('thành phố');
    // A city under a province (Đà Lạt, Lâm Đồng) is not the province.
    expect(cityOf('phuong-3-da-lat-q3-2024')).toBe('tỉnh');
    expect(cityOf('xa-tan-lap-q1-2026')).toBe('tỉnh');
    const labels = formLabels(set('phuong-ba-dinh-h1-2026'));
    expect(labels).toContain('Đã vận hành Hệ thống thông tin một cửa điện tử tập trung của thành phố');
    expect(labels).toContain('hoặc trên Cổng DVC của thành phố');
  });

  it('writes a numbered ward "Phường 12" in full wherever it names the unit', () => {
    const doc = buildReport(set('phuong-12-q3-2024'));
    expect(doc.header.left[1]?.text).toBe('PHƯỜNG 12');
    expect(doc.header.placeDate.text).toBe('Phường 12, ngày 13 tháng 9 năm 2024');
    expect(runsText(doc.body[0]!)).toMatch(/^UBND Phường 12 báo cáo/u);
    expect(runsText(doc.closingSentence)).toContain('của UBND Phường 12./.');
    expect(doc.appendix.title.text).toMatch(/CỦA PHƯỜNG 12$/u);
    expect(doc.appendix.attach.text).toContain('của UBND Phường 12)');
    expect(allText(doc)).not.toMatch(/(^|\n)12, ngày|phường 12/u);
  });

  it.each(SIGNED_NAMES.filter((n) => !n.startsWith('xa-')))('%s: "tổ dân phố", never "thôn", in the report, the form sheets and the check', (name) => {
    const d = set(name);
    const thon = /(^|[^\p{L}])thôn([^\p{L}]|$)/iu;
    const texts = [allText(buildReport(d)), formLabels(d), checkLines(d)];
    for (const t of texts) expect(t).not.toMatch(thon);
    expect(allText(buildReport(d))).toContain('chia tách tổ dân phố');
    expect(formLabels(d)).toContain('Số người hoạt động không chuyên trách tổ dân phố, khu dân cư');
  });

  it('says "tổ dân phố" in a phường\'s check message on its villages\' staff', () => {
    expect(checkLines(set('phuong-hai-an-h1-2026-sai-so-lieu'))).toContain('số người hoạt động không chuyên trách ở tổ dân phố có mặt (23)');
  });
});

describe('item 6: sentences that read like a careful official', () => {
  const opening = (s: string): string =>
    s
      .split(/\s+/u)
      .slice(0, 2)
      .join(' ')
      .replace(/\d+/gu, '#')
      .replace(/[,.;:]$/u, '')
      .toLocaleLowerCase('vi');
  /** Final reports: the signed sets, and those of the golden data a final report is built of (zeroWholesEmptyParts and manyEmpty are refused: compulsory inputs empty). */
  const finals: [string, ReportData][] = [
    ...Object.entries(SETS),
    ...(['sample', 'allZeros', 'phuongYear', 'thiTranQ1'] as const).map((n): [string, ReportData] => [n, GOLDEN_DATA[n]!()]),
  ];

  it.each(finals)('%s: no section has more than two sentences opening with the same phrase', (_name, d) => {
    const by = new Map<string, string[]>();
    for (const g of generated(buildReport(d))) {
      const key = `${g.section} ${opening(g.text)}`;
      by.set(key, [...(by.get(key) ?? []), g.text]);
    }
    const repeated = [...by.entries()].filter(([, v]) => v.length > 2);
    expect(repeated).toEqual([]);
  });

  it('says one item is "chưa được xử lý xong", not "chưa xử lý xong văn bản nào"', () => {
    const text = generated(buildReport(set('xa-tan-lap-q1-2026'))).map((g) => g.text).join('\n');
    expect(text).toContain('có 01 văn bản phải xử lý sau rà soát, chưa được xử lý xong.');
    expect(text).toContain('tiếp nhận 01 phản ánh, kiến nghị về quy định thủ tục hành chính trong quý I, chưa được giải quyết xong.');
    expect(text).toContain('Có 01 thủ tục hành chính đủ điều kiện cung cấp trực tuyến mức độ 4, nhưng thủ tục này chưa được cung cấp trực tuyến.');
    expect(text).not.toMatch(/(01|một) [^.;]*, chưa [^.;]* nào/u);
    const one = generated(buildReport(set('xa-dong-phong-h1-2026'))).map((g) => g.text).join('\n');
    expect(one).toContain('qua kiểm tra, phát hiện 01 vấn đề, chưa được xử lý xong.');
  });

  it.each(SIGNED_NAMES)('%s: counts 1–9 in sentences have their leading zero; percents and amounts do not', (name) => {
    const text = generated(buildReport(set(name))).map((g) => g.text).join('\n');
    expect(text).not.toMatch(/(^|[^\d,.])[1-9] (nhiệm vụ|văn bản|thủ tục|hồ sơ|vấn đề|phản ánh|người|công chức|chức danh|biên chế|lãnh đạo|bộ phận)/u);
    expect(text).not.toMatch(/(^|[^\d,.])0[1-9](,\d)?%/u);
  });

  it('after "no documents issued" says "không phát sinh việc tự kiểm tra", not "chưa kiểm tra văn bản nào"', () => {
    for (const name of ['xa-tan-lap-q1-2026', 'thi-tran-nam-phuoc-y-2024']) {
      const ii1 = generated(buildReport(set(name))).filter((g) => g.section === 'II.1').map((g) => g.text);
      expect(ii1[0]).toMatch(/^Không có văn bản quy phạm pháp luật nào do địa phương ban hành/u);
      expect(ii1[1]).toBe('Không phát sinh việc tự kiểm tra văn bản quy phạm pháp luật theo thẩm quyền.');
    }
  });

  it('does not say the period twice in the opening sentence when the basis names it', () => {
    const first = runsText(buildReport(set('xa-tan-lap-q1-2026')).body[0]!);
    expect(first.split('quý I năm 2026')).toHaveLength(2);
    expect(first).toMatch(/UBND xã Tân Lập báo cáo kết quả như sau \(số liệu tính từ ngày 15\/12\/2025 đến ngày 12\/3\/2026\):$/u);
    const plain = runsText(buildReport(set('xa-thai-son-y-2024')).body[0]!);
    expect(plain).toContain('báo cáo kết quả thực hiện công tác cải cách hành chính năm 2024 (số liệu');
  });

  it('puts the dialogue with citizens beside the survey of their satisfaction (II.2.c), not under thông tin, tuyên truyền (I.4)', () => {
    const g = generated(buildReport(set('xa-thai-son-y-2024')));
    expect(g.filter((x) => /đối thoại/u.test(x.text)).map((x) => x.section)).toEqual(['II.2.c']);
    expect(g.filter((x) => x.section === 'I.4')).toEqual([]);
  });
});

describe('item 7: check messages', () => {
  const lines = checkLines(set('phuong-hai-an-h1-2026-sai-so-lieu'), 'hai-an.json');

  it('places a finding on the staff\'s text read from JSON at "Thuyết minh, mục II.6", not under "Thông tin chung"', () => {
    expect(lines).toContain('[cảnh báo] Thuyết minh, mục II.6: nhắc đến “phường Đông Hải”');
    expect(lines).not.toContain('Thông tin chung — ');
  });

  it('points a finding on a computed row at the input rows that make it', () => {
    expect(lines).toContain(
      'Biểu mẫu 7, dòng 6.6.1: tổng số TTHC đang cung cấp trực tuyến mức độ 3 và 4 của địa phương (114) lớn hơn số TTHC cấp xã (Bao gồm cả TTHC của cơ quan ngành dọc) ở dòng 1.1 Biểu mẫu 3 (100). Dòng 6.6.1 được tính từ dòng 6.4.2, 6.5.2: hãy kiểm tra số liệu ở dòng 6.4.2, 6.5.2 và dòng 1.1 Biểu mẫu 3.',
    );
  });

  it('never invites typing a computed value when the error lies in the rows it is made of', () => {
    expect(lines).not.toMatch(/thì phải là/u);
    expect(lines).toContain('(110, vượt 100% vì dòng 2.2 lớn hơn dòng 2.1); ô này tự tính từ hai dòng đó: nếu kết quả chưa đúng, hãy sửa số liệu ở dòng 2.2 hoặc dòng 2.1');
  });

  it('says how a percent with two decimals will print', () => {
    expect(lines).toContain('(15,27) chỉ được ghi tối đa một chữ số thập phân (sẽ in là 15,3).');
  });

  it('quotes a row\'s label in full, its explanation in brackets kept', () => {
    expect(lines).toContain('tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo) đang ghi 100');
  });
});
