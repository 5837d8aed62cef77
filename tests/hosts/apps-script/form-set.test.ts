// CCHC › Bộ biểu mẫu… in the fakes: the province's set read from Drive (an authoring spreadsheet or an .xlsx), checked, stored in the template's hidden sheet, carried by a commune's copy, and Tổng hợp by the office's own set.
import { BUILTIN_CATALOGUE, BUILTIN_SET } from '../../../src/core/forms/builtin';
import { readAuthoringGrids } from '../../../src/core/forms/read-authoring-grids';
import { CARRIED_SET_SHEET, readCarriedSet } from '../../../src/core/forms/carried-set';
import { checkFormSet } from '../../../src/core/forms/check-form-set';
import { canonical } from '../../../src/core/forms/choose-form-set';
import { setLabel } from '../../../src/core/forms/choose-form-set';
import { definedName } from '../../../src/core/forms/catalogue';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import { placeText } from '../../../src/core/forms/set-problem';
import type { ReportData } from '../../../src/core/data/types';
import { AGGREGATE_TEXT, FORMSET_TEXT, GAS_TEXT } from '../../../src/core/i18n/messages';
import { carryPreviousCommand, checkCommand, formSetCommand, layoutCommand, reportCommand } from '../../../src/hosts/apps-script/commands';
import { sheetSetOf } from '../../../src/hosts/apps-script/spreadsheet-set';
import { applyWorkbookPlan } from '../../../src/hosts/apps-script/apply-plan';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { parseCellAddress } from '../../../src/core/layout/a1';
import { consolidateCommand, districtReportCommand } from '../../../src/hosts/apps-script/district-commands';
import { FakeParagraph } from './fakes/fake-document';
import { readNamedValues } from '../../../src/hosts/apps-script/read-named-values';
import { FORM_8, TEST_CATALOGUE, TEST_SET } from '../../fixtures/form-sets/test-set';
import { communeData, communeId, communeSpreadsheet, fillUnitList, linkOf } from './fakes/fake-communes';
import { fakeEnv, SHEETS_MIME, type FakeEnv } from './fakes/fake-env';
import { AUTHORING_ID, shareAuthoring, uploadXlsx } from './fakes/fake-form-sets';
import { sidebarPayload } from './sidebar-payload';
import { authoringWorkbookBytes } from '../../../src/hosts/cli/xlsx/write-authoring-workbook';
import { loadWorkbook } from '../../../src/hosts/cli/xlsx/load-workbook';
import { readAuthoringSheets } from '../../../src/hosts/shared/authoring-grids';

const T = GAS_TEXT.formSet;
const lastSidebar = (env: FakeEnv): ReturnType<typeof sidebarPayload> => sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());

function typeInto(env: FakeEnv, name: string, v: unknown): void {
  const at = env.ss.nameCell(name);
  if (!at) throw new Error(`không có ô ${name}`);
  at.sheet.type(at.a1, v);
}

const valueOf = (env: FakeEnv, name: string): unknown => {
  const at = env.ss.nameCell(name);
  return at ? at.sheet.valueAt(at.a1) : undefined;
};

/** Chooses the set behind `link` from the menu (the prompt answered with it). */
function choose(env: FakeEnv, link: string): void {
  env.app.ui.answers.push({ text: link, button: 'OK' });
  formSetCommand(env);
}

/** The set the spreadsheet carries, read back from its named cells. */
const carried = (env: FakeEnv): FormSetDef | null => readCarriedSet(readNamedValues(env, env.ss).byName);

/** The template of the province: laid out with the built-in set, values typed, then the test set chosen. */
function templateWithTestSet(): FakeEnv {
  const env = fakeEnv();
  layoutCommand(env);
  choose(env, shareAuthoring(env, TEST_SET));
  return env;
}

