// The header's left column as Nghị định 30/2020 (Phụ lục I) writes it: the issuing body in full, its managing body above only where there is one, abbreviated.
import { issuingBodyLines, issuingBodyNames, managingBodyLine } from '../../../src/core/report/issuing-body';

const texts = (issuer: string, managing?: string): string[] => issuingBodyLines(issuer, managing).map((l) => `${l.style}: ${l.text}`);

describe('issuingBodyLines', () => {
  it('writes a People’s Committee in full on two lines, with no managing body above it', () => {
    expect(texts('UBND tỉnh Ninh Bình')).toEqual(['issuer: ỦY BAN NHÂN DÂN', 'issuer: TỈNH NINH BÌNH']);
    expect(texts('Ủy ban nhân dân thành phố Hải Phòng')).toEqual(['issuer: ỦY BAN NHÂN DÂN', 'issuer: THÀNH PHỐ HẢI PHÒNG']);
    expect(texts('Uỷ ban nhân dân  huyện Bình Giang')).toEqual(['issuer: ỦY BAN NHÂN DÂN', 'issuer: HUYỆN BÌNH GIANG']);
  });

  it('puts the managing body above, abbreviated (UBND), and the issuing body in full below it', () => {
    expect(texts('Sở Nội vụ', 'Ủy ban nhân dân tỉnh Ninh Bình')).toEqual(['superior: UBND TỈNH NINH BÌNH', 'issuer: SỞ NỘI VỤ']);
    expect(texts('Phòng Nội vụ', 'UBND huyện Bình Giang')).toEqual(['superior: UBND HUYỆN BÌNH GIANG', 'issuer: PHÒNG NỘI VỤ']);
    expect(managingBodyLine('Hội đồng nhân dân tỉnh Ninh Bình')).toBe('HĐND TỈNH NINH BÌNH');
  });

  it('does not repeat the managing body’s place in the issuing body’s line', () => {
    expect(issuingBodyNames('Sở Nội vụ tỉnh Ninh Bình', 'UBND tỉnh Ninh Bình')).toEqual(['SỞ NỘI VỤ']);
    // Another place is kept: it is part of the name.
    expect(issuingBodyNames('Sở Nội vụ tỉnh Ninh Bình', 'UBND tỉnh Nam Định')).toEqual(['SỞ NỘI VỤ TỈNH NINH BÌNH']);
  });

  it('rules the last line of the issuing body only', () => {
    const lines = issuingBodyLines('UBND tỉnh Ninh Bình');
    expect(lines[0]?.ruleBelow).toBeUndefined();
    expect(lines[1]?.ruleBelow?.widthPt).toBeGreaterThan(20);
  });
});
