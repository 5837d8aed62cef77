// Layout through the fakes: what is written, protection, kept entries, and service calls that do not grow with the rows.
import * as fs from 'fs';
import * as path from 'path';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import type { SheetPlan, WorkbookPlan } from '../../../src/core/layout/types';
import { applyWorkbookPlan } from '../../../src/hosts/apps-script/apply-plan';
import { fakeEnv } from './fakes/fake-env';
import type { FakeEnv } from './fakes/fake-env';
import { sheetsNameProblem } from './fakes/fake-spreadsheet';
import { TYPED_TEXTS } from '../../fixtures/typed-texts';
import { GAS_TEXT } from '../../../src/core/i18n/messages';
import { parseCellAddress } from '../../../src/core/layout/a1';
import { HyperFormula } from 'hyperformula';

function nameCell(env: FakeEnv, name: string): { sheet: string; a1: string } {
  const at = env.ss.nameCell(name);
  if (!at) throw new Error(`thiếu tên ${name}`);
  return { sheet: at.sheet.name, a1: at.a1 };
}

function typeInto(env: FakeEnv, name: string, v: unknown): void {
  const at = env.ss.nameCell(name);
  if (!at) throw new Error(`thiếu tên ${name}`);
  at.sheet.type(at.a1, v);
}

function valueOf(env: FakeEnv, name: string): unknown {
  const at = env.ss.nameCell(name);
  if (!at) throw new Error(`thiếu tên ${name}`);
  return at.sheet.valueAt(at.a1);
}

