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
  upgradeRefusal,
  olderDamage,
  damageVerdict,
  DamagedWorkbookError,
  presenceIgnoringCase,
  isDamaged,
  refuseDamaged,
  setMoveRefusal,
  lostWhereCellsMoved,
  templateSheets,
  versionSheets,
  workbookDamage,
  type WorkbookPresence,
} from '../../../src/core/read/workbook-damage';
import { FIRST_TEMPLATE_VERSION, KNOWN_TEMPLATE_VERSIONS, positionsKeptSince, versionsByNames } from '../../../src/core/layout/template-versions';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import { CARRIED_SET_SHEET } from '../../../src/core/forms/carried-set';
import { workbookVersion } from '../../../src/core/read/template-version';
import { keptWorkbookPath } from '../../fixtures/versions/kept-workbooks';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { TEST_SET } from '../../fixtures/form-sets/test-set';

const HINT = { repair: 'SỬA.', repairSheets: 'SỬA TRANG.', upgrade: 'NÂNG CẤP.', giveBack: (names: readonly string[]) => `ĐẶT LẠI ${names.join(', ')}.` };

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

  it('tells a plainly damaged workbook of an older version as older, naming what it lacks (a sheet gone, or a name pointing nowhere)', () => {
    for (const [w, sheets, names] of [
      [workbook({ sheetsGone: ['Biểu mẫu 2'], version: '2' }), ['Biểu mẫu 2'], []],
      [workbook({ broken: ['BM1_2_1'], version: '2' }), [], ['BM1_2_1']],
    ] as const) {
      const e = refusal(w) as DamagedWorkbookError;
      expect(e).toBeInstanceOf(DamagedWorkbookError);
      expect(e.olderVersion).not.toBeNull();
      expect(e.message).toBe(`${DAMAGE_TEXT.olderTemplate(e.olderVersion ?? '', TEMPLATE_VERSION)} ${DAMAGE_TEXT.workbookDamaged(sheets, names)} NÂNG CẤP.`);
    }
  });

  it('reads an older version that only lacks names today’s template added (as the light readers always have)', () => {
    expect(refusal(workbook({ namesGone: ['TTC_formerUnits'], version: '2' }))).toBeNull();
  });

  it('takes a workbook whose version cell lost its name, and whose names are today’s, as today’s, damaged', () => {
    const e = refusal(workbook({ broken: [TEMPLATE_VERSION_NAME], version: '1' })) as DamagedWorkbookError;
    expect(e.olderVersion).toBeNull();
    expect(e.damage.brokenNames).toEqual([TEMPLATE_VERSION_NAME]);
  });
});

/** The sheets and defined names (print titles aside) of the kept workbook of `version`, as its xl/workbook.xml lists them. */
function keptShape(version: string): { sheets: string[]; names: string[] } {
  const parts = unzipSync(new Uint8Array(readFileSync(keptWorkbookPath(version))));
  const xml = strFromU8(parts['xl/workbook.xml'] ?? new Uint8Array());
  const sheets = [...xml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1] ?? '');
  const names = [...xml.matchAll(/<definedName [^>]*name="([^"]+)"/g)].map((m) => m[1] ?? '').filter((n) => !n.startsWith('_xlnm.'));
  return { sheets, names };
}

/** A workbook of `version` holding exactly `names` (values null but the version cell's) on `sheets`, as a host finds it. */
function heldAs(version: string, sheets: readonly string[], names: readonly string[]) {
  const values: Record<string, unknown> = Object.fromEntries(names.map((n) => [n, null]));
  values[TEMPLATE_VERSION_NAME] = version;
  return { values, found: presenceIgnoringCase(sheets, names, []) };
}

const OLDER = KNOWN_TEMPLATE_VERSIONS.filter((v) => v !== TEMPLATE_VERSION);

