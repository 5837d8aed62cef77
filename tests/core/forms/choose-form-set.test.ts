import { BUILTIN_SET } from '../../../src/core/forms/builtin';
import { chooseFormSet, FormSetMismatchError, ownSet } from '../../../src/core/forms/choose-form-set';
import type { FormSetDef } from '../../../src/core/forms/form-set';

const builtin = BUILTIN_SET;
const v2: FormSetDef = { ...BUILTIN_SET, id: 'tinh-thu', version: 2 };
const v3: FormSetDef = { ...v2, version: 3 };
const other: FormSetDef = { ...BUILTIN_SET, id: 'tinh-khac', version: 1 };

describe('which form set a command follows', () => {
  it('a workbook: the set it carries, which --forms may confirm in any version, never replace by another set', () => {
    expect(chooseFormSet({ builtin, carried: v2 })).toBe(v2);
    expect(chooseFormSet({ builtin, carried: v2, given: v3 })).toBe(v2);
    expect(() => chooseFormSet({ builtin, carried: v2, given: other })).toThrow(
      'Sổ này được lập theo bộ biểu mẫu “tinh-thu” phiên bản 2, không phải bộ “tinh-khac” phiên bản 1 đã chỉ. Bỏ --forms để dùng bộ của sổ, hoặc Lập biểu mẫu lại với bộ mới.',
    );
  });

  it('report data: the set it names, which must be the built-in one or the one given in that very version', () => {
    expect(chooseFormSet({ builtin, named: { id: builtin.id, version: builtin.version } })).toBe(builtin);
    expect(chooseFormSet({ builtin, named: { id: 'tinh-thu', version: 2 }, given: v2 })).toBe(v2);
    expect(() => chooseFormSet({ builtin, named: { id: 'tinh-thu', version: 2 } })).toThrow(FormSetMismatchError);
    expect(() => chooseFormSet({ builtin, named: { id: 'tinh-thu', version: 2 } })).toThrow('Số liệu này theo bộ biểu mẫu “tinh-thu” phiên bản 2; hãy chỉ tệp của bộ đó bằng --forms.');
    expect(() => chooseFormSet({ builtin, named: { id: 'tinh-thu', version: 2 }, given: v3 })).toThrow('Số liệu này theo bộ biểu mẫu “tinh-thu” phiên bản 2, không phải bộ “tinh-thu” phiên bản 3 đã chỉ.');
    expect(() => chooseFormSet({ builtin, named: { id: builtin.id, version: builtin.version }, given: v2 })).toThrow(FormSetMismatchError);
  });

  it('nothing carried or named: the set given, else the built-in one', () => {
    expect(chooseFormSet({ builtin })).toBe(builtin);
    expect(chooseFormSet({ builtin, carried: null, named: null, given: other })).toBe(other);
  });
});

describe('the set an earlier report is read by (ownSet), whatever set the current report follows', () => {
  const other: FormSetDef = { ...BUILTIN_SET, id: 'tinh-moi', version: 2 };
  it('a workbook: the set it carries, else the built-in one; data: the set it names among those known, else null', () => {
    expect(ownSet({ builtin: BUILTIN_SET, carried: other, known: [] })).toBe(other);
    expect(ownSet({ builtin: BUILTIN_SET, carried: null, known: [other] })).toBe(BUILTIN_SET);
    expect(ownSet({ builtin: BUILTIN_SET, named: null, known: [other] })).toBe(BUILTIN_SET);
    expect(ownSet({ builtin: BUILTIN_SET, named: { id: BUILTIN_SET.id, version: BUILTIN_SET.version }, known: [other] })).toBe(BUILTIN_SET);
    expect(ownSet({ builtin: BUILTIN_SET, named: { id: 'tinh-moi', version: 2 }, known: [other] })).toBe(other);
    // Another version of a known set is another set: its rows may differ.
    expect(ownSet({ builtin: BUILTIN_SET, named: { id: 'tinh-moi', version: 1 }, known: [other] })).toBeNull();
  });
});
