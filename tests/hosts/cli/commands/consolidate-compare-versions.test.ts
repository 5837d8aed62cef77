// `cchc consolidate --report --compare` when last year's files follow another version of the set than this year's (a province
// issues a new year's forms): last year's files are read by their own set, as a commune's report of last year is, and compared
// by row key with this year's compared rows; last year's files of different sets from each other are told apart.
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { ReportData } from '../../../../src/core/data/types';
import { commune } from '../../../core/aggregate/sample-units';
import { asTestSetData, TEST_SET, TEST_SET_V2 } from '../../../fixtures/form-sets/test-set';
import { sandbox, type Sandbox } from '../cli-harness';

// Each case lays out whole workbooks: seconds apiece on a shared machine.
jest.setTimeout(120_000);

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
  writeFileSync(box.path('v1.json'), JSON.stringify(TEST_SET));
  writeFileSync(box.path('v2.json'), JSON.stringify(TEST_SET_V2));
});
afterEach(() => box.dispose());

/** Biểu mẫu 8 within the files received (BM7 6.7.1), as its rule across forms asks. */
const FORM_8 = { '1': 100, '1.1': 40, '3': 1 };
const ofTestSet = (data: ReportData, version: number): ReportData => ({ ...asTestSetData(data, FORM_8), formSet: { id: TEST_SET.id, version } });

function write(file: string, data: unknown): string {
  writeFileSync(box.path(file), JSON.stringify(data));
  return file;
}

/** A workbook of `set` (it carries it) filled with `data` as report data of the test set. */
async function workbook(file: string, data: ReportData, set: 'v1.json' | 'v2.json'): Promise<string> {
  const version = set === 'v1.json' ? TEST_SET.version : TEST_SET_V2.version;
  write(`${file}.json`, ofTestSet(data, version));
  const r = await box.run('template', '--out', file, '--data', `${file}.json`, '--forms', set);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  return file;
}

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(box.path(file)));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

// This year two communes at 3.3.1 = 600 each (1.200), last year 500 each (1.000): 20% more. Biểu mẫu 7's 6.7.1 is no longer
// compared in version 2 (its ratio 6.7 still is).
const HOA = { unit: 'Hòa Phong' };
const TAN = { unit: 'Tân Lập' };
const NOW = { '3': { '3.3.1': 600, '3.3.2': 540 }, '7': { '6.7.1': 800, '6.7.2': 400 } };
const THEN = { '3': { '3.3.1': 500, '3.3.2': 400 }, '7': { '6.7.1': 400, '6.7.2': 100 } };

