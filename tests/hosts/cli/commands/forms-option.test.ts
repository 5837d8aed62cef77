// `--forms S` on the report commands, and the set a workbook carries: a workbook laid out with the test set is checked,
// exported, reported and consolidated by that set with no --forms; data of the set names it; upgrade moves a workbook to a newer version.
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { ReportData } from '../../../../src/core/data/types';
import type { FormSetDef } from '../../../../src/core/forms/form-set';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { readNamedCells } from '../../../../src/hosts/shared/xlsx-named-cells';
import { FORM_8, TEST_SET } from '../../../fixtures/form-sets/test-set';
import { SAMPLE, sandbox, type Sandbox } from '../cli-harness';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

const sample = (): ReportData => JSON.parse(readFileSync(SAMPLE, 'utf-8')) as ReportData;

/** The sample commune as data of the test set: no Biểu mẫu 5, Biểu mẫu 8 filled, the set named. */
function testData(form8: Record<string, number> = { '1': 1000, '1.1': 400, '3': 1 }, meta: Partial<ReportData['meta']> = {}): ReportData {
  const base = sample();
  const { '5': _five, ...forms } = base.forms as Record<string, unknown>;
  return { ...base, meta: { ...base.meta, ...meta }, forms: { ...forms, '8': form8 }, formSet: { id: TEST_SET.id, version: TEST_SET.version } } as ReportData;
}

const writeJson = (file: string, value: unknown): string => {
  writeFileSync(box.path(file), JSON.stringify(value, null, 2));
  return file;
};

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(box.path(file)));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

async function namedValues(file: string): Promise<Record<string, unknown>> {
  return readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(box.path(file))))).values;
}

/** A workbook of the test set filled with `data`. */
async function testWorkbook(file = 'a.xlsx', data: ReportData = testData()): Promise<string> {
  writeJson('bo.json', TEST_SET);
  writeJson('d.json', data);
  const r = await box.run('template', '--out', file, '--data', 'd.json', '--forms', 'bo.json');
  expect(r).toMatchObject({ code: 0, stderr: '' });
  return file;
}

