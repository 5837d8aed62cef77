// The Office.js layout adapter against the recording double: what it writes, that typed values survive, and its three syncs.
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import type { SheetPlan, WorkbookPlan } from '../../../src/core/layout/types';
import { applyWorkbookPlan, ExcelTooOldError, type LayoutDeps } from '../../../src/hosts/excel/apply-plan';
import { messageOf } from '../../../src/hosts/pane/pane-controller';
import { apiAtLeast, cellValue, fakeExcel, MAX_ROW_POINTS, newState, typeInto } from './fake-excel';
import { readWorkbookValues } from '../../../src/core/read/read-workbook';
import { parseReportData } from '../../../src/core/data/schema';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')));
if (!parsed.ok) throw new Error('sample');
const sample = parsed.data;
import { TYPED_TEXTS } from '../../fixtures/typed-texts';

const deps: LayoutDeps = { buildPlan: buildWorkbookPlan, readData: () => null, supports: () => true };

const addressOf = (name: string): { sheet: string; cell: string } => {
  for (const s of buildWorkbookPlan(null).sheets) {
    const n = s.names.find((x) => x.name === name);
    if (n) return { sheet: s.name, cell: n.cell };
  }
  throw new Error(`no name ${name}`);
};

describe('applyWorkbookPlan', () => {
  it('lays out a fresh workbook in three syncs: sheets in order, names, formulas, protection, events restored', async () => {
    const { state, asExcel } = fakeExcel();
    const result = await applyWorkbookPlan(asExcel, deps);
    const plan = buildWorkbookPlan(null);

    expect(state.syncs).toBe(3);
    expect(result.sheets).toBe(plan.sheets.length);
    expect(result.created).toEqual(plan.sheets.map((s) => s.name));
    expect(state.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    for (const sheet of plan.sheets) {
      for (const n of sheet.names) expect(state.names.get(n.name)).toEqual({ sheet: sheet.name, cell: n.cell });
      expect(state.sheets.find((s) => s.name === sheet.name)?.protected).toBe(sheet.protect);
    }
    // The ratio of Biểu mẫu 1 row 2 is a formula, its parts are unlocked inputs, its label is locked.
    const bm1 = state.sheets.find((s) => s.name === 'Biểu mẫu 1');
    const ratio = addressOf('BM1_2');
    const part = addressOf('BM1_2_2');
    expect(bm1?.cells.get(ratio.cell)?.formula).toMatch(/^=/);
    expect(bm1?.cells.get(part.cell)?.locked).toBe(false);
    expect(bm1?.cells.get('B5')?.locked).toBe(true);
    expect(bm1?.cells.get('B5')?.value).toBe(plan.sheets[1]?.values[4]?.[1]);
    expect(bm1?.merges).toEqual(expect.arrayContaining(plan.sheets[1]?.merges ?? []));
    // Bulk: one formulas write per sheet, calculation suspended, events off during the write and back on after.
    expect(state.log.filter((l) => l.startsWith('formulas ')).length).toBe(plan.sheets.length);
    expect(state.log).toContain('suspendCalculation');
    expect(state.log).toContain('suspendScreenUpdating');
    expect(state.log).toContain('enableEvents=false');
    expect(state.log[state.log.length - 1]).toBe('enableEvents=true');
    expect(state.enableEvents).toBe(true);
  });

  it('writes every cell of a sheet in Times New Roman 12, titles in their own size, as the .xlsx writer and Sheets do', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps);
    const bm1 = state.sheets.find((s) => s.name === 'Biểu mẫu 1')!;
    const plan = buildWorkbookPlan(null).sheets.find((s) => s.name === 'Biểu mẫu 1')!;
    for (const a1 of ['A1', 'B5', 'D5', 'E5', `E${plan.rows}`]) expect(bm1.cells.get(a1)?.fontName).toBe('Times New Roman');
    expect(bm1.cells.get('B5')?.fontSize).toBe(12);
    expect(bm1.cells.get('A1')?.fontSize).toBe(13);
  });

  it('Lập biểu mẫu over a very long typed text: its row is at most 409 points high (Excel refuses more, failing the whole batch)', async () => {
    const { state, asExcel } = fakeExcel();
    const reading: LayoutDeps = { ...deps, readData: (values) => readWorkbookValues(values).data };
    // The sample commune's workbook, so that the header reads and the next layout follows it.
    await applyWorkbookPlan(asExcel, { ...deps, buildPlan: () => buildWorkbookPlan(sample) });
    const basis = addressOf('TTC_basis');
    // A pasted decision, some 5,000 characters: about 80 wrapped lines.
    const text = 'Căn cứ Kế hoạch số 45/KH-UBND ngày 08/01/2026 của Ủy ban nhân dân tỉnh về cải cách hành chính; '.repeat(50);
    typeInto(state, basis.sheet, basis.cell, text);
    const before = state.syncs;
    await applyWorkbookPlan(asExcel, reading);
    expect(state.syncs - before).toBe(3);
    expect(cellValue(state, basis.sheet, basis.cell)).toBe(text);
    const row = `${basis.cell.replace(/^[A-Z]+/, '')}:${basis.cell.replace(/^[A-Z]+/, '')}`;
    expect(state.sheets.find((s) => s.name === basis.sheet)?.rowHeights.get(row)).toBe(MAX_ROW_POINTS);
  });

  it('re-applied over a filled, protected workbook keeps every typed value (named, header and notes) and re-protects', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps);

    const done = addressOf('BM1_2_2');
    const unit = addressOf('TTC_unit');
    typeInto(state, done.sheet, done.cell, 27);
    typeInto(state, 'Biểu mẫu 2', addressOf('BM2_1_3').cell, 'Văn bản');
    typeInto(state, unit.sheet, unit.cell, 'Hòa Phong');
    typeInto(state, 'Biểu mẫu 1', 'E7', 'ghi chú của xã');
    const before = state.syncs;
    const unprotectsBefore = state.sheets.map((s) => s.unprotectCalls).reduce((a, b) => a + b, 0);

    const result = await applyWorkbookPlan(asExcel, deps);

    expect(state.syncs - before).toBe(3);
    expect(result.created).toEqual([]);
    expect(result.kept).toBe(4);
    expect(cellValue(state, done.sheet, done.cell)).toBe(27);
    expect(cellValue(state, 'Biểu mẫu 2', addressOf('BM2_1_3').cell)).toBe('Văn bản');
    expect(cellValue(state, unit.sheet, unit.cell)).toBe('Hòa Phong');
    expect(cellValue(state, 'Biểu mẫu 1', 'E7')).toBe('ghi chú của xã');
    // The double refuses writes to a protected sheet, so reaching here means unprotect → write → protect.
    const unprotects = state.sheets.map((s) => s.unprotectCalls).reduce((a, b) => a + b, 0) - unprotectsBefore;
    expect(unprotects).toBe(buildWorkbookPlan(null).sheets.filter((s) => s.protect).length);
    expect(state.sheets.every((s) => s.protected)).toBe(true);
    // Names already in place are left alone.
    expect(state.log.filter((l) => l.startsWith('deleteName')).length).toBe(0);
  });

  it('the double parses a written string as Excel does, unless it is quoted or the cell is text', async () => {
    const { state, context, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps);
    const count = addressOf('BM2_1_3');
    const unit = addressOf('TTC_unit');
    const ws = asExcel.workbook.worksheets;
    ws.getItem(count.sheet).protection.unprotect();
    ws.getItem(unit.sheet).protection.unprotect();
    ws.getItem(count.sheet).getRange(count.cell).formulas = [['1.234']];
    ws.getItem(count.sheet).getRange('E5').formulas = [["'1.234"]];
    ws.getItem(unit.sheet).getRange(unit.cell).formulas = [['1.234']];
    await context.sync();
    expect(cellValue(state, count.sheet, count.cell)).toBe(1234);
    expect(cellValue(state, count.sheet, 'E5')).toBe("'1.234"); // Ghi chú is a text cell: kept as written
    expect(cellValue(state, unit.sheet, unit.cell)).toBe('1.234');
  });

  it('re-applied, keeps as text every text a person typed, in number cells and in text cells alike', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps);
    const typed = TYPED_TEXTS;
    for (const [name, text] of Object.entries(typed)) {
      const at = addressOf(name);
      typeInto(state, at.sheet, at.cell, text);
    }
    const before = state.syncs;

    const result = await applyWorkbookPlan(asExcel, deps);

    expect(state.syncs - before).toBe(3);
    expect(result.kept).toBe(Object.keys(typed).length);
    for (const [name, text] of Object.entries(typed)) {
      const at = addressOf(name);
      const cell = state.sheets.find((s) => s.name === at.sheet)?.cells.get(at.cell);
      expect({ name, value: cell?.value, formula: cell?.formula }).toEqual({ name, value: text, formula: undefined });
    }
    // Numbers stay numbers.
    const done = addressOf('BM1_2_2');
    typeInto(state, done.sheet, done.cell, 27);
    await applyWorkbookPlan(asExcel, deps);
    expect(cellValue(state, done.sheet, done.cell)).toBe(27);
  });

  it('finds a value by its name after rows were inserted, and puts it and the name back in the plan position', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps);
    const whole = addressOf('BM1_2_1');
    const sheet = state.sheets.find((s) => s.name === whole.sheet);
    if (!sheet) throw new Error('no sheet');
    // A person inserted rows: the name now points 3 rows lower, where the value sits.
    sheet.cells.set('D30', { value: 40, locked: false });
    state.names.set('BM1_2_1', { sheet: whole.sheet, cell: 'D30' });

    await applyWorkbookPlan(asExcel, deps);

    expect(cellValue(state, whole.sheet, whole.cell)).toBe(40);
    expect(state.names.get('BM1_2_1')).toEqual(whole);
    expect(state.log).toContain('deleteName BM1_2_1');
  });

  it('finds a note by its Ghi chú name after rows were inserted, and puts it back beside its value', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps);
    const note = addressOf('GC1_2_1');
    expect(note).toEqual({ sheet: 'Biểu mẫu 1', cell: 'E7' });
    const sheet = state.sheets.find((s) => s.name === note.sheet);
    if (!sheet) throw new Error('no sheet');
    sheet.cells.set('E31', { value: 'Kế hoạch điều chỉnh tháng 4', locked: false });
    state.names.set('GC1_2_1', { sheet: note.sheet, cell: 'E31' });

    const result = await applyWorkbookPlan(asExcel, deps);

    expect(result.kept).toBe(1);
    expect(cellValue(state, note.sheet, 'E7')).toBe('Kế hoạch điều chỉnh tháng 4');
    expect(state.names.get('GC1_2_1')).toEqual(note);
    expect(state.log).toContain('deleteName GC1_2_1');
  });

  it('upgrades a workbook laid out before Ghi chú cells were named: notes kept by position, names added, still three syncs', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps);
    for (const name of [...state.names.keys()]) if (name.startsWith('GC')) state.names.delete(name);
    typeInto(state, 'Biểu mẫu 1', 'E7', 'ghi chú cũ');
    typeInto(state, 'Biểu mẫu 1', 'E9', 'dòng mục');
    typeInto(state, 'Biểu mẫu 7', addressOf('BM7_1').cell, 1);
    const before = state.syncs;

    const result = await applyWorkbookPlan(asExcel, deps);

    expect(state.syncs - before).toBe(3);
    expect(result.kept).toBe(3);
    expect(cellValue(state, 'Biểu mẫu 1', 'E7')).toBe('ghi chú cũ');
    expect(cellValue(state, 'Biểu mẫu 1', 'E9')).toBe('dòng mục'); // row 3, a section
    expect(cellValue(state, 'Biểu mẫu 7', addressOf('BM7_1').cell)).toBe(1);
    expect(state.names.get('GC1_2_1')).toEqual({ sheet: 'Biểu mẫu 1', cell: 'E7' });
    expect(state.names.get('GC1_3')).toEqual({ sheet: 'Biểu mẫu 1', cell: 'E9' });
  });

  it('passes what it read to the planner, so header-dependent layout follows the data', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps);
    const seen: Record<string, unknown>[] = [];
    await applyWorkbookPlan(asExcel, {
      ...deps,
      readData: (values) => {
        seen.push(values);
        return null;
      },
    });
    expect(seen).toHaveLength(1);
    expect(Object.keys(seen[0] ?? {})).toEqual(expect.arrayContaining(['TTC_unit', 'BM1_2_1', 'BM7_6_8_2']));
    expect(state.syncs).toBe(6);
  });

  it('runs on an older Excel: every member past the host\u2019s ExcelApi set is gated, still three syncs, values kept', async () => {
    // Runtime.enableEvents is ExcelApi 1.8, NamedItem.formula 1.7, suspendApiCalculationUntilNextSync 1.6
    // (Excel JavaScript API reference); an ungated one fails the whole batch with ApiNotFound.
    for (const version of ['1.4', '1.6', '1.7', '1.8', '1.9']) {
      const state = newState();
      state.excelApi = version;
      const { asExcel } = fakeExcel(state);
      const older: LayoutDeps = { ...deps, supports: (v) => apiAtLeast(version, v) };
      await applyWorkbookPlan(asExcel, older);
      const done = addressOf('BM1_2_2');
      typeInto(state, done.sheet, done.cell, 21);
      const result = await applyWorkbookPlan(asExcel, older);
      expect({ version, syncs: state.syncs, kept: result.kept, value: cellValue(state, done.sheet, done.cell) }).toEqual({ version, syncs: 6, kept: 1, value: 21 });
      expect(state.names.get('BM1_2_2')).toEqual(done);
      expect(state.sheets.every((s) => s.protected)).toBe(true);
      expect(state.log.includes('suspendCalculation')).toBe(apiAtLeast(version, '1.6'));
      expect(state.log.includes('enableEvents=false')).toBe(apiAtLeast(version, '1.8'));
    }
  });

  it('refuses, with a Vietnamese message and no sync, an Excel too old to hold defined names (ExcelApi 1.3)', async () => {
    const state = newState();
    state.excelApi = '1.3';
    const { asExcel } = fakeExcel(state);
    const old: LayoutDeps = { ...deps, supports: (v) => apiAtLeast('1.3', v) };
    await expect(applyWorkbookPlan(asExcel, old)).rejects.toThrow(ExcelTooOldError);
    await expect(applyWorkbookPlan(asExcel, old)).rejects.toThrow(/Phiên bản Excel này quá cũ/);
    expect(state.syncs).toBe(0);
    expect(state.sheets).toHaveLength(0);
    // The pane shows the message as it is, not as an unexpected error.
    expect(messageOf(new ExcelTooOldError())).toBe(new ExcelTooOldError().message);
  });

  it('the double fails an ungated call as Excel does (ApiNotFound), and a block of the wrong shape (InvalidArgument)', async () => {
    const state = newState();
    state.excelApi = '1.7';
    const { context, asExcel } = fakeExcel(state);
    asExcel.runtime.load('enableEvents');
    await expect(context.sync()).rejects.toThrow(/ApiNotFound.*1\.8/);
    state.excelApi = '1.20';
    asExcel.workbook.worksheets.add('X');
    asExcel.workbook.worksheets.getItem('X').getRange('A1:B2').values = [[1, 2]];
    await expect(context.sync()).rejects.toThrow(/InvalidArgument/);
  });

  it('writes print title rows as whole absolute rows, the form setPrintTitleRows takes', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps);
    const titled = buildWorkbookPlan(null).sheets.filter((s) => s.print.printTitleRows);
    expect(titled.length).toBeGreaterThan(0);
    for (const sheet of titled) {
      const logged = state.log.find((l) => l.startsWith(`printTitleRows ${sheet.name}=`));
      expect(logged).toMatch(/=\$\d+:\$\d+$/);
    }
  });

  it('a failing write (a sheet protected with a password) leaves events on and every sheet it opened protected again', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, deps);
    const locked = state.sheets.find((s) => s.name === 'Biểu mẫu 3')!;
    locked.password = true;
    const unprotectsBefore = state.sheets.map((s) => s.unprotectCalls);
    await expect(applyWorkbookPlan(asExcel, deps)).rejects.toThrow(/password/);
    // The batch stopped at Biểu mẫu 3: the sheets before it had been opened, and are protected again.
    const opened = state.sheets.filter((s, i) => s.unprotectCalls > (unprotectsBefore[i] ?? 0));
    expect(opened.map((s) => s.name)).toEqual(expect.arrayContaining(['Biểu mẫu 1', 'Biểu mẫu 2']));
    const plan = buildWorkbookPlan(null);
    for (const sheet of plan.sheets) expect({ sheet: sheet.name, protected: state.sheets.find((s) => s.name === sheet.name)?.protected }).toEqual({ sheet: sheet.name, protected: sheet.protect });
    expect(state.enableEvents).toBe(true);
    expect(state.log.at(-1)).toMatch(/^protect /);
  });

  it('uses three syncs whatever the number of rows', async () => {
    const tall = (rows: number): WorkbookPlan => {
      const sheet: SheetPlan = {
        name: 'Dài',
        rows,
        columns: 2,
        values: Array.from({ length: rows }, (_, r) => [`dòng ${r + 1}`, null]),
        formulas: Array.from({ length: rows }, () => [null, null]),
        numberFormats: Array.from({ length: rows }, () => ['@', '0']),
        merges: [],
        columnWidths: [10, 10],
        styles: [],
        inputs: [`B1:B${rows}`],
        validations: [],
        names: Array.from({ length: rows }, (_, r) => ({ name: `X_${r + 1}`, cell: `B${r + 1}` })),
        protect: true,
        print: { paperSize: 'A4', orientation: 'portrait', fitToWidth: true, margins: { top: 1, bottom: 1, left: 1, right: 1 } },
      };
      return { templateVersion: '1', sheets: [sheet] };
    };
    for (const rows of [5, 500]) {
      const { state, asExcel } = fakeExcel();
      const d: LayoutDeps = { ...deps, buildPlan: () => tall(rows) };
      await applyWorkbookPlan(asExcel, d);
      typeInto(state, 'Dài', `B${rows}`, 7);
      await applyWorkbookPlan(asExcel, d);
      expect(state.syncs).toBe(6);
      expect(cellValue(state, 'Dài', `B${rows}`)).toBe(7);
    }
  });
});