describe('cchc consolidate --compare with last year’s files of another version of the set', () => {
  it('this year’s workbooks of version 2, last year’s of version 1: compared by row key, by this year’s compared rows', async () => {
    const files = [await workbook('hoa.xlsx', commune(HOA, NOW), 'v2.json'), await workbook('tan.xlsx', commune(TAN, NOW), 'v2.json')];
    const last = [await workbook('hoa-2025.xlsx', commune({ ...HOA, year: 2025 }, THEN), 'v1.json'), await workbook('tan-2025.xlsx', commune({ ...TAN, year: 2025 }, THEN), 'v1.json')];
    const r = await box.run('consolidate', ...files, '--out', 'th.xlsx', '--report', 'th.docx', '--compare', ...last);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã đọc 2 tệp cùng kỳ năm trước (6 tháng đầu năm 2025) để so sánh.');
    const text = await docxText('th.docx');
    expect(text).toContain('đã giải quyết xong 1.200 hồ sơ thủ tục hành chính (tăng 20% so với cùng kỳ năm 2025)');
    // 6.7.1 is compared no more; its ratio (50% now, 25% then) is.
    expect(text).toContain('đã tiếp nhận 1.600 hồ sơ thủ tục hành chính, trong đó');
    expect(text).toMatch(/tỷ lệ hồ sơ trực tuyến đạt 50%, tăng 25 điểm phần trăm so với cùng kỳ năm 2025/);
  });

  it('last year’s data naming version 1 is read, a workbook of version 1 telling the set; one of this year’s version is rejected', async () => {
    const files = [await workbook('hoa.xlsx', commune(HOA, NOW), 'v2.json')];
    const first = await workbook('hoa-2025.xlsx', commune({ ...HOA, year: 2025 }, THEN), 'v1.json');
    const v1Data = write('tan-2025.json', ofTestSet(commune({ ...TAN, year: 2025 }, THEN), 1));
    const v2Data = write('lap-2025.json', ofTestSet(commune({ unit: 'Phú Lâm', year: 2025 }, THEN), 2));
    const refused = await box.run('consolidate', ...files, '--out', 'th.xlsx', '--report', 'th.docx', '--forms', 'v2.json', '--compare', first, v1Data, v2Data);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('lap-2025.json');
    // Compared with the set last year's files are totalled by, not the one this year's are (version 2).
    expect(refused.stderr).toContain('Từ chối lap-2025.json: số liệu theo bộ biểu mẫu “thu-nghiem” phiên bản 2, khác bộ biểu mẫu mà các tệp năm trước được tổng hợp theo (“thu-nghiem” phiên bản 1).');
    expect(refused.stderr).not.toContain('đang tổng hợp');
    expect(refused.stderr).not.toContain('tan-2025.json');
    expect(box.files()).not.toContain('th.docx');

    const skipped = await box.run('consolidate', ...files, '--out', 'th.xlsx', '--report', 'th.docx', '--forms', 'v2.json', '--skip-rejected', '--compare', first, v1Data, v2Data);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain('Đã đọc 2 tệp cùng kỳ năm trước (6 tháng đầu năm 2025) để so sánh.');
    // 600 now against 1.000 of the two communes last year.
    expect(await docxText('th.docx')).toContain('đã giải quyết xong 600 hồ sơ thủ tục hành chính (giảm 40% so với cùng kỳ năm 2025)');
  });

  it('the order of last year’s files changes nothing: data naming version 1 first is read by the set a later workbook carries', async () => {
    const files = [await workbook('hoa.xlsx', commune(HOA, NOW), 'v2.json')];
    const v1Book = await workbook('hoa-2025.xlsx', commune({ ...HOA, year: 2025 }, THEN), 'v1.json');
    const v1Data = write('tan-2025.json', ofTestSet(commune({ ...TAN, year: 2025 }, THEN), 1));
    const run = async (tag: string, last: readonly string[]) => {
      const out = `th-${tag}`;
      const r = await box.run('consolidate', ...files, '--out', `${out}.xlsx`, '--report', `${out}.docx`, '--forms', 'v2.json', '--compare', ...last);
      return { code: r.code, stderr: r.stderr, stdout: r.stdout.replaceAll(out, 'th'), text: r.code === 0 ? await docxText(`${out}.docx`) : '' };
    };
    const dataFirst = await run('a', [v1Data, v1Book]);
    expect(dataFirst.stderr).toBe('');
    expect(dataFirst.code).toBe(0);
    expect(dataFirst.stdout).toContain('Đã đọc 2 tệp cùng kỳ năm trước (6 tháng đầu năm 2025) để so sánh.');
    expect(dataFirst.text).toContain('đã giải quyết xong 600 hồ sơ thủ tục hành chính (giảm 40% so với cùng kỳ năm 2025)');
    const bookFirst = await run('b', [v1Book, v1Data]);
    expect({ code: bookFirst.code, stderr: bookFirst.stderr }).toEqual({ code: 0, stderr: '' });
    expect(bookFirst.stdout).toEqual(dataFirst.stdout);
    expect(bookFirst.text).toEqual(dataFirst.text);
  });

  it('last year’s files are totalled by the set most of them follow, in any order; the other set’s file is rejected saying so', async () => {
    const files = [await workbook('hoa.xlsx', commune(HOA, NOW), 'v2.json')];
    const v2Data = write('lap-2025.json', ofTestSet(commune({ unit: 'Phú Lâm', year: 2025 }, THEN), 2));
    const v1Book = await workbook('hoa-2025.xlsx', commune({ ...HOA, year: 2025 }, THEN), 'v1.json');
    const v1Data = write('tan-2025.json', ofTestSet(commune({ ...TAN, year: 2025 }, THEN), 1));
    const run = async (tag: string, last: readonly string[]) => {
      const out = `th-${tag}`;
      const r = await box.run('consolidate', ...files, '--out', `${out}.xlsx`, '--report', `${out}.docx`, '--forms', 'v2.json', '--skip-rejected', '--compare', ...last);
      return { code: r.code, stderr: r.stderr, stdout: r.stdout.replaceAll(out, 'th'), text: r.code === 0 ? await docxText(`${out}.docx`) : '' };
    };
    const v2First = await run('a', [v2Data, v1Data, v1Book]);
    expect(v2First.code).toBe(0);
    expect(v2First.stderr).toBe(
      'Từ chối lap-2025.json: số liệu theo bộ biểu mẫu “thu-nghiem” phiên bản 2, khác bộ biểu mẫu mà các tệp năm trước được tổng hợp theo (“thu-nghiem” phiên bản 1).',
    );
    expect(v2First.text).toContain('đã giải quyết xong 600 hồ sơ thủ tục hành chính (giảm 40% so với cùng kỳ năm 2025)');
    const v2Last = await run('b', [v1Book, v1Data, v2Data]);
    expect(v2Last.text).toEqual(v2First.text);
    expect(v2Last.stdout).toEqual(v2First.stdout);
    expect(v2Last.stderr).toEqual(v2First.stderr);
  });
});