describe('applyWorkbookPlan with the real plan', () => {
  const plan = buildWorkbookPlan(null);

  it('creates the sheets in contract order, before any other sheet', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, plan);
    expect(env.ss.sheets.map((s) => s.name)).toEqual([
      'Thông tin chung',
      'Biểu mẫu 1',
      'Biểu mẫu 2',
      'Biểu mẫu 3',
      'Biểu mẫu 4',
      'Biểu mẫu 5',
      'Biểu mẫu 6',
      'Biểu mẫu 7',
      'Thuyết minh',
      'Trang tính1',
    ]);
  });

  it('defines every named cell of the plan where the plan puts it', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, plan);
    const expected = plan.sheets.flatMap((s) => s.names.map((n) => ({ name: n.name, sheet: s.name, a1: n.cell })));
    expect(expected.length).toBeGreaterThan(100);
    for (const e of expected) expect(nameCell(env, e.name)).toEqual({ sheet: e.sheet, a1: e.a1 });
    expect(nameCell(env, 'BM1_2_1').sheet).toBe('Biểu mẫu 1');
    expect(nameCell(env, 'BM6_0').sheet).toBe('Biểu mẫu 6');
  });

  it('writes the table and formulas that compute as the core does (HyperFormula evaluates the fake)', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, plan);
    const sheet = env.ss.sheet('Biểu mẫu 1');
    const header = plan.sheets.find((s) => s.name === 'Biểu mẫu 1')!;
    const headerRow = header.values.findIndex((row) => row[0] === 'STT');
    expect(sheet.valueAt(`B${headerRow + 1}`)).toBe('Chỉ tiêu thống kê');
    expect(valueOf(env, 'BM1_2')).toBe('');
    typeInto(env, 'BM1_2_1', 37);
    typeInto(env, 'BM1_2_2', 21);
    expect(valueOf(env, 'BM1_2')).toBe(56.8);
    typeInto(env, 'BM1_3_2_1', 0);
    typeInto(env, 'BM1_3_2_2', 0);
    expect(valueOf(env, 'BM1_3_2')).toBe('');
    typeInto(env, 'BM2_1_1', 1);
    typeInto(env, 'BM2_1_3', 2);
    expect(valueOf(env, 'BM2_1')).toBe(3);
  });

  it('writes each formula with the separators of the spreadsheet’s locale: ";" in Vietnam’s (the fake’s default), "," in en_US; both compute', () => {
    for (const locale of ['vi_VN', 'en_US'] as const) {
      const env = fakeEnv();
      env.ss.locale = locale;
      applyWorkbookPlan(env, env.ss, plan);
      const ratio = env.ss.nameCell('BM1_2')!;
      const formula = ratio.sheet.cellAt(ratio.a1)?.formula ?? '';
      expect(formula).toMatch(/^=IF\(/);
      expect(formula.includes(';')).toBe(locale === 'vi_VN');
      expect(formula.includes(',')).toBe(locale === 'en_US');
      typeInto(env, 'BM1_2_1', 37);
      typeInto(env, 'BM1_2_2', 21);
      expect(valueOf(env, 'BM1_2')).toBe(56.8);
      typeInto(env, 'BM2_1_1', 1);
      typeInto(env, 'BM2_1_3', 2);
      expect(valueOf(env, 'BM2_1')).toBe(3);
    }
  });

  it('puts validations with Vietnamese help text on input cells, and on computed cells a rule that takes only a formula', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, plan);
    const count = env.ss.nameCell('BM1_2_1')!;
    const v = count.sheet.cellAt(count.a1)?.validation;
    expect(v?.spec.criteria).toBe('CUSTOM_FORMULA');
    expect(v?.spec.args).toEqual([`=(INT(${count.a1})=${count.a1})*(${count.a1}>=0)=1`]);
    expect(v?.spec.allowInvalid).toBe(false);
    expect(v?.spec.helpText).toMatch(/số/i);
    const code = env.ss.nameCell('BM1_5_2')!;
    expect(code.sheet.cellAt(code.a1)?.validation?.spec).toMatchObject({ criteria: 'ONE_OF_LIST', args: ['0', '1', '2'] });
    const pct = env.ss.nameCell('BM4_1_1')!;
    expect(pct.sheet.cellAt(pct.a1)?.validation?.spec).toMatchObject({ criteria: 'NUMBER_BETWEEN', args: ['0', '100'] });
    const ratio = env.ss.nameCell('BM1_2')!;
    expect(ratio.sheet.cellAt(ratio.a1)?.validation?.spec).toEqual({
      criteria: 'CUSTOM_FORMULA',
      args: [`=ISFORMULA(${ratio.a1})`],
      allowInvalid: false,
      helpText: GAS_TEXT.computedCellHelp,
    });
  });

  it('refuses in a count, the year and a date cell what Excel and the .xlsx refuse: a fraction, a number below 0 or outside 2000–2100, text, a date text over 10 characters', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, plan);
    /** What the cell's rule, a strict CUSTOM_FORMULA, says of `typed` in that cell: HyperFormula evaluates the formula as Sheets would. */
    const accepts = (name: string, typed: number | string): boolean => {
      const at = env.ss.nameCell(name)!;
      const spec = at.sheet.cellAt(at.a1)?.validation?.spec;
      expect(spec).toMatchObject({ criteria: 'CUSTOM_FORMULA', allowInvalid: false });
      const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
      const sheet = hf.getSheetId(hf.addSheet('S'))!;
      const { row, col } = parseCellAddress(at.a1);
      hf.setCellContents({ sheet, row: row - 1, col: col - 1 }, typed);
      hf.setCellContents({ sheet, row: 0, col: 30 }, String(spec?.args[0]));
      const out = hf.getCellValue({ sheet, row: 0, col: 30 });
      hf.destroy();
      return out === true;
    };
    expect([3, 0, 2.5, -1, 'ba'].map((x) => accepts('BM1_2_1', x))).toEqual([true, true, false, false, false]);
    expect([2026, 2026.5, 1999, 2101].map((x) => accepts('TTC_year', x))).toEqual([true, false, false, false]);
    expect(['08/06/2026', '8/6/2026', 'ngày 08/06/2026'].map((x) => accepts('TTC_date', x))).toEqual([true, true, false]);
  });

  it('protects each form sheet: only inputs open, editors reduced to owner and current user, not warning-only', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, plan);
    for (const sp of plan.sheets.filter((s) => s.protect)) {
      const sheet = env.ss.sheet(sp.name);
      expect(sheet.protections).toHaveLength(1);
      const p = sheet.protections[0]!;
      expect(p.warningOnly).toBe(false);
      expect(p.domainEdit).toBe(false);
      expect([...p.editors].sort()).toEqual([env.ss.owner, env.ss.currentUser].sort());
      expect(p.unprotected).toEqual(sp.inputs);
    }
    const bm1 = env.ss.sheet('Biểu mẫu 1');
    const input = env.ss.nameCell('BM1_2_1')!.a1;
    const ratio = env.ss.nameCell('BM1_2')!.a1;
    expect(bm1.canEdit('colleague@example.com', input)).toBe(true);
    expect(bm1.canEdit('colleague@example.com', ratio)).toBe(false);
    expect(bm1.canEdit('colleague@example.com', 'B5')).toBe(false);
    expect(bm1.canEdit(env.ss.owner, ratio)).toBe(true);
  });

  it('re-running keeps every entered value, named or in Ghi chú, and replaces the old protection', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, plan);
    typeInto(env, 'BM1_2_1', 37);
    typeInto(env, 'BM2_1_3', 'Văn bản');
    typeInto(env, 'TTC_unit', 'Hòa Phong');
    typeInto(env, 'TM_IV', 'Tiếp tục rà soát thủ tục.');
    const at = env.ss.nameCell('BM1_2_1')!;
    const note = `E${at.a1.slice(1)}`;
    at.sheet.type(note, 'số liệu của văn phòng');
    const result = applyWorkbookPlan(env, env.ss, plan);
    expect(result.kept).toBe(5);
    expect(valueOf(env, 'BM1_2_1')).toBe(37);
    expect(valueOf(env, 'BM2_1_3')).toBe('Văn bản');
    expect(valueOf(env, 'TTC_unit')).toBe('Hòa Phong');
    expect(valueOf(env, 'TM_IV')).toBe('Tiếp tục rà soát thủ tục.');
    expect(at.sheet.valueAt(note)).toBe('số liệu của văn phòng');
    expect(env.ss.sheet('Biểu mẫu 1').protections).toHaveLength(1);
    expect(env.ss.namedRanges.filter((n) => n.name === 'BM1_2_1')).toHaveLength(1);
  });

  it('re-running finds a note by its Ghi chú name after rows moved, and puts it back beside its value', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, plan);
    expect(nameCell(env, 'GC1_2_1')).toEqual({ sheet: 'Biểu mẫu 1', a1: 'E7' });
    const nr = env.ss.namedRanges.find((n) => n.name === 'GC1_2_1')!;
    nr.range = { ...nr.range, startRowIndex: 30, endRowIndex: 31 };
    env.ss.sheet('Biểu mẫu 1').type('E31', 'Kế hoạch điều chỉnh tháng 4');

    const result = applyWorkbookPlan(env, env.ss, plan);

    expect(result.kept).toBe(1);
    expect(nameCell(env, 'GC1_2_1')).toEqual({ sheet: 'Biểu mẫu 1', a1: 'E7' });
    expect(valueOf(env, 'GC1_2_1')).toBe('Kế hoạch điều chỉnh tháng 4');
    expect(env.ss.namedRanges.filter((n) => n.name === 'GC1_2_1')).toHaveLength(1);
  });

  it('upgrades a spreadsheet laid out before Ghi chú cells were named: notes kept by position, names added', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, plan);
    env.ss.namedRanges = env.ss.namedRanges.filter((n) => !n.name.startsWith('GC'));
    const bm1 = env.ss.sheet('Biểu mẫu 1');
    bm1.type('E7', 'ghi chú cũ');
    bm1.type('E9', 'dòng mục');

    const result = applyWorkbookPlan(env, env.ss, plan);

    expect(result.kept).toBe(2);
    expect(nameCell(env, 'GC1_2_1')).toEqual({ sheet: 'Biểu mẫu 1', a1: 'E7' });
    expect(valueOf(env, 'GC1_2_1')).toBe('ghi chú cũ');
    expect(nameCell(env, 'GC1_3')).toEqual({ sheet: 'Biểu mẫu 1', a1: 'E9' }); // row 3, a section
    expect(valueOf(env, 'GC1_3')).toBe('dòng mục');
  });

  it('the fake parses typed strings as Sheets does: a number cell takes "1.234" as a number unless it is quoted', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, plan);
    typeInto(env, 'BM2_1_3', '1.234');
    expect(valueOf(env, 'BM2_1_3')).toBe(1234);
    typeInto(env, 'BM2_1_3', "'1.234");
    expect(valueOf(env, 'BM2_1_3')).toBe('1.234');
    typeInto(env, 'TTC_unit', '1.234');
    expect(valueOf(env, 'TTC_unit')).toBe('1.234');
  });

  it('re-running keeps as text every text a person typed, in number cells and in text cells alike', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, plan);
    // Typed with an apostrophe where the cell would otherwise parse it, as a person must in Sheets.
    const typed = TYPED_TEXTS;
    for (const [name, text] of Object.entries(typed)) {
      const at = env.ss.nameCell(name)!;
      typeInto(env, name, at.sheet.cellAt(at.a1)?.format === '@' ? text : `'${text}`);
      expect({ name, value: valueOf(env, name) }).toEqual({ name, value: text });
    }
    env.log.reset();

    const result = applyWorkbookPlan(env, env.ss, plan);

    expect(result.kept).toBe(Object.keys(typed).length);
    for (const [name, text] of Object.entries(typed)) {
      const at = env.ss.nameCell(name)!;
      expect({ name, value: valueOf(env, name), formula: at.sheet.cellAt(at.a1)?.formula }).toEqual({ name, value: text, formula: undefined });
    }
    // Numbers stay numbers.
    typeInto(env, 'BM1_2_2', 27);
    applyWorkbookPlan(env, env.ss, plan);
    expect(valueOf(env, 'BM1_2_2')).toBe(27);
  });

  it('every defined name of the plan follows the Sheets range-name rules', () => {
    const names = plan.sheets.flatMap((s) => s.names.map((n) => n.name));
    expect(names.filter((n) => sheetsNameProblem(n) !== null)).toEqual([]);
    // The fake refuses what Sheets refuses, so a plan name that looks like a cell would fail the layout.
    expect(['BM1', 'GC12', 'R1C1', 'rc', '1BM', 'true_1', 'BM 1', 'BM1.2', ''].map((n) => sheetsNameProblem(n) !== null)).toEqual(
      Array(9).fill(true),
    );
    expect(['BM1_2_1', 'GC1_2_1', 'TTC_unit', 'TM_II_2_a', 'CCHC_TEMPLATE_VERSION'].map(sheetsNameProblem)).toEqual(Array(5).fill(null));
  });

  it('re-running unmerges the whole sheet first, so a merge left beyond the plan area does not stop it', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, plan);
    const bm1 = env.ss.sheet('Biểu mẫu 1');
    const sp = plan.sheets.find((s) => s.name === 'Biểu mẫu 1')!;
    // A merge that crosses the plan's last row and column, as an older, larger layout could leave.
    bm1.merges.push({ sheetId: bm1.id, startRowIndex: sp.rows - 1, endRowIndex: sp.rows + 3, startColumnIndex: 0, endColumnIndex: sp.columns + 2 });
    expect(() => applyWorkbookPlan(env, env.ss, plan)).not.toThrow();
    expect(bm1.merges.every((m) => (m.endRowIndex ?? 0) <= sp.rows && (m.endColumnIndex ?? 0) <= sp.columns)).toBe(true);
  });

  it('stops with a Vietnamese message, before changing anything, when another person locked a sheet against the current user', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, plan);
    typeInto(env, 'BM1_2_1', 37);
    // The colleague re-ran the layout: only the owner and the colleague may edit Biểu mẫu 2 now.
    env.ss.sheet('Biểu mẫu 2').protections[0]!.editors = new Set([env.ss.owner, 'colleague@example.com']);
    env.log.reset();

    expect(() => applyWorkbookPlan(env, env.ss, plan)).toThrow(/không có quyền sửa trang đã khóa Biểu mẫu 2\./);

    expect(env.log.count('Sheets', 'Spreadsheets.batchUpdate')).toBe(0);
    expect(env.log.count('SpreadsheetApp', 'Range.setValues')).toBe(0);
    expect(env.log.count('SpreadsheetApp', 'Protection.remove')).toBe(0);
    expect(valueOf(env, 'BM1_2_1')).toBe(37);
  });

  it('keeps a typed dd/mm/yyyy date as text (formats are written before values)', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, plan);
    typeInto(env, 'TTC_date', '08/06/2026');
    applyWorkbookPlan(env, env.ss, plan);
    expect(valueOf(env, 'TTC_date')).toBe('08/06/2026');
  });
});

