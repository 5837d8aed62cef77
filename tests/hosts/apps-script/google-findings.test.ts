// Where real Google differs from the first fakes (issue 11): each finding through fakes that now model the documented behaviour.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import * as fs from 'fs';
import * as path from 'path';
import type { ReportData } from '../../../src/core/data/types';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { applyWorkbookPlan } from '../../../src/hosts/apps-script/apply-plan';
import { checkCommand, reportCommand } from '../../../src/hosts/apps-script/commands';
import { MARK_COLORS } from '../../../src/hosts/apps-script/mark-findings';
import { readNamedValues } from '../../../src/hosts/apps-script/read-named-values';
import { GAS_TEXT } from '../../../src/core/i18n/messages';
import { fakeEnv, PROPERTY_VALUE_LIMIT } from './fakes/fake-env';
import type { FakeEnv, FakeEnvOptions } from './fakes/fake-env';
import { midnightIn } from './fakes/fake-spreadsheet';
import { sidebarPayload } from './sidebar-payload';

const EXAMPLE: ReportData = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8'));

function filled(options: FakeEnvOptions = {}): FakeEnv {
  const env = fakeEnv(options);
  applyWorkbookPlan(env, env.ss, buildWorkbookPlan(EXAMPLE));
  return env;
}

function at(env: FakeEnv, name: string) {
  const found = env.ss.nameCell(name);
  if (!found) throw new Error(`thiếu tên ${name}`);
  return { ...found, type: (v: unknown) => found.sheet.type(found.a1, v), cell: () => found.sheet.cell(...rc(found.a1)) };
}

function rc(a1: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]) - 1, col - 1];
}

describe('report folder the user may not write to', () => {
  it('puts the Doc and the .docx in the user\'s My Drive, shows both links and says where', () => {
    const env = filled({ folderWritable: false });
    reportCommand(env);
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.documents.docs).toHaveLength(1);
    const doc = env.documents.docs[0]!;
    expect(env.drive.files.get(doc.id)?.parent?.id).toBe('root');
    const docx = env.drive.root.files.find((f) => f.name.endsWith('.docx'));
    expect(docx).toBeDefined();
    const p = sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());
    expect(p.links?.map((l) => l.url)).toEqual([doc.url(), docx!.getUrl()]);
    expect(p.lead).toContain(GAS_TEXT.reportInMyDrive);
  });
});

describe('marks', () => {
  it('never turn an unfilled cell into an explicit white fill', () => {
    const env = filled();
    const bm1 = env.ss.sheet('Biểu mẫu 1');
    const unfilledBefore = [...bm1.cells.entries()].filter(([, c]) => !c.background).map(([k]) => k);
    expect(unfilledBefore.length).toBeGreaterThan(10);
    at(env, 'BM1_2_2').type(50);
    checkCommand(env);
    expect(at(env, 'BM1_2_2').cell().background).toBe(MARK_COLORS.error);
    at(env, 'BM1_2_2').type(27);
    checkCommand(env);
    const white = [...bm1.cells.entries()].filter(([, c]) => c.background === '#ffffff').map(([k]) => k);
    expect(white).toEqual([]);
    expect(unfilledBefore.filter((k) => bm1.cells.get(k)?.background)).toEqual([]);
  });

  it('keep the record to restore long notes when it outgrows one 9 KB property', () => {
    const env = filled();
    const names = ['BM1_2_2', 'BM2_1_3', 'BM3_3_3_2', 'BM1_3_2_1'];
    const long = (i: number): string => `Ghi chú dài số ${i}: ${'số liệu đã đối chiếu với sổ theo dõi của văn phòng. '.repeat(60)}`;
    names.forEach((n, i) => (at(env, n).cell().note = long(i)));
    expect(names.map((_, i) => long(i)).join('').length * 2).toBeGreaterThan(PROPERTY_VALUE_LIMIT);
    const originals = names.map((n) => at(env, n).cell().content);
    const fills = names.map((n) => at(env, n).cell().background ?? null);
    names.forEach((n) => at(env, n).type('chữ'));
    checkCommand(env);
    expect(env.app.ui.alerts).toEqual([]);
    names.forEach((n) => expect(at(env, n).cell().background).toBe(MARK_COLORS.error));
    names.forEach((n, i) => at(env, n).type(originals[i]));
    checkCommand(env);
    expect(env.app.ui.alerts).toEqual([]);
    names.forEach((n, i) => expect({ n, note: at(env, n).cell().note, bg: at(env, n).cell().background ?? null }).toEqual({ n, note: long(i), bg: fills[i] }));
  });
});