describe('a workbook laid out with --forms carries its set', () => {
  it('template --forms lays out the set (Biểu mẫu 8, no Biểu mẫu 5) and carries it in a hidden sheet', async () => {
    await testWorkbook();
    const wb = await loadWorkbook(new Uint8Array(readFileSync(box.path('a.xlsx'))));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toContain('Biểu mẫu 8');
    expect(names).not.toContain('Biểu mẫu 5');
    expect(names[names.length - 1]).toBe('Bộ biểu mẫu');
    const values = readNamedCells(wb).values;
    expect(values.CCHC_FORMSET_ID).toBe('thu-nghiem');
    expect(values.BM8_1).toBe(1000);
  });

  it('template --forms caches the value of every computed cell of the set: its own rows, a ratio across forms (BM8 5 over BM7 6.7.1)', async () => {
    await testWorkbook();
    const values = await namedValues('a.xlsx');
    // 400 / 1000; 1000 / 1310 (the sample's BM7 6.7.1); BM1 2.4 = 2.1 + 2.3 with 2.3 left empty: 40.
    expect([values.BM8_2, values.BM8_5, values.BM1_2_4]).toEqual([40, 76.3, 40]);
  });

  it('the built-in set is carried by absence: no Bộ biểu mẫu sheet', async () => {
    expect((await box.run('template', '--out', 'b.xlsx')).code).toBe(0);
    const wb = await loadWorkbook(new Uint8Array(readFileSync(box.path('b.xlsx'))));
    expect(wb.worksheets.map((w) => w.name)).not.toContain('Bộ biểu mẫu');
  });

  it('check with no --forms follows the carried set: its rule across forms finds the error, and the JSON names the set', async () => {
    await testWorkbook('a.xlsx', testData({ '1': 2000, '1.1': 400 }));
    const r = await box.run('check', 'a.xlsx', '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { formSet?: unknown; findings: { form: number | null; severity: string; cell: string | null }[] };
    expect(out.formSet).toEqual({ id: 'thu-nghiem', version: 1 });
    expect(out.findings.some((f) => f.form === 8 && f.severity === 'error' && (f.cell ?? '').includes('Biểu mẫu 8'))).toBe(true);
  });

  it('check of a built-in workbook prints no formSet (the built-in output unchanged)', async () => {
    await box.run('template', '--out', 'b.xlsx', '--data', SAMPLE);
    const out = JSON.parse((await box.run('check', 'b.xlsx', '--json')).stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['findings', 'errors', 'warnings', 'infos']);
  });

  it('export with no --forms writes the set’s rows and names the set (formSet)', async () => {
    await testWorkbook();
    const r = await box.run('export', 'a.xlsx');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as ReportData;
    expect(data.formSet).toEqual({ id: 'thu-nghiem', version: 1 });
    expect(data.forms['8' as keyof ReportData['forms']]).toEqual({ '1': 1000, '1.1': 400, '3': 1 });
    expect(data.forms).not.toHaveProperty('5');
  });

  it('report with no --forms writes the set’s sentences', async () => {
    await testWorkbook();
    const r = await box.run('report', 'a.xlsx', '--out', 'r.docx', '--draft');
    expect(r.code).toBe(0);
    const text = await docxText('r.docx');
    expect(text).toContain('theo bộ biểu mẫu thử nghiệm');
    expect(text).toContain('đã số hóa 1.000 hồ sơ');
  });
});

describe('report data of another set', () => {
  it('is refused without --forms, naming the set (exit 2), and read with it', async () => {
    await testWorkbook();
    expect((await box.run('export', 'a.xlsx', '--out', 'e.json')).code).toBe(0);
    const refused = await box.run('check', 'e.json');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('e.json');
    expect(refused.stderr).toContain('“thu-nghiem” phiên bản 1');
    const ok = await box.run('check', 'e.json', '--forms', 'bo.json', '--json');
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as { formSet?: unknown }).formSet).toEqual({ id: 'thu-nghiem', version: 1 });
    const report = await box.run('report', 'e.json', '--forms', 'bo.json', '--out', 'r.docx');
    expect(report.code).toBe(0);
    expect(await docxText('r.docx')).toContain('đã số hóa 1.000 hồ sơ');
  });

  it('a set with problems given with --forms: exit 2 naming the file and its problems', async () => {
    writeJson('bad.json', { ...TEST_SET, version: 0 });
    const r = await box.run('check', SAMPLE, '--forms', 'bad.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.json');
    expect(r.stdout).toBe('');
  });

  it('a workbook carrying one set with --forms of another id is refused (exit 2)', async () => {
    await testWorkbook();
    writeJson('other.json', { ...TEST_SET, id: 'khac' });
    const r = await box.run('check', 'a.xlsx', '--forms', 'other.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('“khac” phiên bản 1');
  });
});

describe('consolidate takes files of one set', () => {
  it('rejects a file of another set with the set named (exit 1), and carries the set on the consolidated workbook', async () => {
    await testWorkbook('a.xlsx');
    await testWorkbook('c.xlsx', testData(undefined, { unit: 'Hòa Bình' }));
    await box.run('template', '--out', 'b.xlsx', '--data', SAMPLE);
    const mixed = await box.run('consolidate', 'a.xlsx', 'c.xlsx', 'b.xlsx', '--out', 't.xlsx');
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain('b.xlsx');
    expect(mixed.stderr).toContain('“cchc-xa-2023” phiên bản 1');
    expect(mixed.stderr).toContain('“thu-nghiem” phiên bản 1');
    const one = await box.run('consolidate', 'a.xlsx', 'c.xlsx', '--out', 't.xlsx');
    expect(one.code).toBe(0);
    const values = await namedValues('t.xlsx');
    expect(values.CCHC_FORMSET_ID).toBe('thu-nghiem');
    const wb = await loadWorkbook(new Uint8Array(readFileSync(box.path('t.xlsx'))));
    expect(wb.worksheets.map((w) => w.name)).toContain('Biểu mẫu 8');
  });
});

describe('consolidate of report data of another set', () => {
  it('reads the files with --forms; without it every file is unreadable, the set named (exit 2)', async () => {
    await testWorkbook('a.xlsx');
    await testWorkbook('c.xlsx', testData(undefined, { unit: 'Hòa Bình' }));
    await box.run('export', 'a.xlsx', '--out', 'a.json');
    await box.run('export', 'c.xlsx', '--out', 'c.json');
    const without = await box.run('consolidate', 'a.json', 'c.json', '--out', 't.xlsx');
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('“thu-nghiem” phiên bản 1');
    const given = await box.run('consolidate', 'a.json', 'c.json', '--out', 't.xlsx', '--forms', 'bo.json');
    expect(given.code).toBe(0);
    expect((await namedValues('t.xlsx')).CCHC_FORMSET_ID).toBe('thu-nghiem');
  });
});