/** A sheet plan of `n` form rows shaped like the real ones: per-row names, inputs, validations, styles, borders. */
function syntheticSheet(name: string, n: number): SheetPlan {
  const rows = n + 4;
  const columns = 5;
  const values = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => (r >= 4 && c === 1 ? `Chỉ tiêu ${r}` : null)));
  const formulas = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => (r >= 4 && c === 3 && r % 5 === 0 ? `=IF(D${r + 2}=0,"",D${r + 1}/D${r + 2})` : null)));
  const inputRows = Array.from({ length: n }, (_, i) => i + 5).filter((r) => (r - 1) % 5 !== 0);
  return {
    name,
    rows,
    columns,
    values,
    formulas,
    numberFormats: Array.from({ length: rows }, () => Array.from({ length: columns }, () => 'General')),
    merges: ['A1:E1', 'A2:E2'],
    columnWidths: [6, 50, 14, 14, 20],
    styles: [
      { range: 'A1:E1', style: { bold: true, hAlign: 'center' } },
      { range: `A4:E${rows}`, style: { border: true } },
      ...inputRows.map((r) => ({ range: `D${r}`, style: { fill: '#FFF2CC' } })),
      ...Array.from({ length: n }, (_, i) => ({ range: `B${i + 5}`, style: { wrap: true, bold: i % 3 === 0 } })),
    ],
    inputs: [...inputRows.map((r) => `D${r}`), `E5:E${rows}`],
    validations: inputRows.map((r) => ({
      range: `D${r}`,
      rule: { type: 'whole' as const, min: 0 },
      allowBlank: true,
      promptTitle: 'Số nguyên',
      prompt: 'Nhập số nguyên không âm.',
      errorTitle: 'Sai kiểu',
      error: 'Chỉ nhập số nguyên không âm.',
    })),
    names: Array.from({ length: n }, (_, i) => ({ name: `X_${name.length}_${i}`, cell: `D${i + 5}` })),
    protect: true,
    print: { paperSize: 'A4', orientation: 'portrait', fitToWidth: true, margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59 } },
  };
}

