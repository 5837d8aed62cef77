// "Lấy số liệu kỳ trước" in Sheets through the recording fakes: the previous spreadsheet by its link, standing rows carried and noted, formulas kept, calls counted.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import * as fs from 'fs';
import * as path from 'path';
import type { ReportData } from '../../../src/core/data/types';
import { definedName } from '../../../src/core/forms/catalogue';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { applyWorkbookPlan } from '../../../src/hosts/apps-script/apply-plan';
import { carryPreviousCommand, checkCommand } from '../../../src/hosts/apps-script/commands';
import { sidebarPayload } from './sidebar-payload';
import { runCheck } from '../../../src/hosts/apps-script/run-check';
import { fakeEnv, type FakeEnv } from './fakes/fake-env';
import { FakeSpreadsheet } from './fakes/fake-spreadsheet';
import { sheetsHolding } from './fakes/kept-spreadsheet';
import { parseReportData } from '../../../src/core/data/schema';
import { DAMAGE_TEXT, GAS_TEXT } from '../../../src/core/i18n/messages';
import { TEMPLATE_VERSION } from '../../../src/core/layout/names';
import { KNOWN_TEMPLATE_VERSIONS } from '../../../src/core/layout/template-versions';
import { keptDataPath, keptWorkbook, snapshotOf } from '../../fixtures/versions/kept-workbooks';

// Each test lays out, writes and reads back several whole workbooks: seconds apiece on a busy two-core machine.
jest.setTimeout(30_000);

const SAMPLE: ReportData = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8'));
const Q1: ReportData = { ...SAMPLE, meta: { ...SAMPLE.meta, period: 'Q1', year: 2026 } };
const Q1_ID = '1CarryQ1HoaPhong_2026-Q1';
const LINK = `https://docs.google.com/spreadsheets/d/${Q1_ID}/edit`;
const CARRIED = [...BUILTIN_CATALOGUE.standing, ...BUILTIN_CATALOGUE.yearPlan].map((r) => definedName(r.form, r.key));

/** An empty laid-out spreadsheet, and the commune's Q1 spreadsheet openable by LINK; the call log starts empty. */
function setup(previous: ReportData = Q1): FakeEnv {
  const env = fakeEnv();
  applyWorkbookPlan(env, env.ss, buildWorkbookPlan(null));
  const prev = new FakeSpreadsheet(env.log, Q1_ID);
  env.app.others.set(prev.id, prev);
  applyWorkbookPlan(env, prev, buildWorkbookPlan(previous));
  env.log.reset();
  return env;
}

function cell(env: FakeEnv, name: string): { content: unknown; note: string | undefined; formula: string | undefined } {
  const at = env.ss.nameCell(name)!;
  const c = at.sheet.cellAt(at.a1);
  return { content: c?.content, note: c?.note || undefined, formula: c?.formula };
}

function carry(env: FakeEnv, text = LINK, button: 'OK' | 'CANCEL' = 'OK'): void {
  env.app.ui.answers.push({ text, button });
  carryPreviousCommand(env);
}