describe('versionSheets: the names of each version, from the history', () => {
  it.each(KNOWN_TEMPLATE_VERSIONS)('version %s: the names it must have are exactly its kept workbook’s, on its sheets; the ones it may lack it has none of', (version) => {
    const kept = keptShape(version);
    const sheets = versionSheets(BUILTIN_CATALOGUE, version);
    expect(sheets.map((s) => s.name)).toEqual(kept.sheets);
    const all = sheets.flatMap((s) => s.names);
    expect(all.filter((n) => n.mayLack !== true).map((n) => n.name).sort()).toEqual([...kept.names].sort());
    expect(all.filter((n) => n.mayLack === true && kept.names.includes(n.name))).toEqual([]);
  });

  it('is today’s template for today’s version', () => {
    expect(versionSheets(BUILTIN_CATALOGUE, TEMPLATE_VERSION)).toBe(templateSheets(BUILTIN_CATALOGUE));
  });

  it('gives version 1 its authority line under its own name, and none of the cells later versions added', () => {
    const names = (v: string) => versionSheets(BUILTIN_CATALOGUE, v).flatMap((s) => s.names);
    expect(names('1').find((n) => n.name === 'TTC_signerAuthority')).toEqual({ name: 'TTC_signerAuthority' });
    expect(names('1').filter((n) => n.mayLack).map((n) => n.name)).toEqual(['TTC_signerBody', 'TTC_formerUnits']);
    expect(names('2').filter((n) => n.mayLack).map((n) => n.name)).toEqual(['TTC_formerUnits']);
  });
});

