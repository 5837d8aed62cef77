// End to end: the built `cchc consolidate --compare` reads 64 or more of last year's files (worker threads) of another version of
// a province's set than this year's: the comparison is the one read in one thread, and the one two files of the same totals give;
// the files' order does not change it, data of last year's version coming first or not.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { ReportData } from '../../src/core/data/types';
import { THREADS_MIN_FILES } from '../../src/hosts/cli/commands/consolidate-read';
import { writeWorkbook } from '../../src/hosts/cli/commands/template';
import { commune } from '../core/aggregate/sample-units';
import { asTestSetData, TEST_CATALOGUE, TEST_SET, TEST_SET_V2 } from '../fixtures/form-sets/test-set';
import { tempDir } from '../helpers/temp-dir';
import { spawnBuiltCli } from './helpers/built-cli';

jest.setTimeout(300_000);

/** Biểu mẫu 8 within the files received (BM7 6.7.1), as its rule across forms asks. */
const FORM_8 = { '1': 100, '1.1': 40, '3': 1 };
const ofVersion = (data: ReportData, version: number, form8: typeof FORM_8 = FORM_8): ReportData => ({ ...asTestSetData(data, form8), formSet: { id: TEST_SET.id, version } });

// This year two communes; last year MANY communes of version 1, or two communes holding the same totals (each MANY / 2 times one).
const MANY = THREADS_MIN_FILES + 6;
const NOW = { '3': { '3.3.1': 600, '3.3.2': 540 }, '7': { '6.7.1': 800, '6.7.2': 400 } };
const THEN = (times: number) => ({ '3': { '3.3.1': 10 * times, '3.3.2': 8 * times }, '7': { '6.7.1': 10 * times, '6.7.2': 3 * times } });
/** Biểu mẫu 8 of last year's communes, within their files received. */
const FORM_8_THEN = (times: number) => ({ '1': 5 * times, '1.1': 2 * times, '3': 1 });
/** Last year's communes laid out as workbooks of version 1 (they carry it): the others are data naming version 1. */
const WORKBOOKS = new Set([2, 30, MANY]);

let box: string;
let now: string[];
let many: string[];
let two: string[];
beforeAll(async () => {
  box = tempDir('cchc-e2e-compare-threads-');
  const write = (file: string, data: unknown): string => {
    writeFileSync(join(box, file), JSON.stringify(data));
    return file;
  };
  write('v2.json', TEST_SET_V2);
  now = [write('hoa.json', ofVersion(commune({ unit: 'Hòa Phong' }, NOW), 2)), write('tan.json', ofVersion(commune({ unit: 'Tân Lập' }, NOW), 2))];
  many = [];
  for (let i = 1; i <= MANY; i++) {
    const data = ofVersion(commune({ unit: `Xã số ${i}`, year: 2025 }, THEN(1)), 1, FORM_8_THEN(1));
    if (WORKBOOKS.has(i)) {
      await writeWorkbook(data, `xa-${i}-2025.xlsx`, box, false, TEST_CATALOGUE);
      many.push(`xa-${i}-2025.xlsx`);
    } else many.push(write(`xa-${i}-2025.json`, data));
  }
  two = ['gop-1-2025.xlsx', 'gop-2-2025.xlsx'];
  for (const [i, file] of two.entries()) await writeWorkbook(ofVersion(commune({ unit: `Gộp ${i + 1}`, year: 2025 }, THEN(MANY / 2)), 1, FORM_8_THEN(MANY / 2)), file, box, false, TEST_CATALOGUE);
});

/** The built CLI with CCHC_THREADS set, this year's files by version 2 (--forms), last year's `last`: exit code, lines, report paragraphs. */
async function consolidate(threads: string, last: readonly string[], tag: string) {
  const out = `th-${threads}-${tag}`;
  const r = await spawnBuiltCli(['consolidate', ...now, '--out', `${out}.xlsx`, '--report', `${out}.docx`, '--forms', 'v2.json', '--compare', ...last], {
    cwd: box,
    env: { ...process.env, CCHC_THREADS: threads },
  });
  const docx = r.code === 0 ? unzipSync(new Uint8Array(readFileSync(join(box, `${out}.docx`)))) : {};
  const xml = docx['word/document.xml'];
  const paragraphs = xml ? (strFromU8(xml).match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => p.replace(/<[^>]+>/g, '')) : [];
  return { code: r.code, stdout: r.stdout.replaceAll(out, 'th'), stderr: r.stderr, paragraphs };
}

const compared = (paragraphs: readonly string[]): string[] => paragraphs.filter((t) => t.includes('cùng kỳ năm 2025'));

describe('cchc consolidate --compare, built, with many of last year’s files of another version of the set', () => {
  it('compares as one thread does, and as two files of the same totals do, whatever the order of the files', async () => {
    const workbookFirst = [...many.filter((f) => f.endsWith('.xlsx')), ...many.filter((f) => f.endsWith('.json'))];
    const jsonFirst = [...many.filter((f) => f.endsWith('.json')), ...many.filter((f) => f.endsWith('.xlsx'))];
    // Every run at once (each writes files of its own), then each checked in turn.
    const [reference, runs] = await Promise.all([
      consolidate('1', two, 'two'),
      Promise.all(Object.entries({ workbookFirst, jsonFirst, many }).map(([tag, order]) => Promise.all([consolidate('1', order, tag), consolidate('2', order, tag)]))),
    ]);
    expect(reference.stderr).toBe('');
    expect(reference.code).toBe(0);
    // 1.200 now against 10 × MANY (700) then; 6.7.1 is compared no more in version 2, its ratio (50% now, 30% then) is.
    expect(compared(reference.paragraphs).join('\n')).toContain(`đã giải quyết xong 1.200 hồ sơ thủ tục hành chính (tăng ${((1200 / (10 * MANY) - 1) * 100).toFixed(1).replace('.', ',')}% so với cùng kỳ năm 2025)`);
    expect(compared(reference.paragraphs).join('\n')).toContain('tăng 20 điểm phần trăm so với cùng kỳ năm 2025');

    let first: string[] | null = null;
    for (const [one, threads] of runs) {
      // Past 20 files a line says which is being read; nothing else.
      expect({ code: one.code, stderr: one.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('Đang đọc ')) }).toEqual({ code: 0, stderr: [] });
      expect(one.stdout).toContain(`Đã đọc ${MANY} tệp cùng kỳ năm trước (6 tháng đầu năm 2025) để so sánh.`);
      expect(compared(one.paragraphs)).toEqual(compared(reference.paragraphs));
      expect({ code: threads.code, stdout: threads.stdout, stderr: threads.stderr }).toEqual({ code: one.code, stdout: one.stdout, stderr: one.stderr });
      expect(threads.paragraphs).toEqual(one.paragraphs);
      // And the whole report is the same in every order.
      first ??= one.paragraphs;
      expect(one.paragraphs).toEqual(first);
    }
  });
});
