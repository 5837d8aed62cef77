// Units' names as keys: the same commune however its name was typed.
import { unitKey } from '../../../src/core/data/unit-key';

describe('unitKey', () => {
  it('folds composition, spacing and case: "Hòa Phong" typed in NFD, spaced and capitalised is the same key', () => {
    expect(unitKey('  HÒA\u00a0 phong ')).toBe('hoà phong');
    expect(unitKey('Ho\u0300a Phong')).toBe(unitKey('Hòa Phong'));
  });

  it('folds the two placements of the tone in "oa", "oe", "uy": "Hòa" and "Hoà", "Thủy" and "Thuỷ", "Khỏe" and "Khoẻ" are one name', () => {
    expect(unitKey('Hòa Phong')).toBe(unitKey('Hoà Phong'));
    expect(unitKey('HÒA PHONG')).toBe(unitKey('hoà phong'));
    expect(unitKey('Thủy Xuân')).toBe(unitKey('Thuỷ Xuân'));
    expect(unitKey('Khỏe')).toBe(unitKey('Khoẻ'));
    expect(unitKey('Tịnh Hòa')).toBe('tịnh hoà');
    for (const tone of ['à', 'á', 'ả', 'ã', 'ạ']) expect(unitKey(`Ho${tone}`)).toBe(unitKey(`H${{ à: 'ò', á: 'ó', ả: 'ỏ', ã: 'õ', ạ: 'ọ' }[tone]}a`));
  });

  it('leaves every other name as it was: a tone already on the second vowel, horned or hatted vowels, other names', () => {
    expect(unitKey('Hoàng Diệu')).toBe('hoàng diệu');
    expect(unitKey('Ngoài')).toBe('ngoài');
    expect(unitKey('Vừa')).toBe('vừa');
    expect(unitKey('Thuận Hòa')).not.toBe(unitKey('Thuận Hoa'));
    expect(unitKey('Hòa')).not.toBe(unitKey('Hoa'));
    expect(unitKey('Quỳnh Lưu')).toBe('quỳnh lưu');
    expect(unitKey('Tố Hữu')).toBe('tố hữu');
    expect(unitKey('Hộ Độ')).toBe('hộ độ');
  });

  it('lowers every code point of the Basic Multilingual Plane as Vietnamese casing does (toLocaleLowerCase("vi"))', () => {
    const differ: number[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (ch.toLowerCase() !== ch.toLocaleLowerCase('vi')) differ.push(cp);
    }
    expect(differ).toEqual([]);
  });
});