describe('refuseDamaged on a workbook of an older version, judged by its own version’s names', () => {
  it.each(KNOWN_TEMPLATE_VERSIONS)('reads the kept workbook of version %s as it is', (version) => {
    const kept = keptShape(version);
    expect(refusal(heldAs(version, kept.sheets, kept.names))).toBeNull();
  });

  it.each(KNOWN_TEMPLATE_VERSIONS)('refuses the kept workbook of version %s for a carry into it only where it is older: to be upgraded first, nothing said lost', (version) => {
    const kept = keptShape(version);
    const w = heldAs(version, kept.sheets, kept.names);
    let e: unknown = null;
    try {
      refuseDamaged(w.values, w.found, BUILTIN_CATALOGUE, HINT, { olderToUpgrade: true });
    } catch (x) {
      e = x;
    }
    if (version === TEMPLATE_VERSION) return expect(e).toBeNull();
    expect(e).toBeInstanceOf(DamagedWorkbookError);
    expect((e as DamagedWorkbookError).olderVersion).toBe(version);
    expect((e as DamagedWorkbookError).damage).toEqual({ missingSheets: [], brokenNames: [], blank: false });
    expect((e as Error).message).toBe(`${DAMAGE_TEXT.olderTemplate(version, TEMPLATE_VERSION)} NÂNG CẤP.`);
  });

  it.each(OLDER)('tells a carry into version %s the host’s way to upgrade it and carry again where it has one, a reader its way to upgrade it', (version) => {
    const kept = keptShape(version);
    const whole = heldAs(version, kept.sheets, kept.names);
    const lost = heldAs(version, kept.sheets, kept.names.filter((n) => n !== 'BM3_1_1'));
    const carryHint = { ...HINT, upgradeToCarry: 'NÂNG CẤP RỒI LẤY LẠI.' };
    const said = (w: typeof whole, hint: typeof HINT, options: { olderToUpgrade?: boolean } = {}): string | null => {
      try {
        refuseDamaged(w.values, w.found, BUILTIN_CATALOGUE, hint, options);
        return null;
      } catch (e) {
        return (e as Error).message;
      }
    };
    const older = DAMAGE_TEXT.olderTemplate(version, TEMPLATE_VERSION);
    const lacks = DAMAGE_TEXT.workbookDamaged([], ['BM3_1_1']);
    expect(said(whole, carryHint, { olderToUpgrade: true })).toBe(`${older} NÂNG CẤP RỒI LẤY LẠI.`);
    expect(said(lost, carryHint, { olderToUpgrade: true })).toBe(`${older} ${lacks} NÂNG CẤP RỒI LẤY LẠI.`);
    // A reader (Kiểm tra) keeps its own words, whatever the hint has for a carry.
    expect(said(whole, carryHint)).toBeNull();
    expect(said(lost, carryHint)).toBe(`${older} ${lacks} NÂNG CẤP.`);
    // A host whose words to upgrade fit a carry too (the command line's "run the command again") gives none for it.
    expect(said(lost, HINT, { olderToUpgrade: true })).toBe(`${older} ${lacks} NÂNG CẤP.`);
  });

  it.each(OLDER.flatMap((v) => ['BM3_1_1', 'TTC_year', 'TM_II_1', 'GC1_2_1', ...(v === '1' ? ['TTC_signerAuthority'] : ['TTC_signerForm'])].map((name) => [v, name] as const)))(
    'refuses version %s with %s deleted (a name its version had) as damaged, told as older',
    (version, name) => {
      const kept = keptShape(version);
      expect(kept.names).toContain(name);
      const e = refusal(heldAs(version, kept.sheets, kept.names.filter((n) => n !== name))) as DamagedWorkbookError;
      expect(e).toBeInstanceOf(DamagedWorkbookError);
      expect(e.olderVersion).toBe(version);
      expect(e.damage).toEqual({ missingSheets: [], brokenNames: [name], blank: false });
      // Version 1's Thông tin chung rows moved since (version 2 split the signer's cell): upgrading would lose the entry.
      const moved = version === '1' && name.startsWith('TTC_') ? ` ${DAMAGE_TEXT.lostWhereMoved('1', ['Thông tin chung'])}` : '';
      expect(e.message).toBe(`${DAMAGE_TEXT.olderTemplate(version, TEMPLATE_VERSION)} ${DAMAGE_TEXT.workbookDamaged([], [name])}${moved} NÂNG CẤP.`);
    },
  );

  it('reads version 1 laid out before the Ghi chú cells had names (none of them), but not one that lost some of them', () => {
    const kept = keptShape('1');
    expect(refusal(heldAs('1', kept.sheets, kept.names.filter((n) => !n.startsWith('GC'))))).toBeNull();
    const e = refusal(heldAs('1', kept.sheets, kept.names.filter((n) => n !== 'GC1_2_1' && n !== 'GC7_1'))) as DamagedWorkbookError;
    expect(e.damage.brokenNames).toEqual(['GC1_2_1', 'GC7_1']);
    // Version 2 named them all from the start.
    const two = keptShape('2');
    expect((refusal(heldAs('2', two.sheets, two.names.filter((n) => !n.startsWith('GC')))) as DamagedWorkbookError).damage.brokenNames.length).toBe(100);
  });

  it('still refuses a name today’s template added that an older workbook has but left pointing nowhere', () => {
    const kept = keptShape('2');
    const w = { values: { ...heldAs('2', kept.sheets, kept.names).values }, found: presenceIgnoringCase(kept.sheets, kept.names, ['TTC_formerUnits']) };
    expect((refusal(w) as DamagedWorkbookError).damage.brokenNames).toEqual(['TTC_formerUnits']);
  });
});

