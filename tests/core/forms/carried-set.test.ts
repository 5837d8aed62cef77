import { BUILTIN_SET } from '../../../src/core/forms/builtin';
import {
  CARRIED_PART_LENGTH,
  CARRIED_SET_SHEET,
  CarriedSetError,
  carriedChecksum,
  carriedIdentity,
  carriedPartName,
  carriedSetSheet,
  readCarriedSet,
} from '../../../src/core/forms/carried-set';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import type { SheetPlan } from '../../../src/core/layout/types';

/** What a host hands the core after reading the workbook: each defined name's cell value. */
function namedValues(sheet: SheetPlan): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const n of sheet.names) {
    const m = /^([A-Z]+)(\d+)$/.exec(n.cell);
    const col = (m?.[1] ?? 'A').charCodeAt(0) - 64;
    out[n.name] = sheet.values[Number(m?.[2]) - 1]?.[col - 1];
  }
  return out;
}

const province: FormSetDef = { ...BUILTIN_SET, id: 'quang-ngai-2026', version: 3, name: 'Bộ biểu mẫu thử', sentences: BUILTIN_SET.sentences };

describe('a workbook carries its form set', () => {
  it('in a hidden, protected sheet after the template, every value in a named cell, and reads it back whole', () => {
    const sheet = carriedSetSheet(province);
    expect([sheet.name, sheet.hidden, sheet.protect]).toEqual([CARRIED_SET_SHEET, true, true]);
    const values = namedValues(sheet);
    expect(carriedIdentity(values)).toEqual({ id: 'quang-ngai-2026', version: 3 });
    expect(readCarriedSet(values)).toEqual(province);
  });

  it('cuts a set longer than a cell holds into parts, never inside a surrogate pair', () => {
    const long: FormSetDef = { ...province, name: `${'x'.repeat(CARRIED_PART_LENGTH - 20)}😀😀😀 ${'ạ'.repeat(40_000)}` };
    const sheet = carriedSetSheet(long);
    const values = namedValues(sheet);
    const count = Number(values.CCHC_FORMSET_PARTS);
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 1; i <= count; i++) {
      const part = String(values[carriedPartName(i)]);
      expect(part.length).toBeLessThanOrEqual(CARRIED_PART_LENGTH);
      expect(/^[\uDC00-\uDFFF]/.test(part)).toBe(false);
    }
    expect(readCarriedSet(values)).toEqual(long);
  });

  it('cuts where no part starts or ends with a space, nor starts with what a host reads as a formula or a text prefix', () => {
    // Text of spaces and formula characters around every place a cut could fall.
    const long: FormSetDef = { ...province, name: 'Có = 1; Không = 0 -5 +3 @x \'y '.repeat(4_000) };
    const sheet = carriedSetSheet(long);
    const values = namedValues(sheet);
    const count = Number(values.CCHC_FORMSET_PARTS);
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 1; i <= count; i++) {
      const part = String(values[carriedPartName(i)]);
      if (i < count) expect(part.length).toBeGreaterThan(CARRIED_PART_LENGTH / 2);
      expect(part).not.toMatch(/^[\s=+\-@']|\s$/);
    }
    expect(readCarriedSet(values)).toEqual(long);
  });

  it('is none for a workbook without it (the built-in set)', () => {
    expect(readCarriedSet({ BM1_1: 3 })).toBeNull();
    expect(carriedIdentity({})).toBeNull();
  });

  it('refuses a copy edited by hand, cut short, or whose identity cells were changed, in Vietnamese', () => {
    const values = namedValues(carriedSetSheet(province));
    const first = String(values[carriedPartName(1)]);
    const edited = { ...values, [carriedPartName(1)]: `${first.slice(0, 200)}#${first.slice(201)}` };
    const short = { ...values, CCHC_FORMSET_PARTS: Number(values.CCHC_FORMSET_PARTS) - 1 || 2 };
    const renamed = { ...values, CCHC_FORMSET_ID: 'tinh-khac' };
    for (const bad of [edited, short, renamed]) {
      expect(() => readCarriedSet(bad)).toThrow(CarriedSetError);
    }
    expect(() => readCarriedSet(edited)).toThrow('Bộ biểu mẫu “quang-ngai-2026” lưu trong sổ (trang ẩn “Bộ biểu mẫu”) đã bị sửa hoặc không còn đủ; hãy Lập biểu mẫu lại với bộ biểu mẫu của tỉnh.');
  });

  it('has a checksum that sees one changed character', () => {
    expect(carriedChecksum('abc')).toMatch(/^[0-9a-f]{8}$/);
    expect(carriedChecksum('abc')).not.toBe(carriedChecksum('abd'));
  });
});