describe('Lấy số liệu kỳ trước (Sheets)', () => {
  it('carries the standing and plan rows with a note each, the header with the new period, formulas untouched, in a bounded number of calls', () => {
    const env = setup();
    const formulaBefore = cell(env, 'BM7_6_4').formula;
    carry(env);
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.ss.toasts.at(-1)).toBe(`Đã lấy ${CARRIED.length} ô từ báo cáo Quý I năm 2026; mỗi ô có ghi chú để kiểm tra lại.`);
    for (const name of CARRIED) {
      const [form, ...key] = name.slice(2).split('_');
      expect([name, cell(env, name).content]).toEqual([name, Q1.forms[form as '1']?.[key.join('.')]]);
      expect(cell(env, name).note).toMatch(/^Lấy từ báo cáo kỳ trước \(Quý I năm 2026\)/);
    }
    // 2 Sheets API reads (previous, active) and, per sheet, at most 5 range calls: never one per cell.
    expect(env.log.count('Sheets')).toBe(2);
    expect(env.log.count('SpreadsheetApp', 'Range.setValues')).toBeLessThanOrEqual(7);
    expect(env.log.count('SpreadsheetApp', 'Range.setNotes')).toBeLessThanOrEqual(7);
    // Two whole-spreadsheet reads (one getValues per sheet each), then per changed sheet one block read and written once.
    expect(env.log.count('SpreadsheetApp', 'Range.getNotes')).toBe(7);
    // (each whole-spreadsheet read is a getValues and a getNumberFormats per sheet: a typed "90%" reads as 90)
    expect(env.log.count('SpreadsheetApp', 'Range.getNumberFormats')).toBe(env.log.count('SpreadsheetApp', 'Range.getValues') - 7);
    expect(env.log.count()).toBeLessThanOrEqual(150);
    expect(cell(env, 'BM3_3_3_1').content).toBe('');
    expect(cell(env, 'BM7_6_4').formula).toBe(formulaBefore);
    expect(formulaBefore).toBeTruthy();
    const check = runCheck(env, env.ss);
    expect(check.data?.meta).toMatchObject({ unit: 'Hòa Phong', period: 'H1', year: 2026 });
    expect(check.data?.meta.date).toBeUndefined();
  });

  it('Kiểm tra then warns against the period carried from: a plan changed since Q1 is named at its cell', () => {
    const env = setup();
    carry(env);
    const plan = env.ss.nameCell('BM1_2_1')!;
    plan.sheet.type(plan.a1, Number(Q1.forms['1']?.['2.1'] ?? 0) + 5);
    checkCommand(env);
    const payload = sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());
    const warned = (payload.findings ?? []).filter((f) => f.cell?.endsWith(`!${plan.a1}`) && f.severity === 'warning');
    expect(warned.map((f) => f.message)).toEqual([expect.stringMatching(/khác với 40 trong báo cáo quý I năm 2026/)]);
  });

  it('Kiểm tra removes the carry note of a cell edited since and keeps the others, in a bounded number of calls', () => {
    const env = setup();
    carry(env);
    const edited = env.ss.nameCell('BM3_1_1')!;
    edited.sheet.type(edited.a1, 160);
    expect(cell(env, 'BM3_1_1').note).toMatch(/^Lấy từ báo cáo kỳ trước/);
    env.log.reset();
    checkCommand(env);
    expect(cell(env, 'BM3_1_1').note).toBeUndefined();
    expect(cell(env, 'BM3_2_1').note).toMatch(/^Lấy từ báo cáo kỳ trước/);
    expect(env.log.count('SpreadsheetApp', 'Range.setNotes')).toBeLessThanOrEqual(1 + 9);
    // Without a carry in this spreadsheet, Kiểm tra reads no carry notes at all.
    const plain = fakeEnv();
    applyWorkbookPlan(plain, plain.ss, buildWorkbookPlan(Q1));
    plain.log.reset();
    checkCommand(plain);
    const withCarry = env.log.count('SpreadsheetApp', 'Range.getNotes');
    expect(plain.log.count('SpreadsheetApp', 'Range.getNotes')).toBeLessThan(withCarry);
  });

  it('Kiểm tra reads a carried percent retyped with its sign as the check reads it: the same value, the note kept, as a new carry keeps it', () => {
    const env = setup();
    carry(env);
    const pct = env.ss.nameCell('BM4_2_5')!;
    expect(cell(env, 'BM4_2_5').note).toMatch(/Số đã lấy: 10,5$/);
    // Sheets stores "10,5%" as 0.105 under a percent format; the check reads 10.5, the value carried.
    pct.sheet.type(pct.a1, '10,5%');
    expect([pct.sheet.valueAt(pct.a1), pct.sheet.cellAt(pct.a1)?.format]).toEqual([0.105, '0%']);
    checkCommand(env);
    expect(runCheck(env, env.ss).data?.forms['4']?.['2.5']).toBe(10.5);
    expect(cell(env, 'BM4_2_5').note).toMatch(/Số đã lấy: 10,5$/);
    carry(env);
    expect(env.ss.toasts.at(-1)).not.toContain('Đã xóa ghi chú');
    expect(cell(env, 'BM4_2_5').note).toMatch(/Số đã lấy: 10,5$/);
  });

  it('keeps a typed value and a person’s own note, clears the note of a carried cell edited since, in the same number of calls', () => {
    const env = setup();
    const typed = env.ss.nameCell('BM3_1_1')!;
    typed.sheet.type(typed.a1, 160);
    const own = env.ss.nameCell('BM3_2_1')!;
    own.sheet.cell(Number(own.a1.slice(1)) - 1, own.a1.charCodeAt(0) - 65).note = 'Theo Quyết định 12/QĐ-UBND';
    carry(env);
    const first = env.log.count();
    expect(cell(env, 'BM3_1_1')).toMatchObject({ content: 160, note: undefined });
    expect(cell(env, 'BM3_2_1')).toMatchObject({ content: 4, note: 'Theo Quyết định 12/QĐ-UBND' });

    const edited = env.ss.nameCell('BM7_6_4_1')!;
    edited.sheet.type(edited.a1, 71);
    env.log.reset();
    carry(env);
    expect(env.ss.toasts.at(-1)).toContain('Đã xóa ghi chú của 1 ô đã được sửa sau khi lấy.');
    expect(cell(env, 'BM7_6_4_1')).toMatchObject({ content: 71, note: undefined });
    expect(cell(env, 'BM7_6_4_2').note).toMatch(/Số đã lấy: 68$/);
    expect(env.log.count()).toBeLessThanOrEqual(first);
  });

  it('does nothing when the prompt is cancelled, and says so when the link does not open', () => {
    const env = setup();
    carry(env, LINK, 'CANCEL');
    expect(cell(env, 'BM3_1_1').content).toBe('');
    carry(env, 'https://docs.google.com/spreadsheets/d/khong-co/edit');
    expect(env.app.ui.alerts.at(-1)?.prompt).toMatch(/^Không mở được bảng tính từ đường liên kết này/);
  });

  it("refuses another commune's spreadsheet and a later period before writing anything", () => {
    const env = setup({ ...Q1, meta: { ...Q1.meta, unit: 'Thái Học' } });
    const unit = env.ss.nameCell('TTC_unit')!;
    unit.sheet.type(unit.a1, 'Hòa Phong');
    carry(env);
    expect(env.app.ui.alerts.at(-1)?.prompt).toBe('Báo cáo kỳ trước là của xã Thái Học, không phải của Hòa Phong: không lấy số liệu từ báo cáo của đơn vị khác.');
    expect(env.log.count('SpreadsheetApp', 'Range.setValues')).toBe(0);

    const later = setup({ ...Q1, meta: { ...Q1.meta, period: 'Y' } });
    const period = later.ss.nameCell('TTC_period')!;
    period.sheet.type(period.a1, 'Quý III');
    const year = later.ss.nameCell('TTC_year')!;
    year.sheet.type(year.a1, 2026);
    carry(later);
    expect(later.app.ui.alerts.at(-1)?.prompt).toMatch(/không trước kỳ đang lập \(Quý III năm 2026\)/);
    expect(cell(later, 'BM3_1_1').content).toBe('');
  });
});