describe('lostWhereCellsMoved', () => {
  it('lists the lost names on sheets whose cells moved since the version, by sheet; none for today’s version', () => {
    const damage = { missingSheets: [], brokenNames: ['TTC_year', 'TTC_signerAuthority', 'BM3_1_1'], blank: false };
    expect(lostWhereCellsMoved(BUILTIN_CATALOGUE, '1', damage)).toEqual([{ sheet: 'Thông tin chung', names: ['TTC_year', 'TTC_signerAuthority'] }]);
    expect(lostWhereCellsMoved(BUILTIN_CATALOGUE, '2', { ...damage, brokenNames: ['TTC_year', 'BM3_1_1'] })).toEqual([]);
    expect(lostWhereCellsMoved(BUILTIN_CATALOGUE, TEMPLATE_VERSION, { ...damage, brokenNames: ['TTC_year'] })).toEqual([]);
  });

  it('lists nothing on the hidden carried-set sheet (Bộ biểu mẫu): nobody types there, and a damaged carried set is refused apart', () => {
    const province = catalogueOf(TEST_SET);
    // The sheet is one of an older province workbook's (its names are the CCHC_FORMSET ones), and its cells count as moved.
    const carried = versionSheets(province, '2').find((s) => s.name === CARRIED_SET_SHEET);
    expect(carried?.names.map((n) => n.name)).toEqual(expect.arrayContaining(['CCHC_FORMSET_ID', 'CCHC_FORMSET_CHECK', 'CCHC_FORMSET_1']));
    expect(positionsKeptSince('2', CARRIED_SET_SHEET)).toBe(false);
    const damage = { missingSheets: [], brokenNames: ['CCHC_FORMSET_1', 'CCHC_FORMSET_CHECK', 'BM8_1'], blank: false };
    expect(lostWhereCellsMoved(province, '2', damage)).toEqual([]);
    // Version 1's Thông tin chung still counts (its rows moved since); the carried set's names do not.
    expect(lostWhereCellsMoved(province, '1', { ...damage, brokenNames: ['TTC_year', 'CCHC_FORMSET_1'] })).toEqual([{ sheet: 'Thông tin chung', names: ['TTC_year'] }]);
  });

  it('keeps an older province workbook that lost a CCHC_FORMSET name from being refused or told as losing an entry on upgrade', () => {
    const province = catalogueOf(TEST_SET);
    const sheets = versionSheets(province, '2');
    const names = sheets.flatMap((s) => s.names.filter((n) => n.mayLack !== true).map((n) => n.name)).filter((n) => n !== 'CCHC_FORMSET_1');
    const values: Record<string, unknown> = Object.fromEntries(names.map((n) => [n, null]));
    values[TEMPLATE_VERSION_NAME] = '2';
    const found = presenceIgnoringCase(
      sheets.map((s) => s.name),
      names,
      [],
    );
    expect(upgradeRefusal(province, values, found)).toBeNull();
    expect(olderDamage(province, '2', found)?.said).toBe(DAMAGE_TEXT.workbookDamaged([], ['CCHC_FORMSET_1']));
  });
});

