// Workbooks a person has damaged (names at #REF!, a form sheet deleted, renamed, renamed in another case, a name deleted): layout repairs them, check says what is missing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../../src/core/data/schema';
import type { ReportData } from '../../../src/core/data/types';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { applyWorkbookPlan, type LayoutDeps, type LayoutResult } from '../../../src/hosts/excel/apply-plan';
import { checkWorkbook, NotLaidOutError, WorkbookDamagedError } from '../../../src/hosts/excel/check-workbook';
import { MARK_FILL, markFindings } from '../../../src/hosts/excel/mark-findings';
import { messageOf } from '../../../src/hosts/pane/pane-controller';
import { cellValue, deleteSheet, fakeExcel, findSheet, newSheet, renameSheet, typeInto, type FakeState } from './fake-excel';

const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')));
if (!parsed.ok) throw new Error(parsed.problems.join('; '));
const sample: ReportData = parsed.data;
const plan = buildWorkbookPlan(null);
const deps: LayoutDeps = { buildPlan: buildWorkbookPlan, readData: () => null, supports: () => true };

const at = (name: string): { sheet: string; cell: string } => {
  for (const s of plan.sheets) {
    const n = s.names.find((x) => x.name === name);
    if (n) return { sheet: s.name, cell: n.cell };
  }
  throw new Error(`no name ${name}`);
};

/** The sample laid out, plus a few values typed by hand on several sheets; syncs counted from zero. */
async function filledWorkbook(): Promise<ReturnType<typeof fakeExcel>> {
  const excel = fakeExcel();
  await applyWorkbookPlan(excel.asExcel, { ...deps, buildPlan: () => buildWorkbookPlan(sample) });
  const { state } = excel;
  for (const [name, value] of [
    ['BM1_2_2', 27],
    ['BM2_1_3', 5],
    ['BM4_1_1', 11],
    ['BM5_1_1', 13],
    ['GC4_1_1', 'ghi chú biểu 4'],
  ] as const) {
    const where = at(name);
    typeInto(state, where.sheet, where.cell, value);
  }
  state.syncs = 0;
  state.log.length = 0;
  return excel;
}

