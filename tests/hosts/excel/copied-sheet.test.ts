// A form sheet the clerk copied in Excel (right-click › Move or Copy › Create a copy: "Biểu mẫu 1 (2)", active, holding
// sheet-scoped namesakes of the template's names, see copySheet in the double): Kiểm tra, Lập biểu mẫu (today's version
// and an upgrade) and Lấy số liệu kỳ trước read and write the template's sheet only, lose nothing, and leave the copy as
// the clerk left it. Excel edits the workbook in place, so the copy stays (cchc upgrade, which lays the file out anew,
// refuses such a workbook instead: CLI_TEXT.upgradeOtherSheets sends the clerk to Lập biểu mẫu, which keeps other sheets).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { definedName } from '../../../src/core/forms/catalogue';
import { parseReportData } from '../../../src/core/data/schema';
import type { ReportData } from '../../../src/core/data/types';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { SHEET_INFO, TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../../src/core/layout/names';
import { FIRST_TEMPLATE_VERSION, namesOfToday } from '../../../src/core/layout/template-versions';
import { readWorkbookValues } from '../../../src/core/read/read-workbook';
import { UI_TEXT } from '../../../src/core/i18n/messages';
import { applyWorkbookPlan, LayoutRefusedError, type LayoutDeps } from '../../../src/hosts/excel/apply-plan';
import { carryPrevious } from '../../../src/hosts/excel/carry-previous';
import { checkWorkbook, WorkbookDamagedError } from '../../../src/hosts/excel/check-workbook';
import { markFindings } from '../../../src/hosts/excel/mark-findings';
import { inputCellSet } from '../../../src/hosts/shared/plan-cells';
import { keptWorkbook, namedValuesOf, snapshotOf } from '../../fixtures/versions/kept-workbooks';
import { apiAtLeast, cellValue, copySheet, deleteSheet, fakeExcel, findSheet, namedNow, renameSheet, typeInto, type FakeSheet, type FakeState } from './fake-excel';
import { excelHolding } from './kept-in-excel';
import { TEST_SET } from '../../fixtures/form-sets/test-set';
import { catalogueOf } from '../../../src/core/forms/builtin';
import type { Finding } from '../../../src/core/rules/types';
import { sandbox } from '../cli/cli-harness';
import { doubleAsXlsx } from './double-as-xlsx';

jest.setTimeout(30_000);

const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')));
if (!parsed.ok) throw new Error(parsed.problems.join('; '));
const sample: ReportData = parsed.data;
const plan = buildWorkbookPlan(null);
const deps: LayoutDeps = { buildPlan: buildWorkbookPlan, readData: (values) => readWorkbookValues(values).data, supports: () => true };
const COPY = 'Biểu mẫu 1 (2)';

const INPUT_NAMES = plan.sheets.flatMap((s) => {
  const inputs = inputCellSet(s);
  return s.names.filter((n) => inputs.has(n.cell)).map((n) => n.name);
});

/** The sample laid out and filled, as the clerk has it; syncs counted from here. */
async function filledWorkbook(): Promise<ReturnType<typeof fakeExcel>> {
  const excel = fakeExcel();
  await applyWorkbookPlan(excel.asExcel, { ...deps, buildPlan: () => buildWorkbookPlan(sample) });
  excel.state.syncs = 0;
  return excel;
}

/** `sheet` copied as `copy` (the copy active), its numbers then changed by the clerk (+1000), so a reader taking them shows. */
function copiedAndEdited(state: FakeState, sheet: string, copy: string, position?: number): FakeSheet {
  const made = copySheet(state, sheet, copy, position);
  for (const cell of made.cells.values()) if (typeof cell.value === 'number') cell.value += 1000;
  expect(made.names.size).toBeGreaterThan(0);
  return made;
}

/** Everything the clerk can see of a sheet: cells (values, formulas, formats, notes), its own names, protection. */
const seen = (sheet: FakeSheet): unknown =>
  JSON.parse(JSON.stringify({ cells: [...sheet.cells], names: [...sheet.names], protected: sheet.protected, merges: sheet.merges }));


/** Each sheet's own names (NamedItem.scope "Worksheet"), for the sheets that have any. */
const ownNames = (state: FakeState): Record<string, string[]> => Object.fromEntries(state.sheets.filter((s) => s.names.size > 0).map((s) => [s.name, [...s.names.keys()]]));

/** Every name the Name Manager lists (both scopes) that it lists more than once, whatever the case. */
function listedTwice(state: FakeState): string[] {
  const all = [...state.names.keys(), ...state.sheets.flatMap((s) => [...s.names.keys()])].map((n) => n.toUpperCase());
  return [...new Set(all.filter((n, i) => all.indexOf(n) !== i))];
}

/** Every input entry kept, and every template name workbook-level on the sheet and cell today's plan gives it. */
function expectEveryEntry(state: FakeState, expected: Readonly<Record<string, unknown>>): void {
  const now = namedNow(state);
  expect(INPUT_NAMES.filter((n) => expected[n] !== null && expected[n] !== undefined).length).toBeGreaterThan(40);
  for (const name of INPUT_NAMES) expect({ name, value: now[name] ?? null }).toEqual({ name, value: expected[name] ?? null });
  for (const sheet of plan.sheets) for (const n of sheet.names) expect({ name: n.name, at: state.names.get(n.name) }).toEqual({ name: n.name, at: { sheet: sheet.name, cell: n.cell } });
}

describe('Kiểm tra in Excel with a form sheet copied by the clerk', () => {
  it('reads the template’s sheet, not the copy’s numbers, and finds nothing wrong in the copy’s names, in the same two syncs', async () => {
    const { state, asExcel } = await filledWorkbook();
    const before = await checkWorkbook(asExcel, plan);
    const copy = copiedAndEdited(state, 'Biểu mẫu 1', COPY);
    state.syncs = 0;

    const check = await checkWorkbook(asExcel, plan);
    expect(state.syncs).toBe(2);
    expect(check.data?.forms['1']?.['2.1']).toBe(40);
    expect(cellValue(state, COPY, state.names.get('BM1_2_1')!.cell)).toBe(1040);
    expect(check.data).toEqual(before.data);
    expect(check.result).toEqual(before.result);
    expect(check.result.errors).toBe(0);
    expect([...check.protectedSheets.keys()]).toEqual(plan.sheets.map((s) => s.name));

    // A finding on the template's sheet is marked there; the copy, holding the same cell, is left as it was.
    const d = state.names.get('BM1_2_2')!.cell;
    typeInto(state, 'Biểu mẫu 1', d, 50);
    const copied = seen(copy);
    const found = await checkWorkbook(asExcel, plan);
    expect(found.result.findings.filter((f) => f.rule === 'part-exceeds-whole').map((f) => f.cell)).toEqual([`'Biểu mẫu 1'!${d}`]);
    await markFindings(asExcel, plan, found.result.findings, found.protectedSheets);
    expect(findSheet(state, 'Biểu mẫu 1')?.cells.get(d)?.fill).toBeDefined();
    expect(seen(copy)).toEqual(copied);
  });

  it('takes a template name left only as the copy’s (its workbook-level one deleted) as missing, and says so', async () => {
    const { state, asExcel } = await filledWorkbook();
    copiedAndEdited(state, 'Biểu mẫu 1', COPY);
    state.names.delete('BM1_2_1');
    const failure = checkWorkbook(asExcel, plan);
    await expect(failure).rejects.toThrow(WorkbookDamagedError);
    await expect(failure).rejects.toThrow(UI_TEXT.workbookDamaged([], ['BM1_2_1']));
    expect(state.syncs).toBe(2);
  });
});

describe('Lập biểu mẫu in Excel with a form sheet copied by the clerk: every entry kept, the copy kept as it is', () => {
  it('lays today’s workbook out again in three syncs, the copy (first of the sheets) moved after the template’s, untouched', async () => {
    const { state, asExcel } = await filledWorkbook();
    const copy = copiedAndEdited(state, 'Biểu mẫu 1', COPY, 0);
    const expected = namedNow(state);
    const copied = seen(copy);

    const result = await applyWorkbookPlan(asExcel, deps);
    expect(state.syncs).toBe(3);
    expect([result.upgradedFrom, result.created, result.renamed, result.removed, result.orphans]).toEqual([null, [], [], [], []]);
    expectEveryEntry(state, expected);
    expect(namedNow(state)).toEqual(expected);
    expect(state.sheets.map((s) => s.name)).toEqual([...plan.sheets.map((s) => s.name), COPY]);
    expect(seen(copy)).toEqual(copied);
    expect(copy.unprotectCalls).toBe(0);
    expect(state.active).toBe(plan.sheets[0]?.name);
    expect(state.log.filter((l) => l.includes(COPY))).toEqual([]);
    // The copy's names are its own (formulas the clerk wrote on it may use them): none deleted, none elsewhere.
    expect(Object.keys(ownNames(state))).toEqual([COPY]);
    expect(state.log.filter((l) => l.startsWith('deleteName local'))).toEqual([]);
  });

  // Lập biểu mẫu deletes and adds again a workbook-level name whose cell is not the plan's (or every name, without
  // NamedItem.formula to compare): Excel on Windows refuses that add while the copy, holding the name's namesake, is the
  // active sheet (the double models office-js issue 2875), so the layout makes its first sheet active before any name.
  it.each([
    ['a template name deleted by hand (Name Manager), its entry kept by its place', '1.20', ['BM1_2_1']],
    ['every name, on an Excel without NamedItem.formula (ExcelApi 1.6)', '1.6', []],
  ] as const)('lays %s again while the copy is the active sheet', async (_label, api, deleted) => {
    const { state, asExcel } = await filledWorkbook();
    const copy = copiedAndEdited(state, 'Biểu mẫu 1', COPY);
    const expected = namedNow(state);
    for (const name of deleted) expect(state.names.delete(name)).toBe(true);
    const copied = seen(copy);
    state.excelApi = api;
    expect(state.active).toBe(COPY);

    const result = await applyWorkbookPlan(asExcel, { ...deps, supports: (v) => apiAtLeast(api, v) });
    expect(state.syncs).toBe(3);
    expect(result.upgradedFrom).toBeNull();
    expectEveryEntry(state, expected);
    expect(namedNow(state).BM1_2_1).toBe(40);
    expect(seen(copy)).toEqual(copied);
    expect(state.log).toContain('addName BM1_2_1');
    expect(state.sheets.every((s) => s.protected)).toBe(true);
  });

  it.each([
    ['a form sheet, whose cells kept their place', 'Biểu mẫu 1'],
    ['Thông tin chung, whose cells moved since version 1 (its names laid again)', SHEET_INFO],
  ])('upgrades a workbook of version 1 with a copy of %s, every entry under its row identity, the copy untouched', async (_label, sheet) => {
    const kept = snapshotOf(await keptWorkbook(FIRST_TEMPLATE_VERSION));
    const expected = namesOfToday(namedValuesOf(kept), FIRST_TEMPLATE_VERSION);
    const { state, asExcel } = fakeExcel(excelHolding(kept));
    const copy = copiedAndEdited(state, sheet, `${sheet} (2)`);
    const copied = seen(copy);

    const result = await applyWorkbookPlan(asExcel, deps);
    expect(state.syncs).toBe(3);
    expect(result.upgradedFrom).toBe(FIRST_TEMPLATE_VERSION);
    expect(result.removed).toEqual([]);
    expectEveryEntry(state, expected);
    expect(namedNow(state)[TEMPLATE_VERSION_NAME]).toBe(TEMPLATE_VERSION);
    expect(state.names.has('TTC_signerAuthority')).toBe(false);
    // The copy keeps its own names, old ones too (TTC_signerAuthority on a copy of Thông tin chung): no reader reads them.
    expect(seen(copy)).toEqual(copied);
    expect(state.sheets.map((s) => s.name)).toEqual([...plan.sheets.map((s) => s.name), `${sheet} (2)`]);

    state.syncs = 0;
    const check = await checkWorkbook(asExcel, plan);
    expect(state.syncs).toBe(2);
    expect(check.data).toEqual(readWorkbookValues(namedNow(state)).data);
  });
});

describe('Chọn bộ biểu mẫu in Excel with a copy of a form the chosen set drops', () => {
  it('removes the form’s sheet and lists its entries, and keeps the clerk’s copy of it, its own names pointing at it still', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps);
    typeInto(state, 'Biểu mẫu 5', state.names.get('BM5_1_1')!.cell, 12);
    const copy = copiedAndEdited(state, 'Biểu mẫu 5', 'Biểu mẫu 5 (2)');
    const copied = seen(copy);
    state.syncs = 0;

    const r = await applyWorkbookPlan(asExcel, { ...deps, readData: (values, catalogue) => readWorkbookValues(values, {}, catalogue).data, set: TEST_SET });
    expect(state.syncs).toBe(3);
    expect(r.removed).toEqual(['Biểu mẫu 5']);
    expect(r.orphans).toEqual([expect.objectContaining({ form: 5, key: '1.1', value: 12 })]);
    expect(findSheet(state, 'Biểu mẫu 5')).toBeUndefined();
    expect([...state.names.keys()].filter((n) => n.startsWith('BM5_'))).toEqual([]);
    expect(seen(copy)).toEqual(copied);
    expect([...copy.names.values()].every((at) => at.sheet === 'Biểu mẫu 5 (2)' && !at.broken)).toBe(true);
    expect(cellValue(state, 'Biểu mẫu 5 (2)', copy.names.get('BM5_1_1')!.cell)).toBe(1012);
  });
});