describe('upgrade of a workbook of an older template version carrying a set', () => {
  it('lays it out again by the set it carries, every value kept (as Excel and Sheets do), not refused for its own sheets', async () => {
    await testWorkbook();
    // The same workbook as an earlier template version (2) wrote it: its version cell says so.
    const wb = await loadWorkbook(new Uint8Array(readFileSync(box.path('a.xlsx'))));
    const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(wb.definedNames.model.find((n) => n.name === 'CCHC_TEMPLATE_VERSION')?.ranges[0] ?? '');
    wb.getWorksheet(m![1]!)!.getCell(`${m![2]}${m![3]}`).value = '2';
    writeFileSync(box.path('a.xlsx'), new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const before = await namedValues('a.xlsx');

    const r = await box.run('upgrade', 'a.xlsx');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const after = await namedValues('a.xlsx');
    expect(after.CCHC_TEMPLATE_VERSION).not.toBe('2');
    expect(after.CCHC_FORMSET_ID).toBe(TEST_SET.id);
    for (const name of ['BM8_1', 'BM8_1_1', 'BM1_2_1', 'TTC_unit']) expect({ name, value: after[name] }).toEqual({ name, value: before[name] });
    expect(after).toHaveProperty('BM1_2_3');
    expect(after).not.toHaveProperty('BM5_1');
  });
});

describe('upgrade --forms moves a workbook to a newer version of its set', () => {
  /** Version 2: Biểu mẫu 8 without row 3 (a value typed there has no row any more) and with a row 5 added. */
  const version2 = (): FormSetDef => ({
    ...TEST_SET,
    version: 2,
    forms: TEST_SET.forms.map((f) =>
      f.number !== 8
        ? f
        : { ...f, rows: [...FORM_8.rows.filter((r) => r.key !== '3'), { key: '6', stt: '6.', label: 'Số dịch vụ công dùng dữ liệu số hóa', unit: 'Dịch vụ', kind: 'count' as const }] },
    ),
  });

  it('keeps every value whose row remains, lists and keeps the one whose row is gone, lays out the new row', async () => {
    await testWorkbook();
    writeJson('bo2.json', version2());
    const r = await box.run('upgrade', 'a.xlsx', '--forms', 'bo2.json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('“thu-nghiem” phiên bản 2');
    expect(r.stdout).toContain('Biểu mẫu 8, dòng 3');
    const wb = await loadWorkbook(new Uint8Array(readFileSync(box.path('a.xlsx'))));
    const values = readNamedCells(wb).values;
    expect(Number(values.CCHC_FORMSET_VERSION)).toBe(2);
    expect(values.BM8_1).toBe(1000);
    expect(values).toHaveProperty('BM8_6');
    expect(values).not.toHaveProperty('BM8_3');
    const kept = wb.getWorksheet('Giá trị không còn dòng');
    expect(kept).toBeDefined();
    const cells: unknown[] = [];
    kept!.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells).toEqual(expect.arrayContaining([8, '3', 1]));
    // The upgraded workbook is read by its new version with no --forms.
    const check = await box.run('check', 'a.xlsx', '--json');
    expect((JSON.parse(check.stdout) as { formSet?: unknown }).formSet).toEqual({ id: 'thu-nghiem', version: 2 });
  });

  it('says the workbook is current for the same version (exit 0, unchanged), and refuses another set', async () => {
    await testWorkbook();
    const before = readFileSync(box.path('a.xlsx'));
    const same = await box.run('upgrade', 'a.xlsx', '--forms', 'bo.json');
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('không cần nâng cấp');
    expect(readFileSync(box.path('a.xlsx')).equals(before)).toBe(true);
    writeJson('other.json', { ...TEST_SET, id: 'khac', version: 3 });
    const other = await box.run('upgrade', 'a.xlsx', '--forms', 'other.json');
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('“khac” phiên bản 3');
    expect(readFileSync(box.path('a.xlsx')).equals(before)).toBe(true);
  });
});