function syntheticPlan(n: number): WorkbookPlan {
  return { templateVersion: '1', sheets: [syntheticSheet('A', n), syntheticSheet('BB', n)] };
}

function callsFor(plan: WorkbookPlan, rerun = false): FakeEnv['log']['calls'] {
  const env = fakeEnv();
  applyWorkbookPlan(env, env.ss, plan);
  if (rerun) {
    env.ss.sheet('A').type('D7', 5);
    env.log.reset();
    applyWorkbookPlan(env, env.ss, plan);
  }
  return env.log.calls;
}

describe('service calls', () => {
  it('do not grow with the rows: 10 rows and 400 rows cost the same, first run and re-run', () => {
    for (const rerun of [false, true]) {
      const small = callsFor(syntheticPlan(10), rerun);
      const large = callsFor(syntheticPlan(400), rerun);
      expect(large.length).toBe(small.length);
      expect(large.map((c) => `${c.service}:${c.method}`)).toEqual(small.map((c) => `${c.service}:${c.method}`));
    }
  });

  it('are a small constant: one Sheets API read and one batch for the whole workbook, then one setValues per sheet', () => {
    const calls = callsFor(syntheticPlan(400));
    expect(calls.filter((c) => c.service === 'Sheets').map((c) => c.method)).toEqual(['Spreadsheets.get', 'Spreadsheets.batchUpdate']);
    expect(calls.filter((c) => c.method === 'Range.setValues')).toHaveLength(2);
    // Formats, rules, borders and protection travel in the batch: no SpreadsheetApp call per block, no validation builder.
    // The sheet already there read (4 calls), the spreadsheet's id and time zone, then getRange and setValues per sheet.
    expect(calls.filter((c) => c.service === 'SpreadsheetApp').length).toBeLessThanOrEqual(11);
    expect(calls.filter((c) => c.service === 'DataValidation')).toHaveLength(0);
  });

  it('sends formats and computed-cell rules in the batch before the values, with nothing pending to land on the rules (no flush needed)', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, syntheticPlan(10));
    const calls = env.log.calls.map((c) => `${c.service}:${c.method}`);
    expect(calls.indexOf('Sheets:Spreadsheets.batchUpdate')).toBeLessThan(calls.indexOf('SpreadsheetApp:Range.setValues'));
    expect(calls.filter((c) => c === 'SpreadsheetApp:Range.setDataValidations' || c === 'SpreadsheetApp:flush')).toEqual([]);
    const kinds = new Set(env.ss.apiBatches.flat().map((r) => Object.keys(r)[0]));
    for (const k of ['updateCells', 'updateBorders', 'addProtectedRange', 'mergeCells', 'addNamedRange', 'updateDimensionProperties']) expect(kinds).toContain(k);
  });

  it('the real plan costs the same whether empty or filled from data', () => {
    const data = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8'));
    const empty = callsFor(buildWorkbookPlan(null));
    const filled = callsFor(buildWorkbookPlan(data));
    expect(filled.length).toBe(empty.length);
    expect(empty.filter((c) => c.service === 'Sheets')).toHaveLength(2);
  });
});