/** Every plan name is a usable range at its plan cell, on the sheet of the plan's spelling. */
function expectLaidOut(state: FakeState): void {
  for (const sheet of plan.sheets) {
    expect(state.sheets.filter((s) => s.name.toLowerCase() === sheet.name.toLowerCase()).map((s) => s.name)).toEqual([sheet.name]);
    for (const n of sheet.names) expect({ name: n.name, target: state.names.get(n.name) }).toEqual({ name: n.name, target: { sheet: sheet.name, cell: n.cell } });
  }
  expect(state.sheets.slice(0, plan.sheets.length).map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
  expect(plan.sheets.every((s) => findSheet(state, s.name)?.protected)).toBe(true);
  expect(state.enableEvents).toBe(true);
}

/** After the repair, check reads the workbook cleanly in two syncs. */
async function expectChecks(excel: ReturnType<typeof fakeExcel>, unit: string | null = 'Hòa Phong'): Promise<void> {
  const before = excel.state.syncs;
  const check = await checkWorkbook(excel.asExcel, plan);
  expect(excel.state.syncs - before).toBe(2);
  expect(check.data?.meta.unit ?? null).toBe(unit);
}

/** "A form sheet copied, the original deleted, the copy renamed back": the names of the original are left at #REF!. */
function restoreFromCopy(state: FakeState, name: string): void {
  const original = findSheet(state, name)!;
  const copy = { ...newSheet(`${name} (2)`), cells: new Map([...original.cells].map(([a1, c]) => [a1, { ...c }])) };
  state.sheets.push(copy);
  deleteSheet(state, name);
  renameSheet(state, copy.name, name);
}

interface Case {
  readonly title: string;
  readonly damage: (state: FakeState) => void;
  /** What check reports as missing. */
  readonly missing: { readonly sheets: readonly string[]; readonly names: readonly string[]; readonly text: string };
  /** After the layout: its result and the workbook. */
  readonly repaired: (state: FakeState, result: LayoutResult) => void;
}

const BM2_NAMES = plan.sheets.find((s) => s.name === 'Biểu mẫu 2')!.names.map((n) => n.name);

const CASES: readonly Case[] = [
  {
    title: 'names at #REF! (a form sheet copied, the original deleted, the copy renamed back)',
    damage: (state) => {
      restoreFromCopy(state, 'Biểu mẫu 2');
      expect(BM2_NAMES.every((n) => state.names.get(n)?.broken)).toBe(true);
    },
    missing: { sheets: [], names: BM2_NAMES, text: 'Mất tên của 26 ô (tên bị xóa hoặc trỏ tới ô đã bị xóa): GC2_1, BM2_1, GC2_1_1, BM2_1_1, GC2_1_2 và 21 ô khác.' },
    repaired: (state, result) => {
      expect(result.created).toEqual([]);
      // Read by position: the same template version, and the names that would have told otherwise are gone.
      expect(cellValue(state, 'Biểu mẫu 2', at('BM2_1_3').cell)).toBe(5);
    },
  },
  {
    title: 'a deleted form sheet',
    damage: (state) => {
      deleteSheet(state, 'Biểu mẫu 4');
      expect(state.names.get('BM4_1_1')).toEqual({ sheet: 'Biểu mẫu 4', cell: at('BM4_1_1').cell, broken: true });
    },
    missing: { sheets: ['Biểu mẫu 4'], names: [], text: 'Sổ tính thiếu trang “Biểu mẫu 4” (đã bị xóa hoặc đổi tên).' },
    repaired: (state, result) => {
      expect(result.created).toEqual(['Biểu mẫu 4']);
      expect(cellValue(state, 'Biểu mẫu 4', at('BM4_1_1').cell)).toBe(''); // deleted with its sheet
    },
  },
  {
    title: 'a renamed form sheet',
    damage: (state) => {
      renameSheet(state, 'Biểu mẫu 4', 'BM4 cũ');
      expect(state.names.get('BM4_1_1')?.sheet).toBe('BM4 cũ'); // names follow a renamed sheet
    },
    missing: { sheets: ['Biểu mẫu 4'], names: [], text: 'Sổ tính thiếu trang “Biểu mẫu 4” (đã bị xóa hoặc đổi tên).' },
    repaired: (state, result) => {
      expect(result.created).toEqual([]);
      expect(result.renamed).toEqual(['BM4 cũ → Biểu mẫu 4']);
      expect(findSheet(state, 'BM4 cũ')).toBeUndefined();
      expect(cellValue(state, 'Biểu mẫu 4', at('BM4_1_1').cell)).toBe(11);
      expect(cellValue(state, 'Biểu mẫu 4', at('GC4_1_1').cell)).toBe('ghi chú biểu 4');
    },
  },
  {
    title: 'a name deleted by hand',
    damage: (state) => {
      state.names.delete('BM5_1_1');
      state.names.delete('GC4_1_1');
    },
    missing: { sheets: [], names: ['GC4_1_1', 'BM5_1_1'], text: 'Mất tên của 2 ô (tên bị xóa hoặc trỏ tới ô đã bị xóa): GC4_1_1, BM5_1_1.' },
    repaired: (state) => {
      expect(cellValue(state, 'Biểu mẫu 5', at('BM5_1_1').cell)).toBe(13);
      expect(cellValue(state, 'Biểu mẫu 4', at('GC4_1_1').cell)).toBe('ghi chú biểu 4');
    },
  },
  {
    title: 'every sheet of the template deleted',
    damage: (state) => {
      state.sheets.push(newSheet('Sheet1'));
      for (const sheet of plan.sheets) deleteSheet(state, sheet.name);
    },
    missing: { sheets: plan.sheets.map((s) => s.name), names: [], text: 'Sổ tính thiếu trang “Thông tin chung”, “Biểu mẫu 1”' },
    repaired: (state, result) => {
      expect(result.created).toEqual(plan.sheets.map((s) => s.name));
      expect(findSheet(state, 'Sheet1')).toBeDefined();
    },
  },
];

describe.each(CASES)('a damaged workbook: $title', ({ damage, missing, repaired }) => {
  it('check says in Vietnamese what is missing and to lay the forms out again, after one sync (two where the version cell is still there to read), never an Office error', async () => {
    const excel = await filledWorkbook();
    damage(excel.state);
    // The version cell, read in a second sync where its name still leads to a cell: a workbook of another version is not damaged.
    const version = excel.state.names.get('CCHC_TEMPLATE_VERSION');
    const versionReadable = version !== undefined && !version.broken && findSheet(excel.state, version.sheet) !== undefined;
    const error = await checkWorkbook(excel.asExcel, plan).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookDamagedError);
    const damaged = error as WorkbookDamagedError;
    expect({ sheets: damaged.missingSheets, names: damaged.brokenNames }).toEqual({ sheets: missing.sheets, names: missing.names });
    expect(damaged.message).toContain(missing.text);
    expect(damaged.message).toContain('Hãy bấm “Lập biểu mẫu” để lập lại biểu mẫu; số liệu đã nhập còn lại được giữ nguyên.');
    expect(messageOf(damaged)).toBe(damaged.message);
    expect(excel.state.syncs).toBe(versionReadable ? 2 : 1);
  });

  it('layout repairs it in three syncs, keeping every typed value that still exists; check then reads it cleanly', async () => {
    const excel = await filledWorkbook();
    const { state } = excel;
    damage(state);
    const result = await applyWorkbookPlan(excel.asExcel, deps);
    expect(state.syncs).toBe(3);
    expectLaidOut(state);
    // Values on the sheets left untouched.
    if (!missing.sheets.includes('Biểu mẫu 1')) expect(cellValue(state, 'Biểu mẫu 1', at('BM1_2_2').cell)).toBe(27);
    repaired(state, result);
    // With Thông tin chung deleted the header is gone too: check then finds it empty, as in a new workbook.
    await expectChecks(excel, missing.sheets.includes('Thông tin chung') ? null : 'Hòa Phong');
  });
});

