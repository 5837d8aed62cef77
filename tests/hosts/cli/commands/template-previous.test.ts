// `cchc template --previous`: the round trip Q1 → H1 (standing rows carried and noted, period rows empty), typed values kept, refusals.
import { BUILTIN_CATALOGUE } from '../../../../src/core/forms/builtin';
import { readFileSync, writeFileSync } from 'node:fs';
import type * as XL from 'exceljs';
import { definedName } from '../../../../src/core/forms/catalogue';
import { isInputRow } from '../../../../src/core/forms/types';
import { parseSheetCell } from '../../../../src/core/layout/a1';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { readNamedCells } from '../../../../src/hosts/shared/xlsx-named-cells';
import { SAMPLE, expectOneLineError, sandbox, type Sandbox } from '../cli-harness';
import { CLI_TEXT, DAMAGE_TEXT } from '../../../../src/core/i18n/messages';
import { TEMPLATE_VERSION } from '../../../../src/core/layout/names';
import { KNOWN_TEMPLATE_VERSIONS } from '../../../../src/core/layout/template-versions';
import { keptWorkbookPath } from '../../../fixtures/versions/kept-workbooks';
import { editWorkbookXml, nameDeleted } from '../../../helpers/damaged-xlsx';

// Each test lays out, writes and reads back several whole workbooks: seconds apiece on a busy two-core machine.
jest.setTimeout(30_000);

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

const sample = JSON.parse(readFileSync(SAMPLE, 'utf-8')) as { meta: Record<string, unknown>; forms: Record<string, Record<string, unknown>> };
/** The sample as another period's report data, written beside the workbooks. */
function reportJson(file: string, meta: Record<string, unknown>): string {
  writeFileSync(box.path(file), JSON.stringify({ ...sample, meta: { ...sample.meta, ...meta } }));
  return file;
}

const load = async (file: string): Promise<XL.Workbook> => loadWorkbook(new Uint8Array(readFileSync(box.path(file))));

/** Value and note of every named cell. */
async function cells(file: string): Promise<{ values: Record<string, unknown>; notes: Record<string, string | undefined> }> {
  const wb = await load(file);
  const named = readNamedCells(wb);
  const notes: Record<string, string | undefined> = {};
  for (const [name, address] of Object.entries(named.addresses)) {
    const at = parseSheetCell(address)!;
    const note = wb.getWorksheet(at.sheet)!.getCell(at.a1).note;
    notes[name] = typeof note === 'string' ? note : note ? (note.texts ?? []).map((t) => t.text).join('') : undefined;
  }
  return { values: named.values, notes };
}

