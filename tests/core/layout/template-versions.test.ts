// The template's version history: recognising a workbook's version, and an older version's entries reaching today's names.
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { TEMPLATE_VERSION } from '../../../src/core/layout/names';
import {
  FIRST_TEMPLATE_VERSION,
  KNOWN_TEMPLATE_VERSIONS,
  OLDER_TEMPLATE_NAMES,
  EVERY_FORM_SHEET,
  TEMPLATE_HISTORY,
  isFormSheetName,
  namesOfToday,
  positionsKeptSince,
} from '../../../src/core/layout/template-versions';
import { carryEntries } from '../../../src/core/read/carry-entries';
import { TemplateVersionError, readableTemplateVersion, templateVersionStatus } from '../../../src/core/read/template-version';

const plan = buildWorkbookPlan(null);
const todayNames = new Set(plan.sheets.flatMap((s) => s.names.map((n) => n.name)));

describe('the version history', () => {
  it('runs 1, 2, … up to today’s version, one step per version', () => {
    expect(KNOWN_TEMPLATE_VERSIONS).toEqual(KNOWN_TEMPLATE_VERSIONS.map((_, i) => String(i + 1)));
    expect(KNOWN_TEMPLATE_VERSIONS.at(-1)).toBe(TEMPLATE_VERSION);
    expect(plan.templateVersion).toBe(TEMPLATE_VERSION);
  });

  it('renames only names today’s layout lacks, into names it has; keeps positions only on sheets it has', () => {
    for (const step of TEMPLATE_HISTORY) {
      for (const [old, now] of Object.entries(step.renamed)) {
        expect({ old, today: todayNames.has(old) }).toEqual({ old, today: false });
        expect({ now, today: todayNames.has(now) }).toEqual({ now, today: true });
      }
      for (const sheet of step.samePositions) if (typeof sheet === 'string') expect(plan.sheets.map((s) => s.name)).toContain(sheet);
    }
    expect(OLDER_TEMPLATE_NAMES).toEqual(['TTC_signerAuthority']);
  });
});

describe('templateVersionStatus', () => {
  it('tells today’s version, an older one, a newer one and one no template had', () => {
    expect(templateVersionStatus(TEMPLATE_VERSION)).toEqual({ kind: 'current', version: TEMPLATE_VERSION });
    expect(templateVersionStatus(Number(TEMPLATE_VERSION))).toEqual({ kind: 'current', version: TEMPLATE_VERSION });
    expect(templateVersionStatus(` ${TEMPLATE_VERSION} `)).toEqual({ kind: 'current', version: TEMPLATE_VERSION });
    expect(templateVersionStatus('1')).toEqual({ kind: 'older', version: '1' });
    expect(templateVersionStatus('01')).toEqual({ kind: 'older', version: '1' });
    expect(templateVersionStatus('99')).toEqual({ kind: 'newer', version: '99' });
    expect(templateVersionStatus('0')).toEqual({ kind: 'unknown', version: '0' });
    expect(templateVersionStatus('2a')).toEqual({ kind: 'unknown', version: '2a' });
    expect(templateVersionStatus(1.5)).toEqual({ kind: 'unknown', version: '1.5' });
  });

  it('takes a cleared or absent version cell in a workbook of ours as the first version', () => {
    for (const v of [undefined, null, '', '  ']) expect(templateVersionStatus(v)).toEqual({ kind: 'older', version: FIRST_TEMPLATE_VERSION });
  });

  it('refuses a newer or unknown version with a Vietnamese sentence naming both versions', () => {
    expect(() => readableTemplateVersion('99')).toThrow(new TemplateVersionError(`Tệp được tạo bằng mẫu phiên bản 99, mới hơn phiên bản ${TEMPLATE_VERSION} mà phần mềm này đọc được; hãy cập nhật phần mềm.`));
    expect(() => readableTemplateVersion('abc')).toThrow(/Ô “Phiên bản mẫu” \(trang Thông tin chung\) ghi “abc”, không phải phiên bản nào của mẫu báo cáo CCHC/);
    expect(readableTemplateVersion('1')).toEqual({ version: '1', current: false });
  });
});