describe('CCHC › Bộ biểu mẫu…', () => {
  it('stores the checked set in the hidden sheet Bộ biểu mẫu, lays the sheets out by it, keeps typed values and lists the one whose row is gone', () => {
    const env = fakeEnv();
    layoutCommand(env);
    typeInto(env, 'BM1_2_1', 12);
    typeInto(env, definedName(5, '1.1'), 7);
    typeInto(env, 'TTC_unit', 'Hòa Phong');
    choose(env, shareAuthoring(env, TEST_SET));

    expect(env.app.ui.alerts).toEqual([]);
    expect(canonical(carried(env))).toBe(canonical(TEST_SET));
    const names = env.ss.sheets.map((s) => s.name);
    expect(names).toContain('Biểu mẫu 8');
    expect(names).not.toContain('Biểu mẫu 5');
    expect(env.ss.sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual([CARRIED_SET_SHEET]);
    // Typed values whose rows remain are kept; the new rows are laid out empty.
    expect(valueOf(env, 'BM1_2_1')).toBe(12);
    expect(valueOf(env, 'TTC_unit')).toBe('Hòa Phong');
    expect(valueOf(env, 'BM1_2_3')).toBe('');
    // The value of Biểu mẫu 5 has no row any more: copied to the visible sheet, and listed in the sidebar.
    const orphans = env.ss.sheet(FORMSET_TEXT.option.orphansSheet);
    expect(orphans.hidden).toBe(false);
    expect(orphans.computedValues().slice(2)).toEqual([[5, '1.1', BUILTIN_CATALOGUE.row(5, '1.1')!.label, 7, '']]);
    const p = lastSidebar(env);
    expect(p.lead).toBe(T.chosen(setLabel(BUILTIN_SET), setLabel(TEST_SET), 2));
    expect(p.formSet).toBe(`Bộ biểu mẫu: ${TEST_SET.name}, phiên bản 1.`);
    expect(p.findings?.map((f) => f.message)).toEqual([`Biểu mẫu 5, dòng 1.1 (${BUILTIN_CATALOGUE.row(5, '1.1')!.label}): 7`]);
  });

  it.each([
    ['the reader (Tên bộ biểu mẫu emptied)', 'Thông tin'],
    ['the checker (a rule against a row that does not exist)', 'Quy tắc'],
  ])('shows every problem found by %s at its sheet and cell, in the words of cchc forms check, and changes nothing', (_what, sheet) => {
    const env = fakeEnv();
    layoutCommand(env);
    const link = shareAuthoring(env, TEST_SET);
    const authoring = env.app.others.get(AUTHORING_ID)!;
    if (sheet === 'Thông tin') {
      const info = authoring.sheet('Thông tin');
      const nameRow = info.computedValues().findIndex((r) => r[0] === FORMSET_TEXT.headers.identityItems.name) + 1;
      info.type(`B${nameRow}`, '');
    } else {
      const rules = authoring.sheet('Quy tắc');
      const against = rules.computedValues()[0]!.indexOf(FORMSET_TEXT.headers.rules.against);
      rules.type(`${String.fromCharCode(65 + against)}2`, '99.9');
    }
    const before = env.ss.sheets.map((s) => s.name);
    env.log.reset();
    choose(env, link);

    // The same problems, in the same words, as the CLI's reader and checker give for the same grids.
    const grids = new Map(authoring.sheets.map((s) => [s.name, s.computedValues() as (string | number | null)[][]] as const));
    const read = readAuthoringGrids(grids);
    const problems = 'set' in read ? checkFormSet(read.set, read.where) : read.problems;
    const expected = problems.map((x) => FORMSET_TEXT.cli.problemLine(placeText(x.place), x.message));
    const p = lastSidebar(env);
    expect(p.title).toBe(T.problemsTitle);
    expect(p.lead).toBe(T.problemsLead('Bộ biểu mẫu của tỉnh', expected.length));
    expect(expected.length).toBeGreaterThan(0);
    expect(p.findings?.map((f) => f.message)).toEqual(expected);
    expect(expected.every((m) => m.startsWith(`'${sheet}'!`))).toBe(true);
    // Nothing written: the template is as it was, with no set.
    expect(env.ss.sheets.map((s) => s.name)).toEqual(before);
    expect(env.log.count('Sheets', 'Spreadsheets.batchUpdate')).toBe(0);
    expect(env.log.calls.filter((c) => c.service === 'SpreadsheetApp' && /^Range\.set/.test(c.method))).toEqual([]);
    expect(carried(env)).toBeNull();
  });

  it('reads an .xlsx in Drive through a Google Sheets copy made by Drive (files.copy), and deletes the copy', async () => {
    const env = fakeEnv();
    layoutCommand(env);
    const link = await uploadXlsx(env, TEST_SET);
    choose(env, link);
    expect(env.app.ui.alerts).toEqual([]);
    expect(canonical(carried(env))).toBe(canonical(TEST_SET));
    expect(env.log.count('Drive', 'Files.copy')).toBe(1);
    expect(env.log.count('Drive', 'Files.remove')).toBe(1);
    // The temporary copy is gone from Drive and cannot be opened any more.
    expect([...env.drive.files.values()].filter((f) => f.mimeType === SHEETS_MIME)).toEqual([]);
    expect(() => env.app.openById('converted-1')).toThrow();
  });

  it('reads a date typed into a date cell as the day it shows, in the spreadsheet\'s zone', () => {
    const env = fakeEnv({ timeZone: 'Asia/Ho_Chi_Minh' });
    layoutCommand(env);
    const link = shareAuthoring(env, TEST_SET);
    const info = env.app.others.get(AUTHORING_ID)!.sheet('Thông tin');
    const row = info.computedValues().findIndex((r) => r[0] === FORMSET_TEXT.headers.identityItems.appliesFrom) + 1;
    info.cell(row - 1, 1).format = 'dd/mm/yyyy';
    info.type(`B${row}`, '01/01/2026');
    expect(info.valueAt(`B${row}`)).toBeInstanceOf(Date);
    choose(env, link);
    expect(carried(env)?.appliesFrom).toBe('2026-01-01');
  });

  it('reads a number typed with a percent sign as the percent it shows, as the CLI reads the same workbook', async () => {
    const env = fakeEnv();
    layoutCommand(env);
    const link = shareAuthoring(env, TEST_SET);
    const rules = env.app.others.get(AUTHORING_ID)!.sheet(FORMSET_TEXT.sheets.rules);
    const grid = rules.computedValues();
    const col = grid[0]!.indexOf(FORMSET_TEXT.headers.rules.againstNumber);
    const at = grid.findIndex((r, i) => i > 0 && r[grid[0]!.indexOf(FORMSET_TEXT.headers.rules.rows)] === '5.1' && r[col] === 0);
    const a1 = `${String.fromCharCode(65 + col)}${at + 1}`;
    // "Với số" is a General cell: "50%" is stored as 0.5 under a percent format.
    rules.type(a1, '50%');
    expect([rules.valueAt(a1), rules.cellAt(a1)?.format]).toEqual([0.5, '0%']);
    env.log.reset();
    choose(env, link);
    expect(env.app.ui.alerts).toEqual([]);
    const rule = (set: FormSetDef | null | undefined): unknown => set?.rules.find((r) => r.form === 1 && r.rows.join() === '5.1' && r.operator === '>')?.against;
    expect(rule(carried(env))).toBe(50);
    // One getNumberFormats beside each getValues of the authoring sheets.
    expect(env.log.count('SpreadsheetApp', 'Range.getNumberFormats')).toBe(env.log.count('SpreadsheetApp', 'Range.getValues'));

    // The CLI and the pane read the workbook the same: ExcelJS's cell 0.5 under "0%" is 50.
    const wb = await loadWorkbook(await authoringWorkbookBytes(TEST_SET));
    const cell = wb.getWorksheet(FORMSET_TEXT.sheets.rules)!.getCell(a1);
    expect(cell.value).toBe(0);
    cell.value = 0.5;
    // A style of its own: a loaded cell shares its style object with others of the same style.
    cell.style = { ...cell.style, numFmt: '0%' };
    const read = readAuthoringSheets(wb);
    expect('set' in read ? rule(read.set) : read.problems).toBe(50);
  });

  it('refuses an older version of the set the template carries, and says a set already carried needs nothing', () => {
    const env = templateWithTestSet();
    const v2: FormSetDef = { ...TEST_SET, version: 2 };
    choose(env, shareAuthoring(env, v2, '1AuthoringVersionTwo00000000000000000abcdef'));
    expect(carried(env)?.version).toBe(2);
    choose(env, shareAuthoring(env, TEST_SET, '1AuthoringVersionOne00000000000000000abcdef'));
    expect(env.app.ui.alerts.at(-1)?.prompt).toBe(T.older(setLabel(v2), setLabel(TEST_SET)));
    expect(carried(env)?.version).toBe(2);
    env.log.reset();
    choose(env, '1AuthoringVersionTwo00000000000000000abcdef');
    expect(lastSidebar(env).lead).toBe(T.current(setLabel(v2)));
    expect(env.log.count('Sheets', 'Spreadsheets.batchUpdate')).toBe(0);
  });

  it('moves to a version that lost a row: the row is gone from the sheet (cleared), its value listed after the earlier ones', () => {
    const env = templateWithTestSet();
    typeInto(env, 'BM8_3', 1);
    typeInto(env, 'BM8_1', 50);
    const v2: FormSetDef = { ...TEST_SET, version: 2, forms: TEST_SET.forms.map((f) => (f.number === 8 ? { ...f, rows: FORM_8.rows.filter((r) => r.key !== '3') } : f)) };
    choose(env, shareAuthoring(env, v2, '1AuthoringVersionTwo00000000000000000abcdef'));
    const sheet = env.ss.sheet('Biểu mẫu 8');
    const texts = sheet.computedValues().flat().map(String);
    expect(texts).not.toContain(FORM_8.rows.find((r) => r.key === '3')!.label);
    expect(valueOf(env, 'BM8_1')).toBe(50);
    expect(env.ss.nameCell('BM8_3')).toBeNull();
    const kept = env.ss.sheet(FORMSET_TEXT.option.orphansSheet).computedValues().slice(2).map((r) => r.slice(0, 4));
    expect(kept).toEqual([[8, '3', FORM_8.rows.find((r) => r.key === '3')!.label, 1]]);
    // The old last row, below the new table: no value, no format and no rule left (a computed cell's guard or a list's dropdown), as in a fresh file.
    const rows = buildWorkbookPlan(null, sheetSetOf(v2).catalogue).sheets.find((s) => s.name === 'Biểu mẫu 8')!.rows;
    for (const c of ['A', 'B', 'C', 'D', 'E']) {
      const cell = sheet.cellAt(`${c}${rows + 1}`);
      expect({ at: `${c}${rows + 1}`, content: cell?.content ?? '', format: cell?.format, rule: cell?.validation ?? null }).toEqual({ at: `${c}${rows + 1}`, content: '', format: undefined, rule: null });
    }
  });

  it('moves the note on a named cell with its name (rows inserted above it), and leaves none behind on a dropped row', () => {
    const env = fakeEnv();
    layoutCommand(env);
    const noteOn = (name: string, text: string): void => {
      const at = env.ss.nameCell(name)!;
      const { row, col } = parseCellAddress(at.a1);
      at.sheet.cell(row - 1, col - 1).note = text;
    };
    const noteAt = (sheet: string, a1: string): string | undefined => env.ss.sheet(sheet).cellAt(a1)?.note;
    // BM1_3_1 sits below 2.2, where the test set inserts two rows.
    noteOn('BM1_3_1', 'Lấy từ báo cáo Quý I năm 2026. Giá trị: 5');
    const old = env.ss.nameCell('BM1_3_1')!.a1;
    env.log.reset();
    choose(env, shareAuthoring(env, TEST_SET));
    expect(env.log.count('Sheets', 'Spreadsheets.batchUpdate')).toBe(1);
    const now = env.ss.nameCell('BM1_3_1')!.a1;
    expect(now).not.toBe(old);
    expect(noteAt('Biểu mẫu 1', now)).toBe('Lấy từ báo cáo Quý I năm 2026. Giá trị: 5');
    expect(noteAt('Biểu mẫu 1', old) ?? '').toBe('');

    // A row the next version drops: its note does not stay on the row that takes its place.
    noteOn('BM8_3', 'Ghi chú của dòng 3');
    const dropped = env.ss.nameCell('BM8_3')!.a1;
    const v2: FormSetDef = { ...TEST_SET, version: 2, forms: TEST_SET.forms.map((f) => (f.number === 8 ? { ...f, rows: FORM_8.rows.filter((r) => r.key !== '3') } : f)) };
    choose(env, shareAuthoring(env, v2, '1AuthoringVersionTwo00000000000000000abcdef'));
    expect(noteAt('Biểu mẫu 8', dropped) ?? '').toBe('');
    expect(noteAt('Biểu mẫu 1', env.ss.nameCell('BM1_3_1')!.a1)).toBe('Lấy từ báo cáo Quý I năm 2026. Giá trị: 5');
  });

  it('lays out a set of many more rows with the same service calls: constant in the number of rows', () => {
    const calls = (set: FormSetDef): string[] => {
      const env = fakeEnv();
      layoutCommand(env);
      const link = shareAuthoring(env, set);
      env.log.reset();
      choose(env, link);
      expect(env.app.ui.alerts).toEqual([]);
      return env.log.calls.map((c) => `${c.service}:${c.method}`);
    };
    const many: FormSetDef = {
      ...TEST_SET,
      forms: TEST_SET.forms.map((f) =>
        f.number !== 8
          ? f
          : { ...f, rows: [...f.rows, ...Array.from({ length: 300 }, (_, i) => ({ key: `9.${i + 1}`, stt: `9.${i + 1}.`, label: `Chỉ tiêu thêm ${i + 1}`, unit: 'Hồ sơ', kind: 'count' as const, required: false }))] },
      ),
    };
    expect(calls(many)).toEqual(calls(TEST_SET));
    // Kiểm tra of the spreadsheet carrying either set: the same calls too.
    const checkCalls = (set: FormSetDef): string[] => {
      const env = fakeEnv();
      layoutCommand(env);
      choose(env, shareAuthoring(env, set));
      env.log.reset();
      checkCommand(env);
      return env.log.calls.map((c) => `${c.service}:${c.method}`);
    };
    expect(checkCalls(many)).toEqual(checkCalls(TEST_SET));
  });
});

describe('a template carrying its set', () => {
  it('choosing the built-in set again (its export, unedited) removes Bộ biểu mẫu and lays the seven forms out', () => {
    const env = templateWithTestSet();
    choose(env, shareAuthoring(env, BUILTIN_SET, '1AuthoringBuiltinSet000000000000000000abcdef'));
    expect(env.app.ui.alerts).toEqual([]);
    expect(carried(env)).toBeNull();
    const names = env.ss.sheets.map((s) => s.name);
    expect(names).not.toContain(CARRIED_SET_SHEET);
    expect(names).not.toContain('Biểu mẫu 8');
    expect(names).toContain('Biểu mẫu 5');
    expect(lastSidebar(env).lead).toBe(T.chosen(setLabel(TEST_SET), setLabel(BUILTIN_SET), 0));
  });

  it('Lấy số liệu kỳ trước reads the previous report and carries its rows by the set both carry', () => {
    // The province's set keeps Biểu mẫu 8's row 1 from one period to the next.
    const standing: FormSetDef = {
      ...TEST_SET,
      forms: TEST_SET.forms.map((f) => (f.number === 8 ? { ...f, rows: f.rows.map((r) => (r.key === '1' ? { ...r, across: 'standing' as const } : r)) } : f)),
    };
    const env = fakeEnv();
    layoutCommand(env);
    choose(env, shareAuthoring(env, standing));
    expect(env.app.ui.alerts).toEqual([]);
    const q1 = testSetData('Hòa Phong', 1);
    const previousId = '1PreviousReportOfTheSet00000000000000abcdef';
    env.app.others.set(previousId, communeSpreadsheet(env.log, previousId, { ...q1, meta: { ...q1.meta, period: 'Q1', year: 2026 } }, sheetSetOf(standing).catalogue));
    env.app.ui.answers.push({ text: linkOf(previousId), button: 'OK' });
    carryPreviousCommand(env);
    expect(env.app.ui.alerts).toEqual([]);
    expect(valueOf(env, 'BM8_1')).toBe(10);
  });


  it('Lập biểu mẫu, Kiểm tra and Tạo báo cáo follow it; the sidebar names it', () => {
    const env = templateWithTestSet();
    layoutCommand(env);
    expect(env.ss.sheets.map((s) => s.name)).toContain('Biểu mẫu 8');
    expect(canonical(carried(env))).toBe(canonical(TEST_SET));
    // The set's rule across forms: more files digitised than received is an error at Biểu mẫu 8's cell.
    typeInto(env, 'BM8_1', 10);
    typeInto(env, definedName(7, '6.7.1'), 5);
    checkCommand(env);
    const p = lastSidebar(env);
    expect(p.formSet).toBe(`Bộ biểu mẫu: ${TEST_SET.name}, phiên bản 1.`);
    expect(p.findings?.some((f) => f.severity === 'error' && f.cell?.startsWith("'Biểu mẫu 8'!"))).toBe(true);
    reportCommand(env);
    expect(lastSidebar(env).formSet).toBe(`Bộ biểu mẫu: ${TEST_SET.name}, phiên bản 1.`);
  });

  it('Tạo báo cáo writes the set\'s own sentences (its rewritten I.1 and the sentence of its Biểu mẫu 8)', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, buildWorkbookPlan(testSetData('Hòa Phong', 1), TEST_CATALOGUE));
    reportCommand(env);
    expect(env.app.ui.alerts).toEqual([]);
    expect(lastSidebar(env).formSet).toBe(`Bộ biểu mẫu: ${TEST_SET.name}, phiên bản 1.`);
    expect(env.documents.docs).toHaveLength(1);
    const text = env.documents.docs[0]!.body.plainText();
    expect(text).toContain('(theo bộ biểu mẫu thử nghiệm)');
    expect(text).toContain('đã số hóa 10 hồ sơ, trong đó 04 hồ sơ được tái sử dụng');
  });

  it('a commune\'s copy (File › Make a copy) carries the set: its check and layout follow it', () => {
    const template = templateWithTestSet();
    const commune = fakeEnv({ spreadsheetId: 'copy-of-template' });
    template.ss.copyInto(commune.ss);
    expect(canonical(carried(commune))).toBe(canonical(TEST_SET));
    expect(commune.ss.sheet(CARRIED_SET_SHEET).hidden).toBe(true);
    layoutCommand(commune);
    expect(commune.app.ui.alerts).toEqual([]);
    expect(commune.ss.sheets.map((s) => s.name)).toContain('Biểu mẫu 8');
    typeInto(commune, 'BM8_1', 10);
    typeInto(commune, definedName(7, '6.7.1'), 5);
    checkCommand(commune);
    const p = lastSidebar(commune);
    expect(p.formSet).toBe(`Bộ biểu mẫu: ${TEST_SET.name}, phiên bản 1.`);
    expect(p.findings?.some((f) => f.severity === 'error' && f.cell?.startsWith("'Biểu mẫu 8'!"))).toBe(true);
  });

  it('a set carried but edited by hand is one Vietnamese alert naming it', () => {
    const env = templateWithTestSet();
    const part = env.ss.nameCell('CCHC_FORMSET_1')!;
    part.sheet.cellAt(part.a1)!.content = '{"id":"thu-nghiem"}';
    typeInto(env, 'BM8_1', 10);
    checkCommand(env);
    expect(env.app.ui.alerts.at(-1)?.prompt).toBe(`${FORMSET_TEXT.carried.damaged('thu-nghiem')} ${T.damagedHint}`);
    // The cure the alert names: the set chosen again, the values kept.
    choose(env, shareAuthoring(env, TEST_SET, '1AuthoringAgain000000000000000000000abcdef'));
    expect(canonical(carried(env))).toBe(canonical(TEST_SET));
    expect(valueOf(env, 'BM8_1')).toBe(10);
  });
});

