// End to end: the built `cchc consolidate`, without --forms, reads 64 or more of this year's files (worker threads) of a
// province's set, most of them data naming it and a few workbooks carrying it: data coming before every workbook is read by
// the set a later workbook carries, the files are totalled by the set most of them follow, and a file of another set is
// rejected in this year's words. The lines, the workbook and the report are those of one thread, whatever the order.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportData } from '../../src/core/data/types';
import { THREADS_MIN_FILES } from '../../src/hosts/cli/commands/consolidate-read';
import { writeWorkbook } from '../../src/hosts/cli/commands/template';
import { commune } from '../core/aggregate/sample-units';
import { asTestSetData, TEST_CATALOGUE, TEST_SET } from '../fixtures/form-sets/test-set';
import { tempDir } from '../helpers/temp-dir';
import { consolidateBuilt } from './helpers/consolidate-built';

jest.setTimeout(300_000);

/** Biểu mẫu 8 within the files received (BM7 6.7.1), as its rule across forms asks. */
const FORM_8 = { '1': 100, '1.1': 40, '3': 1 };
const ofTestSet = (data: ReportData): ReportData => ({ ...asTestSetData(data, FORM_8), formSet: { id: TEST_SET.id, version: TEST_SET.version } });
const NOW = { '3': { '3.3.1': 10, '3.3.2': 8 }, '7': { '6.7.1': 800, '6.7.2': 400 } };

const MANY = THREADS_MIN_FILES + 6;
/** The communes laid out as workbooks carrying the test set: the others are data naming it. */
const WORKBOOKS = new Set([2, 30, MANY]);

let box: string;
let data: string[];
let workbooks: string[];
/** Files of the built-in set (a commune's data naming none), fewer than the test set's: rejected. */
let builtin: string[];
beforeAll(async () => {
  box = tempDir('cchc-e2e-set-order-threads-');
  const write = (file: string, content: unknown): string => {
    writeFileSync(join(box, file), JSON.stringify(content));
    return file;
  };
  data = [];
  workbooks = [];
  for (let i = 1; i <= MANY; i++) {
    const commune_ = ofTestSet(commune({ unit: `Xã số ${i}` }, NOW));
    if (WORKBOOKS.has(i)) {
      await writeWorkbook(commune_, `xa-${i}.xlsx`, box, false, TEST_CATALOGUE);
      workbooks.push(`xa-${i}.xlsx`);
    } else data.push(write(`xa-${i}.json`, commune_));
  }
  builtin = [write('lam.json', commune({ unit: 'Phú Lâm' }, NOW)), write('son.json', commune({ unit: 'Sơn Hà' }, NOW))];
});

const consolidate = (threads: string, files: readonly string[], tag: string) => consolidateBuilt(box, threads, files, tag);

describe('cchc consolidate, built, without --forms, many of this year’s files of a province’s set', () => {
  it('reads data before the workbooks carrying its set, totals by the set most files follow, as one thread does, in any order', async () => {
    const orders = {
      dataFirst: [...builtin, ...data, ...workbooks],
      workbookFirst: [...workbooks, ...data, ...builtin],
      mixed: [data[0]!, builtin[0]!, ...workbooks.slice(0, 1), ...data.slice(1), builtin[1]!, ...workbooks.slice(1)],
    };
    let first: Awaited<ReturnType<typeof consolidate>> | null = null;
    for (const [tag, order] of Object.entries(orders)) {
      const one = await consolidate('1', order, tag);
      const threads = await consolidate('2', order, tag);
      expect({ code: one.code, stderr: one.stderr }).toEqual({
        code: 0,
        stderr: builtin.map((f) => `Từ chối ${f}: số liệu theo bộ biểu mẫu “cchc-xa-2023” phiên bản 1, khác bộ biểu mẫu đang tổng hợp (“thu-nghiem” phiên bản 1).`),
      });
      expect(one.stdout).toContain(`Đã đọc ${MANY} tệp số liệu`);
      // Every commune's 10 at 3.3.1.
      expect(one.words).toContain(`đã giải quyết xong ${(10 * MANY).toLocaleString('de-DE')} hồ sơ thủ tục hành chính`);
      expect({ code: threads.code, stdout: threads.stdout, stderr: threads.stderr }).toEqual({ code: one.code, stdout: one.stdout, stderr: one.stderr });
      expect(threads.xlsx).toEqual(one.xlsx);
      expect(threads.docx).toEqual(one.docx);
      // And the totals, the lines (a line per file in the files' order) and the report in every order.
      first ??= one;
      const lines = (r: typeof one): string[] => r.stdout.split('\n').sort();
      expect({ stdout: lines(one), stderr: one.stderr, words: one.words }).toEqual({ stdout: lines(first), stderr: first.stderr, words: first.words });
      expect(one.totals).not.toBeNull();
      expect(one.totals).toEqual(first.totals);
    }
  });
});
