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
import * as inputBytes from '../../../../src/hosts/cli/read-input-bytes';
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

/** Lines that say a tie decided the form set or the period (AGGREGATE_TEXT.grouping.setTie, periodTie). */
const tieLines = (stderr: string): string[] => stderr.split('\n').filter((l) => / có số tệp bằng nhau \(mỗi (bộ|kỳ) \d+ tệp\)/.test(l));

describe('cchc consolidate without --forms, files whose sets and periods tie', () => {
  const SET_TIE =
    'Các tệp theo các bộ biểu mẫu “cchc-xa-2023” phiên bản 1 và “thu-nghiem” phiên bản 1 có số tệp bằng nhau (mỗi bộ 2 tệp): tổng hợp theo bộ “cchc-xa-2023” phiên bản 1, bộ có mã đứng trước theo thứ tự chữ cái (cùng mã thì phiên bản mới hơn), dù các tệp được đưa vào theo thứ tự nào. Muốn tổng hợp theo bộ khác, hãy chỉ bộ đó bằng --forms.';
  const PERIOD_TIE =
    'Các kỳ Quý I năm 2026 và 6 tháng đầu năm 2026 có số tệp bằng nhau (mỗi kỳ 1 tệp): tổng hợp kỳ gần nhất, 6 tháng đầu năm 2026 (tệp kỳ cũ hơn thường là tệp còn sót lại), dù các tệp được đưa vào theo thứ tự nào.';

  it('choose the same set and period in any order: the same totals, rejections, lines and report, each tie said in one line', async () => {
    // Two files of the built-in set (one of each of two periods) and two of the test set (data, and a workbook carrying it).
    const lam = write('lam.json', commune({ unit: 'Phú Lâm', period: 'Q1' }, NOW));
    const son = write('son.json', commune({ unit: 'Sơn Hà' }, NOW));
    const tan = write('tan.json', ofTestSet(commune({ unit: 'Tân Lập' }, NOW)));
    const hoa = await workbook('hoa.xlsx', commune({ unit: 'Hòa Phong' }, NOW));
    const orders = { setFirst: [tan, hoa, lam, son], builtinFirst: [lam, son, tan, hoa], mixed: [son, hoa, lam, tan] };
    const rejections = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith('Từ chối ')).sort();
    // The report names the communes not totalled in the order their files were given, as Bảng 1 lists those totalled: the
    // list compared whatever its order.
    const report = (text: string): string =>
      text.replace(/(Chưa tổng hợp được \d+ đơn vị: )(.*?)(\.II\. )/, (_m, head: string, list: string, tail: string) => head + list.split('; ').sort().join('; ') + tail);
    let first: (Awaited<ReturnType<typeof run>> & { strict: Awaited<ReturnType<typeof run>> }) | null = null;
    for (const [tag, order] of Object.entries(orders)) {
      // Without --skip-rejected: nothing written (exit 1), the ties said with the rejections.
      const strict = await run(`${tag}-strict`, order);
      expect({ order, code: strict.code, ties: tieLines(strict.stderr) }).toEqual({ order, code: 1, ties: [SET_TIE, PERIOD_TIE] });
      const r = await run(tag, order, '--skip-rejected');
      expect({ order, code: r.code, ties: tieLines(r.stderr) }).toEqual({ order, code: 0, ties: [SET_TIE, PERIOD_TIE] });
      expect(rejections(r.stderr)).toEqual([
        'Từ chối hoa.xlsx: số liệu theo bộ biểu mẫu “thu-nghiem” phiên bản 1, khác bộ biểu mẫu đang tổng hợp (“cchc-xa-2023” phiên bản 1).',
        'Từ chối lam.json: số liệu kỳ Quý I năm 2026, khác kỳ đang tổng hợp (6 tháng đầu năm 2026).',
        'Từ chối tan.json: số liệu theo bộ biểu mẫu “thu-nghiem” phiên bản 1, khác bộ biểu mẫu đang tổng hợp (“cchc-xa-2023” phiên bản 1).',
      ]);
      expect(r.stdout).toContain('Đã đọc 1 tệp số liệu, kỳ 6 tháng đầu năm 2026.');
      first ??= { ...r, strict };
      expect(report(r.text)).toContain('Chưa tổng hợp được 03 đơn vị: xã Hòa Phong (số liệu theo bộ biểu mẫu “thu-nghiem”');
      expect({ order, stdout: r.stdout, rejections: rejections(r.stderr), text: report(r.text) }).toEqual({
        order,
        stdout: first.stdout,
        rejections: rejections(first.stderr),
        text: report(first.text),
      });
      expect(r.cells).toEqual(first.cells);
      expect(rejections(strict.stderr)).toEqual(rejections(first.strict.stderr));
    }
  });

  it('last year’s files (--compare) whose sets tie: totalled by the first set by code whatever their order, the tie said in last year’s words', async () => {
    const now = [write('lam.json', commune({ unit: 'Phú Lâm' }, NOW)), write('son.json', commune({ unit: 'Sơn Hà' }, NOW))];
    const last = [write('lam-2025.json', commune({ unit: 'Phú Lâm', year: 2025 }, NOW)), await workbook('hoa-2025.xlsx', commune({ unit: 'Hòa Phong', year: 2025 }, NOW))];
    const runs = [await run('a', now, '--skip-rejected', '--compare', ...last), await run('b', now, '--skip-rejected', '--compare', ...[...last].reverse())];
    for (const r of runs) {
      expect(r.code).toBe(0);
      expect(tieLines(r.stderr)).toEqual([
        'Các tệp năm trước theo các bộ biểu mẫu “cchc-xa-2023” phiên bản 1 và “thu-nghiem” phiên bản 1 có số tệp bằng nhau (mỗi bộ 1 tệp): các tệp năm trước được tổng hợp theo bộ “cchc-xa-2023” phiên bản 1, bộ có mã đứng trước theo thứ tự chữ cái (cùng mã thì phiên bản mới hơn), dù các tệp được đưa vào theo thứ tự nào.',
      ]);
      expect(r.stderr).toContain('Từ chối hoa-2025.xlsx: số liệu theo bộ biểu mẫu “thu-nghiem” phiên bản 1, khác bộ biểu mẫu mà các tệp năm trước được tổng hợp theo (“cchc-xa-2023” phiên bản 1).');
    }
    expect({ stdout: runs[1]!.stdout, stderr: runs[1]!.stderr, text: runs[1]!.text }).toEqual({ stdout: runs[0]!.stdout, stderr: runs[0]!.stderr, text: runs[0]!.text });
  });
});