describe('Lấy số liệu kỳ trước in Excel with a form sheet copied by the clerk', () => {
  const q1: ReportData = { ...sample, meta: { ...sample.meta, period: 'Q1', year: 2026 } };
  const carried = [...BUILTIN_CATALOGUE.standing, ...BUILTIN_CATALOGUE.yearPlan].map((r) => definedName(r.form, r.key));

  it('fills the template’s empty cells only, in the same four syncs; the copy (active) keeps its own', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps);
    const sheet = state.names.get(carried[0] ?? '')!.sheet;
    const copy = copiedAndEdited(state, sheet, `${sheet} (2)`);
    const copied = seen(copy);
    state.syncs = 0;

    const r = await carryPrevious(asExcel, plan, q1, () => true);
    expect(state.syncs).toBe(4);
    expect(r.cells).toBe(carried.length);
    const onCopied = carried.filter((name) => state.names.get(name)?.sheet === sheet);
    expect(onCopied.length).toBeGreaterThan(0);
    for (const name of onCopied) {
      const at = state.names.get(name)!;
      const c = findSheet(state, sheet)?.cells.get(at.cell);
      expect([name, c?.value, c?.note]).toEqual([name, q1.forms[name.slice(2, 3) as '1']?.[name.slice(4).replace(/_/g, '.')], expect.stringMatching(/^Lấy từ báo cáo kỳ trước/)]);
    }
    expect(seen(copy)).toEqual(copied);
    expect(state.sheets.every((s) => s.protected)).toBe(true);
  });
});