describe('dates', () => {
  it('are read in the spreadsheet\'s time zone, not the script\'s', () => {
    // UTC+14: midnight there is the previous day in every other zone a script could run in.
    const env = filled({ timeZone: 'Pacific/Kiritimati' });
    at(env, 'TTC_date').type(midnightIn('Pacific/Kiritimati', 2026, 6, 8));
    expect(readNamedValues(env, env.ss).byName.TTC_date).toBe('08/06/2026');
  });

  it('stamp the report\'s name in the spreadsheet\'s time zone', () => {
    const env = filled({ timeZone: 'Asia/Tokyo' });
    reportCommand(env, () => new Date(Date.UTC(2026, 5, 8, 15, 30)));
    expect(env.documents.docs[0]!.name).toMatch(/\(2026-06-09 00:30\)$/);
  });
});

describe('layout that would stop half-way', () => {
  const plan = buildWorkbookPlan(null);
  const snapshot = (env: FakeEnv) => ({
    sheets: env.ss.sheets.map((s) => s.name),
    names: env.ss.namedRanges.length,
    merges: env.ss.sheets.map((s) => s.merges.length),
  });

  it('refuses before changing anything when someone else protected a range on a form sheet', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, plan);
    env.ss.currentUser = 'colleague@example.com';
    env.ss.sheet('Biểu mẫu 3').protectRange('D8:D9');
    env.ss.currentUser = 'staff@example.com';
    const before = snapshot(env);
    env.log.reset();
    expect(() => applyWorkbookPlan(env, env.ss, plan)).toThrow(GAS_TEXT.rangesProtectedByOthers(['Biểu mẫu 3']));
    expect(env.log.count('Sheets', 'Spreadsheets.batchUpdate')).toBe(0);
    expect(env.log.count('SpreadsheetApp', 'Range.setValues')).toBe(0);
    expect(snapshot(env)).toEqual(before);
  });

  it('names a #REF! name that blocks the layout and leaves the workbook as it was', () => {
    const env = fakeEnv();
    env.ss.brokenNames = ['BM2_1_3'];
    const before = snapshot(env);
    expect(() => applyWorkbookPlan(env, env.ss, plan)).toThrow(GAS_TEXT.namesBroken(['BM2_1_3']));
    expect(snapshot(env)).toEqual(before);
    expect(env.ss.sheets.map((s) => s.name)).toEqual(['Trang tính1']);
  });

  it('asks for every #REF! name at once: Sheets names only the first, and one deleted name per run would take a run per name', () => {
    const env = fakeEnv();
    // A deleted sheet leaves every name of it at #REF! (the fake's deleteSheet): Sheets refuses the layout at the first.
    const [first, second, third] = plan.sheets.find((p) => p.name === 'Biểu mẫu 2')!.names.map((n) => n.name);
    env.ss.brokenNames = [first!, second!, third!];
    expect(() => applyWorkbookPlan(env, env.ss, plan)).toThrow(GAS_TEXT.namesBroken([first!]));
    expect(GAS_TEXT.namesBroken([first!])).toContain('và mọi tên vùng khác đang trỏ tới #REF!');
    // Deleting only the name told, the clerk is refused again for the next one …
    env.ss.brokenNames = [second!, third!];
    expect(() => applyWorkbookPlan(env, env.ss, plan)).toThrow(GAS_TEXT.namesBroken([second!]));
    // … and deleting every #REF! name, as the message asks, the layout runs.
    env.ss.brokenNames = [];
    expect(() => applyWorkbookPlan(env, env.ss, plan)).not.toThrow();
  });

  it('applies the plan\'s frozen rows and row heights', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, plan);
    const withFreeze = plan.sheets.filter((p) => (p.freezeRows ?? 0) > 0);
    expect(withFreeze.length).toBeGreaterThan(0);
    for (const p of withFreeze) expect({ sheet: p.name, frozen: env.ss.sheet(p.name).frozenRows }).toEqual({ sheet: p.name, frozen: p.freezeRows });
    const withHeights = plan.sheets.filter((p) => (p.rowHeights ?? []).length > 0);
    expect(withHeights.length).toBeGreaterThan(0);
    for (const p of withHeights) {
      for (const { row, height } of p.rowHeights ?? []) expect(env.ss.sheet(p.name).rowHeights.get(row - 1)).toBe(Math.round((height * 96) / 72));
    }
  });
});