describe('cchc consolidate --compare, last year’s periods tied', () => {
  it('compares with the same period of last year, not the latest of the tied periods, whatever the order of the files', async () => {
    // This year: 6 tháng đầu năm 2026. Last year: one file of 6 tháng đầu năm 2025, one of Năm 2025 (the later period).
    const now = [write('lam.json', commune({ unit: 'Phú Lâm' }, NOW)), write('son.json', commune({ unit: 'Sơn Hà' }, NOW))];
    const last = [write('lam-2025.json', commune({ unit: 'Phú Lâm', year: 2025 }, NOW)), write('son-2025y.json', commune({ unit: 'Sơn Hà', year: 2025, period: 'Y' }, NOW))];
    const runs = [await run('a', now, '--skip-rejected', '--compare', ...last), await run('b', now, '--skip-rejected', '--compare', ...[...last].reverse())];
    for (const r of runs) {
      expect({ code: r.code, ties: tieLines(r.stderr) }).toEqual({
        code: 0,
        ties: [
          'Các tệp năm trước thuộc các kỳ 6 tháng đầu năm 2025 và Năm 2025 có số tệp bằng nhau (mỗi kỳ 1 tệp): so sánh với 6 tháng đầu năm 2025, cùng kỳ của kỳ đang tổng hợp, dù các tệp được đưa vào theo thứ tự nào.',
        ],
      });
      expect(r.stderr).toContain('Từ chối son-2025y.json');
      expect(r.stdout).toContain('6 tháng đầu năm 2025');
    }
    expect({ stdout: runs[1]!.stdout, text: runs[1]!.text }).toEqual({ stdout: runs[0]!.stdout, text: runs[0]!.text });
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

describe('cchc consolidate without --forms, how often each file is read', () => {
  it('reads a file no set can read (not a workbook though named .xlsx, not JSON) once; one naming a set no file carries by each set', async () => {
    writeFileSync(box.path('hong.xlsx'), 'không phải sổ Excel');
    writeFileSync(box.path('hong.json'), '{ không phải JSON');
    const files = [
      'hong.xlsx',
      'hong.json',
      // Data naming the test set before the workbook carrying it: read again once the set is learnt from the workbook.
      write('tan.json', ofTestSet(commune({ unit: 'Tân Lập' }, NOW))),
      // Data naming a set no file carries: read by its own set, by those learnt, by the chosen one (then of another set).
      write('son.json', ofTestSet(commune({ unit: 'Sơn Hà' }, NOW), TEST_SET_V2.version)),
      await workbook('hoa.xlsx', commune({ unit: 'Hòa Phong' }, NOW)),
      write('lam.json', commune({ unit: 'Phú Lâm' }, NOW)),
    ];
    const spy = jest.spyOn(inputBytes, 'readInputBytes');
    let r;
    let shown: string[];
    try {
      r = await run('a', files, '--skip-rejected');
    } finally {
      shown = spy.mock.calls.map(([, name]) => name);
      spy.mockRestore();
    }
    const count = (file: string): number => shown.filter((name) => name === file).length;
    expect(Object.fromEntries(files.map((f) => [f, count(f)]))).toEqual({ 'hong.xlsx': 1, 'hong.json': 1, 'tan.json': 2, 'son.json': 3, 'hoa.xlsx': 1, 'lam.json': 1 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã đọc 2 tệp số liệu');
    expect(r.stderr.split('\n').filter((l) => l.startsWith('Từ chối '))).toEqual([
      'Từ chối hong.xlsx: tệp hỏng hoặc không phải sổ Excel .xlsx.',
      expect.stringMatching(/^Từ chối hong\.json: không phải JSON hợp lệ/),
      'Từ chối son.json: số liệu theo bộ biểu mẫu “thu-nghiem” phiên bản 2, khác bộ biểu mẫu đang tổng hợp (“thu-nghiem” phiên bản 1).',
      'Từ chối lam.json: số liệu theo bộ biểu mẫu “cchc-xa-2023” phiên bản 1, khác bộ biểu mẫu đang tổng hợp (“thu-nghiem” phiên bản 1).',
    ]);
  });
});
