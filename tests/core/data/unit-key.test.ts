// Units' names as keys: the same commune however its name was typed.
import { unitKey } from '../../../src/core/data/unit-key';

describe('unitKey', () => {
  it('folds composition, spacing and case: "Hòa Phong" typed in NFD, spaced and capitalised is the same key', () => {
    expect(unitKey('  HÒA\u00a0 phong ')).toBe('hòa phong');
    expect(unitKey('Ho\u0300a Phong')).toBe(unitKey('Hòa Phong'));
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