/** A finding as the clerk meets it, sorted so that two hosts compare finding by finding. */
const seenFindings = (fs: readonly Finding[]): string[] => fs.map((f) => `${f.severity} ${f.rule} ${f.cell ?? '-'} ${f.message}`).sort();

// Why a namesake matters, and where it cannot: the only formulas the layout writes that name a defined name are a province's ratios across
// forms (BM7_6_7_1 in Biểu mẫu 8's), each naming a cell of another sheet; a copy is given namesakes only of the names into the sheet copied
// (copySheet), so no computed value of the layout can read one. What a namesake shadows is the clerk's own formulas on that sheet, the Name
// Box and Go To there, and the Name Manager lists the name twice.
it.each([
  ['the built-in set', plan, []],
  ['a province’s set', buildWorkbookPlan(null, catalogueOf(TEST_SET)), [{ sheet: 'Biểu mẫu 8', name: 'BM7_6_7_1', home: 'Biểu mẫu 7' }]],
] as const)('the formulas the layout writes (%s) name defined names only of other sheets', (_label, laid, expected) => {
  const home = new Map(laid.sheets.flatMap((s) => s.names.map((n) => [n.name.toUpperCase(), s.name] as const)));
  const refs = laid.sheets.flatMap((s) =>
    s.formulas.flatMap((row) => row.flatMap((f) => (f?.match(/[A-Za-z_\\][A-Za-z0-9_.]*/g) ?? []).flatMap((id) => (home.has(id.toUpperCase()) ? [{ sheet: s.name, name: id, home: home.get(id.toUpperCase()) }] : [])))),
  );
  expect(laid.sheets.some((s) => s.formulas.some((row) => row.some((f) => f !== null)))).toBe(true);
  expect([...new Set(refs.map((r) => JSON.stringify(r)))].map((r) => JSON.parse(r) as unknown)).toEqual(expected);
});