describe('a damaged workbook, more', () => {
  it('a form sheet renamed in another case: Excel still finds it, so check reads it and marks on it', async () => {
    const excel = await filledWorkbook();
    const { state, asExcel } = excel;
    renameSheet(state, 'Biểu mẫu 1', 'biểu mẫu 1');
    const part = at('BM1_2_2');
    typeInto(state, 'biểu mẫu 1', part.cell, 50); // larger than its whole

    const check = await checkWorkbook(asExcel, plan);
    const finding = check.result.findings.find((f) => f.rule === 'part-exceeds-whole' && f.form === 1);
    expect(finding?.cell).toBe(`'biểu mẫu 1'!${part.cell}`);
    await markFindings(asExcel, plan, check.result.findings, check.protectedSheets);
    expect(findSheet(state, 'biểu mẫu 1')?.cells.get(part.cell)?.fill).toBe(MARK_FILL.error);
    expect(state.syncs).toBe(3);
  });

  it('a form sheet renamed in another case: layout spells it back (no ItemAlreadyExists) and keeps its values, in three syncs', async () => {
    const excel = await filledWorkbook();
    const { state, asExcel } = excel;
    renameSheet(state, 'Biểu mẫu 1', 'biểu mẫu 1');
    const result = await applyWorkbookPlan(asExcel, deps);
    expect(state.syncs).toBe(3);
    expect(result.created).toEqual([]);
    expect(result.renamed).toEqual(['biểu mẫu 1 → Biểu mẫu 1']);
    expectLaidOut(state);
    expect(cellValue(state, 'Biểu mẫu 1', at('BM1_2_2').cell)).toBe(27);
    await expectChecks(excel);
  });

  it('a name written again by hand in another case: layout finds it (Excel would refuse a second one) and spells it back', async () => {
    const excel = await filledWorkbook();
    const { state } = excel;
    const target = state.names.get('BM1_2_2')!;
    state.names.delete('BM1_2_2');
    state.names.set('bm1_2_2', target);

    await applyWorkbookPlan(excel.asExcel, deps);
    expect(state.syncs).toBe(3);
    expect(state.names.has('bm1_2_2')).toBe(false);
    expectLaidOut(state);
    expect(cellValue(state, 'Biểu mẫu 1', at('BM1_2_2').cell)).toBe(27);
  });

  it('names respelled in another case (by another tool, or by hand in the file): check reads every value as before, asking for each name as the workbook spells it', async () => {
    const untouched = await checkWorkbook((await filledWorkbook()).asExcel, plan);
    const excel = await filledWorkbook();
    const { state } = excel;
    for (const [name, target] of [...state.names]) {
      state.names.delete(name);
      state.names.set(name.toLowerCase(), target);
    }
    // NamedItemCollection.getItem "Gets a NamedItem object using its name"; the page says nothing of case
    // (https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditemcollection):
    // the host asks by the workbook's own spelling, as its index lists it, and never relies on the double's finding it whatever the case.
    const asked = jest.spyOn(excel.asExcel.workbook.names, 'getItem');
    const check = await checkWorkbook(excel.asExcel, plan);
    expect(state.syncs).toBe(2);
    expect(check.data).toEqual(untouched.data);
    expect(check.data?.forms['1']?.['2.2']).toBe(27);
    expect(check.result).toEqual(untouched.result);
    expect(asked).toHaveBeenCalled();
    for (const [name] of asked.mock.calls) expect([name, state.names.has(name)]).toEqual([name, true]);
  });

  it('a row deleted by hand (its name at #REF!, the names below moved up): each value goes back to its own row, none is kept twice', async () => {
    const excel = await filledWorkbook();
    const { state } = excel;
    const whole = at('BM1_2_1');
    const part = at('BM1_2_2');
    const sheet = findSheet(state, 'Biểu mẫu 1')!;
    // What Excel leaves after the row of BM1_2_1 is deleted: that name at #REF!, BM1_2_2 and its 27 one row up.
    state.names.set('BM1_2_1', { ...whole, broken: true });
    state.names.set('BM1_2_2', { sheet: 'Biểu mẫu 1', cell: whole.cell });
    sheet.cells.set(whole.cell, { value: 27, locked: false });

    const result = await applyWorkbookPlan(excel.asExcel, deps);
    expect(state.syncs).toBe(3);
    expectLaidOut(state);
    expect(cellValue(state, 'Biểu mẫu 1', part.cell)).toBe(27);
    expect(cellValue(state, 'Biểu mẫu 1', whole.cell)).toBe(''); // deleted with its row, not 27 again
    expect(result.kept).toBeGreaterThan(0);
  });

  it('a workbook holding nothing of the template is "not laid out", not damaged', async () => {
    const { state, asExcel } = fakeExcel();
    state.sheets.push(newSheet('Sheet1'));
    await expect(checkWorkbook(asExcel, plan)).rejects.toThrow(NotLaidOutError);
    expect(state.syncs).toBe(1);
  });
});
