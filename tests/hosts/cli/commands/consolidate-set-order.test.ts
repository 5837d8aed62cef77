// `cchc consolidate` without --forms: this year's files are totalled by the set most of them follow, whatever their order,
// and data naming a province's set that only a later workbook carries is read by it, as last year's files are (--compare).
// The same files in another order give the same lines, the same workbook and the same report.
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { ReportData } from '../../../../src/core/data/types';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { readNamedCells } from '../../../../src/hosts/shared/xlsx-named-cells';
import { commune } from '../../../core/aggregate/sample-units';
import { asTestSetData, TEST_SET, TEST_SET_V2 } from '../../../fixtures/form-sets/test-set';
import { sandbox, type Sandbox } from '../cli-harness';

// Each case lays out whole workbooks: seconds apiece on a shared machine.
jest.setTimeout(120_000);

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
  writeFileSync(box.path('v1.json'), JSON.stringify(TEST_SET));
});
afterEach(() => box.dispose());

/** Biểu mẫu 8 within the files received (BM7 6.7.1), as its rule across forms asks. */
const FORM_8 = { '1': 100, '1.1': 40, '3': 1 };
const ofTestSet = (data: ReportData, version = TEST_SET.version): ReportData => ({ ...asTestSetData(data, FORM_8), formSet: { id: TEST_SET.id, version } });
const NOW = { '3': { '3.3.1': 600, '3.3.2': 540 }, '7': { '6.7.1': 800, '6.7.2': 400 } };

function write(file: string, data: unknown): string {
  writeFileSync(box.path(file), JSON.stringify(data));
  return file;
}

/** A workbook carrying the test set (version 1), filled with `data`. */
async function workbook(file: string, data: ReportData): Promise<string> {
  write(`${file}.json`, ofTestSet(data));
  const r = await box.run('template', '--out', file, '--data', `${file}.json`, '--forms', 'v1.json');
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  return file;
}

/** `cchc consolidate` of `files` (and `more` options): exit code, lines (the output's names made alike), workbook cells, report text but Bảng 1. */
async function run(tag: string, files: readonly string[], ...more: string[]) {
  const out = `th-${tag}`;
  const r = await box.run('consolidate', ...files, '--out', `${out}.xlsx`, '--report', `${out}.docx`, ...more);
  const wrote = r.code === 0;
  const cells = wrote ? readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(box.path(`${out}.xlsx`))))).values : null;
  const xml = wrote ? await (await JSZip.loadAsync(readFileSync(box.path(`${out}.docx`)))).file('word/document.xml')!.async('string') : '';
  // Bảng 1 lists the communes in the order their files were given: the one thing the order may change.
  const text = xml.replace(/<[^>]+>/g, '').replace(/Bảng 1DANH SÁCH ĐƠN VỊ ĐÃ BÁO CÁO.*?Bảng 2/, 'Bảng 2');
  return { code: r.code, stdout: r.stdout.replaceAll(out, 'th'), stderr: r.stderr, cells, text };
}

describe('cchc consolidate without --forms, the same files in another order', () => {
  it('reads data naming the set a later workbook carries, as when the workbook comes first: the same totals, lines and report', async () => {
    const data = write('tan.json', ofTestSet(commune({ unit: 'Tân Lập' }, NOW)));
    const book = await workbook('hoa.xlsx', commune({ unit: 'Hòa Phong' }, NOW));
    const dataFirst = await run('a', [data, book]);
    expect({ code: dataFirst.code, stderr: dataFirst.stderr }).toEqual({ code: 0, stderr: '' });
    expect(dataFirst.stdout).toContain('Đã đọc 2 tệp số liệu');
    // Both communes totalled: 600 each at 3.3.1.
    expect(dataFirst.text).toContain('1.200');
    const bookFirst = await run('b', [book, data]);
    expect({ code: bookFirst.code, stdout: bookFirst.stdout, stderr: bookFirst.stderr, text: bookFirst.text }).toEqual({
      code: dataFirst.code,
      stdout: dataFirst.stdout,
      stderr: dataFirst.stderr,
      text: dataFirst.text,
    });
    expect(bookFirst.cells).toEqual(dataFirst.cells);
  });

  it('totals by the set most files follow, a file of another set rejected in this year’s words whichever comes first', async () => {
    const builtin = write('lam.json', commune({ unit: 'Phú Lâm' }, NOW));
    const data = write('tan.json', ofTestSet(commune({ unit: 'Tân Lập' }, NOW)));
    const book = await workbook('hoa.xlsx', commune({ unit: 'Hòa Phong' }, NOW));
    // Data naming a set no file carries (version 2): of another set than the one chosen, wherever it comes.
    const v2 = write('son.json', ofTestSet(commune({ unit: 'Sơn Hà' }, NOW), TEST_SET_V2.version));
    const orders = { builtinFirst: [builtin, v2, data, book], builtinLast: [data, book, v2, builtin], dataFirst: [v2, data, builtin, book] };
    const runs = [];
    for (const [tag, order] of Object.entries(orders)) runs.push({ order, ...(await run(tag, order, '--skip-rejected')) });
    const [first] = runs;
    expect(first!.code).toBe(0);
    expect(first!.stdout).toContain('Đã đọc 2 tệp số liệu');
    const rejections = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith('Từ chối ')).sort();
    expect(rejections(first!.stderr)).toEqual([
      'Từ chối lam.json: số liệu theo bộ biểu mẫu “cchc-xa-2023” phiên bản 1, khác bộ biểu mẫu đang tổng hợp (“thu-nghiem” phiên bản 1).',
      'Từ chối son.json: số liệu theo bộ biểu mẫu “thu-nghiem” phiên bản 2, khác bộ biểu mẫu đang tổng hợp (“thu-nghiem” phiên bản 1).',
    ]);
    for (const r of runs.slice(1)) {
      expect({ order: r.order, code: r.code, stdout: r.stdout, rejections: rejections(r.stderr), text: r.text }).toEqual({
        order: r.order,
        code: first!.code,
        stdout: first!.stdout,
        rejections: rejections(first!.stderr),
        text: first!.text,
      });
      expect(r.cells).toEqual(first!.cells);
    }
  });

  it('with --forms, the set given: the files of another set rejected however many they are', async () => {
    const builtin = [write('lam.json', commune({ unit: 'Phú Lâm' }, NOW)), write('son.json', commune({ unit: 'Sơn Hà' }, NOW))];
    const book = await workbook('hoa.xlsx', commune({ unit: 'Hòa Phong' }, NOW));
    const r = await run('a', [...builtin, book], '--skip-rejected', '--forms', 'v1.json');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã đọc 1 tệp số liệu');
    expect(r.stderr).toContain('Từ chối lam.json: số liệu theo bộ biểu mẫu “cchc-xa-2023” phiên bản 1, khác bộ biểu mẫu đang tổng hợp (“thu-nghiem” phiên bản 1).');
  });
});

describe('cchc consolidate without --forms, no file readable', () => {
  it('refuses data naming a set no file carries in this year’s words, not an earlier report’s', async () => {
    const data = write('tan.json', ofTestSet(commune({ unit: 'Tân Lập' }, NOW)));
    const r = await run('a', [data]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Từ chối tan.json: Số liệu này theo bộ biểu mẫu “thu-nghiem” phiên bản 1; hãy chỉ tệp của bộ đó bằng --forms.');
    expect(r.stderr).not.toContain('kỳ trước');
  });
});