describe("the owner's copy: computed cells", () => {
  it('refuse a number typed over them, for the owner (whom protection never binds) and everyone else', () => {
    const env = filled();
    const ratio = at(env, 'BM1_2');
    const formula = ratio.cell().formula;
    expect(formula).toMatch(/^=/);
    for (const user of [env.ss.owner, 'staff@example.com', 'colleague@example.com']) {
      env.ss.currentUser = user;
      expect(() => ratio.type(99)).toThrow(/vi phạm quy tắc xác thực/);
      expect(ratio.cell().formula).toBe(formula);
    }
  });

  it('that lost their formula (pasted over) are a finding, and Lập biểu mẫu puts formula and rule back', () => {
    const env = filled();
    env.ss.currentUser = env.ss.owner;
    const ratio = at(env, 'BM1_2');
    const formula = ratio.cell().formula;
    const value = ratio.sheet.valueAt(ratio.a1);
    ratio.sheet.paste(ratio.a1, value); // the same number: no value rule can tell
    checkCommand(env);
    const p = sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());
    const f = p.findings?.find((x) => x.cell === `'Biểu mẫu 1'!${ratio.a1}`);
    expect(f).toEqual({ severity: 'warning', label: 'cảnh báo', cell: `'Biểu mẫu 1'!${ratio.a1}`, message: GAS_TEXT.formulaOverwritten(BUILTIN_CATALOGUE.row(1, '2')!.label) });

    applyWorkbookPlan(env, env.ss, buildWorkbookPlan(null));
    expect(ratio.cell().formula).toBe(formula);
    expect(() => ratio.type(1)).toThrow(/vi phạm quy tắc xác thực/);
    checkCommand(env);
    const after = sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());
    expect(after.findings?.filter((x) => x.cell === `'Biểu mẫu 1'!${ratio.a1}`)).toEqual([]);
  });

  it('can be emptied with Delete, which their rule does not stop, as Sheets accepts it', () => {
    const env = filled();
    const ratio = at(env, 'BM1_2');
    expect(() => ratio.sheet.deleteContent(ratio.a1)).not.toThrow();
    expect(ratio.cell().formula).toBeUndefined();
    expect(ratio.sheet.valueAt(ratio.a1)).toBe('');
    expect(() => ratio.type('')).not.toThrow();
  });

  it('emptied or pasted over get their formulas and rules back from Tạo báo cáo, in one Sheets API batch, before the report is made', () => {
    const env = filled();
    env.ss.currentUser = env.ss.owner;
    const ratio = at(env, 'BM1_2');
    const total = at(env, 'BM2_1');
    const formulas = [ratio.cell().formula, total.cell().formula];
    const sum = total.sheet.valueAt(total.a1);
    ratio.sheet.deleteContent(ratio.a1);
    total.sheet.paste(total.a1, 999); // a stale number the report would carry
    env.log.reset();
    reportCommand(env);
    expect([ratio.cell().formula, total.cell().formula]).toEqual(formulas);
    expect(total.sheet.valueAt(total.a1)).toBe(sum);
    expect(() => total.type(1)).toThrow(/vi phạm quy tắc xác thực/);
    expect(env.log.count('Sheets', 'Spreadsheets.batchUpdate')).toBe(1);
    const p = sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());
    const cells = [`'Biểu mẫu 1'!${ratio.a1}`, `'Biểu mẫu 2'!${total.a1}`];
    expect(p.lead?.startsWith(GAS_TEXT.formulasRestored(cells))).toBe(true);
    expect(p.findings?.filter((f) => cells.includes(f.cell ?? ''))).toEqual([]);
    expect(env.documents.docs).toHaveLength(1);
  });

  it('that a user the protection leaves out cannot put back: Tạo báo cáo refuses, listing the cells, and creates nothing', () => {
    const env = filled();
    env.ss.currentUser = env.ss.owner;
    const total = at(env, 'BM2_1');
    total.sheet.paste(total.a1, 999);
    env.ss.currentUser = 'colleague@example.com';
    reportCommand(env);
    expect(env.documents.docs).toHaveLength(0);
    expect(total.cell().formula).toBeUndefined();
    const p = sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());
    expect(p.lead).toBe(GAS_TEXT.formulasNotRestored([`'Biểu mẫu 2'!${total.a1}`]));
    expect(p.findings?.map((f) => f.cell)).toEqual([`'Biểu mẫu 2'!${total.a1}`]);
  });
});