/** The sample commune as data of the test set: no Biểu mẫu 5, Biểu mẫu 8 filled (within Biểu mẫu 7's files). */
function testSetData(name: string, k: number): ReportData {
  const base = communeData(name, k);
  const { '5': _five, ...forms } = base.forms as Record<string, unknown>;
  return { ...base, forms: { ...forms, '8': { '1': 10 * k, '1.1': 4 * k, '3': 1 } } } as ReportData;
}

describe('Tổng hợp by the office\'s own set', () => {
  it('totals communes of the set and rejects a commune of another set, naming it and counting it among the rejected', () => {
    const env = templateWithTestSet();
    env.remote.set(communeId(1), communeSpreadsheet(env.log, communeId(1), testSetData('Xã Một', 1), TEST_CATALOGUE));
    env.remote.set(communeId(2), communeSpreadsheet(env.log, communeId(2), testSetData('Xã Hai', 2), TEST_CATALOGUE));
    // A commune that kept the built-in template: no Bộ biểu mẫu sheet.
    env.remote.set(communeId(3), communeSpreadsheet(env.log, communeId(3), communeData('Xã Ba', 1)));
    consolidateCommand(env, { now: env.clock.now });
    // Each row names the commune its spreadsheet is of: the communes expected are the list's (expectedCommunes).
    fillUnitList(env, ['Xã Một', 'Xã Hai', 'Xã Ba'].map((name, i) => [name, linkOf(communeId(i + 1))] as const));
    consolidateCommand(env, { now: env.clock.now });
    const p = lastSidebar(env);
    expect(p.formSet).toBe(`Bộ biểu mẫu: ${TEST_SET.name}, phiên bản 1.`);
    expect(p.lead).toBe(GAS_TEXT.district.done(2, 3));
    expect(p.summary).toBe(GAS_TEXT.district.rejected(1));
    expect(p.findings?.map((f) => f.message)).toEqual([`Xã Ba: ${AGGREGATE_TEXT.grouping.otherSet(setLabel(BUILTIN_SET), setLabel(TEST_SET))}`]);
    // The set's own form is totalled: Biểu mẫu 8 beside the copy's own sheets, 10 + 20 files.
    expect(env.ss.sheets.map((s) => s.name)).toContain('TH Biểu mẫu 8');
    expect(env.ss.sheets.map((s) => s.name)).not.toContain('TH Biểu mẫu 5');
    const th8 = env.ss.sheet('TH Biểu mẫu 8').computedValues().flat();
    expect(th8).toContain(30);
    // The copy's own carried set is the only one: no "TH Bộ biểu mẫu".
    expect(env.ss.sheets.filter((s) => s.name.includes(CARRIED_SET_SHEET)).map((s) => s.name)).toEqual([CARRIED_SET_SHEET]);
  });

  it('draws the set\'s own key ratios as Tổng hợp\'s native charts, and the Doc report takes their pictures', () => {
    const env = templateWithTestSet();
    for (let i = 1; i <= 3; i++) env.remote.set(communeId(i), communeSpreadsheet(env.log, communeId(i), testSetData(`Xã Thử ${i}`, i), TEST_CATALOGUE));
    consolidateCommand(env, { now: env.clock.now });
    fillUnitList(env, [1, 2, 3].map((i) => [`Xã Thử ${i}`, linkOf(communeId(i))] as const));
    consolidateCommand(env, { now: env.clock.now });
    const titles = env.ss.sheet(AGGREGATE_TEXT.groupingSheet).charts.map((c) => c.title);
    // Biểu mẫu 8's ratio is the test set's key ratio alone: the built-in set has no Biểu mẫu 8.
    const own = TEST_CATALOGUE.row(8, '2');
    expect(own?.kind).toBe('ratio');
    expect(titles.some((t) => t.includes(own?.keyRatioName ?? own?.label ?? '?'))).toBe(true);
    expect(titles).toHaveLength(TEST_CATALOGUE.keyRatios.length);
    districtReportCommand(env, () => new Date(Date.UTC(2026, 6, 10, 3, 0)));
    const paras = (env.documents.docs[0]?.body.children ?? []).filter((c): c is FakeParagraph => c instanceof FakeParagraph);
    expect(paras.filter((p) => p.images.length > 0)).toHaveLength(titles.length);
    expect(paras.some((p) => p.text === titles.find((t) => t.includes(own?.keyRatioName ?? own?.label ?? '?')))).toBe(true);
  });

  it('the built-in template rejects a commune of the province\'s set, naming the set (its identity read from its own sheet)', () => {
    const env = fakeEnv();
    layoutCommand(env);
    env.remote.set(communeId(1), communeSpreadsheet(env.log, communeId(1), communeData('Xã Một', 1)));
    env.remote.set(communeId(2), communeSpreadsheet(env.log, communeId(2), testSetData('Xã Hai', 2), TEST_CATALOGUE));
    consolidateCommand(env, { now: env.clock.now });
    fillUnitList(env, ['Xã Một', 'Xã Hai'].map((name, i) => [name, linkOf(communeId(i + 1))] as const));
    consolidateCommand(env, { now: env.clock.now });
    const p = lastSidebar(env);
    expect(p.lead).toBe(GAS_TEXT.district.done(1, 2));
    expect(p.findings?.map((f) => f.message)).toEqual([`Xã Hai: ${AGGREGATE_TEXT.grouping.otherSet(setLabel(TEST_SET), setLabel(BUILTIN_SET))}`]);
  });

  it('reads each commune of the set in one Sheets API call, its sheets and its Bộ biểu mẫu together', () => {
    const env = templateWithTestSet();
    for (let i = 1; i <= 4; i++) env.remote.set(communeId(i), communeSpreadsheet(env.log, communeId(i), testSetData(`Xã Thử ${i}`, i), TEST_CATALOGUE));
    consolidateCommand(env, { now: env.clock.now });
    fillUnitList(env, [1, 2, 3, 4].map((i) => [`Xã Thử ${i}`, linkOf(communeId(i))] as const));
    env.log.reset();
    consolidateCommand(env, { now: env.clock.now });
    expect(lastSidebar(env).lead).toBe(GAS_TEXT.district.done(4, 4));
    // One read per commune, one for the list, one for the layout's own read; the office's set is read by SpreadsheetApp.
    expect(env.log.count('Sheets', 'Spreadsheets.get')).toBe(4 + 2);
  });
});
