// The words of a unit's place: its name as written, its villages, its province's kind.
import { isCentralCity, placeName, placeWords, provinceKindOf, unitName } from '../../../src/core/data/place-words';

describe('place words', () => {
  it('knows the six centrally-run cities however they are written, and nothing else', () => {
    for (const name of ['Hà Nội', 'Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh', 'Hồ Chí Minh', 'thành phố Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Thừa Thiên Huế']) {
      expect([name, isCentralCity(name)]).toEqual([name, true]);
    }
    for (const name of ['Quảng Ngãi', 'Lâm Đồng', 'Đà Lạt', 'Hải Dương', 'tỉnh Hà Nam']) expect([name, isCentralCity(name)]).toEqual([name, false]);
  });

  it('reads the province from meta.province, else from a superior that is one of those cities', () => {
    expect(provinceKindOf({ province: 'Hải Phòng', superior: 'UBND huyện Tiên Lãng' })).toBe('thành phố');
    expect(provinceKindOf({ province: 'Lâm Đồng', superior: 'UBND thành phố Đà Lạt' })).toBe('tỉnh');
    expect(provinceKindOf({ superior: 'UBND thành phố Huế' })).toBe('thành phố');
    expect(provinceKindOf({ superior: 'UBND thành phố Đà Lạt' })).toBe('tỉnh');
    expect(provinceKindOf({ superior: 'UBND huyện Bình Giang' })).toBe('tỉnh');
  });

  it('writes a numbered unit with its kind, capitalised, and a named one as it is', () => {
    expect(unitName('phường', '12')).toBe('Phường 12');
    expect(unitName('xã', 'Hòa Phong')).toBe('xã Hòa Phong');
    expect(placeName('phường', ' 12 ')).toBe('Phường 12');
    expect(placeName('xã', 'Hòa Phong')).toBe('Hòa Phong');
  });

  it('gives a phường and a thị trấn tổ dân phố, a xã thôn', () => {
    expect(placeWords({ unitKind: 'phường', superior: 'UBND tỉnh X' }).village).toBe('tổ dân phố');
    expect(placeWords({ unitKind: 'thị trấn', superior: 'UBND huyện X' }).village).toBe('tổ dân phố');
    expect(placeWords({ unitKind: 'xã', superior: 'UBND huyện X' })).toEqual({ village: 'thôn', provinceKind: 'tỉnh', superiorLevel: 'huyện' });
  });
});