describe('namesOfToday and carryEntries', () => {
  it('moves version 1’s single authority line to the signing-form cell, never over an entry already there', () => {
    expect(namesOfToday({ TTC_signerAuthority: 'KT. ỦY BAN NHÂN DÂN', TTC_unit: 'Tân Lập' }, '1')).toEqual({ TTC_signerForm: 'KT. ỦY BAN NHÂN DÂN', TTC_unit: 'Tân Lập' });
    expect(namesOfToday({ TTC_signerAuthority: 'TM. ỦY BAN NHÂN DÂN', TTC_signerForm: 'KT.' }, '1')).toEqual({ TTC_signerForm: 'KT.' });
    expect(namesOfToday({ TTC_signerAuthority: 'x' }, TEMPLATE_VERSION)).toEqual({ TTC_signerAuthority: 'x' });
  });

  it('lets an unnamed cell be carried by its address only on sheets whose rows did not move since that version', () => {
    expect(positionsKeptSince('1', 'Biểu mẫu 1')).toBe(true);
    expect(positionsKeptSince('1', 'Thuyết minh')).toBe(true);
    expect(positionsKeptSince('1', 'Thông tin chung')).toBe(false);
    expect(positionsKeptSince(TEMPLATE_VERSION, 'Thông tin chung')).toBe(true);
    expect(positionsKeptSince('x7', 'Biểu mẫu 1')).toBe(false);
  });

  it('keeps the form sheets of whatever set where no step moved a form row: a province set’s Biểu mẫu 8 as the built-in Biểu mẫu 1', () => {
    for (const version of KNOWN_TEMPLATE_VERSIONS) {
      expect({ version, kept: positionsKeptSince(version, 'Biểu mẫu 8') }).toEqual({ version, kept: true });
      expect({ version, kept: positionsKeptSince(version, 'Biểu mẫu 12') }).toEqual({ version, kept: true });
    }
    expect(TEMPLATE_HISTORY.every((step) => step.samePositions.includes(EVERY_FORM_SHEET))).toBe(true);
    // Only a form's sheet as the plan names it: not a sheet of the user's own that looks like one.
    for (const other of ['Biểu mẫu', 'Biểu mẫu 8 (2)', 'biểu mẫu 8', 'Biểu mẫu 08', 'Trang 8']) expect({ other, form: isFormSheetName(other) }).toEqual({ other, form: false });
    expect(positionsKeptSince('2', 'Biểu mẫu 8 (2)')).toBe(false);
  });

  it('says what a re-layout carries: nothing to recognise in a workbook never laid out, an upgrade from an older one, a refusal of a newer one', () => {
    const fresh = carryEntries({ Sheet1: 1 });
    expect([fresh.from, fresh.upgraded, fresh.byPosition('Biểu mẫu 1')]).toEqual([null, false, false]);
    expect(carryEntries({ Sheet1: 1 }, true).byPosition('Biểu mẫu 1')).toBe(true);
    const old = carryEntries({ CCHC_TEMPLATE_VERSION: '1', TTC_signerAuthority: 'KT. ỦY BAN NHÂN DÂN', BM1_1: 3 });
    expect([old.from, old.upgraded, old.values]).toEqual(['1', true, { CCHC_TEMPLATE_VERSION: '1', TTC_signerForm: 'KT. ỦY BAN NHÂN DÂN', BM1_1: 3 }]);
    const today = carryEntries({ CCHC_TEMPLATE_VERSION: TEMPLATE_VERSION, BM1_1: 3 });
    expect([today.from, today.upgraded, today.byPosition('Thông tin chung')]).toEqual([TEMPLATE_VERSION, false, true]);
    expect(() => carryEntries({ CCHC_TEMPLATE_VERSION: '99', BM1_1: 3 })).toThrow(TemplateVersionError);
  });
});