describe('upgradeRefusal: what a re-layout must refuse before writing, in every host', () => {
  /** `heldAs` without the version cell's name. */
  const versionLost = (version: string, others: readonly string[] = []) => {
    const kept = keptShape(version);
    const names = kept.names.filter((n) => n !== TEMPLATE_VERSION_NAME && !others.includes(n));
    return { values: Object.fromEntries(names.map((n) => [n, null])) as Record<string, unknown>, found: presenceIgnoringCase(kept.sheets, names, []) };
  };

  it.each(KNOWN_TEMPLATE_VERSIONS)('lets the kept workbook of version %s be laid out again', (version) => {
    const w = heldAs(version, keptShape(version).sheets, keptShape(version).names);
    expect(upgradeRefusal(BUILTIN_CATALOGUE, w.values, w.found)).toBeNull();
  });

  it('refuses an older workbook that lost a name where its cells moved since (not for the version cell, which holds no entry)', () => {
    const kept = keptShape('1');
    const w = heldAs('1', kept.sheets, kept.names.filter((n) => n !== 'TTC_year' && n !== 'BM3_1_1'));
    const lost = [{ sheet: 'Thông tin chung', names: ['TTC_year'] }];
    expect(upgradeRefusal(BUILTIN_CATALOGUE, w.values, w.found)).toEqual({ kind: 'lostWhereMoved', version: '1', lost, said: DAMAGE_TEXT.upgradeWouldLose('1', lost), giveBack: ['TTC_year'] });
    const two = keptShape('2');
    const w2 = heldAs('2', two.sheets, two.names.filter((n) => n !== 'TTC_year'));
    expect(upgradeRefusal(BUILTIN_CATALOGUE, w2.values, w2.found)).toBeNull();
  });

  it('judges a workbook whose version cell lost its name by the names it has: today’s names, today’s version', () => {
    expect(versionsByNames((n) => ['TTC_formerUnits', 'TTC_signerForm'].includes(n))).toEqual({ oldest: TEMPLATE_VERSION, newest: TEMPLATE_VERSION });
    expect(versionsByNames((n) => n === 'TTC_signerBody')).toEqual({ oldest: '2', newest: TEMPLATE_VERSION });
    expect(versionsByNames((n) => n === 'TTC_signerAuthority')).toEqual({ oldest: '1', newest: '1' });
    expect(versionsByNames(() => false)).toEqual({ oldest: '1', newest: TEMPLATE_VERSION });
    expect(workbookVersion(versionLost(TEMPLATE_VERSION).values)).toEqual({ version: TEMPLATE_VERSION, current: true, byNames: { oldest: TEMPLATE_VERSION, newest: TEMPLATE_VERSION } });
    const today = versionLost(TEMPLATE_VERSION, ['TTC_unit']);
    expect(upgradeRefusal(BUILTIN_CATALOGUE, today.values, today.found)).toBeNull();
    const one = versionLost('1');
    expect(upgradeRefusal(BUILTIN_CATALOGUE, one.values, one.found)).toBeNull();
  });

  it('refuses one whose names leave it between versions that place Thông tin chung’s cells differently, while it has that sheet', () => {
    for (const w of [versionLost('2'), versionLost(TEMPLATE_VERSION, ['TTC_formerUnits'])]) {
      expect(upgradeRefusal(BUILTIN_CATALOGUE, w.values, w.found)).toEqual({
        kind: 'versionNameLost',
        oldest: '2',
        newest: TEMPLATE_VERSION,
        sheets: ['Thông tin chung'],
        said: DAMAGE_TEXT.versionNameLost(TEMPLATE_VERSION_NAME, 'Phiên bản mẫu', 'Thông tin chung', '2', TEMPLATE_VERSION, ['Thông tin chung']),
        giveBack: [TEMPLATE_VERSION_NAME],
      });
    }
    // A province set's workbook: its hidden carried-set sheet, which holds no entry, is not among the sheets told.
    const province = catalogueOf(TEST_SET);
    const names = versionSheets(province, '2').flatMap((s) => s.names.filter((n) => n.mayLack !== true).map((n) => n.name)).filter((n) => n !== TEMPLATE_VERSION_NAME);
    const held = presenceIgnoringCase(
      versionSheets(province, '2').map((s) => s.name),
      names,
      [],
    );
    expect(upgradeRefusal(province, Object.fromEntries(names.map((n) => [n, null])), held)).toMatchObject({ kind: 'versionNameLost', sheets: ['Thông tin chung'] });
    // Only form sheets (copied into a workbook of their own): they sit alike in every version.
    const forms = { values: { BM1_2_1: 3 }, found: presenceIgnoringCase(['Biểu mẫu 1'], ['BM1_2_1'], []) };
    expect(upgradeRefusal(BUILTIN_CATALOGUE, forms.values, forms.found)).toBeNull();
  });
});

