import { buildReport } from '../../../src/core/report/build-report';
import type { BodyBlock, ReportDocument } from '../../../src/core/report/model';
import type { NarrativeKey } from '../../../src/core/data/types';
import { sample, withData } from './fixtures';

const text = (b: BodyBlock): string => (b.kind === 'paragraph' || b.kind === 'list-item' ? b.runs.map((r) => r.text).join('') : b.text);

/** Generated paragraphs of a section. */
const generated = (doc: ReportDocument, section: NarrativeKey): string[] =>
  doc.body.filter((b) => b.kind === 'paragraph' && b.source === 'generated' && b.section === section).map(text);

const staff = (doc: ReportDocument, section: NarrativeKey): BodyBlock[] =>
  doc.body.filter((b) => (b.kind === 'paragraph' || b.kind === 'list-item') && b.source === 'staff' && b.section === section);

const headings = (doc: ReportDocument): string[] => doc.body.filter((b) => b.kind === 'part-heading' || b.kind === 'heading').map(text);

describe('buildReport: header and title', () => {
  const doc = buildReport(sample());

  it('prints the issuing body in full and in capitals (a commune\'s committee has no managing body above it), the national title and motto', () => {
    expect(doc.header.left.map((l) => l.text)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ HÒA PHONG']);
    expect(doc.header.left.map((l) => l.style)).toEqual(['issuer', 'issuer']);
    expect(doc.header.left[0]?.ruleBelow).toBeUndefined();
    expect(doc.header.left[1]?.ruleBelow?.widthPt).toBeGreaterThan(20);
    expect(doc.header.right.map((l) => l.text)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(doc.styles[doc.header.right[1]?.style ?? 'body'].underline).toBe(true);
  });

  it('writes the number and the place and date as the decree asks', () => {
    expect(doc.header.number.text).toBe('Số: 45/BC-UBND');
    expect(doc.header.placeDate.text).toBe('Hòa Phong, ngày 08 tháng 6 năm 2026');
    expect(doc.styles[doc.header.placeDate.style].italic).toBe(true);
  });

  it('pads days under 10, months 1 and 2, and report numbers under 10', () => {
    const d = buildReport(withData({ meta: { date: '2026-02-05', reportNumber: '7/BC-UBND' } }));
    expect(d.header.placeDate.text).toBe('Hòa Phong, ngày 05 tháng 02 năm 2026');
    expect(d.header.number.text).toBe('Số: 07/BC-UBND');
    expect(d.appendix.attach.text).toBe('(Kèm theo Báo cáo số: 07/BC-UBND ngày 05/02/2026 của UBND xã Hòa Phong)');
    const late = buildReport(withData({ meta: { date: '2026-12-25', reportNumber: '112/BC-UBND' } }));
    expect(late.header.placeDate.text).toBe('Hòa Phong, ngày 25 tháng 12 năm 2026');
    expect(late.header.number.text).toBe('Số: 112/BC-UBND');
  });

  it('leaves blanks to fill by hand when the number and date are not set', () => {
    const base = sample();
    const { reportNumber: _n, date: _d, ...meta } = base.meta;
    const d = buildReport({ ...base, meta });
    expect(d.header.number.text).toMatch(/^Số: \s+\/BC-UBND$/u);
    expect(d.header.placeDate.text).toMatch(/^Hòa Phong, ngày \s+ tháng \s+ năm 2026$/u);
  });

  it('titles the report with its period', () => {
    expect(doc.title.map((l) => l.text)).toEqual(['BÁO CÁO', 'Công tác cải cách hành chính 6 tháng đầu năm 2026']);
    expect(doc.title[1]?.ruleBelow).toBeDefined();
  });

  it('sets up an A4 page in Times New Roman with the decree margins, numbered from page 2', () => {
    expect(doc.page.widthPt).toBeCloseTo(595.28, 1);
    expect(doc.page.heightPt).toBeCloseTo(841.89, 1);
    const mm = (pt: number) => (pt * 25.4) / 72;
    expect(mm(doc.page.marginsPt.top)).toBeCloseTo(20, 1);
    expect(mm(doc.page.marginsPt.left)).toBeGreaterThanOrEqual(29.99);
    expect(mm(doc.page.marginsPt.left)).toBeLessThanOrEqual(35);
    expect(mm(doc.page.marginsPt.right)).toBeGreaterThanOrEqual(14.99);
    expect(mm(doc.page.marginsPt.right)).toBeLessThanOrEqual(20);
    expect(doc.page.fontFamily).toBe('Times New Roman');
    expect(doc.page.pageNumbers).toEqual({ position: 'top-center', style: 'pageNumber', skipFirstPage: true });
    expect(doc.styles.body).toMatchObject({ sizePt: 14, align: 'justify', firstLineIndentPt: 36 });
    expect(doc.styles.body.spaceAfterPt).toBeGreaterThanOrEqual(6);
  });

  it('names the unit by its kind: phường, thị trấn, đặc khu', () => {
    const d = buildReport(withData({ meta: { unitKind: 'phường', unit: 'An Khê', place: 'An Khê' } }));
    expect(d.header.left.map((l) => l.text)).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG AN KHÊ']);
    expect(d.closing.signature.authority[0]?.text).toBe('TM. ỦY BAN NHÂN DÂN PHƯỜNG');
    expect(text(d.body[0]!)).toContain('UBND phường An Khê báo cáo');
    expect(d.closingSentence.runs[0]?.text).toContain('của UBND phường An Khê./.');
    expect(d.appendix.title.text).toBe('BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2026 CỦA PHƯỜNG AN KHÊ');
    expect(generated(d, 'I.1')[0]).toContain('UBND phường đã ban hành');
  });

  it('marks a draft', () => {
    expect(doc.draft).toBe(false);
    expect(doc.draftMark).toBeUndefined();
    const d = buildReport(sample(), { draft: true });
    expect(d.draft).toBe(true);
    expect(d.draftMark?.text).toBe('DỰ THẢO');
  });
});

describe('buildReport: periods', () => {
  const cases = [
    ['Q1', 'quý I năm 2026', 'QUÝ II NĂM 2026', '15/12/2025', '14/3/2026'],
    ['H1', '6 tháng đầu năm 2026', '6 THÁNG CUỐI NĂM 2026', '15/12/2025', '14/6/2026'],
    ['Q3', 'quý III năm 2026', 'QUÝ IV NĂM 2026', '15/6/2026', '14/9/2026'],
    ['Y', 'năm 2026', 'NĂM 2027', '15/12/2025', '14/12/2026'],
  ] as const;
  it.each(cases)('%s: subject, section IV, closing, appendix and default data period', (period, phrase, next, from, to) => {
    const base = sample();
    const { dataFrom: _f, dataTo: _t, ...meta } = base.meta;
    const d = buildReport({ ...base, meta: { ...meta, period } });
    expect(d.title[1]?.text).toBe(`Công tác cải cách hành chính ${phrase}`);
    expect(headings(d)).toContain(`IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM ${next}`);
    expect(d.closingSentence.runs[0]?.text).toBe(`Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính ${phrase} của UBND xã Hòa Phong./.`);
    expect(d.appendix.title.text).toBe(`BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH ${phrase.toLocaleUpperCase('vi')} CỦA XÃ HÒA PHONG`);
    expect(text(d.body[0]!)).toContain(`(số liệu tính từ ngày ${from} đến ngày ${to})`);
  });

  it('prints the data period the user gave rather than the default', () => {
    const d = buildReport(withData({ meta: { dataFrom: '2022-12-10', dataTo: '2023-06-09', year: 2023 } }));
    expect(text(d.body[0]!)).toContain('(số liệu tính từ ngày 10/12/2022 đến ngày 09/6/2023)');
  });
});

describe('buildReport: body outline', () => {
  const doc = buildReport(sample());

  it('opens with the basis and the unit', () => {
    expect(text(doc.body[0]!)).toBe(
      'Thực hiện Công văn số 112/SNV-CCHC ngày 05/3/2026 của Sở Nội vụ tỉnh Quảng Ngãi về việc thực hiện chế độ báo cáo cải cách hành chính định kỳ, UBND xã Hòa Phong báo cáo kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026 (số liệu tính từ ngày 15/12/2025 đến ngày 08/6/2026), như sau:',
    );
  });

  it('opens without a basis when none is given', () => {
    const base = sample();
    const { basis: _b, ...meta } = base.meta;
    expect(text(buildReport({ ...base, meta }).body[0]!)).toMatch(/^UBND xã Hòa Phong báo cáo kết quả/u);
  });

  it('numbers parts I–V and their sub-sections as DOMAIN.md lists them', () => {
    expect(headings(doc)).toEqual([
      'I. VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      '1. Xây dựng và thực hiện Kế hoạch CCHC',
      '2. Về cập nhật tiến độ thực hiện Kế hoạch CCHC',
      '3. Công tác kiểm tra cải cách hành chính',
      '4. Công tác thông tin, tuyên truyền CCHC',
      '5. Kết quả thực hiện nhiệm vụ được cấp trên giao',
      'II. KẾT QUẢ THỰC HIỆN',
      '1. Cải cách thể chế',
      '2. Cải cách thủ tục hành chính',
      'a) Kiểm soát thủ tục hành chính',
      'b) Công khai thủ tục hành chính',
      'c) Kết quả thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC',
      '3. Cải cách tổ chức bộ máy',
      '4. Cải cách chế độ công vụ',
      '5. Cải cách tài chính công',
      '6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
      'III. ĐÁNH GIÁ CHUNG',
      '1. Tích cực',
      '2. Tồn tại, hạn chế, nguyên nhân',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026',
      'V. KIẾN NGHỊ VÀ ĐỀ XUẤT',
    ]);
  });

  const sources = (d: typeof doc, section: string): string[] =>
    d.body.filter((b) => (b.kind === 'paragraph' || b.kind === 'list-item') && b.section === section).map((b) => (b.kind === 'paragraph' || b.kind === 'list-item' ? b.source : ''));

  it("opens a section with the staff's opening paragraph when more text follows it, then the figures, then the rest", () => {
    expect(sources(doc, 'I.1')).toEqual(['staff', 'generated', 'staff', 'staff', 'staff', 'staff']);
  });

  it('puts staff text that opens with a list before the figures, and a lone paragraph after them', () => {
    expect(sources(doc, 'I.4')).toEqual(['staff', 'staff', 'staff']);
    expect(sources(doc, 'I.1')).toEqual(['staff', 'generated', 'staff', 'staff', 'staff', 'staff']);
    expect(sources(doc, 'I.5')).toEqual(['generated', 'staff']);
    expect(sources(doc, 'I.2')).toEqual(['generated']);
  });

  it('splits the staff text into paragraphs and list items', () => {
    const pieces = staff(doc, 'I.1');
    expect(pieces.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'list-item', 'list-item', 'list-item']);
    const first = pieces[2];
    expect(first?.kind === 'list-item' && first.marker).toBe('-');
    expect(first && text(first)).toBe('nâng cao chất lượng giải quyết thủ tục hành chính tại Bộ phận Một cửa;');
  });

  it('carries only the generated sentences where the staff wrote nothing, and never a placeholder', () => {
    const d = buildReport(withData({ narrative: { 'I.2': '…', 'II.5': '   ' } }));
    expect(staff(d, 'I.2')).toEqual([]);
    expect(staff(d, 'II.5')).toEqual([]);
    expect(generated(d, 'I.2')).toEqual(['Kế hoạch cải cách hành chính năm 2026 đề ra 40 nhiệm vụ; lũy kế đến thời điểm báo cáo, UBND xã đã hoàn thành 27 nhiệm vụ, đạt 67,5% kế hoạch.']);
    expect(d.body.some((b) => /…|\.\.\./u.test(text(b)))).toBe(false);
  });

  it('closes with recipients and the signature block', () => {
    expect(doc.closing.recipients.label.text).toBe('Nơi nhận:');
    expect(doc.closing.recipients.items.map((i) => i.text)).toEqual([
      '- UBND tỉnh Quảng Ngãi;',
      '- Sở Nội vụ tỉnh Quảng Ngãi;',
      '- Thường trực Đảng ủy xã;',
      '- Thường trực HĐND xã;',
      '- Chủ tịch, các Phó Chủ tịch UBND xã;',
      '- Lưu: VT, VP.',
    ]);
    expect(doc.closing.signature.authority.map((l) => l.text)).toEqual(['TM. ỦY BAN NHÂN DÂN XÃ']);
    expect(doc.closing.signature.title.text).toBe('CHỦ TỊCH');
    expect(doc.closing.signature.name?.text).toBe('Trần Văn Minh');
    expect(doc.styles.recipientsLabel).toMatchObject({ sizePt: 12, bold: true, italic: true });
    expect(doc.styles.recipient.sizePt).toBe(11);
  });

  it('puts the archive last even when listed first, and adds one when missing', () => {
    const d = buildReport(withData({ meta: { recipients: ['Lưu: VT', 'Sở Nội vụ;'] } }));
    expect(d.closing.recipients.items.map((i) => i.text)).toEqual(['- Sở Nội vụ;', '- Lưu: VT.']);
    const e = buildReport(withData({ meta: { recipients: ['Sở Nội vụ'] } }));
    expect(e.closing.recipients.items.map((i) => i.text)).toEqual(['- Sở Nội vụ;', '- Lưu: VT.']);
  });

  it('puts TM. above a KT. typed as a whole authority line (before the signing form was data)', () => {
    const d = buildReport(withData({ meta: { signer: { authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lê Thị Hoa' } } }));
    expect(d.closing.signature.authority.map((l) => l.text)).toEqual(['TM. ỦY BAN NHÂN DÂN XÃ', 'KT. CHỦ TỊCH']);
    expect(d.closing.signature.title.text).toBe('PHÓ CHỦ TỊCH');
  });

  it.each([
    ['TM.', ['TM. ỦY BAN NHÂN DÂN PHƯỜNG'], 'CHỦ TỊCH'],
    ['KT.', ['TM. ỦY BAN NHÂN DÂN PHƯỜNG', 'KT. CHỦ TỊCH'], 'PHÓ CHỦ TỊCH'],
    ['Q.', ['TM. ỦY BAN NHÂN DÂN PHƯỜNG'], 'Q. CHỦ TỊCH'],
    ['TL.', ['TL. CHỦ TỊCH'], 'CHÁNH VĂN PHÒNG'],
  ] as const)('lays out the %s signing form from data', (form, authority, title) => {
    const own = form === 'KT.' ? 'Phó Chủ tịch' : form === 'TL.' ? 'Chánh Văn phòng' : 'Chủ tịch';
    const d = buildReport(withData({ meta: { unitKind: 'phường', signer: { form, body: 'Ủy ban nhân dân', title: own, name: 'Lê Thị Hoa' } } }));
    expect(d.closing.signature.authority.map((l) => l.text)).toEqual(authority);
    expect(d.closing.signature.title.text).toBe(title);
    expect(d.closing.signature.name?.text).toBe('Lê Thị Hoa');
  });
});