/** Types values into named cells of a workbook on disk, as a person would in Excel. */
async function type(file: string, entries: Record<string, string | number | null>): Promise<void> {
  const wb = await load(file);
  const named = readNamedCells(wb);
  for (const [name, value] of Object.entries(entries)) {
    const at = parseSheetCell(named.addresses[name]!)!;
    wb.getWorksheet(at.sheet)!.getCell(at.a1).value = value;
  }
  writeFileSync(box.path(file), new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

const names = (rows: readonly { form: number; key: string }[]): string[] => rows.map((r) => definedName(r.form, r.key));
const STANDING = names(BUILTIN_CATALOGUE.standing);
const PLAN = names(BUILTIN_CATALOGUE.yearPlan);
/** Every other input row: what happened in the period, never carried. */
const PERIOD_ROWS = BUILTIN_CATALOGUE.forms.flatMap((f) => f.rows.filter(isInputRow).map((r) => definedName(f.number, r.key))).filter(
  (n) => !STANDING.includes(n) && !PLAN.includes(n),
);

describe('cchc template --previous', () => {
  it('round trip: a filled Q1 workbook carried into H1 — standing and plan rows equal and noted, period rows empty, header along, period new', async () => {
    const q1 = reportJson('q1.json', { period: 'Q1', year: 2026 });
    expect((await box.run('template', '--out', 'q1.xlsx', '--data', q1)).code).toBe(0);

    const r = await box.run('template', '--out', 'h1.xlsx', '--previous', 'q1.xlsx');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã tạo sổ Excel: h1.xlsx');
    expect(r.stdout).toContain(`Đã lấy ${STANDING.length + PLAN.length} ô từ báo cáo Quý I năm 2026`);

    const before = await cells('q1.xlsx');
    const after = await cells('h1.xlsx');
    for (const name of [...STANDING, ...PLAN]) {
      expect([name, after.values[name]]).toEqual([name, before.values[name]]);
      expect(before.values[name]).not.toBeNull();
      expect(after.notes[name]).toMatch(/^Lấy từ báo cáo kỳ trước \(Quý I năm 2026\): kiểm tra lại/);
    }
    expect(after.notes.BM3_1_1).toMatch(/Số đã lấy: 158$/);
    expect(after.notes.BM4_2_5).toMatch(/Số đã lấy: 10,5$/);
    // Before the carry the Q1 workbook had values in period rows: none came along.
    expect(PERIOD_ROWS.filter((n) => before.values[n] !== null).length).toBeGreaterThan(20);
    expect(PERIOD_ROWS.filter((n) => after.values[n] !== null)).toEqual([]);
    expect(Object.entries(after.notes).filter(([n, t]) => t !== undefined && !STANDING.includes(n) && !PLAN.includes(n))).toEqual([]);
    // The header comes along; the period is the next one; the report's own number and dates are left for the new report.
    expect(after.values.TTC_unit).toBe('Hòa Phong');
    expect(after.values.TTC_unitKind).toBe('xã');
    expect(after.values.TTC_superior).toBe('UBND tỉnh Quảng Ngãi');
    expect(after.values.TTC_signerName).toBe('Trần Văn Minh');
    expect(after.values.TTC_period).toBe('6 tháng đầu năm');
    expect(after.values.TTC_year).toBe(2026);
    for (const n of ['TTC_reportNumber', 'TTC_date', 'TTC_dataFrom', 'TTC_dataTo', 'TTC_basis']) expect([n, after.values[n]]).toEqual([n, null]);
  });

  it('keeps what is typed in an existing --out, carries into the rest, and drops the note of a cell edited since', async () => {
    reportJson('q1.json', { period: 'Q1', year: 2026 });
    await box.run('template', '--out', 'h1.xlsx');
    await type('h1.xlsx', { TTC_period: '6 tháng đầu năm', TTC_year: 2026, BM3_1_1: 160, TTC_superior: 'UBND thành phố Hải Phòng' });

    const first = await box.run('template', '--out', 'h1.xlsx', '--previous', 'q1.json');
    expect(first.code).toBe(0);
    let now = await cells('h1.xlsx');
    expect(now.values.BM3_1_1).toBe(160);
    expect(now.notes.BM3_1_1).toBeUndefined();
    expect(now.values.TTC_superior).toBe('UBND thành phố Hải Phòng');
    expect(now.values.BM3_2_1).toBe(4);
    expect(now.notes.BM3_2_1).toMatch(/Số đã lấy: 4$/);
    expect(now.values.BM7_6_4_1).toBe(70);

    // Someone corrects one carried value; running again keeps every value and clears that cell's note only.
    await type('h1.xlsx', { BM3_2_1: 5 });
    const again = await box.run('template', '--out', 'h1.xlsx', '--previous', 'q1.json');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Đã xóa ghi chú của 1 ô đã được sửa sau khi lấy.');
    now = await cells('h1.xlsx');
    expect(now.values.BM3_2_1).toBe(5);
    expect(now.notes.BM3_2_1).toBeUndefined();
    expect(now.values.BM7_6_4_1).toBe(70);
    expect(now.notes.BM7_6_4_1).toMatch(/Số đã lấy: 70$/);
  });

  it("carries the year's plan within the year but not from Y into the next year's Q1", async () => {
    reportJson('y.json', { period: 'Y', year: 2025 });
    const r = await box.run('template', '--out', 'q1.xlsx', '--previous', 'y.json');
    expect(r.code).toBe(0);
    const { values, notes } = await cells('q1.xlsx');
    expect(values.TTC_period).toBe('Quý I');
    expect(values.TTC_year).toBe(2026);
    for (const n of PLAN) expect([n, values[n], notes[n]]).toEqual([n, null, undefined]);
    expect(values.BM3_1_1).toBe(158);
    expect(notes.BM3_1_1).toContain('(năm 2025)');
  });

  it('refuses a previous report of another commune (names compared ignoring case, spacing and Unicode form)', async () => {
    reportJson('q1.json', { period: 'Q1', year: 2026 });
    await box.run('template', '--out', 'h1.xlsx');
    await type('h1.xlsx', { TTC_unit: 'Thái Học', TTC_unitKind: 'xã' });
    const r = await box.run('template', '--out', 'h1.xlsx', '--previous', 'q1.json');
    expectOneLineError(r, ['q1.json', 'xã Hòa Phong', 'không phải của Thái Học']);
    expect((await cells('h1.xlsx')).values.BM3_1_1).toBeNull();

    // The same commune typed in decomposed letters, other case and spacing is not another commune.
    await type('h1.xlsx', { TTC_unit: '  HÒA   phong '.normalize('NFD') });
    expect((await box.run('template', '--out', 'h1.xlsx', '--previous', 'q1.json')).code).toBe(0);
  });

  it.each([
    ['Q1 2026', 'Q1', 2026],
    ['H1 2026 (the same period)', 'H1', 2026],
    ['Q3 2025', 'Q3', 2025],
  ])('refuses the H1 2026 report as the previous one of a workbook for %s', async (_what, period, year) => {
    reportJson('h1.json', { period: 'H1', year: 2026 });
    await box.run('template', '--out', 'moi.xlsx');
    await type('moi.xlsx', { TTC_period: period === 'Q1' ? 'Quý I' : period === 'H1' ? '6 tháng đầu năm' : 'Quý III', TTC_year: year });
    const r = await box.run('template', '--out', 'moi.xlsx', '--previous', 'h1.json');
    expectOneLineError(r, ['h1.json', 'Báo cáo đã chọn (6 tháng đầu năm 2026) không trước kỳ đang lập']);
  });

  it('refuses a previous workbook whose header says neither commune nor period', async () => {
    await box.run('template', '--out', 'trong.xlsx');
    const r = await box.run('template', '--out', 'moi.xlsx', '--previous', 'trong.xlsx');
    expectOneLineError(r, ['trong.xlsx', 'thiếu thông tin chung']);
    expect(box.files()).toEqual(['trong.xlsx']);
  });
});

describe('cchc template --out EXISTING.xlsx --previous: an existing workbook `cchc check` refuses, or of an older template version', () => {
  /** Tân Lập's report of Q1 2025: the commune of the kept workbooks, laid out for Q3 2025. */
  const previous = (): string => reportJson('q1.json', { unit: 'Tân Lập', unitKind: 'phường', period: 'Q1', year: 2025 });

  it.each(KNOWN_TEMPLATE_VERSIONS.filter((v) => v !== TEMPLATE_VERSION))(
    'refuses a whole one of version %s, leaving it as it was: upgrade it first (cchc upgrade), not "damaged"',
    async (version) => {
      const bytes = readFileSync(keptWorkbookPath(version));
      writeFileSync(box.path('cu.xlsx'), bytes);
      const r = await box.run('template', '--out', 'cu.xlsx', '--previous', previous());
      expectOneLineError(r, []);
      expect(r.stderr).toBe(`cu.xlsx: ${DAMAGE_TEXT.olderTemplate(version, TEMPLATE_VERSION)} ${CLI_TEXT.damageUpgradeHint('cu.xlsx')}`);
      // Upgrade, then run this command again (not Kiểm tra's "check again").
      expect(r.stderr).toMatch(/Hãy chạy “cchc upgrade cu\.xlsx” để nâng cấp \(số liệu đã nhập được giữ nguyên\) rồi chạy lại lệnh\.$/);
      expect(r.stderr).not.toContain('kiểm tra lại');
      expect(readFileSync(box.path('cu.xlsx')).equals(bytes)).toBe(true);
      // Upgraded, it is carried into.
      expect((await box.run('upgrade', 'cu.xlsx')).code).toBe(0);
      expect(await box.run('template', '--out', 'cu.xlsx', '--previous', 'q1.json')).toMatchObject({ code: 0, stderr: '' });
    },
  );

  it('refuses a damaged one in the words of `cchc check`, leaving it as it was', async () => {
    const bytes = editWorkbookXml(new Uint8Array(readFileSync(keptWorkbookPath(TEMPLATE_VERSION))), nameDeleted('BM3_1_1'));
    writeFileSync(box.path('cu.xlsx'), bytes);
    const check = await box.run('check', 'cu.xlsx');
    const r = await box.run('template', '--out', 'cu.xlsx', '--previous', previous());
    expectOneLineError(r, ['cu.xlsx: ', DAMAGE_TEXT.workbookDamaged([], ['BM3_1_1'])]);
    expect(r).toEqual(check);
    expect(Buffer.from(readFileSync(box.path('cu.xlsx'))).equals(Buffer.from(bytes))).toBe(true);
  });
});