describe('refuseDamaged on a workbook whose version cell lost its name: judged by the names it has, as a re-layout judges it', () => {
  /** The kept workbook of `version` without the version cell's name and `others`, as a host finds it. */
  const versionLost = (version: string, others: readonly string[] = [], sheetsGone: readonly string[] = []) => {
    const kept = keptShape(version);
    const sheets = kept.sheets.filter((s) => !sheetsGone.includes(s));
    const onGone = new Set(templateSheets(BUILTIN_CATALOGUE).filter((s) => sheetsGone.includes(s.name)).flatMap((s) => s.names.map((n) => n.name)));
    const names = kept.names.filter((n) => n !== TEMPLATE_VERSION_NAME && !others.includes(n) && !onGone.has(n));
    return { values: Object.fromEntries(names.map((n) => [n, null])) as Record<string, unknown>, found: presenceIgnoringCase(sheets, names, []) };
  };
  // A reader's words: why the re-layout would refuse it, without the refusal's "sổ tính chưa bị thay đổi".
  const unsure = DAMAGE_TEXT.versionNameLostRead(TEMPLATE_VERSION_NAME, 'Phiên bản mẫu', 'Thông tin chung', '2', TEMPLATE_VERSION, ['Thông tin chung']);

  it('tells one whose names say 2 or 3 why the re-layout refuses it, and the host’s way to give the name back, after what it lost whatever its version', () => {
    const alone = refusal(versionLost('2')) as DamagedWorkbookError;
    expect(alone).toBeInstanceOf(DamagedWorkbookError);
    expect(alone.olderVersion).toBeNull();
    expect(alone.damage).toEqual({ missingSheets: [], brokenNames: [TEMPLATE_VERSION_NAME], blank: false });
    expect(alone.message).toBe(`${unsure} ĐẶT LẠI ${TEMPLATE_VERSION_NAME}.`);
    // The re-layout's reason, in a reader's words: its refusal's sentence but for what a refusal adds (nothing was changed).
    const w = versionLost('2');
    const refused = upgradeRefusal(BUILTIN_CATALOGUE, w.values, w.found)?.said ?? '-';
    expect(refused).toBe(DAMAGE_TEXT.versionNameLost(TEMPLATE_VERSION_NAME, 'Phiên bản mẫu', 'Thông tin chung', '2', TEMPLATE_VERSION, ['Thông tin chung']));
    expect(refused).toBe(`${unsure.slice(0, -1)}; sổ tính chưa bị thay đổi.`);
    expect(alone.message).not.toContain('chưa bị thay đổi');
    // A name lost in version 2 as in 3 is named first; Đơn vị cũ (only version 3 has it) is not.
    const more = refusal(versionLost('2', ['BM3_1_1', 'TTC_year'])) as DamagedWorkbookError;
    expect(more.message).toBe(`${DAMAGE_TEXT.workbookDamaged([], ['TTC_year', 'BM3_1_1'])} ${unsure} ĐẶT LẠI ${TEMPLATE_VERSION_NAME}.`);
    expect(more.damage.brokenNames).toEqual(['TTC_year', TEMPLATE_VERSION_NAME, 'BM3_1_1']);
    expect((refusal(versionLost(TEMPLATE_VERSION, ['TTC_formerUnits'])) as DamagedWorkbookError).message).toBe(`${unsure} ĐẶT LẠI ${TEMPLATE_VERSION_NAME}.`);
  });

  it('tells one whose names say version 1 as version 1, upgraded (the re-layout takes it so), naming the version cell among what it lost', () => {
    const e = refusal(versionLost('1', ['TTC_year'])) as DamagedWorkbookError;
    expect(e.olderVersion).toBe('1');
    expect(e.message).toBe(
      `${DAMAGE_TEXT.olderTemplate('1', TEMPLATE_VERSION)} ${DAMAGE_TEXT.workbookDamaged([], ['TTC_year', TEMPLATE_VERSION_NAME])} ${DAMAGE_TEXT.lostWhereMoved('1', ['Thông tin chung'])} NÂNG CẤP.`,
    );
  });

  it('claims no version for one that lost Thông tin chung with its version cell (its names say nothing, its other sheets sit alike in every version): damaged, laid out again', () => {
    const w = versionLost('2', ['BM3_1_1'], ['Thông tin chung']);
    expect(versionsByNames((n) => w.found.name(n)?.usable === true)).toEqual({ oldest: '1', newest: TEMPLATE_VERSION });
    expect(upgradeRefusal(BUILTIN_CATALOGUE, w.values, w.found)).toBeNull();
    const e = refusal(w) as DamagedWorkbookError;
    expect(e.olderVersion).toBeNull();
    expect(e.message).toBe(`${DAMAGE_TEXT.workbookDamaged(['Thông tin chung'], ['BM3_1_1'])} SỬA TRANG.`);
  });

  it('tells a province set’s workbook of version 2 that lost it by the sheet whose cells differ only, not its hidden carried set', () => {
    const province = catalogueOf(TEST_SET);
    const sheets = versionSheets(province, '2');
    const names = sheets.flatMap((s) => s.names.filter((n) => n.mayLack !== true).map((n) => n.name)).filter((n) => n !== TEMPLATE_VERSION_NAME);
    const found = presenceIgnoringCase(
      sheets.map((s) => s.name),
      names,
      [],
    );
    expect(damageVerdict(province, found, undefined)).toEqual({
      kind: 'versionNameLost',
      damage: { missingSheets: [], brokenNames: [TEMPLATE_VERSION_NAME], blank: false },
      said: unsure,
      giveBack: [TEMPLATE_VERSION_NAME],
    });
  });
});