/** A name the clerk gave a cell of a sheet (Name Manager › New, scope: that sheet): not the template's, never touched. */
const CLERKS_NAME = 'Tong_hop_rieng';

// The clerk copied "Biểu mẫu 1", deleted the original, then renamed the copy "Biểu mẫu 1". Deleting the sheet left the workbook-level names
// into it at #REF! (removeSheet in the double); the renamed copy keeps its sheet-scoped namesakes, which follow the rename, at its own cells.
describe('a form sheet replaced by its copy (the original deleted, the copy renamed to its name)', () => {
  const FORM1 = plan.sheets.find((s) => s.name === 'Biểu mẫu 1')!.names.map((n) => n.name);

  /**
   * `excel`'s "Biểu mẫu 1" so replaced, the copy's numbers (+1000) being the clerk's entries now: what the layout must keep, by today's names
   * (the workbook's own names read at the copy's cells before the deletion, then carried to today's as an upgrade does); syncs counted from here.
   */
  function replacedByCopy(excel: ReturnType<typeof fakeExcel>, version: string): { sheet: FakeSheet; expected: Record<string, unknown> } {
    const { state } = excel;
    const sheet = copiedAndEdited(state, 'Biểu mẫu 1', COPY);
    const own = namedNow(state);
    const onForm = [...state.names].filter(([, at]) => at.sheet === 'Biểu mẫu 1').map(([name]) => name);
    for (const name of onForm) {
      const v = cellValue(state, COPY, state.names.get(name)!.cell);
      own[name] = v === '' || v === undefined ? null : v;
    }
    deleteSheet(state, 'Biểu mẫu 1');
    renameSheet(state, COPY, 'Biểu mẫu 1');
    expect(onForm.length).toBeGreaterThan(20);
    expect(onForm.every((n) => state.names.get(n)?.broken)).toBe(true);
    expect(sheet.name).toBe('Biểu mẫu 1');
    expect(onForm.every((n) => sheet.names.get(n)?.sheet === 'Biểu mẫu 1' && !sheet.names.get(n)?.broken)).toBe(true);
    expect(state.active).toBe('Biểu mẫu 1');
    state.syncs = 0;
    state.log.length = 0;
    const expected = namesOfToday(own, version);
    expect(expected.BM1_2_1).toBeGreaterThan(1000);
    return { sheet, expected };
  }

  const todays = async (): Promise<{ excel: ReturnType<typeof fakeExcel>; version: string }> => ({ excel: await filledWorkbook(), version: TEMPLATE_VERSION });
  const firstVersion = async (): Promise<{ excel: ReturnType<typeof fakeExcel>; version: string }> => ({
    excel: fakeExcel(excelHolding(snapshotOf(await keptWorkbook(FIRST_TEMPLATE_VERSION)))),
    version: FIRST_TEMPLATE_VERSION,
  });

  it('Kiểm tra says the workbook is damaged, naming the names at #REF!, in two syncs, never reading the copy’s numbers', async () => {
    const { excel, version } = await todays();
    replacedByCopy(excel, version);
    const failure = await checkWorkbook(excel.asExcel, plan).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(WorkbookDamagedError);
    const damaged = failure as WorkbookDamagedError;
    expect(damaged.missingSheets).toEqual([]);
    expect([...damaged.brokenNames].sort()).toEqual([...FORM1].sort());
    expect(damaged.message).toContain(UI_TEXT.workbookDamaged([], damaged.brokenNames));
    expect(damaged.message).not.toContain('1040');
    expect(excel.state.syncs).toBe(2);
  });

  it.each([
    ['today’s version', todays, null],
    ['version 1 (the form’s cells kept their place since)', firstVersion, FIRST_TEMPLATE_VERSION],
  ] as const)('Lập biểu mẫu repairs it (%s) in three syncs, keeping the entries typed on the copy (taken by their cells’ places), its namesakes of the template’s names removed, the clerk’s own name kept; Kiểm tra then reads the same numbers', async (_label, make, upgradedFrom) => {
    const { excel, version } = await make();
    const { sheet, expected } = replacedByCopy(excel, version);
    const { state, asExcel } = excel;
    sheet.names.set(CLERKS_NAME, { sheet: 'Biểu mẫu 1', cell: 'G3' });
    const result = await applyWorkbookPlan(asExcel, deps);
    expect(state.syncs).toBe(3);
    expect([result.upgradedFrom, result.created, result.renamed, result.removed]).toEqual([upgradedFrom, [], [], []]);
    expectEveryEntry(state, expected);
    expect(namedNow(state).BM1_2_1).toBe(expected.BM1_2_1);
    // Every #REF! name deleted and laid again (the sheet holding namesakes was active: the first sheet is made active first).
    for (const name of FORM1) expect(state.log).toContain(`addName ${name}`);
    expect(state.active).toBe(plan.sheets[0]?.name);
    expect(state.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(state.sheets.every((s) => s.protected)).toBe(true);
    // The copy's namesakes of the template's names are gone from it (they would shadow the template's on that sheet, and the Name Manager
    // listed each name twice): each template name once, workbook-level; the name the clerk gave a cell of the copy stays.
    expect(ownNames(state)).toEqual({ 'Biểu mẫu 1': [CLERKS_NAME] });
    expect(sheet.names.get(CLERKS_NAME)).toEqual({ sheet: 'Biểu mẫu 1', cell: 'G3' });
    expect(listedTwice(state)).toEqual([]);
    for (const name of FORM1) expect(state.log).toContain(`deleteName local ${name}`);

    state.syncs = 0;
    const check = await checkWorkbook(asExcel, plan);
    expect(state.syncs).toBe(2);
    expect(check.data).toEqual(readWorkbookValues(namedNow(state)).data);
    expect(check.data?.forms['1']?.['2.1']).toBe(expected.BM1_2_1);
  });

  // Where the layout moves a name's cell (a province's set inserts rows into Biểu mẫu 1: every name below moves down two rows), the
  // workbook-level name is laid at its new cell; a namesake the copy left would stay at the old one, which now holds another row, and win
  // over the template's name for anything resolved on that sheet. Also after an upgrade: a form's cells never moved between versions, so
  // an upgrade alone moves no name of a form sheet (and a replaced Thông tin chung, whose cells did move, is refused, below).
  // Here the clerk gave the #REF! names their cells back by hand (Name Manager › Edit, "Refers to" the copy's cell), which leaves the namesakes.
  it.each([
    ['today’s version', todays, null],
    ['version 1, upgraded on the way', firstVersion, FIRST_TEMPLATE_VERSION],
  ] as const)('Lập biểu mẫu with a chosen set that moves its names (%s): every namesake gone, none left at a cell the name left, three syncs, every entry kept', async (_label, make, upgradedFrom) => {
    const { excel, version } = await make();
    const { sheet, expected } = replacedByCopy(excel, version);
    const { state, asExcel } = excel;
    for (const [name, at] of sheet.names) if (state.names.get(name)?.broken) state.names.set(name, { ...at });
    const setPlan = buildWorkbookPlan(null, catalogueOf(TEST_SET));
    const moved = setPlan.sheets.find((s) => s.name === 'Biểu mẫu 1')!.names.filter((n) => sheet.names.has(n.name) && sheet.names.get(n.name)?.cell !== n.cell);
    expect(moved.length).toBeGreaterThan(20);

    const result = await applyWorkbookPlan(asExcel, { ...deps, readData: (values, catalogue) => readWorkbookValues(values, {}, catalogue).data, set: TEST_SET });
    expect(state.syncs).toBe(3);
    expect([result.upgradedFrom, result.set]).toEqual([upgradedFrom, TEST_SET]);
    for (const { name, cell } of moved) expect({ name, at: state.names.get(name) }).toEqual({ name, at: { sheet: 'Biểu mẫu 1', cell } });
    expect(ownNames(state)).toEqual({});
    expect(listedTwice(state)).toEqual([]);
    const now = namedNow(state);
    const kept = INPUT_NAMES.filter((n) => n.startsWith('BM1_') || n.startsWith('GC1_'));
    for (const name of kept) expect({ name, value: now[name] ?? null }).toEqual({ name, value: expected[name] ?? null });
    expect(now.BM1_2_1).toBe(expected.BM1_2_1);
  });

  // Thông tin chung replaced by its copy is refused until the clerk gives the version cell its name back (the refusal says how); then it
  // is repaired like a form sheet. It is the plan's first sheet, the one made active before any name is laid: while it held the
  // namesakes, Excel refused the first workbook.names.add (office-js issue 2875) after the #REF! name was deleted.
  it('Lập biểu mẫu repairs Thông tin chung so replaced once the version cell has its name back: its namesakes gone first, every name laid, three syncs', async () => {
    const excel = await filledWorkbook();
    const { state, asExcel } = excel;
    const copy = copiedAndEdited(state, SHEET_INFO, `${SHEET_INFO} (2)`);
    const own = namedNow(state);
    const onInfo = [...state.names].filter(([, at]) => at.sheet === SHEET_INFO).map(([name]) => name);
    for (const name of onInfo) {
      const v = cellValue(state, `${SHEET_INFO} (2)`, state.names.get(name)!.cell);
      own[name] = v === '' || v === undefined ? null : v;
    }
    deleteSheet(state, SHEET_INFO);
    renameSheet(state, `${SHEET_INFO} (2)`, SHEET_INFO);
    const refused = await applyWorkbookPlan(asExcel, deps).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(LayoutRefusedError);
    // Công thức › Trình quản lý Tên: CCHC_TEMPLATE_VERSION refers to its cell again.
    state.names.set(TEMPLATE_VERSION_NAME, { sheet: SHEET_INFO, cell: copy.names.get(TEMPLATE_VERSION_NAME)!.cell });
    state.active = SHEET_INFO;
    state.syncs = 0;

    const result = await applyWorkbookPlan(asExcel, deps);
    expect(state.syncs).toBe(3);
    expect(result.upgradedFrom).toBeNull();
    expectEveryEntry(state, { ...own, [TEMPLATE_VERSION_NAME]: TEMPLATE_VERSION });
    expect(own.TTC_year).toBeGreaterThan(3000);
    expect(ownNames(state)).toEqual({});
    expect(listedTwice(state)).toEqual([]);
    state.syncs = 0;
    const check = await checkWorkbook(asExcel, plan);
    expect(state.syncs).toBe(2);
    expect(check.data).toEqual(readWorkbookValues(namedNow(state)).data);
    expect(namedNow(state).TTC_year).toBe(own.TTC_year);
  });

  // Worksheet.names is ExcelApi 1.4, the oldest set the layout runs on (NamedItemCollection.add): the clean-up needs nothing more. Names are
  // matched as Excel matches them, whatever the case (a namesake keeps the spelling of the name it copied).
  it.each(['1.4', '1.6'])('removes the namesakes on the oldest Excel it runs on too (ExcelApi %s), whatever their case, in three syncs', async (api) => {
    const { excel, version } = await todays();
    const { sheet, expected } = replacedByCopy(excel, version);
    const { state, asExcel } = excel;
    const at = sheet.names.get('BM1_2_1')!;
    sheet.names.delete('BM1_2_1');
    sheet.names.set('bm1_2_1', at);
    state.excelApi = api;
    await applyWorkbookPlan(asExcel, { ...deps, supports: (v) => apiAtLeast(api, v) });
    expect(state.syncs).toBe(3);
    expect(state.log).toContain('deleteName local bm1_2_1');
    expect(ownNames(state)).toEqual({});
    expectEveryEntry(state, expected);
  });

  // Kiểm tra in Excel and `cchc check` of the same workbook (the double's, saved as Excel saves it, the copy's namesakes written as
  // <definedName localSheetId> where any are left) find the same: before the repair both call it damaged, after it both read the copy's numbers.
  it('Kiểm tra after the repair reads what cchc check of the same workbook reads: the same findings, the same numbers', async () => {
    const { excel, version } = await todays();
    const { sheet } = replacedByCopy(excel, version);
    const { state, asExcel } = excel;
    sheet.names.set(CLERKS_NAME, { sheet: 'Biểu mẫu 1', cell: 'G3' });
    const viaCli = async (): Promise<{ code: number; findings: string[]; data: unknown }> => {
      const box = sandbox();
      try {
        const checked = await box.runOnXlsx(await doubleAsXlsx(state), ['check', 'xa.xlsx', '--json']);
        const exported = await box.run('export', 'xa.xlsx');
        return { code: checked.code, findings: checked.code === 2 ? [] : seenFindings((JSON.parse(checked.stdout) as { findings: Finding[] }).findings), data: exported.code === 0 ? (JSON.parse(exported.stdout) as ReportData).forms : null };
      } finally {
        box.dispose();
      }
    };
    expect((await viaCli()).code).toBe(2);
    await expect(checkWorkbook(asExcel, plan)).rejects.toThrow(WorkbookDamagedError);
    await applyWorkbookPlan(asExcel, deps);
    expect(ownNames(state)).toEqual({ 'Biểu mẫu 1': [CLERKS_NAME] });
    const cli = await viaCli();
    const check = await checkWorkbook(asExcel, plan);
    expect(cli.code).toBe(check.result.errors > 0 ? 1 : 0);
    expect({ findings: seenFindings(check.result.findings), forms: check.data?.forms }).toEqual({ findings: cli.findings, forms: cli.data });
    expect(check.data?.forms['1']?.['2.1']).toBeGreaterThan(1000);
    expect(cli.findings.length).toBeGreaterThan(0);
  });

  // Where the sheet so replaced is one whose cells moved since the workbook's version (Thông tin chung since version 1, the version cell on
  // it), no place can carry its entries: refused before any write (core upgradeRefusal), the renamed copy as the clerk left it.
  it('Lập biểu mẫu refuses version 1 whose Thông tin chung was so replaced, nothing written, the sheet as the clerk left it', async () => {
    const { state, asExcel } = fakeExcel(excelHolding(snapshotOf(await keptWorkbook(FIRST_TEMPLATE_VERSION))));
    const copy = copiedAndEdited(state, SHEET_INFO, `${SHEET_INFO} (2)`);
    deleteSheet(state, SHEET_INFO);
    renameSheet(state, `${SHEET_INFO} (2)`, SHEET_INFO);
    expect(state.names.get(TEMPLATE_VERSION_NAME)?.broken).toBe(true);
    const copied = seen(copy);
    state.log.length = 0;
    const failure = applyWorkbookPlan(asExcel, deps);
    await expect(failure).rejects.toThrow(LayoutRefusedError);
    await expect(failure).rejects.toThrow(TEMPLATE_VERSION_NAME);
    expect(state.log.filter((l) => !l.startsWith('enableEvents='))).toEqual([]);
    expect(state.enableEvents).toBe(true);
    expect(seen(copy)).toEqual(copied);
  });
});
