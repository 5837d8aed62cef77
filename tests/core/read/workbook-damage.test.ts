// The one damage decision every host makes before reading a workbook (core/read/workbook-damage.ts): what is missing, and how it is refused, in Excel's order.
import { catalogueOf } from '../../../src/core/forms/builtin';
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { DAMAGE_TEXT } from '../../../src/core/i18n/damage';
import { READ_TEXT } from '../../../src/core/i18n/read';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../../src/core/layout/names';
import { WorkbookFormatError } from '../../../src/core/read/read-workbook';
import { TemplateVersionError } from '../../../src/core/read/template-version';
import {
  DamagedWorkbookError,
  presenceIgnoringCase,
  refuseDamaged,
  templateSheets,
  workbookDamage,
  type WorkbookPresence,
} from '../../../src/core/read/workbook-damage';
import { TEST_SET } from '../../fixtures/form-sets/test-set';

const HINT = { repair: 'SỬA.', repairSheets: 'SỬA TRANG.', upgrade: 'NÂNG CẤP.' };

/** Every sheet and name of the built-in template, as a host finds an intact workbook; `drop` and `broken` take some away. */
function workbook(options: { sheetsGone?: readonly string[]; namesGone?: readonly string[]; broken?: readonly string[]; version?: unknown } = {}) {
  const sheets = templateSheets(BUILTIN_CATALOGUE)
    .map((s) => s.name)
    .filter((s) => !(options.sheetsGone ?? []).includes(s));
  const gone = new Set([...(options.namesGone ?? []), ...(options.broken ?? [])]);
  const usable = templateSheets(BUILTIN_CATALOGUE)
    .filter((s) => sheets.includes(s.name))
    .flatMap((s) => s.names.map((n) => n.name))
    .filter((n) => !gone.has(n));
  const values: Record<string, unknown> = Object.fromEntries(usable.map((n) => [n, null]));
  if (TEMPLATE_VERSION_NAME in values) values[TEMPLATE_VERSION_NAME] = options.version ?? TEMPLATE_VERSION;
  return { values, found: presenceIgnoringCase(sheets, usable, options.broken ?? []) };
}

const refusal = (w: { values: Record<string, unknown>; found: WorkbookPresence }): unknown => {
  try {
    refuseDamaged(w.values, w.found, BUILTIN_CATALOGUE, HINT);
    return null;
  } catch (e) {
    return e;
  }
};

describe('templateSheets', () => {
  it.each([
    ['the built-in set', BUILTIN_CATALOGUE],
    ["a province's set (carried in its own sheet)", catalogueOf(TEST_SET)],
  ])('is the plan’s sheets and names, in its order, for %s', (_label, catalogue) => {
    const plan = buildWorkbookPlan(null, catalogue);
    const shape = (sheets: readonly { name: string; names: readonly { name: string }[] }[]) => sheets.map((s) => ({ sheet: s.name, names: s.names.map((n) => n.name) }));
    expect(shape(templateSheets(catalogue))).toEqual(shape(plan.sheets));
  });
});

describe('workbookDamage', () => {
  const sheets = [
    { name: 'A', names: [{ name: 'A1' }, { name: 'A2' }] },
    { name: 'B', names: [{ name: 'B1' }] },
  ];

  it('finds nothing amiss in a workbook holding every sheet and name', () => {
    expect(workbookDamage(sheets, presenceIgnoringCase(['A', 'B'], ['A1', 'A2', 'B1'], []))).toEqual({ missingSheets: [], brokenNames: [], blank: false });
  });

  it('names a missing sheet once, not the names it held; a name missing or pointing nowhere on a sheet it has is broken', () => {
    expect(workbookDamage(sheets, presenceIgnoringCase(['A'], ['A1'], ['A2', 'B1']))).toEqual({ missingSheets: ['B'], brokenNames: ['A2'], blank: false });
    expect(workbookDamage(sheets, presenceIgnoringCase(['A', 'B'], ['A2'], []))).toEqual({ missingSheets: [], brokenNames: ['A1', 'B1'], blank: false });
  });

  it('is blank when nothing of the template is there', () => {
    expect(workbookDamage(sheets, presenceIgnoringCase(['Sheet1'], ['X'], []))).toEqual({ missingSheets: ['A', 'B'], brokenNames: [], blank: true });
  });

  it('looks sheets and names up whatever the case, as Excel does', () => {
    expect(workbookDamage(sheets, presenceIgnoringCase(['a', 'b'], ['a1', 'A2', 'b1'], []))).toEqual({ missingSheets: [], brokenNames: [], blank: false });
  });
});