describe('setMoveRefusal: a move to another set carries entries by name only', () => {
  const kept = keptShape(FIRST_TEMPLATE_VERSION);
  const v1 = (names: readonly string[]) => heldAs(FIRST_TEMPLATE_VERSION, kept.sheets, names);

  it('takes a whole workbook of today’s or version 1 (its Ghi chú names all there), and one never laid out', () => {
    const w = workbook();
    expect(setMoveRefusal(BUILTIN_CATALOGUE, TEST_SET, w.values, w.found)).toBeNull();
    const old = v1(kept.names);
    expect(setMoveRefusal(BUILTIN_CATALOGUE, TEST_SET, old.values, old.found)).toBeNull();
    expect(setMoveRefusal(BUILTIN_CATALOGUE, TEST_SET, { Other: 1 }, presenceIgnoringCase(['Sheet1'], ['Other'], []))).toBeNull();
  });

  it('refuses one that lost a name or a sheet of its version, on any sheet, saying what is lost', () => {
    for (const [w, said] of [
      [workbook({ namesGone: ['BM1_3_1'] }), DAMAGE_TEXT.workbookDamaged([], ['BM1_3_1'])],
      [workbook({ broken: ['BM3_1_1'] }), DAMAGE_TEXT.workbookDamaged([], ['BM3_1_1'])],
      [workbook({ sheetsGone: ['Biểu mẫu 4'] }), DAMAGE_TEXT.workbookDamaged(['Biểu mẫu 4'], [])],
      [v1(kept.names.filter((n) => n !== 'BM1_3_1')), DAMAGE_TEXT.workbookDamaged([], ['BM1_3_1'])],
    ] as const) {
      expect(setMoveRefusal(BUILTIN_CATALOGUE, TEST_SET, w.values, w.found)?.said).toBe(said);
    }
  });

  it('refuses a version-1 workbook laid out before its Ghi chú cells were named (no Ghi chú name at all), which a repair takes as whole', () => {
    const w = v1(kept.names.filter((n) => !n.startsWith('GC')));
    expect(isDamaged(workbookDamage(versionSheets(BUILTIN_CATALOGUE, FIRST_TEMPLATE_VERSION), w.found))).toBe(false);
    const r = setMoveRefusal(BUILTIN_CATALOGUE, TEST_SET, w.values, w.found);
    expect(r?.said).toBe(DAMAGE_TEXT.notesUnnamed(FIRST_TEMPLATE_VERSION));
    expect(isDamaged(r!.damage)).toBe(false);
  });

  it('leaves a repair alone: the same set, whichever file or workbook it was read from; the same identity worded otherwise is a move', () => {
    const w = workbook({ namesGone: ['BM1_3_1'] });
    expect(setMoveRefusal(BUILTIN_CATALOGUE, BUILTIN_CATALOGUE.definition, w.values, w.found)).toBeNull();
    expect(setMoveRefusal(BUILTIN_CATALOGUE, JSON.parse(JSON.stringify(BUILTIN_CATALOGUE.definition)) as FormSetDef, w.values, w.found)).toBeNull();
    const reworded: FormSetDef = { ...BUILTIN_CATALOGUE.definition, name: `${BUILTIN_CATALOGUE.definition.name} (sửa)` };
    expect(setMoveRefusal(BUILTIN_CATALOGUE, reworded, w.values, w.found)?.said).toBe(DAMAGE_TEXT.workbookDamaged([], ['BM1_3_1']));
  });

  it('throws for a newer version, as every re-layout does', () => {
    const w = workbook({ namesGone: ['BM1_3_1'], version: String(Number(TEMPLATE_VERSION) + 1) });
    expect(() => setMoveRefusal(BUILTIN_CATALOGUE, TEST_SET, w.values, w.found)).toThrow(TemplateVersionError);
  });
});