describe('Lấy số liệu kỳ trước (Sheets) on a spreadsheet Kiểm tra refuses, or of an older template version', () => {
  /** The kept workbook's commune (Tân Lập, laid out for Q3 2025): its Q1 2025 report, openable by LINK from `env`. */
  function withPrevious(env: FakeEnv): FakeEnv {
    const parsed = parseReportData(JSON.parse(fs.readFileSync(keptDataPath(TEMPLATE_VERSION), 'utf8')));
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    const prev = new FakeSpreadsheet(env.log, Q1_ID);
    env.app.others.set(prev.id, prev);
    applyWorkbookPlan(env, prev, buildWorkbookPlan({ ...parsed.data, meta: { ...parsed.data.meta, period: 'Q1', year: 2025 } }));
    env.log.reset();
    return env;
  }
  const writes = (env: FakeEnv): number => env.log.count('SpreadsheetApp', 'Range.setValues') + env.log.count('SpreadsheetApp', 'Range.setNotes');

  it.each(KNOWN_TEMPLATE_VERSIONS.filter((v) => v !== TEMPLATE_VERSION))(
    'refuses a whole one of version %s before writing anything, asking to upgrade it first in the words Kiểm tra tells an older one with, then to choose the carry again',
    async (version) => {
      const env = withPrevious(sheetsHolding(snapshotOf(await keptWorkbook(version))));
      carry(env);
      // Not "damaged", and today's added names (which the carry would have filled) not listed as lost; not "check again".
      expect(env.app.ui.alerts.map((a) => a.prompt)).toEqual([`${DAMAGE_TEXT.olderTemplate(version, TEMPLATE_VERSION)} ${GAS_TEXT.damageHint.upgradeToCarry}`]);
      expect(GAS_TEXT.damageHint.upgradeToCarry).toBe('Chọn CCHC › Lập biểu mẫu để nâng cấp (số liệu đã nhập được giữ nguyên) rồi chọn lại CCHC › Lấy số liệu kỳ trước.');
      expect(writes(env)).toBe(0);
    },
  );

  it('carries into a whole one of today’s version (the kept workbook, whose cells are all filled: nothing left to fill)', async () => {
    const env = withPrevious(sheetsHolding(snapshotOf(await keptWorkbook(TEMPLATE_VERSION))));
    carry(env);
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.ss.toasts.at(-1)).toBe('Không có ô nào để lấy từ báo cáo Quý I năm 2025: các ô cần lấy đã có số liệu hoặc báo cáo đó để trống.');
  });

  it('refuses a damaged one in Kiểm tra’s words before writing anything', () => {
    const env = setup();
    const id = env.ss.namedRanges.find((n) => n.name === 'BM3_1_1')!.namedRangeId;
    env.Sheets.Spreadsheets.batchUpdate({ requests: [{ deleteNamedRange: { namedRangeId: id } }] }, env.ss.id);
    env.log.reset();
    carry(env);
    expect(writes(env)).toBe(0);
    checkCommand(env);
    expect(env.app.ui.alerts.map((a) => a.prompt)).toEqual([
      `${DAMAGE_TEXT.workbookDamaged([], ['BM3_1_1'])} ${GAS_TEXT.damageHint.repair}`,
      `${DAMAGE_TEXT.workbookDamaged([], ['BM3_1_1'])} ${GAS_TEXT.damageHint.repair}`,
    ]);
  });
});