describe('refuseDamaged', () => {
  it('lets an intact workbook of today’s version through', () => {
    expect(refusal(workbook())).toBeNull();
  });

  it('refuses a workbook of no template as not ours', () => {
    const e = refusal({ values: { Other: 1 }, found: presenceIgnoringCase(['Sheet1'], ['Other'], []) });
    expect(e).toBeInstanceOf(WorkbookFormatError);
    expect(e).not.toBeInstanceOf(DamagedWorkbookError);
    expect((e as Error).message).toBe(READ_TEXT.notTemplate);
  });

  it('refuses a name at #REF! or deleted in today’s version, naming it, with the host’s remedy', () => {
    for (const w of [workbook({ broken: ['BM1_2_1'] }), workbook({ namesGone: ['BM1_2_1'] })]) {
      const e = refusal(w) as DamagedWorkbookError;
      expect(e).toBeInstanceOf(DamagedWorkbookError);
      expect(e.olderVersion).toBeNull();
      expect(e.damage.brokenNames).toEqual(['BM1_2_1']);
      expect(e.message).toBe(`${DAMAGE_TEXT.workbookDamaged([], ['BM1_2_1'])} SỬA.`);
    }
  });

  it('refuses a missing sheet with the host’s remedy for sheets', () => {
    const e = refusal(workbook({ sheetsGone: ['Biểu mẫu 2'] })) as DamagedWorkbookError;
    expect(e.damage.missingSheets).toEqual(['Biểu mẫu 2']);
    expect(e.damage.brokenNames).toEqual([]);
    expect(e.message).toBe(`${DAMAGE_TEXT.workbookDamaged(['Biểu mẫu 2'], [])} SỬA TRANG.`);
  });

  it('refuses a damaged workbook of a newer or unknown version as that version, not as damaged', () => {
    const newer = String(Number(TEMPLATE_VERSION) + 1);
    expect(refusal(workbook({ broken: ['BM1_2_1'], version: newer }))).toBeInstanceOf(TemplateVersionError);
    expect(refusal(workbook({ sheetsGone: ['Biểu mẫu 2'], version: 'abc' }))).toBeInstanceOf(TemplateVersionError);
  });

  it('tells a plainly damaged workbook of an older version as older (a sheet gone, or a name pointing nowhere)', () => {
    for (const w of [workbook({ sheetsGone: ['Biểu mẫu 2'], version: '1' }), workbook({ broken: ['BM1_2_1'], version: '2' })]) {
      const e = refusal(w) as DamagedWorkbookError;
      expect(e).toBeInstanceOf(DamagedWorkbookError);
      expect(e.olderVersion).not.toBeNull();
      expect(e.message).toBe(`${DAMAGE_TEXT.olderTemplate(e.olderVersion ?? '', TEMPLATE_VERSION)} NÂNG CẤP.`);
    }
  });

  it('reads an older version that only lacks names today’s template added (as the light readers always have)', () => {
    expect(refusal(workbook({ namesGone: ['TTC_formerUnits', 'GC1_1'], version: '1' }))).toBeNull();
  });

  it('takes a workbook whose version cell lost its name as today’s, damaged (as Excel does)', () => {
    const e = refusal(workbook({ broken: [TEMPLATE_VERSION_NAME], version: '1' })) as DamagedWorkbookError;
    expect(e.olderVersion).toBeNull();
    expect(e.damage.brokenNames).toEqual([TEMPLATE_VERSION_NAME]);
  });
});
